// Alternative: the sentences inserted after a refusal when the user has saved none of their own.
// A `[…]` placeholder marks where the owner types the concrete option.
export const alternative = {
  /** After a refusal: what the business can do instead. */
  instead: 'What we can do instead is […].',
  /** After ending service: the concrete closing step (no referral; source 002). */
  closing: 'Here is how we will close the account: […] by [date].',
  /**
   * A future that, with a date or a concrete detail, is a next step though nothing is offered;
   * so is a payment falling due ("The balance is due by 30 June").
   */
  future: ['will', "we'll", "i'll", 'going to', 'is due', 'are due', 'due by', 'due on'],
} as const;
