// Whether a sentence offers the customer something instead (source 001: never refuse without an
// alternative): a strong offer, a contact, "…, but X can …", a priced kind, or an offer word with a
// concrete detail that is not declined, negated, vague, the customer's own ask or work already done.
import type { PhraseBook } from '../phrases/book';
import { isSpaceCode, type Span } from '../text/segment';
import { hasAny } from '../text/match';
import { findIn, overlapsAny, wordsBefore } from './find';
import { clauseAt, clauses } from './clauses';
import { givesContact } from './contacts';
import { pricedKind } from './priced';
import { ANY_SOURCE, CONCRETE, CONTRAST_LEADS, ECHOES, FUTURES, OFFER_EXCEPTIONS, OFFER_WORDS, STRONG_OFFERS, VAGUE_WORDS } from './reading-bits';

type Meaning = PhraseBook['meaning'];

const HAS_DIGIT = /\p{N}/u;
const NUMERAL = /^\p{N}$/u;

/**
 * True when `test` holds for the offset of one of the text's numerals (\p{N}, by code point, as
 * `text.matchAll(/\p{N}/gu)` finds them); read in place, ASCII digits without the pattern.
 */
function someNumeral(text: string, offset: number, test: (at: number) => boolean): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x30 && code <= 0x39 && test(offset + i)) return true;
      continue;
    }
    const point = text.codePointAt(i)!;
    if (NUMERAL.test(String.fromCodePoint(point)) && test(offset + i)) return true;
    if (point > 0xffff) i++;
  }
  return false;
}

const offerLists = new WeakMap<Meaning, readonly string[]>();

/**
 * The offer phrases, with the customer's wish composed in: "Apabila Bapak memerlukan keringanan,
 * pembayaran dapat dibagi dua" (wishConditions × addressees × wishes).
 */
export function offersOf(m: Meaning): readonly string[] {
  let list = offerLists.get(m);
  if (!list) {
    const wished = m.wishConditions.flatMap((c) => m.addressees.flatMap((who) => m.wishes.map((w) => `${c} ${who} ${w}`)));
    offerLists.set(m, (list = [...new Set([...m.offers, ...wished])]));
  }
  return list;
}

/**
 * An offer word after a thank-you or a restated request in the same clause is the customer's ask,
 * not ours: "Thank you for your email about adding extra weekend sessions".
 */
function echoedRequest(text: string, sentence: Span, echoes: readonly Span[], hit: Span): boolean {
  if (echoes.length === 0) return false;
  const list = clauses(text, sentence);
  const clause = list[clauseAt(list, hit.start)];
  return clause !== undefined && echoes.some((e) => e.start >= clause.start && e.end <= hit.start);
}

/**
 * "We will no longer provide support after 31 August": the "we will" leads into the decision
 * itself, so the sentence that ends the service is not also its own next step. An offer after
 * the decline in its clause ("we can't do Saturday but we can do Sunday") still counts.
 */
function leadsIntoDecision(text: string, sentence: Span, decided: readonly Span[], hit: Span): boolean {
  if (decided.length === 0) return false;
  const ahead = decided.filter((d) => d.start >= hit.end && d.start < sentence.end);
  if (ahead.length === 0) return false;
  const list = clauses(text, sentence);
  const clause = list[clauseAt(list, hit.start)];
  return clause !== undefined && ahead.some((d) => d.start < clause.end);
}

/** "Bapak bisa…", "Ibu dapat…": an honorific is capitalized mid-sentence, and it is no name. */
function addressed(hit: string, m: Meaning): boolean {
  return m.otherSubjects.includes(hit.split(/\s+/)[0]!.toLowerCase());
}

/**
 * "sulit untuk kami kembalikan", "hard for us to refund": an offer verb right after the decline (at
 * most one word between, no punctuation) is the thing declined, not something offered instead.
 */
