// @vitest-environment node
// The content script every mail page loads stays within its budget (issue 6: ≤ 60 KB gzipped,
// measured as bench/page.mjs does: gzip -9 of each manifest content-script file, KB = 1024 bytes),
// and the engine data it goes without really stays out of it: no message catalog (the browser's
// language's comes from its built locale, the other from the worker) and no phrase book (the
// worker sends both; src/language-data/).
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { en as enMessages } from '../../src/engine/messages/en';
import { id as idMessages } from '../../src/engine/messages/id';
import { en as enBook } from '../../src/engine/phrases/en';
import { id as idBook } from '../../src/engine/phrases/id';
import { messagesFromLocale } from '../../src/language-data/locale';
import { ROOT, buildTarget, builtScripts } from './build';

const BUDGET_BYTES = 60 * 1024;

let built: ReturnType<typeof buildTarget>;
beforeAll(() => {
  built = buildTarget('chrome');
}, 120_000);
afterAll(() => rmSync(built.dir, { recursive: true, force: true }));

const contentFiles = () => (built.manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);

/** Long, plain strings (no quotes or escapes, so the minifier writes them as they are). */
const plain = (strings: Iterable<string>) => [...strings].filter((s) => s.length >= 24 && !/["'`\\$\n]/.test(s));

/** A book's phrases: its strings and its string maps' keys, not the names of its groups and lists (code reads those). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => (typeof v === 'string' ? [key, v] : strings(v)));
  return [];
}

test('the content script is at most 60 KB gzipped', () => {
  const gzipped = contentFiles().reduce((sum, file) => sum + gzipSync(readFileSync(join(built.dir, file)), { level: 9 }).length, 0);
  expect(contentFiles().length).toBeGreaterThan(0);
  console.info(`content script: ${gzipped} bytes gzipped (budget ${BUDGET_BYTES})`);
  expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
});

/** The engine's data as written (messages and phrase books), to tell written phrases from composed ones. */
const dataSources = ['messages', 'phrases']
  .flatMap((kind) => readdirSync(join(ROOT, 'src/engine', kind), { recursive: true, encoding: 'utf8' }).map((file) => join(ROOT, 'src/engine', kind, file)))
  .filter((path) => path.endsWith('.ts'))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n');

/** A book's phrases but the language detector's words, which the page bundles (stand-ins). */
function phrasesBeyondDetector(book: typeof enBook | typeof idBook): string[] {
  const { common: _common, meaning, ...rest } = book;
  const { languageWords: _, ...meaningRest } = meaning;
  return plain(strings({ ...rest, meaningRest }));
}

test("the engine's messages and both phrase books are in the worker's bundle, not the page's", () => {
  const scripts = builtScripts(built.dir);
  const content = contentFiles().map((file) => scripts.get(file) ?? '').join('\n');
  const others = [...scripts].filter(([file]) => !contentFiles().includes(file)).map(([, code]) => code).join('\n');
  const lists = [
    ['en messages', plain(Object.values(enMessages))],
    ['id messages', plain(Object.values(idMessages))],
    ['en phrases', phrasesBeyondDetector(enBook)],
    ['id phrases', phrasesBeyondDetector(idBook)],
  ] as const;
  for (const [what, list] of lists) {
    expect(list.length, what).toBeGreaterThan(10);
    expect(list.filter((s) => content.includes(s)), `${what} in the content script`).toEqual([]);
    // A phrase composed in code ("pembayarannya" + " belum masuk") is in no bundle as written.
    const written = list.filter((s) => dataSources.includes(s));
    expect(written.length, what).toBeGreaterThan(10);
    expect(written.filter((s) => !others.includes(s)), `${what} missing from the other bundles`).toEqual([]);
  }
  // What the page does bundle: the language detector's words.
  expect(content).toContain('silakan');
  expect(content).toContain('please');
});

test('each built locale holds the engine messages of its language, as browser.i18n reads them', () => {
  for (const [lang, catalog] of [['en', enMessages], ['id', idMessages]] as const) {
    const locale = JSON.parse(readFileSync(join(built.dir, '_locales', lang, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
    const getMessage = (name: string) => locale[name]?.message.replace(/\$\$/g, '$') ?? '';
    expect(messagesFromLocale(getMessage)).toEqual({ lang, messages: catalog });
  }
});
