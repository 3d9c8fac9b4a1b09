// Everything a rule reads about the draft, computed once per analysis and shared.
import type { Lang, Scenario, Settings } from './types';
import { phraseBook, type PhraseBook } from './phrases/book';
import { findLayout, type Layout } from './understand/layout';
import { understand, type Understanding } from './understand/understand';
import { quotedSpans, useDocument } from './text/match';
import { containing, paragraphs, sentences, type Span } from './text/segment';
import type { TextIndex } from './text/word-index';

export type RuleContext = {
  text: string;
  subject: string;
  recipientName: string | undefined;
  lang: Lang;
  /** The language messages and fix labels are written in. */
  uiLang: Lang;
  scenario: Scenario;
  inRight: boolean;
  settings: Settings;
  phrases: PhraseBook;
  paragraphs: Span[];
  sentences: Span[];
  layout: Layout;
  /** What the draft does: declines, ends service, admits a mistake, offers an alternative… */
  meaning: Understanding;
  /** True when [start, end) lies inside quotation marks (the customer's own words). */
  isQuoted(start: number, end: number): boolean;
};

export type ContextInput = {
  text: string;
  subject: string;
  recipientName: string | undefined;
  lang: Lang;
  uiLang: Lang;
  settings: Settings;
};

/** Builds the parts that do not depend on the scenario; scenario inference reads these. */
/** `index`: the word index of `input.text` when language detection built one. */
export function baseContext(input: ContextInput, index?: TextIndex | null): Omit<RuleContext, 'scenario' | 'inRight'> {
  const phrases = phraseBook(input.lang);
  // Language detection builds an index only for a draft it found scannable (lang.ts: subject,
  // line break and body; the body alone is then scannable too).
  const allSentences = sentences(input.text, index != null);
  useDocument(input.text, allSentences, index);
  const quotes = quotedSpans(input.text);
  const layout = findLayout(input.text, phrases);
  return {
    ...input,
    phrases,
    paragraphs: paragraphs(input.text),
    sentences: allSentences,
    layout,
    meaning: understand(input.text, allSentences, layout, phrases, quotes),
    // Quotes come sorted and apart, so the one that could hold [start, end) is found by bisection.
    isQuoted: (start, end) => containing(quotes, start, end) !== undefined,
  };
}
