// Sentence roles: which sentences decline, end the service, state a rule, or offer something
// concrete instead (whether the business owns a complaint is in owning.ts). Phrase families come
// from the language's meaning.ts; the composition (negation + ability, offer + concrete detail) is here.
import type { PhraseBook } from '../phrases/book';
import { isSpaceCode, type Span } from '../text/segment';
import { areDraftPieces, compilePattern, hasAny } from '../text/match';
import { alternation, composed, findIn, matchAll, mayHoldAny, overlappedSentences, overlapsAny, wordsBefore } from './find';
import { clauseAt, clauses, type Clause } from './clauses';
import { TWO_DIGITS, givesContact, webAddress } from './contacts';

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

type Composed = {
  declines: RegExp;
  habits: RegExp;
  terminations: RegExp;
  noLongerDoing: RegExp;
  doubtedTerminations: RegExp;
  endedRuns: RegExp;
  endedForCustomer: RegExp;
  /** terminationHits' families, in its order: terminations, noLongerDoing, doubtedTerminations, endedRuns, endedForCustomer. */
  ending: readonly RegExp[];
};
const composedOf = new WeakMap<Meaning, Composed>();

/** The composed families of a language, looked up once per phrase book rather than per sentence. */
function composedFamilies(m: Meaning): Composed {
  let found = composedOf.get(m);
  if (!found) {
    const families = {
      declines: composed(m.declineNegators, m.declineFillers, declineTails(m).all),
      habits: composed(m.habitNegators, m.declineFillers, m.habitObjects),
      terminations: composed(m.declineNegators, m.declineFillers, m.terminationObjects, 3),
      noLongerDoing: composed(m.noLongerAble, m.noLongerFillers, m.tradeVerbs, 1),
      endedRuns: composed(m.runEnders, m.runFillers, m.runs, 3),
      endedForCustomer: endedForCustomerPattern(m),
      // "I don't think we'll be able to renew your contract": a doubt ends the service softly (the hedge is firmness's).
      doubtedTerminations: composed(m.doubts, [...m.possibilities, ...m.declineFillers, 'to', 'that'], m.terminationObjects, 3),
    };
    const { terminations, noLongerDoing, doubtedTerminations, endedRuns, endedForCustomer } = families;
    found = { ...families, ending: [terminations, noLongerDoing, doubtedTerminations, endedRuns, endedForCustomer] };
    composedOf.set(m, found);
  }
  return found;
}

/**
 * "I won't be doing your windows anymore": a negation, the customer's service, then "anymore"; or
 * "kami tidak akan mengantar galon ke rumah Ibu lagi", "we will never serve you again": a negation,
 * the trade's own work, the customer, then "again" (so "tidak akan mengecewakan Ibu lagi" promises).
 * One pattern for both, so the draft is searched once.
 */
function endedForCustomerPattern(m: Meaning): RegExp {
  const { negators, served, tails, againTails } = m.endedForCustomer;
  const word = "[\\p{L}\\p{N}'’-]+";
  const anymore = `(?:\\s+${word}){0,3}?\\s+${alternation(served)}(?:\\s+${word}){0,4}?\\s+${alternation(tails)}`;
  const again = `(?:\\s+${word})?\\s+${alternation(m.tradeVerbs)}(?:\\s+${word}){0,4}?\\s+${alternation(served)}(?:\\s+${word}){0,2}?\\s+${alternation(againTails)}`;
  return compilePattern(
    (heads) => `(?<![\\p{L}\\p{N}_])${alternation(heads)}(?:${anymore}|${again})(?![\\p{L}\\p{N}_])`,
    negators,
  );
}

/** The business's own negation of an ability or offer: "we can't offer", "kami tidak dapat". */
export function declineHits(text: string, sentence: Span, m: Meaning, quotes: readonly Span[]): Span[] {
  const families = composedFamilies(m);
  const exceptions = findIn(text, sentence, m.declineExceptions, { quotes });
  // The composed families' hits, then the list's and the doubted possibilities', kept in one array.
  const out: Span[] = [];
  const composedHits = matchAll(families.declines, sentence.text, sentence.start);
  keepDeclines(out, composedHits.length > 0 ? composedHits.filter((hit) => !ownOnly(hit, m) || ourSubject(text, hit.start, m)) : composedHits, text, m, quotes, exceptions);
  keepDeclines(out, matchAll(families.habits, sentence.text, sentence.start), text, m, quotes, exceptions);
  keepDeclines(out, findIn(text, sentence, m.declines, { quotes }), text, m, quotes, exceptions);
  keepDeclines(out, doubtedPossibilities(sentence, m), text, m, quotes, exceptions);
  return out;
}

