// Word characters as the word index reads them ([\p{L}\p{N}_], as the phrase patterns' word
// boundaries see them), one UTF-16 unit or surrogate pair at a time.

export const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff;
export const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** 2 where a surrogate pair starts, else 1. */
export function unitsAt(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

const WORD_CHAR = /^[\p{L}\p{N}_]$/u;

// [\p{L}\p{N}_] per UTF-16 unit of the Basic Multilingual Plane, filled in as characters are met.
const UNKNOWN = 0;
const WORD = 1;
const NOT_WORD = 2;
const wordUnits = new Uint8Array(0x10000);

export function isWordAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39) || code === 0x5f;
  if (unitsAt(text, i) === 2) return WORD_CHAR.test(text.slice(i, i + 2));
  let known = wordUnits[code]!;
  if (known === UNKNOWN) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? WORD : NOT_WORD;
    wordUnits[code] = known;
  }
  return known === WORD;
}

/** [\p{L}\p{N}_] on a code point. */
export function isWordCode(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || code === 0x5f;
  return WORD_CHAR.test(String.fromCodePoint(code));
}
