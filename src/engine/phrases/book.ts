// The phrase book of one language. The English book defines the shape; the Indonesian one must
// have the very same lists (the type checker and tests/engine/phrases.test.ts make sure).
import { en as enBook } from './en';
import { id as idBook } from './id';
import type { Lang } from '../types';

/** `as const` literals widened to plain strings, so both languages share one type. */
type Widen<T> = T extends string
  ? string
  : T extends readonly (infer U)[]
    ? readonly Widen<U>[]
    : { readonly [K in keyof T]: Widen<T[K]> };

export type PhraseBook = Widen<typeof enBook>;

const books: Record<Lang, PhraseBook> = { en: enBook, id: idBook satisfies PhraseBook };

export function phraseBook(lang: Lang): PhraseBook {
  return books[lang];
}
