// A bit per source the sentence readings search (acts.ts `readingMarks`): set on a sentence when a
// draft match of that source overlaps it. A reading skips a source whose bit is clear: it would
// find nothing there. In readingMarks' order.

/** terminationHits: the terminations list (with the last pieces of work), then its five composed families. */
export const ENDINGS = 1 << 0;
/** The first of the five composed ending families (`composedFamilies(m).ending`, in order): ENDING_FAMILY << k. */
export const ENDING_FAMILY = 1 << 1;
/** declineHits: the composed declines, the habits, the declines list, the doubted possibilities. */
export const DECLINE_FAMILY = 1 << 6;
export const HABITS = 1 << 7;
export const DECLINE_LIST = 1 << 8;
export const DOUBTS = 1 << 9;
/** The rules list. */
export const RULE_WORDS = 1 << 10;
/** isAlternative: the strong offers, the offers. */
export const STRONG_OFFERS = 1 << 11;
export const OFFER_WORDS = 1 << 12;

/** Lists a reading reads beside them: isAlternative's vague words, offer exceptions, echoed requests, contrast leads, concrete details and futures; declineHits' exceptions. */
export const VAGUE_WORDS = 1 << 13;
export const OFFER_EXCEPTIONS = 1 << 14;
export const ECHOES = 1 << 15;
export const CONTRAST_LEADS = 1 << 16;
export const CONCRETE = 1 << 17;
export const FUTURES = 1 << 18;
export const DECLINE_EXCEPTIONS = 1 << 19;
/** readApologies: the apologies, the grovels. */
export const APOLOGY_WORDS = 1 << 20;
export const GROVEL_WORDS = 1 << 21;
/** The rules: "no need" and the courtesies a rule word may sit in ("thanks in advance"). */
export const NO_NEED = 1 << 22;
export const RULE_EXCEPTIONS = 1 << 23;

/** The readings a sentence may need: one with none of its sources' bits finds nothing. */
export const MAY_END = ENDINGS | (0b11111 * ENDING_FAMILY);
export const MAY_DECLINE = DECLINE_FAMILY | HABITS | DECLINE_LIST | DOUBTS;
export const MAY_RULE = RULE_WORDS;
export const MAY_OFFER = STRONG_OFFERS | OFFER_WORDS;
/** A sentence with none of these bits (and not `loud`) is read by no reading. */
export const READINGS = MAY_END | MAY_DECLINE | MAY_RULE | MAY_OFFER;
/** Every source: read all (no marks at hand, or a caller other than understand()). */
export const ANY_SOURCE = (1 << 24) - 1;
