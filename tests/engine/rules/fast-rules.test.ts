// The rules' fast paths must give exactly what their first, obvious forms gave: each reference
// below is the code it replaced, run on random sentences built from the phrase lists' words.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { RuleContext } from '../../../src/engine/context';
import { phraseBook } from '../../../src/engine/phrases/book';
import { splitEdit } from '../../../src/engine/rules/clarity/long-sentence';
import { bareCommand } from '../../../src/engine/rules/politeness/bare-command';
import { baseContext } from '../../../src/engine/context';
import { alternation } from '../../../src/engine/understand/find';
import { hasAny } from '../../../src/engine/text/match';
import { inBody } from '../../../src/engine/rules/clarity/text-edits';
import { render } from '../../../src/engine/messages/render';
import { wordsIn } from '../../../src/engine/rules/clarity/word-count';
import { gappedHits } from '../../../src/engine/rules/firmness/hedge';
import { keepsFacts } from '../../../src/engine/rules/per-analysis';
import { keepsProtected } from '../../../src/engine/understand/prose';
import { useDocument } from '../../../src/engine/text/match';
import { capitalize } from '../../../src/engine/rules/clarity/text-edits';
import { paragraphs, sentences as sentencesOf, wordCount, words, type Span } from '../../../src/engine/text/segment';
import type { Edit, Lang } from '../../../src/engine/types';

/** splitEdit as first written: matchAll per split point, words counted by filtering. */
function referenceSplitEdit(ctx: RuleContext, sentence: Span): Edit | null {
  const all = words(sentence.text, sentence.start);
  const middle = (sentence.start + sentence.end) / 2;
  let best: { edit: Edit; distance: number } | null = null;
  for (const entry of ctx.phrases.clarity.splitPoints) {
    const [conjunction = '', starter = '-'] = entry.split('=>').map((s) => s.trim());
    const escaped = conjunction.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = conjunction === ';' ? /;\s+(\p{L})/gu : new RegExp(`,\\s+${escaped}\\s+(\\p{L})`, 'giu');
    for (const m of sentence.text.matchAll(re)) {
      const at = sentence.start + m.index;
      const before = all.filter((w) => w.end <= at).length;
      const after = all.length - before - (conjunction === ';' ? 0 : conjunction.split(/\s+/).length);
      if (before < 8 || after < 8) continue;
      const end = at + m[0].length;
      const text = starter !== '-' ? `. ${capitalize(starter)} ${m[1]!}` : `. ${capitalize(m[1]!)}`;
      const distance = Math.abs(at - middle);
      if (!best || distance < best.distance) best = { edit: { start: at, end, text }, distance };
    }
  }
  return best?.edit ?? null;
}

const FILLER = ['we', 'kami', 'the', 'order', 'pesanan', 'é', 'Ébé', '1,850', "don't", 'e.g', '😅', 'x', 'я', 'e\u0301', '🙏🏻', '2,'];

function sentences(lang: Lang) {
  const conjunctions = phraseBook(lang).clarity.splitPoints.map((p) => p.split('=>')[0]!.trim());
  const token = fc.constantFrom(...FILLER, ...FILLER, ...conjunctions, ...conjunctions.map((c) => c.toUpperCase()), ',', ';', ', ', ' ,', '.');
  return fc.array(token, { minLength: 10, maxLength: 60 }).map((parts) => parts.join(' '));
}

