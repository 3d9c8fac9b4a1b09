// Whether the business owns the complaint: a mistake admitted (in words or by a redo at its own
// cost) or the complaint confirmed and apologized for, and how many distinct signals and
// citations a draft holds. Scenario inference (scenario.ts) reads these; acts.ts finds the
// sentence roles.
import type { PhraseBook } from '../phrases/book';
import type { Span } from '../text/segment';
import { compilePattern } from '../text/match';
import { alternation, findIn, matchAll, negatedBefore, overlapsAny, sentencesNear } from './find';

type Meaning = PhraseBook['meaning'];

const admissionNegatorLists = new WeakMap<Meaning, string[]>();

/** Negators and hedges that leave a fault open, one list per phrase book (negatedBefore keeps a set per list). */
function admissionNegators(m: Meaning): string[] {
  let list = admissionNegatorLists.get(m);
  if (!list) admissionNegatorLists.set(m, (list = [...m.negators, ...m.admissionHedges]));
  return list;
}

const gotWrongPatterns = new WeakMap<Meaning, RegExp>();

/** "We got the flavour wrong", "I wrote your name wrong", "kami tulis namanya salah": our work named wrong. */
function gotWrongPattern(m: Meaning): RegExp {
  let re = gotWrongPatterns.get(m);
  if (!re) {
    const { heads, tails } = m.ourWorkWrong;
    re = compilePattern(
      (h) => `(?<![\\p{L}\\p{N}_])${alternation(h)}(?:\\s+[\\p{L}\\p{N}'’-]+){1,3}?\\s+${alternation(tails)}(?![\\p{L}\\p{N}_])`,
      heads,
    );
    gotWrongPatterns.set(m, re);
  }
  return re;
}

const ownFaultPatterns = new WeakMap<Meaning, RegExp>();

/** "kesalahan penjadwalan armada kami": a fault noun and, up to three words on, our own. */
function ownFaultPattern(m: Meaning): RegExp {
  let re = ownFaultPatterns.get(m);
  if (!re) {
    re = new RegExp(`(?<![\\p{L}])${alternation(m.faultNouns)}(?:\\s+[\\p{L}-]+){1,3}?\\s+${alternation(m.ourMarkers)}(?![\\p{L}])`, 'giu');
    ownFaultPatterns.set(m, re);
  }
  return re;
}

export function admitsFault(
  text: string,
  sentences: readonly Span[],
  m: Meaning,
  quotes: readonly Span[],
  grovels: readonly Span[],
  citesAgreement = false,
): boolean {
  const inBody = (hit: Span) => sentences.some((s) => s.start <= hit.start && hit.end <= s.end) && !quotes.some((q) => q.start <= hit.start && hit.end <= q.end);
  if (matchAll(gotWrongPattern(m), text).some(inBody)) return true;
  return sentencesNear(sentences, [m.faultAdmissions, m.faultNouns]).some((sentence) => {
    // "You're right that the fee wasn't on the first quote. … you confirmed the new one": a fact
    // conceded while the draft stands on what was agreed.
    const conceded = citesAgreement ? findIn(text, sentence, m.concessions, { quotes }) : [];
    // "maaf atas keterlambatan jawabannya": the delay is the reply's, no fault in the work.
    const lateReply = findIn(text, sentence, m.lateReplies, { quotes });
    // "maybe we should have explained it better" leaves the fault open, as a negation denies it.
    const owned = matchAll(ownFaultPattern(m), sentence.text, sentence.start).filter(
      (hit) => !negatedBefore(text, hit.start, admissionNegators(m), 3) && !quotes.some((q) => q.start <= hit.start && hit.end <= q.end),
    );
    return [...findIn(text, sentence, m.faultAdmissions, { quotes, negators: admissionNegators(m), window: 3 }), ...owned].some(
      // "Please forgive us, it's all our fault" grovels; it is not an admission.
      (hit) => !overlapsAny(grovels, hit.start, hit.end) && !overlapsAny(conceded, hit.start, hit.end) && !overlapsAny(lateReply, hit.start, hit.end),
    );
  });
}

/** `unless`: words that, up to two words before a hit, void it ("kalau Bapak setuju"). */
export function countDistinct(text: string, sentences: readonly Span[], list: readonly string[], quotes: readonly Span[], unless?: readonly string[]): number {
  const seen = new Set<string>();
  const options = unless ? { quotes, negators: unless, window: 2 } : { quotes };
  for (const sentence of sentencesNear(sentences, [list])) for (const hit of findIn(text, sentence, list, options)) seen.add(hit.text.toLowerCase());
  return seen.size;
}

const confirmationPatterns = new WeakMap<Meaning, RegExp>();

/** A confirmation opening a sentence (after an interjection), then at most two words (an address) and a break: "Iya Om,", "You're right:". */
function confirmationPattern(m: Meaning): RegExp {
  let re = confirmationPatterns.get(m);
  if (!re) {
    // "Waduh, bener kak, …": an interjection may come first.
    re = new RegExp(`^(?:${alternation(m.interjections)}[,!]?\\s+)?${alternation(m.confirmations)}(?:\\s+[\\p{L}.]+){0,2}?\\s*(?:[,:;–—]|\\s-\\s)`, 'iu');
    confirmationPatterns.set(m, re);
  }
  return re;
}

/**
 * "Iya Om, kampas yang dipasang kemarin ukurannya buat Shimano… Maaf ya Om.", "Yes, invoice 0932
 * charged you for three hours, sorry about that.": a sentence that opens by confirming what the
 * customer wrote, with an apology in it or right after, owns the complaint though no "our mistake"
 * is said. An apology for a late reply ("Iya kak, bisa. Maaf baru balas") owns nothing.
 */
export function confirmsComplaint(text: string, sentences: readonly Span[], m: Meaning, apologies: readonly Span[], quotes: readonly Span[]): boolean {
  const pattern = confirmationPattern(m);
  // Only the sentence holding an owned apology, or the one right before it, may be the confirmation.
  for (const a of apologies) {
    const at = holding(sentences, a);
    if (at < 0 || findIn(text, sentences[at]!, m.lateReplies, { quotes }).length > 0) continue;
    if (pattern.test(sentences[at]!.text.trimStart()) || (at > 0 && pattern.test(sentences[at - 1]!.text.trimStart()))) return true;
  }
  return false;
}

/** The index of the sentence (sorted and apart) that holds `span`, by bisection; -1 when none does. */
function holding(sentences: readonly Span[], span: Span): number {
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.start <= span.start) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 && span.end <= sentences[lo - 1]!.end ? lo - 1 : -1;
}

/**
 * "Betul kak, warnanya lebih gelap dari contoh …": the body's first sentence confirms what the
 * customer wrote (with or without an apology).
 */
export function opensConfirming(body: readonly Span[], m: Meaning): boolean {
  const first = body[0];
  return first !== undefined && confirmationPattern(m).test(first.text.trimStart());
}

/**
 * "I'll remake both panels at the right length at no charge": a redo at our cost in one sentence
 * answers our own mistake, though no admission is spelled out.
 */
export function redoneAtOurCost(text: string, sentences: readonly Span[], m: Meaning, quotes: readonly Span[]): boolean {
  return sentencesNear(sentences, [m.redos]).some(
    (sentence) => findIn(text, sentence, m.redos, { quotes }).length > 0 && findIn(text, sentence, m.freeOfCharge, { quotes, negators: m.negators, window: 2 }).length > 0,
  );
}