function followsDecline(text: string, declined: readonly Span[], hit: Span, m: Meaning): boolean {
  return declined.length > 0 && declined.some((d) => {
    const between = text.slice(d.end, hit.start);
    // "gak bisa tapi kami bisa Minggu": a contrast word turns to what can be done.
    return d.end <= hit.start && /^\s+(?:[\p{L}\p{N}'’-]+\s+)?$/u.test(between) && !m.contrastLeads.includes(between.trim().toLowerCase());
  });
}

const NEGATED_AFTER = /^\s*(?:['’]t\b|not\b|n['’]t\b)/i;

/**
 * "We can't refund the cut, but Lily can reshape the layers for free this week": after a decline,
 * a clause opened by "but"/"tapi" that says what someone can still do, with a concrete detail.
 */
function contrastOffer(text: string, sentence: Span, m: Meaning, quotes: readonly Span[], declined: readonly Span[]): boolean {
  if (declined.length === 0) return false;
  let firstDecline = Infinity;
  for (const d of declined) firstDecline = Math.min(firstDecline, d.start);
  for (const clause of clauses(text, sentence)) {
    if (clause.start <= firstDecline) continue;
    const lead = findIn(text, clause, m.contrastLeads, { quotes });
    if (lead.length === 0 || lead[0]!.start !== clause.start) continue;
    const modal = findIn(text, clause, m.contrastModals, { quotes }).some((h) => !NEGATED_AFTER.test(text.slice(h.end, h.end + 6)));
    if (modal && (HAS_DIGIT.test(clause.text) || findIn(text, clause, m.concrete, { quotes }).length > 0)) return true;
  }
  return false;
}

const NO_SPANS: readonly Span[] = [];

/**
 * An offer counts when it is strong ("instead", "options", "final invoice") or concrete (a price, a day, a package).
 * `declined` are the sentence's decline hits: the "we can" inside "not sure we can refund" offers nothing.
 * `may`: the sentence's marks (`readingMarks`): a source whose bit (reading-bits.ts) is clear is not searched.
 */
export function isAlternative(
  text: string,
  sentence: Span,
  m: Meaning,
  quotes: readonly Span[],
  declined: readonly Span[] = [],
  echoList: readonly string[] = [],
  may = ANY_SOURCE,
): boolean {
  // What judges an offer word (vague words, exceptions, echoes: OfferJudge) is read on the first one; most sentences have none.
  let judge: OfferJudge | null = null;
  const strong = may & STRONG_OFFERS ? findIn(text, sentence, m.strongOffers, { quotes, negators: m.negators, window: 2 }) : NO_SPANS;
  for (const hit of strong) if (offered((judge ??= judgeOf(text, sentence, m, quotes, declined, echoList, may)), hit)) return true;
  if (givesContact(sentence, declined)) return true;
  if (may & CONTRAST_LEADS && contrastOffer(text, sentence, m, quotes, declined)) return true;
  if (pricedKind(text, sentence, m, quotes, declined)) return true;
  const offers: Span[] = [];
  for (const hit of may & OFFER_WORDS ? findIn(text, sentence, offersOf(m), { quotes, negators: m.negators, window: 1 }) : NO_SPANS) {
    // "Barang sudah kami kirim tanggal 5": an offer word after "sudah" is work already done.
    if (offered((judge ??= judgeOf(text, sentence, m, quotes, declined, echoList, may)), hit) && !m.done.includes(wordsBefore(text, hit.start, 1)[0] ?? '')) offers.push(hit);
  }
  if (offers.length === 0 || narratedPast(text, sentence, m, may)) return false;
  const masked = declinedParts(text, sentence, declined, offers);
  // Nothing declined in the sentence masks no detail: any numeral counts.
  if (masked.length === 0) return HAS_DIGIT.test(sentence.text) || ((may & CONCRETE) !== 0 && findIn(text, sentence, m.concrete, { quotes }).length > 0);
  const outside = (start: number, end: number) => !masked.some((r) => r.start <= start && end <= r.end);
  return (
    someNumeral(sentence.text, sentence.start, (at) => outside(at, at + 1)) ||
    ((may & CONCRETE) !== 0 && findIn(text, sentence, m.concrete, { quotes }).some((h) => outside(h.start, h.end)))
  );
}

/** What judging a sentence's offer words reads, once, on its first offer word. */
type OfferJudge = {
  text: string;
  sentence: Span;
  m: Meaning;
  declined: readonly Span[];
  /** "We'll see what we can do" offers nothing; a firm step in another clause of that sentence ("…at some point, and the final invoice will cover July") still does. */
  vague: readonly Span[];
  /** "on Tuesday instead of Monday", "kurir pilihan Ibu": a comparison or the customer's own choice. */
  excepted: readonly Span[];
  /** Thanks and restated requests (`echoList`): what follows them in a clause is the customer's ask. */
  echoes: readonly Span[];
};

function judgeOf(text: string, sentence: Span, m: Meaning, quotes: readonly Span[], declined: readonly Span[], echoList: readonly string[], may: number): OfferJudge {
  return {
    text,
    sentence,
    m,
    declined,
    vague: may & VAGUE_WORDS ? findIn(text, sentence, m.vague, { quotes }) : NO_SPANS,
    excepted: may & OFFER_EXCEPTIONS ? findIn(text, sentence, m.offerExceptions, { quotes }) : NO_SPANS,
    echoes: echoList.length > 0 && may & ECHOES ? findIn(text, sentence, echoList, { quotes }) : NO_SPANS,
  };
}

/** "we can't" is no offer; "Solusi IT" mid-sentence is a name, not a solution. */
function offered(judge: OfferJudge, h: Span): boolean {
  const { text, sentence, m, declined } = judge;
  return (
    !NEGATED_AFTER.test(text.slice(h.end, h.end + 6)) &&
    !overlapsAny(judge.excepted, h.start, h.end) &&
    !(h.start > sentence.start && /^\p{Lu}\p{Ll}/u.test(h.text) && !addressed(h.text, m)) &&
    !overlapsAny(declined, h.start, h.end) &&
    !(judge.vague.length > 0 && inVagueClause(text, sentence, judge.vague, h)) &&
    !echoedRequest(text, sentence, judge.echoes, h) &&
    !leadsIntoDecision(text, sentence, declined, h) &&
    !followsDecline(text, declined, h, m)
  );
}

function inVagueClause(text: string, sentence: Span, vague: readonly Span[], h: Span): boolean {
  const list = clauses(text, sentence);
  const clause = list[clauseAt(list, h.start)];
  return clause !== undefined && vague.some((v) => v.start >= clause.start && v.end <= clause.end);
}

/** Characters after a sentence searched for the next one's opening words. */
const SEQUEL_REACH = 40;
/** Characters after a sentence read as its next sentence. */
const SEQUEL_SENTENCE = 200;

/**
 * "Pesanan kakak kami kirim tanggal 3 Juni. Paket kemudian tertahan di gudang transit…": an offer
 * word with no future in its sentence, whose next sentence goes on with the story ("kemudian",
 * "ternyata"), reports what was done (Indonesian leaves the past unmarked).
 */
function narratedPast(text: string, sentence: Span, m: Meaning, may: number): boolean {
  if (m.sequels.length === 0) return false;
  if (!opensWithSequel(text, sentence.end, m) || (may & FUTURES && hasAny(sentence.text, m.futures, sentence.start))) return false;
  // "…kami kirim ulang tanggal 10. Kemudian resinya kami kabari": a sequel that offers goes on with the plan.
  const rest = text.slice(sentence.end, sentence.end + SEQUEL_SENTENCE);
  const nextSentence = rest.slice(0, rest.search(/[.!?\n]\s|$/) + 1);
  return !hasAny(nextSentence, offersOf(m), sentence.end);
}

/**
 * Whether the first four words within SEQUEL_REACH characters after `end` hold a sequel: the
 * draft's own piece, read from the draft's matches. Its spacing is the draft's (a line break, two
 * spaces); the phrases match across any run of spaces (\s+, and the plans' gaps likewise), so they
 * find there what they find in the words rejoined by single spaces.
 */
function opensWithSequel(text: string, end: number, m: Meaning): boolean {
  const reach = Math.min(text.length, end + SEQUEL_REACH);
  let start = end;
  while (start < reach && isSpaceCode(text.charCodeAt(start))) start++;
  let stop = start;
  let words = 1;
  for (; stop < reach; stop++) {
    if (!isSpaceCode(text.charCodeAt(stop))) continue;
    if (++words > 4) break;
    while (stop + 1 < reach && isSpaceCode(text.charCodeAt(stop + 1))) stop++;
  }
  return hasAny(text.slice(start, stop), m.sequels, start);
}

/**
 * "Diskon 20% tidak bisa kami berikan, kami bantu sebisanya": the declined thing (the decline's
 * clause, or in the offer's own clause the words up to the decline) is no detail of the offer.
 */
function declinedParts(text: string, sentence: Span, declined: readonly Span[], offers: readonly Span[]): Span[] {
  const mine = declined.filter((d) => d.start >= sentence.start && d.end <= sentence.end);
  if (mine.length === 0) return [];
  const list = clauses(text, sentence);
  return mine.flatMap((d) => {
    const clause = list[clauseAt(list, d.start)];
    if (!clause) return [];
    const offerHere = offers.some((o) => o.start >= clause.start && o.end <= clause.end);
    const end = offerHere ? d.end : clause.end;
    return [{ start: clause.start, end, text: text.slice(clause.start, end) }];
  });
}