for (const lang of ['en', 'id'] as const) {
  test(`splitEdit equals its first form (${lang})`, () => {
    let split = 0;
    fc.assert(
      fc.property(sentences(lang), fc.nat(40), (text, offset) => {
        // The sentence stands in a draft, after `offset` characters and before a few more.
        const ctx = { phrases: phraseBook(lang), lang, text: `${'x. '.repeat(offset).slice(0, offset)}${text} Ok.` } as RuleContext;
        const sentence = { start: offset, end: offset + text.length, text };
        const expected = referenceSplitEdit(ctx, sentence);
        if (expected) split++;
        expect(splitEdit(ctx, sentence)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
    // The random sentences do reach the split points.
    expect(split).toBeGreaterThan(100);
  }, 60_000);
}

test('splitEdit equals its first form with conjunctions that overlap (one pattern each)', () => {
  const splitPoints = ['and => -', 'and so => so', 'so => so', '; => -', 'Which => this'];
  const phrases = { clarity: { splitPoints } };
  const token = fc.constantFrom('we', 'the', 'order', 'and', 'so', 'which', 'AND', ',', ';', ', ', '.');
  let split = 0;
  fc.assert(
    fc.property(fc.array(token, { minLength: 10, maxLength: 60 }), (parts) => {
      const text = parts.join(' ');
      const ctx = { phrases, lang: 'en', text: `Hi ${text}` } as unknown as RuleContext;
      const sentence = { start: 3, end: 3 + text.length, text };
      const expected = referenceSplitEdit(ctx, sentence);
      if (expected) split++;
      expect(splitEdit(ctx, sentence)).toEqual(expected);
    }),
    { numRuns: 1000 },
  );
  expect(split).toBeGreaterThan(50);
}, 60_000);

/** gappedHits as first written: every gapped pattern run (matchAll) on every decision sentence. */
function referenceGappedHits(sentence: Span, map: Record<string, string>) {
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
  const hits: (Span & { firm: string })[] = [];
  for (const [key, firm] of Object.entries(map).filter(([k]) => k.includes(' … '))) {
    const [head = '', tail = ''] = key.split(' … ');
    const re = new RegExp(`(?<![\\p{L}\\p{N}_])${esc(head)}\\s+((?:[\\p{L}\\p{N}_'’-]+\\s+){0,4}?)${esc(tail)}(?![\\p{L}\\p{N}_])`, 'giu');
    for (const m of sentence.text.matchAll(re)) {
      const start = sentence.start + m.index;
      hits.push({ start, end: start + m[0].length, text: m[0], firm: firm.replace('…', (m[1] ?? '').trim()).replace(/\s+/g, ' ').trim() });
    }
  }
  return hits;
}

test('gapped hedge hits equal their first form', () => {
  const book = phraseBook('id');
  const map = book.firmness.hedgeReplacements as Record<string, string>;
  const vocabulary = [...new Set(Object.keys(map).flatMap((k) => [...k.split(' … '), ...k.split(/\s+/)]))].filter((w) => w !== '…');
  const token = fc.constantFrom(...vocabulary, ...vocabulary.map((w) => w.toUpperCase()), 'fitur', 'ini', 'x-y', 'é', ',', '.', ' ', '\n');
  const ctx = { phrases: book, lang: 'id' } as RuleContext;
  let found = 0;
  fc.assert(
    fc.property(fc.array(token, { minLength: 3, maxLength: 30 }), fc.string({ maxLength: 4 }), (parts, prefix) => {
      // The sentence is searched as a piece of the analyzed draft, as the rule does.
      const text = parts.join(' ');
      const doc = `${prefix} ${text} ok`;
      useDocument(doc);
      const sentence = { start: prefix.length + 1, end: prefix.length + 1 + text.length, text };
      const expected = referenceGappedHits(sentence, map);
      found += expected.length;
      expect(gappedHits(ctx, sentence, map)).toEqual(expected);
    }),
    { numRuns: 1500 },
  );
  expect(found).toBeGreaterThan(50);
}, 60_000);

// Letters, digits, joiners, emoji with their modifiers, and characters only the segmenter reads.
const CHARS = ['a', 'Z', 'é', '9', '_', ' ', '\n', '\n\n', '.', ',', ':', "'", '’', '‘', '-', '!', '?', '😅', '🏻', '\ufe0f', '\u200d', '🙏', '\u0301', 'я', '中', 'kak', "don't", '1,850', 'e.g', 'Hi. Ok', 'a_b'];

test('word counts from the draft equal counting each piece', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...CHARS), { maxLength: 40 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const text = parts.join('');
      const ctx = { text } as RuleContext;
      const start = a % (text.length + 1);
      const end = start + (b % (text.length - start + 1));
      expect(wordsIn(ctx, start, end)).toBe(wordCount(text.slice(start, end)));
      for (const s of [...sentencesOf(text), ...paragraphs(text)]) expect(wordsIn(ctx, s.start, s.end)).toBe(wordCount(s.text));
    }),
    { numRuns: 3000 },
  );
}, 60_000);

