// Firmness messages and fix labels (English).
export const firmness: Record<string, string> = {
  'firmness/hedge': 'This hedges the decision. A decision is a decision: say it plainly and politely.',
  'firmness/negotiation': 'This invites the customer to reopen a decision you have made. State the decision clearly instead.',
  'firmness/self-undermining': 'This undermines your standing. You are the expert here: drop it.',
  'firmness/hedge.fix': 'Remove the hedge',
  'firmness/firm.fix': 'State it firmly',
  'firmness/negotiation.fix': 'Remove the invitation to negotiate',
  'firmness/statement.fix': 'Replace with a clear statement',
};
