// Over-apology: what replaces an apology, and which apologies are fine even when many would not be.
export const overApology = {
  /** Thanks that take an apology's place at the end of a draft. */
  thanks: ['thank you for your patience', 'thank you for understanding', 'thanks for your patience', 'thank you for your understanding'],
  /** A sign-off line that apologizes ("With apologies,") becomes this. */
  signOffThanks: ['with thanks', 'thanks'],
  /** Strong apology wording that is fine once when the business really is at fault. */
  atFaultFine: [
    'deeply sorry', 'truly sorry', 'sincerely apologise', 'sincerely apologize', 'our fault', 'my fault', 'sincerest apologies',
    'deepest apologies', 'most sincere apologies',
  ],
  /** Ways of addressing the customer that a thanks sentence keeps. */
  addressTerms: ['sir', 'madam'],
} as const;