function keepDeclines(out: Span[], hits: readonly Span[], text: string, m: Meaning, quotes: readonly Span[], exceptions: readonly Span[]): void {
  for (const hit of hits) {
    if (
      !overlapsAny(exceptions, hit.start, hit.end) &&
      !paymentNotArrived(text, hit, m) &&
      !quotes.some((q) => q.start <= hit.start && hit.end <= q.end) &&
      !saidOfSomeoneElse(text, hit.start, m)
    ) {
      out.push(hit);
    }
  }
}

const tailsOf = new WeakMap<Meaning, { all: readonly string[]; own: readonly string[] }>();

/**
 * What a decline negates: `declineObjects`, and the trade's own work (`ownWork`: "I can't sharpen
 * ceramic knives", "we can't put the sauna up there"), which declines only with us as the subject
 * (ourSubject): no thing can "sharpen" by itself, and "the oven isn't clean" declines nothing.
 * One composed family for both, so the draft is searched once.
 */
function declineTails(m: Meaning): { all: readonly string[]; own: readonly string[] } {
  let tails = tailsOf.get(m);
  if (!tails) {
    const own = m.ownWork.filter((w) => !(m.declineObjects as readonly string[]).includes(w));
    tailsOf.set(m, (tails = { all: [...m.declineObjects, ...own], own }));
  }
  return tails;
}

/** The decline ends on a word of the trade's own work only (not also a `declineObjects` word). */
function ownOnly(hit: Span, m: Meaning): boolean {
  const said = hit.text.toLowerCase();
  return declineTails(m).own.some((w) => said.endsWith(w) && /[\s]/.test(said.charAt(said.length - w.length - 1)));
}

/** The subject right before the negation is us: "I can't", "we're not able to", "I am not able to". */
function ourSubject(text: string, start: number, m: Meaning): boolean {
  const [before, last] = wordsBefore(text, start, 2).map((w) => w.replace(/’/g, "'"));
  const subject = last ?? before;
  if (subject === undefined) return false;
  if (m.ownSubjects.includes(subject)) return true;
  return last !== undefined && m.ownBetween.includes(last) && before !== undefined && m.ownSubjects.includes(before);
}
/** Words back from a "not yet arrived" to the payment it is about. */
const PAYMENT_REACH = 6;

