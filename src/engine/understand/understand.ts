// What the draft does, sentence by sentence: declines, ends service, offers something instead,
// admits a mistake, apologizes. Rules and scenario inference share this reading.
import type { PhraseBook } from '../phrases/book';
import type { Span } from '../text/segment';
import { keptPieces } from '../text/match';
import type { Layout } from './layout';
import { readApologies } from './apologies';
import { datedRule, declineHits, loud, readingMarks, terminationHits } from './acts';
import { ANY_SOURCE, MAY_DECLINE, MAY_END, MAY_RULE, NO_NEED, READINGS, RULE_EXCEPTIONS } from './reading-bits';
import { isAlternative } from './alternatives';
import { admitsFault, confirmsComplaint, countDistinct, opensConfirming, redoneAtOurCost } from './owning';
import { findIn } from './find';
import { clauseAt, clauses } from './clauses';

export type Understanding = {
  /** Sentences that decline, refuse or cannot fully meet the request. */
  declines: Span[];
  /** Sentences that end the service or the relationship. */
  terminations: Span[];
  /** Sentences that state a rule, term or boundary. */
  rules: Span[];
  /** Sentences offering an alternative, option, referral or concrete next step. */
  alternatives: Span[];
  /** Apology phrases (every form), outside quotations. */
  apologies: Span[];
  /** The business admits its own mistake ("our mistake", "kesalahan kami"). */
  admitsFault: boolean;
  /** A sentence confirms what the customer wrote, with an apology in it or right after ("Iya Om, … Maaf ya Om."). */
  confirmsComplaint: boolean;
  /** Grovelling phrases ("I feel terrible", "maaf beribu maaf", "maafkan kami"). */
  grovels: Span[];
  /** Apology phrases whose object is the business's own policy or decision. */
  policyApologies: Span[];
  /** How many distinct complaint signals the draft answers ("sorry to hear", "keluhan"). */
  complaintSignals: number;
  /** The draft points at what the customer agreed to ("you signed", "tercantum"). */
  citesAgreement: boolean;
  /** How many distinct such citations ("tertera di", "sesuai yang tertera", "your order form"). */
  agreementCitations: number;
  /** The draft quotes a price or confirms a booking ("the total is", "DP sudah kami terima"). */
  statesDeal: boolean;
  /** A redo at our cost ("I'll remake both panels at no charge", "kami jahit ulang tanpa biaya"). */
  redoneFree: boolean;
  /** The body opens by confirming what the customer wrote ("Betul kak, …", "You're right, …"). */
  opensConfirming: boolean;
};

const POSTSCRIPT = /(?:^|\n)[ \t]*P\.?[ \t]?S\.?(?=[\s:])/i;

function postscriptStart(text: string, from: number): number {
  const m = POSTSCRIPT.exec(text.slice(from));
  return m ? from + m.index + m[0].length - m[0].trimStart().length : text.length;
}

const echoLists = new WeakMap<PhraseBook, string[]>();

/** Thanks and restated requests: what follows them in a clause is the customer's ask. */
function requestEchoes(phrases: PhraseBook): string[] {
  let list = echoLists.get(phrases);
  if (!list) echoLists.set(phrases, (list = [...new Set([...phrases.supporting.gratitude, ...phrases.supporting.acknowledge])]));
  return list;
}

const NO_SPANS: readonly Span[] = [];

/**
 * `skipQuiet: false` reads every sentence in full: no readingMarks, so no sentence and no source of
 * the readings is skipped (tests compare both ways).
 */
