// Phrase data is data, and this test keeps it clean (the retext-equality habit). It walks both
// phrase books generically, so a list added tomorrow is covered without touching this file.
//
// What counts as a list: any array of strings (a phrase list), and any object whose values are
// all strings (a phrase → replacement map: its keys are the phrases). Arrays of objects are
// walked into. Lists are matched case-insensitively (src/engine/text/patterns.ts), so entries are
// lower-case, unless the list is declared case-sensitive by its name: ending in `CaseSensitive`,
// or naming acronyms (`acronyms`, `knownAcronyms`…), whose entries are upper-case by nature.
import { describe, expect, test } from 'vitest';
import { phraseBook } from '../../src/engine/phrases/book';
import type { Lang } from '../../src/engine';

type PhraseList = { path: string; entries: string[]; kind: 'list' | 'map keys' | 'map values' };

const CASE_SENSITIVE = /(CaseSensitive|acronyms?)$/i;

function collect(value: unknown, path: string, out: PhraseList[] = []): PhraseList[] {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) out.push({ path, entries: value as string[], kind: 'list' });
    else value.forEach((v, i) => collect(v, `${path}[${i}]`, out));
    return out;
  }
  if (typeof value !== 'object' || value === null) return out;
  const entries = Object.entries(value);
  if (entries.length > 0 && entries.every(([, v]) => typeof v === 'string')) {
    out.push({ path, entries: entries.map(([k]) => k), kind: 'map keys' });
    out.push({ path, entries: entries.map(([, v]) => v as string), kind: 'map values' });
    return out;
  }
  for (const [key, v] of entries) collect(v, path ? `${path}.${key}` : key, out);
  return out;
}

const phrasesOnly = (lists: PhraseList[]) => lists.filter((l) => l.kind !== 'map values');

function duplicates(lists: PhraseList[]): string[] {
  const problems: string[] = [];
  for (const list of phrasesOnly(lists)) {
    const seen = new Set<string>();
    for (const entry of list.entries) {
      // Compared as the matcher sees them: case, spacing and apostrophe style do not matter.
      const key = entry.toLowerCase().replace(/\s+/g, ' ').replace(/’/g, "'").trim();
      if (seen.has(key)) problems.push(`${list.path}: "${entry}" twice`);
      seen.add(key);
    }
  }
  return problems;
}

function badSpacing(lists: PhraseList[]): string[] {
  const problems: string[] = [];
  for (const list of lists) {
    for (const entry of list.entries) {
      // A replacement may legitimately be empty (a deletion); a phrase may not.
      if (entry === '' && list.kind === 'map values') continue;
      if (entry.trim() === '' || entry !== entry.trim() || /\s{2,}|[\t\n\r]/.test(entry)) problems.push(`${list.path}: ${JSON.stringify(entry)}`);
    }
  }
  return problems;
}

function badCase(lists: PhraseList[]): string[] {
  const problems: string[] = [];
  for (const list of phrasesOnly(lists)) {
    const name = list.path.split('.').at(-1) ?? '';
    for (const entry of list.entries) {
      if (entry.includes('’')) problems.push(`${list.path}: "${entry}" has a curly apostrophe (the matcher treats both alike)`);
      if (!CASE_SENSITIVE.test(name) && entry !== entry.toLowerCase()) problems.push(`${list.path}: "${entry}" is not lower-case`);
    }
  }
  return problems;
}

const books: Record<Lang, PhraseList[]> = { en: collect(phraseBook('en'), ''), id: collect(phraseBook('id'), '') };

describe('the phrase books', () => {
  test('have lists to check (the walk found something)', () => {
    expect(books.en.length).toBeGreaterThan(0);
    expect(books.en.some((l) => l.path === 'common.functionWords')).toBe(true);
  });

  test('every list is present in both languages', () => {
    const names = (lang: Lang) => [...new Set(books[lang].map((l) => `${l.path} (${l.kind})`))].sort();
    expect(names('id')).toEqual(names('en'));
  });

  test.each(['en', 'id'] as const)('no list is empty in %s', (lang) => {
    expect(books[lang].filter((l) => l.entries.length === 0).map((l) => l.path)).toEqual([]);
  });
});

describe.each(['en', 'id'] as const)('phrase data (%s)', (lang) => {
  test('no duplicates within a list (ignoring case and spacing, as the matcher does)', () => {
    expect(duplicates(books[lang])).toEqual([]);
  });

  test('entries are trimmed, single-spaced and not blank', () => {
    expect(badSpacing(books[lang])).toEqual([]);
  });

  test('phrases are lower-case with straight apostrophes unless the list is case-sensitive', () => {
    expect(badCase(books[lang])).toEqual([]);
  });
});

describe('the checks catch bad data', () => {
  const bad = collect(
    {
      politeness: { insults: ['idiot', 'Idiot', 'stupid  fool', ' moron'], acronyms: ['PDF', 'BCA'] },
      firmness: { softeners: { 'we might': 'we', 'Maybe ': '' }, patterns: [{ words: ['kurang tahu', 'kurang tahu'] }] },
      overApology: { grovel: ['i’m so sorry'] },
    },
    '',
  );

  test('walks lists, maps and arrays of objects', () => {
    expect(bad.map((l) => `${l.path} ${l.kind}`)).toEqual([
      'politeness.insults list',
      'politeness.acronyms list',
      'firmness.softeners map keys',
      'firmness.softeners map values',
      'firmness.patterns[0].words list',
      'overApology.grovel list',
    ]);
  });

  test('finds each problem', () => {
    expect(duplicates(bad)).toEqual(['politeness.insults: "Idiot" twice', 'firmness.patterns[0].words: "kurang tahu" twice']);
    expect(badSpacing(bad)).toEqual(['politeness.insults: "stupid  fool"', 'politeness.insults: " moron"', 'firmness.softeners: "Maybe "']);
    expect(badCase(bad)).toEqual([
      'politeness.insults: "Idiot" is not lower-case',
      'firmness.softeners: "Maybe " is not lower-case',
      'overApology.grovel: "i’m so sorry" has a curly apostrophe (the matcher treats both alike)',
    ]);
  });
});
