// Alternative messages and fix labels (English).
export const alternative: Record<string, string> = {
  'alternative/missing': 'You decline, but offer nothing instead. Say what you CAN do: another option, a later date, a different package or another provider.',
  'alternative/missing-closing-step': 'You end the service without a next step. Say how the account closes: final invoice, hand-over of files, refund date.',
  'alternative/insert.fix': 'Add what you can do instead',
  'alternative/insert-saved.fix': 'Add your saved option: {{text}}',
  'alternative/insert-closing.fix': 'Add the closing step',
};
