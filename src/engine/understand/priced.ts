// A priced kind of thing ("A solo walk is £18", "Solo walk: £18"): something on offer to
// isAlternative, and a reason to read a sentence no source of the readings marks (acts.ts `loud`).
import type { PhraseBook } from '../phrases/book';
import type { Span } from '../text/segment';
import { findIn } from './find';
import { openerOf } from './opens-with';

type Meaning = PhraseBook['meaning'];

const PRICE = /(?:[£$€]|\bRp\.?)[ \t]?\p{N}|\p{N}[ \t]?€/u;

/**
 * "A solo walk is £18.", "A standard edge is £6 a knife", "Straightening it is £15.": a kind of
 * thing (an indefinite subject, a gerund) priced is something on offer, where "The table is £1,850" restates the price of the thing asked
 * about. Not in a sentence that declines, nor in a rule ("A deposit of £50 is due").
 */
export function pricedKind(text: string, sentence: Span, m: Meaning, quotes: readonly Span[], declined: readonly Span[]): boolean {
  if (!pricedOpener(sentence, m)) return false;
  if (declined.some((d) => d.start >= sentence.start && d.end <= sentence.end)) return false;
  return findIn(text, sentence, m.rules, { quotes }).length === 0;
}

/** "Solo walk: £18, same route.": a price-list line, a kind named and priced after a colon. */
const PRICE_LINE = /^\p{L}[\p{L}\p{N} '’&-]{0,40}:[ \t]*(?:[£$€]|Rp\.?)[ \t]?\p{N}/u;

const FIRST_WORD = /^\p{L}+/u;

const CURRENCY = /[$£€]|Rp/;

/** A currency sign or "Rp" in the text, in one native pass (read on every unmarked sentence: `loud`). */
function holdsCurrency(text: string): boolean {
  return CURRENCY.test(text);
}

/** Read on every unmarked sentence (`loud`): a currency sign first, then the opener, the pattern last. */
export function pricedOpener(sentence: Span, m: Meaning): boolean {
  const text = sentence.text;
  if (!holdsCurrency(text)) return false;
  if (openerOf(text, m.kindOpeners) !== undefined) return PRICE.test(text);
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
