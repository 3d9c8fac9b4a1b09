// @vitest-environment node
// The content script every mail page loads stays within its budget (issue 6: ≤ 60 KB gzipped,
// measured as bench/page.mjs does: gzip -9 of each manifest content-script file, KB = 1024 bytes),
// and the Indonesian engine data really stays out of it: the worker sends it (src/language-data/).
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { id as idMessages } from '../../src/engine/messages/id';
import { id as idBook } from '../../src/engine/phrases/id';
import { buildTarget, builtScripts } from './build';

const BUDGET_BYTES = 60 * 1024;

let built: ReturnType<typeof buildTarget>;
beforeAll(() => {
  built = buildTarget('chrome');
}, 120_000);
afterAll(() => rmSync(built.dir, { recursive: true, force: true }));

const contentFiles = () => (built.manifest.content_scripts ?? []).flatMap((script) => script.js ?? []);

/** Long, plain strings (no quotes or escapes, so the minifier writes them as they are). */
const plain = (strings: Iterable<string>) => [...strings].filter((s) => s.length >= 24 && !/["'`\\$\n]/.test(s));

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, v]) => [key, ...strings(v)]);
  return [];
}

test('the content script is at most 60 KB gzipped', () => {
  const gzipped = contentFiles().reduce((sum, file) => sum + gzipSync(readFileSync(join(built.dir, file)), { level: 9 }).length, 0);
  expect(contentFiles().length).toBeGreaterThan(0);
  expect(gzipped).toBeLessThanOrEqual(BUDGET_BYTES);
});

test("Indonesian messages and phrase lists are in the worker's bundle, not the page's", () => {
  const scripts = builtScripts(built.dir);
  const content = contentFiles().map((file) => scripts.get(file) ?? '').join('\n');
  const others = [...scripts].filter(([file]) => !contentFiles().includes(file)).map(([, code]) => code).join('\n');
  const { common, meaning, ...rest } = idBook;
  const { languageWords: _, ...meaningRest } = meaning;
  for (const [what, list] of [['messages', plain(Object.values(idMessages))], ['phrases', plain(strings({ ...rest, meaningRest }))]] as const) {
    expect(list.length, what).toBeGreaterThan(10);
    expect(list.filter((s) => content.includes(s)), `${what} in the content script`).toEqual([]);
    expect(list.filter((s) => !others.includes(s)), `${what} missing from the other bundles`).toEqual([]);
  }
  // What the page does bundle: the language detector's Indonesian words.
  expect(common.functionWords.length).toBeGreaterThan(0);
  expect(content).toContain('silakan');
});