export function understand(
  text: string,
  sentences: Span[],
  layout: Layout,
  phrases: PhraseBook,
  quotes: Span[],
  { skipQuiet = true }: { skipQuiet?: boolean } = {},
): Understanding {
  const m = phrases.meaning;
  // The greeting line and the sign-off never decline or offer anything; a postscript under the
  // sign-off ("PS: Senin jam 08.00 masih kosong") does.
  const postscript = postscriptStart(text, layout.bodyEnd);
  // Kept as the draft's pieces: the sentences near a list's matches are then found from the matches.
  const body = keptPieces(
    sentences,
    (s) => (s.start >= layout.bodyStart && s.end <= Math.max(layout.bodyEnd, layout.bodyStart)) || s.start >= postscript,
  );
  const declines: Span[] = [];
  const terminations: Span[] = [];
  const rules: Span[] = [];
  const alternatives: Span[] = [];
  // Which sources' matches overlap each sentence (reading-bits.ts); null reads every one in full.
  const echoes = requestEchoes(phrases);
  const marks = skipQuiet ? readingMarks(m, sentences, echoes) : null;
  let at = 0;
  for (const sentence of body) {
    // `body` is kept from `sentences` in order: its sentence's mark is at the same place there.
    while (sentences[at] !== sentence) at++;
    const may = marks ? marks[at]! : ANY_SOURCE;
    if ((may & READINGS) === 0 && !loud(sentence, m)) continue;
    const ended = may & MAY_END ? terminationHits(text, sentence, m, quotes, may) : NO_SPANS;
    if (ended.length > 0) terminations.push(sentence);
    const declined = may & MAY_DECLINE ? declineHits(text, sentence, m, quotes, may) : NO_SPANS;
    if (declined.length > 0) declines.push(sentence);
    if ((may & MAY_RULE && statesRule(text, sentence, m, quotes, may)) || datedRule(sentence, m)) rules.push(sentence);
    const decided = ended.length === 0 ? declined : [...declined, ...ended];
    if (isAlternative(text, sentence, m, quotes, decided, echoes, may)) alternatives.push(sentence);
  }
  const { apologies, grovels, policyApologies } = readApologies(text, sentences, phrases, quotes, marks);
  // "Kalau Bapak setuju, …" is the next step of a quote, not what the customer agreed to.
  const cited = citations(
    countDistinct(text, body, m.rightEvidence, quotes, m.conditionals),
    countDistinct(text, body, m.rightEvidenceWeak, quotes, m.conditionals),
  );
  return {
    declines,
    terminations,
    rules,
    alternatives,
    apologies,
    admitsFault: admitsFault(text, body, m, quotes, grovels, cited.citesAgreement),
    confirmsComplaint: confirmsComplaint(text, body, m, apologies, quotes),
    grovels,
    policyApologies,
    complaintSignals: countDistinct(text, body, m.complaintSignals, quotes),
    ...cited,
    statesDeal: countDistinct(text, body, m.deals, quotes) > 0,
    redoneFree: redoneAtOurCost(text, body, m, quotes),
    opensConfirming: opensConfirming(body, m),
  };
}

/**
 * A rule word not waived: "No deposit is needed" states no rule, nor does "No need to send the
 * slides in advance". `may`: the sentence's marks; "no need" and the courtesies are looked for only
 * where they overlap it.
 */
function statesRule(text: string, sentence: Span, m: PhraseBook['meaning'], quotes: readonly Span[], may: number): boolean {
  const ruled = findIn(text, sentence, m.rules, { quotes, negators: m.negators, window: 1 });
  if (ruled.length === 0) return false;
  if (may & NO_NEED && ruled.every((hit) => waived(text, sentence, hit, m.noNeed, quotes))) return false;
  return !(may & RULE_EXCEPTIONS && politeAsides(text, sentence, ruled, m, quotes));
}

/** The agreement cited (in any words), and how often in distinct words ordinary mail does not use. */
function citations(strong: number, weak: number): { citesAgreement: boolean; agreementCitations: number } {
  return { citesAgreement: strong + weak > 0, agreementCitations: strong };
}

const asideRuleWords = new WeakMap<PhraseBook['meaning'], readonly string[]>();

/** The rule words that occur inside a courtesy ("in advance" in "thanks in advance"): only they are looked at twice. */
function ruleWordsInAsides(m: PhraseBook['meaning']): readonly string[] {
  let words = asideRuleWords.get(m);
  if (!words) asideRuleWords.set(m, (words = m.rules.filter((r) => m.ruleExceptions.some((e) => e.includes(r)))));
  return words;
}

/** "Apologies in advance", "thanks in advance": courtesies, no rule paid in advance (every rule word inside one). */
function politeAsides(text: string, sentence: Span, ruled: readonly Span[], m: PhraseBook['meaning'], quotes: readonly Span[]): boolean {
  const inAsides = ruleWordsInAsides(m);
  if (!ruled.every((hit) => inAsides.some((w) => w.length === hit.text.length) && inAsides.includes(hit.text.toLowerCase()))) return false;
  const asides = findIn(text, sentence, m.ruleExceptions, { quotes });
  return asides.length > 0 && ruled.every((hit) => asides.some((e) => e.start <= hit.start && hit.end <= e.end));
}

/** A rule word after "no need" / "tidak perlu" in its clause: the customer is spared, not bound. */
function waived(text: string, sentence: Span, hit: Span, noNeed: readonly string[], quotes: readonly Span[]): boolean {
  const list = clauses(text, sentence);
  const clause = list[clauseAt(list, hit.start)];
  return clause !== undefined && findIn(text, clause, noNeed, { quotes }).some((n) => n.end <= hit.start);
}
