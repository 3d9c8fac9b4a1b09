// The engine's fast paths must give exactly what the slow, obvious way gives: the word scanner
// what Intl.Segmenter gives, the indexed phrase finder what a full regex scan gives.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import { detectLang, hasRupiah } from '../../src/engine/lang';
import { ADDRESS, webAddress } from '../../src/engine/understand/contacts';
import { colonParts, LOWER_CASE_STOP, lowerCaseStops, wholeWordCount } from '../../src/engine/rules/clarity/reading-pieces';
import { scoldingPatternsOf } from '../../src/engine/rules/politeness/sarcasm';
import { capitalize, wordsBefore as wordsBeforeInClause } from '../../src/engine/rules/clarity/text-edits';
import { en } from '../../src/engine/phrases/en';
import { id } from '../../src/engine/phrases/id';
import { compilePattern, findAll, hasAny, listPattern, useDocument } from '../../src/engine/text/match';
import { capsRuns } from '../../src/engine/rules/politeness/shouting';
import { endsWithBlankLine } from '../../src/engine/understand/prose';
import { clauses } from '../../src/engine/understand/clauses';
import { sentencePieces } from '../../src/engine/text/sentence-scan';
import { scannable, wordCount, words } from '../../src/engine/text/words';
import { alternation, composed, matchAll, sentencesNear, wordsBefore } from '../../src/engine/understand/find';
import { sentences } from '../../src/engine/text/segment';
import { devCorpus } from './corpus';
import { render } from '../../src/engine/messages/render';
import { en as enMessages } from '../../src/engine/messages/en';
import { id as idMessages } from '../../src/engine/messages/id';

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
const segmenterWords = (text: string) =>
  [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => ({ start: s.index, end: s.index + s.segment.length, text: s.segment }));

// Letters, digits and every joiner the word rules treat specially, plus characters that must send
// the text to the segmenter (combining marks, soft hyphen, middle dot, other scripts).
const pieces = [
  'a', 'Z', 'é', 'ß', 'Ł', 'ſ', 'ª', '9', '0', '_', ' ', '\n', '\t', '\u00a0', '.', ',', ';', ':', "'", '’', '‘', '-', '–', '—',
  '!', '?', '"', '“', '”', '(', ')', '/', '@', '#', '$', '€', '%', '…', '²', '½', '©', '🙏', '😅', '🏻', '\ufe0f', '\u200d', '🇮',
  '🇩', '❤', '\u00b7', '\u2024', '\u2027', '\u00ad', '\u202f', '\u0301', 'ℹ', 'Ⓜ', '🅰', '™', 'Ω', 'я', 'あ', '中', '\u200b', 'kak', "don't", '1,850',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 24 }).map((p) => p.join(''));

test('words() equals the segmenter on any text', () => {
  fc.assert(
    fc.property(text, (t) => {
      expect(words(t)).toEqual(segmenterWords(t));
      expect(wordCount(t)).toBe(segmenterWords(t).length);
    }),
    { numRuns: 3000 },
  );
}, 60_000);

test('hasRupiah equals its lookbehind pattern on any text', () => {
  const rupiah = /(?<![\p{L}])Rp\s?\d/u;
  const parts = fc.constantFrom('Rp', 'R', 'p', 'rp', ' ', '\u00a0', '\n', '5', 'a', 'é', '𝐀', '\ud835', '\udc00', '-', '.', '😀');
  fc.assert(
    fc.property(fc.array(parts, { maxLength: 10 }), (p) => {
      expect(hasRupiah(p.join(''))).toBe(rupiah.test(p.join('')));
    }),
    { numRuns: 5000 },
  );
});

test('webAddress equals its pattern on any text', () => {
  const parts = fc.constantFrom('.', 'com', 'CO', 'ſhop', 'Shop', 'Id', 'biz', 'x', 'kay', '@', '/', ' ', '-', '5', 'é', '.g', 'uk', 'Me', '\n');
  fc.assert(
    fc.property(fc.array(parts, { maxLength: 10 }), (p) => {
      expect(webAddress(p.join(''))).toBe(ADDRESS.test(p.join('')));
    }),
    { numRuns: 5000 },
  );
});

