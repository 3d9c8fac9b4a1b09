// Over-apology messages and fix labels (English).
export const overApology: Record<string, string> = {
  'over-apology/repeated': 'You apologize {{count}} times although you followed the agreed terms. Repeated apologies read as admitting fault: keep at most one, and thank them instead.',
  'over-apology/repeated-at-fault': 'You apologize {{count}} times. When you did make the mistake, one sincere apology plus the fix is stronger than many.',
  'over-apology/grovel': 'This grovels. Say what happened and what you will do; you can be kind without lowering yourself.',
  'over-apology/policy': 'Do not apologize for your own policy, price or decision: explain it, and thank them for understanding.',
  'over-apology/remove.fix': 'Remove the apology',
  'over-apology/thanks.fix': 'Replace with thanks',
};
