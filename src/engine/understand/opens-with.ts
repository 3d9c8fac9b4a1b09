/**
 * `text.toLowerCase().startsWith(`${word} `)`, read in place while the text is ASCII there (where
 * lower-casing maps one character to one); any other character there sends it the long way.
 */
export function opensWith(text: string, word: string): boolean {
  for (let i = 0; i <= word.length; i++) {
    if (i === text.length) return false;
    const code = text.charCodeAt(i);
    if (code >= 0x80) return text.toLowerCase().startsWith(`${word} `);
    const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
    if (lower !== (i < word.length ? word.charCodeAt(i) : 0x20)) return false;
  }
  return true;
}

/** The first word of `words` the text opens with (`opensWith`), in list order. */
export function openerOf(text: string, words: readonly string[]): string | undefined {
  for (const word of words) if (opensWith(text, word)) return word;
  return undefined;
}