test('colonParts equals a split at colons and the spaces after them', () => {
  const parts = fc.constantFrom(':', '::', ' ', '\u00a0', '\n', '\u2028', 'a', 'b', '😀');
  fc.assert(
    fc.property(fc.array(parts, { maxLength: 10 }), (p) => {
      expect(colonParts(p.join(''))).toEqual(p.join('').split(/:\s+/u));
    }),
    { numRuns: 3000 },
  );
});

test('wholeWordCount equals its lookbehind pattern on any text', () => {
  const parts = fc.constantFrom('ya', 'YA', 'yaa', 'Yah', 'sih', 'ſih', 'kok', '\u212aok', 'k', 'um', 'uh', 'a', 'é', '𝐀', '9', '_', "'", '’', '-', ' ', '.', ',', '\n', '😀', '\ud83d');
  for (const list of [id.clarity.chatParticles, en.clarity.chatParticles, ['’ya', 'é']]) {
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}_'’-])${alternation(list)}(?![\\p{L}\\p{N}_'’-])`, 'giu');
    fc.assert(
      fc.property(fc.array(parts, { maxLength: 12 }), (p) => {
        const t = p.join('');
        expect(wholeWordCount(t, list)).toBe(t.match(pattern)?.length ?? 0);
      }),
      { numRuns: 3000 },
    );
  }
});

test('lowerCaseStops equals its pattern on any text', () => {
  const parts = fc.constantFrom('a', 'B', 'kak', 'é', 'É', '𝐀', '𝐚', '.', '..', '!', '?', '"', '”', '’', "'", ')', ']', ' ', '\n', '\u00a0', ',', '1', 'e.g', '😀');
  const shape = (m: RegExpExecArray) => [m.index, m[0], m[1]];
  fc.assert(
    fc.property(fc.array(parts, { maxLength: 14 }), (p) => {
      const t = p.join('');
      expect(lowerCaseStops(t).map(shape)).toEqual([...t.matchAll(LOWER_CASE_STOP)].map(shape));
    }),
    { numRuns: 5000 },
  );
});

test('capitalize equals the locale upper-casing of the first character', () => {
  for (let code = 0; code < 0x300; code++) {
    for (const s of [String.fromCharCode(code), `${String.fromCharCode(code)}bc`]) expect(capitalize(s)).toBe(s.charAt(0).toLocaleUpperCase() + s.slice(1));
  }
  expect(capitalize('')).toBe('');
});

test('the words before a position in its clause equal the split of the window', () => {
  const parts = fc.constantFrom('a', 'B', 'kami', ' ', '.', ';', ':', '!', '?', '(', ')', '\n', ',', '’', 'İ', '\u00a0');
  fc.assert(
    fc.property(fc.array(parts, { maxLength: 40 }), fc.nat(), fc.integer({ min: 1, max: 3 }), (p, n, count) => {
      const t = p.join('');
      const pos = n % (t.length + 1);
      const clause = t.slice(Math.max(0, pos - 80), pos).split(/[.;:!?()\n]/).at(-1) ?? '';
      expect(wordsBeforeInClause(t, pos, count)).toEqual(clause.toLowerCase().replace(/’/g, "'").split(/[\s,]+/).filter(Boolean).slice(-count));
    }),
    { numRuns: 3000 },
  );
});

const sentenceSegmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
const sentenceChars = [
  'a', 'A', 'b', 'Z', 'é', 'É', 'ª', 'ǅ', 'ƻ', '9', ' ', '  ', '\t', '\u00a0', '\r', '\r\n', '\u0085', '.', '...', '!', '?', '‼', '⁉', '\u2024',
  ',', ';', ':', '-', '–', '—', '"', '“', '”', '‘', '’', "'", '(', ')', '[', ']', '«', '»', '…', '_', '/', '@', '🙏', '😅', '🏻', '\ufe0f',
  '\u200d', '❤', '\u0301', '\u00ad', 'あ', 'Mr', 'e.g', 'I', 'kak', 'Hi', 'OK', 'ok',
];

test('sentence pieces equal the segmenter on any line', () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...sentenceChars), { maxLength: 30 }), (parts) => {
      const t = parts.join('');
      expect(sentencePieces(t)).toEqual([...sentenceSegmenter.segment(t)].map((s) => ({ index: s.index, segment: s.segment })));
    }),
    { numRuns: 4000 },
  );
}, 60_000);

// The alphabet the scanner was checked on: Latin letters, punctuation, emoji (with their
// variation selectors, joiners and skin tones) but not the six emoji that are letters.
const CHECKED =
  /^(?:[\u0000-\u00ac\u00ae-\u00b6\u00b8-\u024f\u2010-\u2023\u2025\u2026\u2030-\u203e\u2041-\u2043\u2045-\u2053\u2055-\u205e\u20a0-\u20c0\u{1F1E6}-\u{1F1FF}]|(?![\u2139\u24c2\u{1F170}\u{1F171}\u{1F17E}\u{1F17F}])\p{Extended_Pictographic}[\ufe0f\u200d\u{1F3FB}-\u{1F3FF}]*)*$/u;

test('scannable text stays within the checked alphabet', () => {
  fc.assert(
    fc.property(text, (t) => {
      if (scannable(t)) expect(CHECKED.test(t)).toBe(true);
    }),
    { numRuns: 3000 },
  );
  expect(scannable('Maaf ya kak 🙏🏻 gak bisa… “oke” – 👨‍👩‍👧 ‼️ Rp150.000')).toBe(true);
  expect(scannable('a\ufe0f')).toBe(false);
  expect(scannable('Ⓜ')).toBe(false);
});

test('the scanner handles the joiners the segmenter handles', () => {
  const t = "We can't refund 1,850.50 e.g. a:b a_b _ __ Rp150.000 kata-kata 🙏🏻";
  expect(scannable(t)).toBe(true);
  expect(words(t).map((w) => w.text)).toEqual(segmenterWords(t).map((w) => w.text));
  expect(words(t, 10)[0]).toEqual({ start: 10, end: 12, text: 'We' });
  // A combining mark sends the text to the segmenter.
  expect(scannable('cafe\u0301')).toBe(false);
  expect(words('cafe\u0301 ok').map((w) => w.text)).toEqual(['cafe\u0301', 'ok']);
});

const phrases = ['maaf', 'mohon maaf', "can't", 'can', 'we can', 'di-refund', 'sorry', 'so sorry', 'sorry again', 'a', 'é', '1,850', 'ok.', 'kak'];
const list = fc.uniqueArray(fc.constantFrom(...phrases), { minLength: 1, maxLength: 6 });
const sentence = fc
  .array(fc.constantFrom('maaf', 'Mohon', 'MAAF', 'can', "can't", 'can’t', 'we', 'di-refund', 'di', 'refund', 'sorry', 'So', 'again', 'a', 'é', 'É', '1,850', 'ok', 'kak', 'ſorry', 'μ', 'µ', 'İ', 'ß', 'Σ', 'ς', ' ', '  ', '\n', '.', ',', '-', '_', 'x'), { maxLength: 30 })
  .map((p) => p.join(''));

/** What findAll did before the index: one global regex scan. */
function fullScan(t: string, l: readonly string[], offset = 0) {
  const re = new RegExp(listPattern(l).source, 'giu');
  return [...t.matchAll(re)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0] }));
}

test('findAll and hasAny equal a full regex scan', () => {
  fc.assert(
    fc.property(sentence, list, fc.nat(50), (t, l, offset) => {
      const expected = fullScan(t, l, offset);
      expect(findAll(t, l, offset)).toEqual(expected);
      // A copy of the list (a list built afresh per call) finds the same.
      expect(findAll(t, [...l], offset)).toEqual(expected);
      expect(hasAny(t, l)).toBe(expected.length > 0);
    }),
    { numRuns: 800 },
  );
}, 60_000);

test('a piece of the analyzed draft, searched at its offset, finds what a full scan finds', () => {
  fc.assert(
    fc.property(sentence, list, fc.nat(), fc.nat(), (doc, l, a, b) => {
      useDocument(doc);
      const start = doc.length ? a % (doc.length + 1) : 0;
      const end = start + (doc.length - start ? b % (doc.length - start + 1) : 0);
      const piece = doc.slice(start, end);
      expect(findAll(piece, l, start)).toEqual(fullScan(piece, l, start));
      expect(hasAny(piece, l)).toBe(fullScan(piece, l).length > 0);
    }),
    { numRuns: 800 },
  );
}, 60_000);

test('composed patterns equal a full regex scan', () => {
  const re = composed(['tidak', 'gak', "can't"], ['lagi', 'bisa', 'really'], ['dapat', 'melayani', 'offer']);
  const cases = ['Kami tidak lagi dapat melayani', "we can't really offer that", 'GAK bisa lagi melayani', 'tidakdapat', 'tidak  dapat', 'xtidak dapat'];
  for (const t of cases) {
    const expected = [...t.matchAll(new RegExp(re.source, 'giu'))].map((m) => ({ start: 5 + m.index, end: 5 + m.index + m[0].length, text: m[0] }));
    expect(matchAll(re, t, 5)).toEqual(expected);
  }
  expect(matchAll(re, 'Kami tidak lagi dapat melayani').length).toBe(1);
});

test('composed patterns of random lists equal a full regex scan', () => {
  const vocabulary = ['tidak', 'gak', "can't", 'can', 'not', 'lagi', 'bisa', 'really', 'dapat', 'melayani', 'offer', 'we', 'kami'];
  const words = fc.uniqueArray(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 });
  const draft = fc.array(fc.constantFrom(...vocabulary, 'Tidak', 'CAN’T', ' ', '  ', '\n', ',', '.', '-'), { maxLength: 24 }).map((p) => p.join(' '));
  fc.assert(
    fc.property(words, words, words, fc.integer({ min: 1, max: 3 }), draft, (head, fillers, tail, gap, t) => {
      const re = composed(head, fillers, tail, gap);
      const expected = [...t.matchAll(new RegExp(re.source, 'giu'))].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
      expect(matchAll(re, t)).toEqual(expected);
    }),
    { numRuns: 600 },
  );
}, 60_000);

test('composed patterns on a piece of the analyzed draft equal a full scan of the piece', () => {
  const vocabulary = ['tidak', 'gak', "can't", 'can', 'not', 'lagi', 'bisa', 'really', 'dapat', 'offer', 'we'];
  const words = fc.uniqueArray(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 4 });
  const draft = fc.array(fc.constantFrom(...vocabulary, 'Tidak', 'CAN’T', ' ', '\n', ',', '.', '-'), { maxLength: 24 }).map((p) => p.join(' '));
  fc.assert(
    fc.property(words, words, words, fc.integer({ min: 1, max: 3 }), draft, fc.nat(), fc.nat(), (head, fillers, tail, gap, doc, a, b) => {
      const re = composed(head, fillers, tail, gap);
      useDocument(doc);
      const start = doc.length ? a % (doc.length + 1) : 0;
      const end = start + (doc.length - start ? b % (doc.length - start + 1) : 0);
      const piece = doc.slice(start, end);
      const expected = [...piece.matchAll(new RegExp(re.source, 'giu'))].map((m) => ({ start: start + m.index, end: start + m.index + m[0].length, text: m[0] }));
      expect(matchAll(re, piece, start)).toEqual(expected);
    }),
    { numRuns: 800 },
  );
}, 60_000);

/** Every list of strings in a phrase book, however deeply grouped. */
function bookLists(value: unknown, out: (readonly string[])[] = []): (readonly string[])[] {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) out.push(value as readonly string[]);
    else for (const v of value) bookLists(v, out);
  } else if (value && typeof value === 'object') for (const v of Object.values(value)) bookLists(v, out);
  return out;
}

test('the phrase books\' lists, matched word by word over a draft, equal a full regex scan', () => {
  const lists = [...bookLists(en), ...bookLists(id)].filter((l) => l.length > 0);
  const noise = [' ', ' ', ' ', '  ', '\n', ', ', '. ', '’', "'", '-', '!', '?', 'é', 'ſ', 'we', 'kami'];
  // Drafts made of the list's own phrases, pieces of them and punctuation, in any case.
  const listAndDraft = fc.constantFrom(...lists).chain((l) => {
    const parts = [...new Set(l.flatMap((p) => [p, ...p.split(/(\s+|[^\p{L}\p{N}_]+)/u)]))].filter(Boolean);
    const token = fc.oneof(fc.constantFrom(...parts), fc.constantFrom(...parts).map((w) => w.toUpperCase()), fc.constantFrom(...noise));
    return fc.tuple(fc.constant(l), fc.array(token, { maxLength: 40 }).map((p) => p.join('')));
  });
  let found = 0;
  fc.assert(
    fc.property(listAndDraft, fc.nat(), fc.nat(), ([l, doc], a, b) => {
      useDocument('');
      const expected = fullScan(doc, l);
      found += expected.length;
      expect(findAll(doc, l)).toEqual(expected);
      // A sentence-like piece of the analyzed draft, cut at spaces.
      useDocument(doc);
      const cuts = [0, ...[...doc.matchAll(/\s+/g)].map((m) => m.index + m[0].length), doc.length];
      const start = cuts[a % cuts.length]!;
      const end = Math.max(start, cuts[b % cuts.length]!);
      const piece = doc.slice(start, end);
      expect(findAll(piece, l, start)).toEqual(fullScan(piece, l, start));
    }),
    { numRuns: 3000 },
  );
  // The drafts are made so that phrases stand in them often.
  expect(found).toBeGreaterThan(500);
}, 120_000);

test('sentences near a list\'s matches in the draft hold every sentence where the list matches', () => {
  const lists = [...bookLists(en), ...bookLists(id)].filter((l) => l.length > 0);
  const noise = [' ', ' ', '. ', '! ', '\n', ', ', '’', '-', 'Hi', 'we', 'kami', '"', '“', '”'];
  const listsAndDraft = fc.tuple(fc.constantFrom(...lists), fc.constantFrom(...lists)).chain(([a, b]) => {
    const parts = [...new Set([...a, ...b].flatMap((p) => [p, ...p.split(/(\s+)/)]))].filter(Boolean);
    const token = fc.oneof(fc.constantFrom(...parts), fc.constantFrom(...parts).map((w) => w.toUpperCase()), fc.constantFrom(...noise));
    return fc.tuple(fc.constant([a, b]), fc.array(token, { maxLength: 40 }).map((p) => p.join('')));
  });
  fc.assert(
    fc.property(listsAndDraft, ([two, doc]) => {
      useDocument(doc);
      const all = sentences(doc);
      const near = new Set(sentencesNear(all, two));
      for (const s of all) if (two.some((l) => findAll(s.text, l, s.start).length > 0)) expect(near.has(s)).toBe(true);
    }),
    { numRuns: 2000 },
  );
}, 60_000);

test('the books\' composed families equal a full regex scan', () => {
  const vocabulary = ['not', "can't", 'cannot', 'we', 'really', 'able', 'to', 'offer', 'refund', 'tidak', 'bisa', 'lagi', 'kami', 'melayani', 'dapat', 'no', 'longer'];
  const draft = fc.array(fc.constantFrom(...vocabulary, 'CAN’T', 'Tidak', ' ', '  ', '\n', ',', '.'), { maxLength: 30 }).map((p) => p.join(' '));
  for (const m of [en.meaning, id.meaning]) {
    const patterns = [composed(m.declineNegators, m.declineFillers, m.declineObjects), composed(m.declineNegators, m.declineFillers, m.terminationObjects, 3)];
    fc.assert(
      fc.property(draft, fc.constantFrom(...patterns), (t, re) => {
        useDocument('');
        const expected = [...t.matchAll(new RegExp(re.source, 'giu'))].map((x) => ({ start: x.index, end: x.index + x[0].length, text: x[0] }));
        expect(matchAll(re, t)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  }
}, 60_000);

test('scolding patterns, tried where their first words stand, equal a full regex scan', () => {
  for (const book of [en, id]) {
    const p = book.politeness;
    const vocabulary = [...p.scoldingLeads, ...p.scoldingWords, ...p.scoldingTails, 'pesan', 'kak', 'leave', 'it', 'JANGAN', 'Next', ' ', '\t', '\n', ',', '.', '-'];
    const draft = fc.array(fc.constantFrom(...vocabulary), { maxLength: 20 }).map((w) => w.join(' '));
    fc.assert(
      fc.property(draft, fc.boolean(), fc.constantFrom(...scoldingPatternsOf(p)), (t, asDraft, re) => {
        useDocument(asDraft ? t : '');
        const expected = [...t.matchAll(new RegExp(re.source, 'giu'))].map((x) => ({ start: x.index, end: x.index + x[0].length, text: x[0] }));
        expect(matchAll(re, t)).toEqual(expected);
      }),
      { numRuns: 1500 },
    );
  }
}, 60_000);

test('words before a position, read backwards, equal the split of the clause', () => {
  const slow = (t: string, start: number, count: number) =>
    (t.slice(Math.max(0, start - 80), start).split(/[,.;:!?()\n]|\s[-–—]\s/).at(-1) ?? '').toLowerCase().split(/\s+/).filter(Boolean).slice(-count);
  const parts = ['we', 'Not', 'can’t', 'TIDAK', 'Σ', 'aΣ', ' ', '  ', '\t', '\u00a0', '\u2003', '\n', ',', '.', ';', ':', '!', '?', '(', ')', '-', '–', '—', ' - ', ' — ', "'", '😅', 'x'.repeat(30)];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...parts), { maxLength: 30 }), fc.nat(), fc.integer({ min: 1, max: 8 }), (p, n, count) => {
      const t = p.join('');
      const at = n % (t.length + 1);
      expect(wordsBefore(t, at, count)).toEqual(slow(t, at, count));
    }),
    { numRuns: 5000 },
  );
});

test('lists keep their answers when the pattern registry starts afresh', () => {
  const text = "We can't refund it, but we could offer a voucher. Maaf, kami tidak bisa. I'm not sure a refund is possible.";
  const lists = [en.meaning.offers, en.meaning.declines, id.meaning.declines, en.meaning.apologies];
  // A composed family (followed by a plan) and a pattern of another shape (tried by its regex).
  const patterns = [
    composed(en.meaning.declineNegators, en.meaning.declineFillers, en.meaning.declineObjects),
    compilePattern((heads) => `(?<![\\p{L}\\p{N}_])${alternation(heads)}\\s+\\p{L}+(?![\\p{L}\\p{N}_])`, ['we', 'kami', 'a']),
  ];
  const check = () => {
    useDocument('');
    for (const l of lists) expect(findAll(text, l)).toEqual(fullScan(text, l));
    for (const re of patterns) {
      expect(matchAll(re, text)).toEqual([...text.matchAll(new RegExp(re.source, 'giu'))].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] })));
    }
  };
  check();
  // More patterns than the registry keeps (settings lists of one's own): it starts afresh.
  for (let i = 0; i < 1200; i++) findAll(text, [`zz${i} we`, `kami zz${i}`, 'refund']);
  check();
});

/** detectLang as first written: a token split for reduplication, then the segmenter's words. */
function referenceDetectLang(text: string): 'en' | 'id' {
  const enWords = new Set<string>([...en.common.functionWords, ...en.meaning.languageWords]);
  const idWords = new Set<string>([...id.common.functionWords, ...id.meaning.languageWords]);
  const ID_SUFFIX = /^\p{L}{3,}(?:nya|kan)$|-nya$|^\p{L}+2(?:an|nya)?$/u;
  const REDUPLICATED = /^(\p{L}{2,})-\1(?:an|nya)?$/u;
  let enScore = 0;
  let idScore = /(?<![\p{L}])Rp\s?\d/u.test(text) ? 1 : 0;
  for (const token of text.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter(Boolean)) if (REDUPLICATED.test(token)) idScore++;
  for (const w of segmenterWords(text)) {
    const word = w.text.toLowerCase().replace(/’/g, "'");
    if (idWords.has(word) && !enWords.has(word)) idScore++;
    else if (enWords.has(word) && !idWords.has(word)) enScore++;
    else if (!enWords.has(word) && ID_SUFFIX.test(word)) idScore++;
  }
  return idScore * 1.5 >= enScore && idScore > 0 ? 'id' : 'en';
}

test('detectLang equals its first, slower form', () => {
  const tokens = ['the', 'we', 'can', "can't", 'can’t', 'kami', 'tidak', 'bisa', 'harganya', 'berikan', 'diskon2an', 'kata-kata', 'Kata-Katanya', 'apa-apa', '-', '--', 'Rp 50', 'Rp50', 'xRp5', 'İ', 'é', '😅', '𝐀-𝐀', ' ', ' ', '\n', ',', '.', 'THE', 'don‘t', 'I’M', '_', '__', '1,850', '3.5', 'e.g', 'a:b', ';', 'Ã', 'ß', 'Σσ-Σσ', 'ΣΣ', 'İi-İi', 'KATA-KATA', 'kata-kata', 'apa2an', 'kata2nya', 'X2', '2', 'NYA', 'baiKan', "it's-it's", 'berikan', 'harganya', 'HARGANYA', 'apa2', 'Apa2AN', 'a2nya', '2an', 'kak2', 'diskon2an', 'k2', "ka'kan", 'kan', 'nya', 'xnya', 'ba_ikan', 'ab1kan', 'apa2:3', '2:3', 'kak2;2', '1.5', "2'2", 'a2.b'];
  const draft = fc.array(fc.constantFrom(...tokens), { maxLength: 40 }).map((p) => p.join(''));
  fc.assert(
    fc.property(draft, (t) => {
      expect(detectLang(t)).toBe(referenceDetectLang(t));
    }),
    { numRuns: 2000 },
  );
  for (const d of devCorpus()) expect(detectLang(`${d.subject}\n${d.body}`)).toBe(referenceDetectLang(`${d.subject}\n${d.body}`));
}, 60_000);

test('capital runs found at run starts equal a full scan', () => {
  const CAPS_RUN = /(?<![\p{L}\p{N}_#\-/.@])\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})*(?![\p{L}\p{N}_\-/@])/gu;
  const pieces = ['A', 'B', 'É', 'Ł', 'a', 'é', '9', '_', '#', '-', '/', '.', '@', ' ', '\t', '\n', 'NOT', 'PDF', 'ÀÉ', '𝐀', '𝐀𝐁', '😅', ',', '!', '\ud835', '\udc00', 'Ǆ', 'ǅ', 'éA', 'ΩΣ', '’', 'ß'];
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
      const t = parts.join('');
      const expected = [...t.matchAll(CAPS_RUN)].map((m) => [m.index, m[0]]);
      expect(capsRuns(t).map((m) => [m.index, m[0]])).toEqual(expected);
    }),
    { numRuns: 3000 },
  );
});


test('a blank line before a position, read backwards, equals the anchored regex', () => {
  const lines = fc.array(fc.constantFrom('\n', ' ', '\t', 'a', '.', '\r', '\u00a0'), { maxLength: 12 }).map((p) => p.join(''));
  fc.assert(
    fc.property(lines, fc.nat(), (t, n) => {
      const at = n % (t.length + 1);
      expect(endsWithBlankLine(t, at)).toBe(/\n[ \t]*\n[ \t]*$/.test(t.slice(0, at)));
    }),
    { numRuns: 5000 },
  );
});

test('clauses() cuts where its separator pattern matches', () => {
  const separator = /(?<!\d),(?!\d)\s*|;\s*|\s+[-–—]\s+|\s*🙏+\s*/gu;
  const byPattern = (doc: string, start: number, end: number) => {
    const out: { start: number; end: number; joinStart: number; text: string }[] = [];
    let from = start;
    let joinStart = start;
    for (const m of doc.slice(start, end).matchAll(separator)) {
      const at = start + m.index;
      if (at > from) out.push({ start: from, end: at, joinStart, text: doc.slice(from, at) });
      from = at + m[0].length;
      joinStart = at;
    }
    if (from < end) out.push({ start: from, end, joinStart, text: doc.slice(from, end) });
    return out;
  };
  fc.assert(
    fc.property(text, text, text, (before, sentence, after) => {
      const doc = before + sentence + after;
      const span = { start: before.length, end: before.length + sentence.length, text: sentence };
      expect(clauses(doc, span)).toEqual(byPattern(doc, span.start, span.end));
    }),
    { numRuns: 5000 },
  );
});

test('render equals a replace of the {{names}} on every catalog message', () => {
  for (const [lang, catalog] of [['en', enMessages], ['id', idMessages]] as const) {
    for (const [key, template] of Object.entries(catalog)) {
      const values = { phrase: 'x{{y}}$&', words: 40, limit: 35, count: 0, name: 'Ana' } as Record<string, string | number>;
      const names = [...template.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);
      for (const name of names) values[name] ??= `<${name}$1>`;
      delete values[names[0] ?? 'none'];
      const expected = template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
      expect(render(lang, key, values)).toBe(expected);
    }
  }
});