test('keepsFacts equals keepsProtected with the address terms exempt', () => {
  const words = ['Sorry', 'sorry', 'again', 'Pak', 'Budi', 'I', "I'm", 'we', 'can', 'Rp50.000', '12', 'apa2', 'kak', 'Kak', 'ÉMILE', 'émile', '𝐀', '.', ',', ' ', '\n', '!', '😅 ', 'Maaf'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...words), { maxLength: 30 }), fc.nat(), fc.nat(), (parts, a, b) => {
      const text = parts.join(' ');
      const book = phraseBook('id');
      const ctx = { text, sentences: sentencesOf(text), phrases: book } as unknown as RuleContext;
      const start = a % (text.length + 1);
      const end = start + (b % (text.length - start + 1));
      expect(keepsFacts(ctx, start, end)).toBe(keepsProtected(text, start, end, ctx.sentences, book.overApology.addressTerms));
      for (const s of ctx.sentences) expect(keepsFacts(ctx, s.start, s.end)).toBe(keepsProtected(text, s.start, s.end, ctx.sentences, book.overApology.addressTerms));
    }),
    { numRuns: 2000 },
  );
}, 60_000);


/** bare-command's check as first written: list-item test, vocative, then the verb on a slice. */
function referenceBareCommand(ctx: RuleContext) {
  const VOCATIVE = /^(?:(?:kak|kakak|pak|bu|mas|mbak|bapak|ibu|sis|gan)(?:\s+\p{Lu}\p{L}*)?|\p{Lu}\p{L}+)\s*,\s*/iu;
  const FIRST_PERSON_AGENT = /^\s+(?:kami|saya|aku|kita|we|i)\b/i;
  const LIST_ITEM = /^\s*(?:\d+[.)]|[-*•–])\s*$/;
  const book = ctx.phrases.politeness;
  const suffix = ctx.lang === 'id' ? '(?:kan|i|lah|in|kanlah)?' : '';
  const verbRe = new RegExp(`^${alternation(book.commandVerbs)}${suffix}(?![\\p{L}\\p{N}_\\-'’])`, 'iu');
  const exceptionRe = new RegExp(`^${alternation(book.commandExceptions)}`, 'iu');
  return ctx.sentences.flatMap((sentence) => {
    if (!inBody(ctx, sentence.start, sentence.end)) return [];
    const lineStart = ctx.text.lastIndexOf('\n', sentence.start - 1) + 1;
    if (LIST_ITEM.test(ctx.text.slice(lineStart, sentence.start)) || /^\s*(?:\d+[.)]|[-*•–])\s/.test(sentence.text)) return [];
    const vocative = sentence.text.match(VOCATIVE);
    const offset = vocative && !/^(?:please|mohon|tolong)\b/i.test(vocative[0]) ? vocative[0].length : 0;
    const rest = sentence.text.slice(offset);
    const verb = rest.match(verbRe);
    if (!verb) return [];
    if (FIRST_PERSON_AGENT.test(rest.slice(verb[0].length)) || /^\s*:/.test(rest.slice(verb[0].length))) return [];
    if (exceptionRe.test(rest) || hasAny(sentence.text, book.softeners)) return [];
    const start = sentence.start + offset;
    if (ctx.isQuoted(start, sentence.end)) return [];
    const soft = capitalize(book.softenedCommand);
    const lowered = offset > 0 ? book.softenedCommand : soft;
    const firstChar = ctx.text[start]!;
    return [{
      start,
      end: sentence.end,
      messageId: 'politeness/bare-command',
      values: { phrase: sentence.text.slice(offset) },
      fixes: [{ label: render(ctx.uiLang, 'politeness/bare-command.fix'), edits: [{ start, end: start + 1, text: `${lowered} ${firstChar.toLocaleLowerCase()}` }] }],
    }];
  });
}

for (const lang of ['en', 'id'] as const) {
  test(`bare-command equals its first form (${lang})`, () => {
    const book = phraseBook(lang);
    const verbs = book.politeness.commandVerbs.slice(0, 12);
    const token = fc.constantFrom(...verbs, ...verbs.map((v) => v.toUpperCase()), 'kak', 'Tom', 'please', 'mohon', 'we', 'kami', 'the', 'form', ',', '.', '. ', '!', ':', '\n', '\n\n', '1.', '-', '"', 'kan', 'dulu', 'ya');
    let found = 0;
    fc.assert(
      fc.property(fc.array(token, { maxLength: 25 }), (parts) => {
        const text = parts.join(' ');
        const base = baseContext({ text, subject: '', recipientName: undefined, lang, uiLang: lang, settings: {} });
        const ctx = { ...base, scenario: 'other', inRight: true } as RuleContext;
        const expected = referenceBareCommand(ctx);
        found += expected.length;
        expect(bareCommand.check(ctx)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
    expect(found).toBeGreaterThan(30);
  }, 60_000);
}
