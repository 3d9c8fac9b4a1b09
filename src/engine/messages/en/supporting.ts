// Supporting-principle messages and fix labels (English): suggestions, never violations.
export const supporting: Record<string, string> = {
  'supporting/gratitude': 'Thank the customer: gratitude makes a hard message easier to accept.',
  'supporting/gratitude.fix': 'Add a thank-you',
  'supporting/acknowledge': 'Show you heard the request: restate what the customer asked for.',
  'supporting/acknowledge.fix': 'Add an acknowledgement',
  'supporting/house-rules': 'Point to the written agreement or your house rules, so the decision rests on them.',
  'supporting/house-rules.fix': 'Add your house rule',
  'supporting/de-escalate': 'The exchange sounds heated: propose a pause and a time for the next update.',
  'supporting/de-escalate.fix': 'Add a calm next step',
};