/** "pembayarannya belum masuk", "deposit hasn't arrived": the customer's payment not yet here is a state, not our refusal. */
function paymentNotArrived(text: string, hit: Span, m: Meaning): boolean {
  const said = hit.text.toLowerCase();
  if (!m.arrivals.some((a) => said.endsWith(a))) return false;
  if (m.customerPayments.includes(wordsBefore(text, hit.start, 1)[0] ?? '')) return true;
  // "Tagihan bulan Juli dan Agustus belum juga kami terima": not yet here, the payment a few words back.
  return m.notYet.includes(said.split(/\s/, 1)[0]!) && wordsBefore(text, hit.start, PAYMENT_REACH).some((w) => m.customerPayments.includes(w));
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

const doubtPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * "I'm not sure a refund is really on the cards", "I can't see that happening": our doubt and a
 * possibility word up to six words later in the same clause decline softly (the hedge is firmness's).
 */
function doubtedPossibilities(sentence: Span, m: Meaning): Span[] {
  return matchAll(doubtPattern(m), sentence.text, sentence.start);
}

function doubtPattern(m: Meaning): RegExp {
  let re = doubtPatterns.get(m.doubts);
  if (!re) {
    // Through the phrase index: tried only where a doubt's first word stands, once per draft.
    re = compilePattern(
      (doubts) => `(?<![\\p{L}\\p{N}_])${alternation(doubts)}(?:\\s+[\\p{L}\\p{N}'’$%-]+){0,6}?\\s+${alternation(m.possibilities)}(?![\\p{L}\\p{N}_])`,
      m.doubts,
    );
    doubtPatterns.set(m.doubts, re);
  }
  return re;
}

/** The hit opens with us as its subject ("kami hentikan"): the word before it ("toko Mas") is no subject. */
const OWN_SUBJECT = /^(?:kami|kita|saya|aku|we|i)\s/i;
/**
 * An end of service with us as its agent inside ("tidak bisa kami teruskan"): the word before it
 * ("langganan laundry kakak") owns the service. (A decline like "sparepart bawaan customer gak kami
 * kasih garansi" stays a house rule about the customer's parts.)
 */
const OWN_AGENT = /\s(?:kami|saya|aku)\s/i;

function saidOfSomeoneElse(text: string, start: number, m: Meaning): boolean {
  if (OWN_SUBJECT.test(text.slice(start, start + 6))) return false;
  const before = wordsBefore(text, start, 2);
  // "you can't", "Bapak tidak bisa menghargai": the negation is the customer's, not a refusal.
  if (before.length === 0 || !m.otherSubjects.includes(before.at(-1)!.replace(/[’]/g, "'"))) return false;
  // "so they fall outside the free rounds": the things asked for as the subject, still our decline.
  return !m.declinesOfThings.some((d) => opensWith(text.slice(start, start + d.length + 1), d));
}

const endingLists = new WeakMap<Meaning, { list: readonly string[]; last: ReadonlySet<string> }>();

function endingListsOf(m: Meaning): { list: readonly string[]; last: ReadonlySet<string> } {
  let found = endingLists.get(m);
  if (!found) endingLists.set(m, (found = { list: [...m.terminations, ...m.lastTimes], last: new Set(m.lastTimes) }));
  return found;
}

/** The terminations list with the last pieces of work ("sewa terakhir"), one list for one search. */
const endingsOf = (m: Meaning) => endingListsOf(m).list;
const lastTimesOf = (m: Meaning) => endingListsOf(m).last;

export function terminationHits(text: string, sentence: Span, m: Meaning, quotes: readonly Span[]): Span[] {
  // The list's hits, then each composed family's in turn, kept in one array (no array per family).
  const out: Span[] = [];
  // The list and the last pieces of work, searched as one list.
  const lastTimes = lastTimesOf(m);
  for (const hit of findIn(text, sentence, endingsOf(m), { quotes })) {
    if (lastTimes.has(hit.text.toLowerCase()) ? lastWorkForCustomer(text, sentence, hit, m) : keptTermination(text, hit, m, quotes)) out.push(hit);
  }
  for (const re of composedFamilies(m).ending) {
    for (const hit of matchAll(re, sentence.text, sentence.start)) if (keptTermination(text, hit, m, quotes)) out.push(hit);
  }
  return out;
}

/**
 * "…jadi sewa terakhir Mas Bagas di tempat kami", "this will be our last order together": the
 * last piece of work, after "jadi"/"be", ends the service when the rest of the sentence names whom
 * it was for, and no seasonal cut-off follows ("…pengiriman terakhir sebelum libur Lebaran").
 */
function lastWorkForCustomer(text: string, sentence: Span, hit: Span, m: Meaning): boolean {
  // The head within two words before, and not the sentence's first word ("Jadi pesanan terakhir kakak…" = "so").
  const lead = text.slice(sentence.start, hit.start).trim().toLowerCase().split(/\s+/);
  const headed = [lead.length - 1, lead.length - 2].some((i) => i >= 1 && m.lastTimeHeads.includes(lead[i]!));
  if (!headed) return false;
  const rest = text.slice(hit.end, sentence.end);
  return hasAny(rest, m.lastTimeOwners) && !hasAny(rest, m.lastTimeExceptions);
}

function keptTermination(text: string, hit: Span, m: Meaning, quotes: readonly Span[]): boolean {
  return (OWN_AGENT.test(hit.text) || !saidOfSomeoneElse(text, hit.start, m)) && !quotes.some((q) => q.start <= hit.start && hit.end <= q.end);
}

/**
 * An offer counts when it is strong ("instead", "options", "final invoice") or concrete (a price, a day, a package).
 * `declined` are the sentence's decline hits: the "we can" inside "not sure we can refund" offers nothing.
 */
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
  return declined.some((d) => {
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
  const firstDecline = Math.min(...declined.map((d) => d.start));
  return clauses(text, sentence).some((clause) => {
    if (clause.start <= firstDecline) return false;
    const lead = findIn(text, clause, m.contrastLeads, { quotes });
    if (lead.length === 0 || lead[0]!.start !== clause.start) return false;
    const modal = findIn(text, clause, m.contrastModals, { quotes }).some((h) => !NEGATED_AFTER.test(text.slice(h.end, h.end + 6)));
    return modal && (HAS_DIGIT.test(clause.text) || findIn(text, clause, m.concrete, { quotes }).length > 0);
  });
}

const PRICE = /(?:[£$€]|\bRp\.?)[ \t]?\p{N}|\p{N}[ \t]?€/u;

/**
 * "A solo walk is £18.", "A standard edge is £6 a knife", "Straightening it is £15.": a kind of
 * thing (an indefinite subject, a gerund) priced is something on offer, where "The table is £1,850" restates the price of the thing asked
 * about. Not in a sentence that declines, nor in a rule ("A deposit of £50 is due").
 */
function pricedKind(text: string, sentence: Span, m: Meaning, quotes: readonly Span[], declined: readonly Span[]): boolean {
  if (!pricedOpener(sentence, m)) return false;
  if (declined.some((d) => d.start >= sentence.start && d.end <= sentence.end)) return false;
  return findIn(text, sentence, m.rules, { quotes }).length === 0;
}

/** "Solo walk: £18, same route.": a price-list line, a kind named and priced after a colon. */
const PRICE_LINE = /^\p{L}[\p{L}\p{N} '’&-]{0,40}:[ \t]*(?:[£$€]|Rp\.?)[ \t]?\p{N}/u;

const FIRST_WORD = /^\p{L}+/u;

const CURRENCY = /[$£€]|Rp/;

/** A currency sign or "Rp" in the text, in one native pass (read on every sentence by quietSentences). */
function holdsCurrency(text: string): boolean {
  return CURRENCY.test(text);
}

/** Read on every sentence (quietSentences): a currency sign first, then the opener, the pattern last. */
function pricedOpener(sentence: Span, m: Meaning): boolean {
  const text = sentence.text;
  if (!holdsCurrency(text)) return false;
  if (m.kindOpeners.some((o) => opensWith(text, o))) return PRICE.test(text);
  if (m.kindSuffixes.length > 0) {
    const first = firstWord(text);
    if (m.kindSuffixes.some((s) => first.length > s.length + 2 && first.toLowerCase().endsWith(s))) return PRICE.test(text);
  }
  // PRICE_LINE's colon is the text's first (its name holds none), at most 41 characters in (82 units).
  const colon = text.indexOf(':');
  return colon > 0 && colon <= 82 && PRICE_LINE.test(text);
}

/** `FIRST_WORD.exec(text)?.[0] ?? ''`, read in place while the text is ASCII. */
function firstWord(text: string): string {
  let i = 0;
  for (; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return FIRST_WORD.exec(text)?.[0] ?? '';
    const lower = code | 0x20;
    if (lower < 0x61 || lower > 0x7a) break;
  }
  return text.slice(0, i);
}

export function isAlternative(
  text: string,
  sentence: Span,
  m: Meaning,
  quotes: readonly Span[],
  declined: readonly Span[] = [],
  echoList: readonly string[] = [],
): boolean {
  // "We'll see what we can do" offers nothing; a firm step in another clause of that sentence
  // ("…at some point, and the final invoice will cover July") still does.
  // Read, like the exceptions and echoes below, only when a sentence has an offer to judge (most have none).
  let vague: Span[] | null = null;
  let list: readonly Clause[] = [];
  const vagueClause = (h: Span) => {
    const clause = list[clauseAt(list, h.start)];
    return clause !== undefined && vague!.some((v) => v.start >= clause.start && v.end <= clause.end);
  };
  // "on Tuesday instead of Monday", "kurir pilihan Ibu": a comparison or the customer's own choice.
  let excepted: Span[] | null = null;
  // Thanks and restated requests (`echoList`): what follows them in a clause is the customer's ask.
  let echoes: Span[] = [];
  // "we can't" is no offer; "Solusi IT" mid-sentence is a name, not a solution.
  const notNegated = (hits: Span[]) => {
    if (hits.length === 0) return hits;
    if (vague === null) {
      vague = findIn(text, sentence, m.vague, { quotes });
      list = vague.length > 0 ? clauses(text, sentence) : [];
      excepted = findIn(text, sentence, m.offerExceptions, { quotes });
      echoes = echoList.length > 0 ? findIn(text, sentence, echoList, { quotes }) : [];
    }
    return hits.filter(
      (h) =>
        !/^\s*(?:['’]t\b|not\b|n['’]t\b)/i.test(text.slice(h.end, h.end + 6)) &&
        !overlapsAny(excepted!, h.start, h.end) &&
        !(h.start > sentence.start && /^\p{Lu}\p{Ll}/u.test(h.text) && !addressed(h.text, m)) &&
        !overlapsAny(declined, h.start, h.end) &&
        !(vague!.length > 0 && vagueClause(h)) &&
        !echoedRequest(text, sentence, echoes, h) &&
        !leadsIntoDecision(text, sentence, declined, h) &&
        !followsDecline(text, declined, h, m),
    );
  };
  const strong = notNegated(findIn(text, sentence, m.strongOffers, { quotes, negators: m.negators, window: 2 }));
  if (strong.length > 0 || givesContact(sentence, declined)) return true;
  if (contrastOffer(text, sentence, m, quotes, declined)) return true;
  if (pricedKind(text, sentence, m, quotes, declined)) return true;
  // "Barang sudah kami kirim tanggal 5": an offer word after "sudah" is work already done.
  const offers = notNegated(findIn(text, sentence, offersOf(m), { quotes, negators: m.negators, window: 1 })).filter((h) => !m.done.includes(wordsBefore(text, h.start, 1)[0] ?? ''));
  if (offers.length === 0 || narratedPast(text, sentence, m)) return false;
  const masked = declinedParts(text, sentence, declined, offers);
  const outside = (start: number, end: number) => !masked.some((r) => r.start <= start && end <= r.end);
  return (
    someNumeral(sentence.text, sentence.start, (at) => outside(at, at + 1)) ||
    findIn(text, sentence, m.concrete, { quotes }).some((h) => outside(h.start, h.end))
  );
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
function narratedPast(text: string, sentence: Span, m: Meaning): boolean {
  if (m.sequels.length === 0) return false;
  if (!opensWithSequel(text, sentence.end, m) || hasAny(sentence.text, m.futures, sentence.start)) return false;
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

/**
 * Sentences that can neither decline, end the service, state a rule nor offer anything: they
 * overlap no match in the draft of what those readings look for (declineHits, terminationHits,
 * the rules list, isAlternative's strong offers and offers) and hold no two digits in a row (a
 * phone number), a web or mail address, a dated opener nor a priced kind ("A solo walk is £18"). The readings would find nothing in them; two thirds of a draft's sentences are
 * such. Returns null when the draft's matches are not at hand. Keep in step with the readings:
 * tests/engine/understand.test.ts compares both ways. Asked only about sentences of `sentences`.
 */
export function quietSentences(m: Meaning, sentences: readonly Span[]): ((sentence: Span) => boolean) | null {
  const families = composedFamilies(m);
  const sources = [
    endingsOf(m), m.declines, m.rules, m.strongOffers, offersOf(m), families.declines, families.habits, families.terminations,
    families.doubtedTerminations, families.noLongerDoing, families.endedRuns, families.endedForCustomer, doubtPattern(m),
  ];
  // Each test is pure: the cheap one first.
  const loud = (sentence: Span) => TWO_DIGITS.test(sentence.text) || webAddress(sentence.text) || datedRule(sentence, m) || pricedOpener(sentence, m);
  // The draft's own sentences (asked about one of them): the overlapped ones, found from the hits.
  if (areDraftPieces(sentences)) {
    const near = overlappedSentences(sentences, sources);
    if (!near) return null;
    const held = new Set(near);
    return (sentence) => !held.has(sentence) && !loud(sentence);
  }
  const mayHold = mayHoldAny(sources);
  return mayHold && ((sentence) => !mayHold(sentence) && !loud(sentence));
}

/** Words after a dated opener searched for the date ("From Saturday 5 July", "Starting on the 1st"). */
const DATE_REACH = 3;

/**
 * `text.toLowerCase().startsWith(`${word} `)`, read in place while the text is ASCII there (where
 * lower-casing maps one character to one); any other character there sends it the long way.
 */
function opensWith(text: string, word: string): boolean {
  for (let i = 0; i <= word.length; i++) {
    if (i === text.length) return false;
    const code = text.charCodeAt(i);
    if (code >= 0x80) return text.toLowerCase().startsWith(`${word} `);
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if (lower !== (i < word.length ? word.charCodeAt(i) : 0x20)) return false;
  }
  return true;
}

/**
 * "From Saturday 5 July, weekend tables are booked in 2-hour slots": a sentence that opens on a
 * point in time states a rule from then, though it names no rule word.
 */
export function datedRule(sentence: Span, m: Meaning): boolean {
  const opener = m.datedRuleOpeners.find((o) => opensWith(sentence.text, o));
  if (!opener) return false;
  const words = sentence.text.slice(opener.length).trim().split(/\s+/);
  // The date is fronted and set off by a comma: "From Monday your prints are ready" only informs.
  const fronted = words.slice(0, DATE_REACH + 2).findIndex((w) => w.endsWith(','));
  if (fronted < 0) return false;
  const date = words.slice(0, Math.min(fronted + 1, DATE_REACH));
  return date.some((w) => /^\p{N}/u.test(w)) || hasAny(date.join(' '), m.calendarWords);
}
