// Sentence roles: which sentences decline, end the service or state a rule (whether one offers
// something instead is in alternatives.ts; whether the business owns a complaint, in owning.ts).
// Phrase families come from the language's meaning.ts; their composition (negation + ability) is here.
import type { PhraseBook } from '../phrases/book';
import type { Span } from '../text/segment';
import { compilePattern, hasAny } from '../text/match';
import { alternation, composed, findIn, inside, matchAll, overlapsAny, sentenceMarks, wordsBefore } from './find';
import { TWO_DIGITS, webAddress } from './contacts';
import { offersOf } from './alternatives';
import { pricedOpener } from './priced';
import { openerOf, opensWith } from './opens-with';
import { ANY_SOURCE, DECLINE_EXCEPTIONS, DECLINE_FAMILY, DECLINE_LIST, DOUBTS, ENDING_FAMILY, ENDINGS, HABITS } from './reading-bits';

type Meaning = PhraseBook['meaning'];

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

/**
 * The business's own negation of an ability or offer: "we can't offer", "kami tidak dapat".
 * `may`: the sentence's marks (`readingMarks`): a source whose bit (reading-bits.ts) is clear is not searched.
 */
export function declineHits(text: string, sentence: Span, m: Meaning, quotes: readonly Span[], may = ANY_SOURCE): Span[] {
  const families = composedFamilies(m);
  const composedHits = may & DECLINE_FAMILY ? matchAll(families.declines, sentence.text, sentence.start) : NO_SPANS;
  const habits = may & HABITS ? matchAll(families.habits, sentence.text, sentence.start) : NO_SPANS;
  const listed = may & DECLINE_LIST ? findIn(text, sentence, m.declines, { quotes }) : NO_SPANS;
  const doubted = may & DOUBTS ? doubtedPossibilities(sentence, m) : NO_SPANS;
  // The exceptions are read only where there is something to except.
  if (composedHits.length + habits.length + listed.length + doubted.length === 0) return [];
  const exceptions = may & DECLINE_EXCEPTIONS ? findIn(text, sentence, m.declineExceptions, { quotes }) : NO_SPANS;
  // The composed families' hits, then the list's and the doubted possibilities', kept in one array.
  const out: Span[] = [];
  keepDeclines(out, composedHits.length > 0 ? composedHits.filter((hit) => !ownOnly(hit, m) || ourSubject(text, hit.start, m)) : composedHits, text, m, quotes, exceptions);
  keepDeclines(out, habits, text, m, quotes, exceptions);
  keepDeclines(out, listed, text, m, quotes, exceptions);
  keepDeclines(out, doubted, text, m, quotes, exceptions);
  return out;
}

const NO_SPANS: readonly Span[] = [];

function keepDeclines(out: Span[], hits: readonly Span[], text: string, m: Meaning, quotes: readonly Span[], exceptions: readonly Span[]): void {
  for (const hit of hits) {
    if (
      !overlapsAny(exceptions, hit.start, hit.end) &&
      !paymentNotArrived(text, hit, m) &&
      !inside(quotes, hit.start, hit.end) &&
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
  if (!endsWithAny(said, m.arrivals)) return false;
  if (m.customerPayments.includes(wordsBefore(text, hit.start, 1)[0] ?? '')) return true;
  // "Tagihan bulan Juli dan Agustus belum juga kami terima": not yet here, the payment a few words back.
  return m.notYet.includes(said.split(/\s/, 1)[0]!) && wordsBefore(text, hit.start, PAYMENT_REACH).some((w) => m.customerPayments.includes(w));
}

function endsWithAny(text: string, ends: readonly string[]): boolean {
  for (const end of ends) if (text.endsWith(end)) return true;
  return false;
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

/** `may`: the sentence's marks (`readingMarks`): a source whose bit (reading-bits.ts) is clear is not searched. */
export function terminationHits(text: string, sentence: Span, m: Meaning, quotes: readonly Span[], may = ANY_SOURCE): Span[] {
  // The list's hits, then each composed family's in turn, kept in one array (no array per family).
  const out: Span[] = [];
  // The list and the last pieces of work, searched as one list.
  if (may & ENDINGS) {
    const lastTimes = lastTimesOf(m);
    for (const hit of findIn(text, sentence, endingsOf(m), { quotes })) {
      if (lastTimes.has(hit.text.toLowerCase()) ? lastWorkForCustomer(text, sentence, hit, m) : keptTermination(text, hit, m, quotes)) out.push(hit);
    }
  }
  const families = composedFamilies(m).ending;
  for (let k = 0; k < families.length; k++) {
    if (!(may & (ENDING_FAMILY << k))) continue;
    for (const hit of matchAll(families[k]!, sentence.text, sentence.start)) if (keptTermination(text, hit, m, quotes)) out.push(hit);
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
  return (OWN_AGENT.test(hit.text) || !saidOfSomeoneElse(text, hit.start, m)) && !inside(quotes, hit.start, hit.end);
}

/** By echo list: one per phrase book, as its meaning is. */
const readingSources = new WeakMap<readonly string[], readonly (readonly string[] | RegExp)[]>();

/**
 * A bit field per sentence of `sentences`: which sources of the readings (reading-bits.ts) have a
 * draft match overlapping it. A reading finds nothing in a sentence no match of its own sources
 * overlaps, and skips a source whose bit is clear. Keep in step with the readings:
 * tests/engine/understand.test.ts compares both ways.
 */
export function readingMarks(m: Meaning, sentences: readonly Span[], echoes: readonly string[]): Int32Array {
  let sources = readingSources.get(echoes);
  if (!sources) {
    // In the order of reading-bits.ts.
    const families = composedFamilies(m);
    sources = [
      ...[endingsOf(m), ...families.ending, families.declines, families.habits, m.declines, doubtPattern(m), m.rules, m.strongOffers, offersOf(m)],
      ...[m.vague, m.offerExceptions, echoes, m.contrastLeads, m.concrete, m.futures, m.declineExceptions, m.apologies, m.grovels, m.noNeed, m.ruleExceptions],
    ];
    readingSources.set(echoes, sources);
  }
  return sentenceMarks(sentences, sources);
}

/**
 * What may make a sentence none of `readingMarks` marks still a rule or an offer: two digits in a
 * row (a phone number), a web or mail address, a dated opener or a priced kind ("A solo walk is
 * £18"). Two thirds of a draft's sentences are neither marked nor loud. Each test is pure: the
 * cheap one first.
 */
export function loud(sentence: Span, m: Meaning): boolean {
  return TWO_DIGITS.test(sentence.text) || webAddress(sentence.text) || datedRule(sentence, m) || pricedOpener(sentence, m);
}

/** Words after a dated opener searched for the date ("From Saturday 5 July", "Starting on the 1st"). */
const DATE_REACH = 3;

/**
 * "From Saturday 5 July, weekend tables are booked in 2-hour slots": a sentence that opens on a
 * point in time states a rule from then, though it names no rule word.
 */
export function datedRule(sentence: Span, m: Meaning): boolean {
  const opener = openerOf(sentence.text, m.datedRuleOpeners);
  if (!opener) return false;
  const words = sentence.text.slice(opener.length).trim().split(/\s+/);
  // The date is fronted and set off by a comma: "From Monday your prints are ready" only informs.
  const fronted = words.slice(0, DATE_REACH + 2).findIndex((w) => w.endsWith(','));
  if (fronted < 0) return false;
  const date = words.slice(0, Math.min(fronted + 1, DATE_REACH));
  return date.some((w) => /^\p{N}/u.test(w)) || hasAny(date.join(' '), m.calendarWords);
}
