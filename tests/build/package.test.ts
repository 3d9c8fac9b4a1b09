// @vitest-environment node
// The store zips: the built extension at the zip's root, byte for byte, and the same bytes for
// the same build (so a re-run never produces a "new" upload).
import { unzipSync } from 'fflate';
import { readFileSync, rmSync } from 'node:fs';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { filesUnder, zipFiles } from '../../scripts/package.mjs';
import { buildTarget } from './build';

let dir: string;
beforeAll(() => {
  dir = buildTarget('firefox').dir;
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('the zip holds every built file at its root, unchanged', () => {
  const files = filesUnder(dir);
  const unzipped = unzipSync(zipFiles(files));
  expect(Object.keys(unzipped).sort()).toEqual(Object.keys(files).sort());
  expect(Object.keys(unzipped)).toContain('manifest.json');
  expect(Object.keys(unzipped)).toContain('_locales/id/messages.json');
  for (const [name, path] of Object.entries(files)) {
    expect(Buffer.from(unzipped[name]!).equals(readFileSync(path)), name).toBe(true);
  }
});

test('zipping the same files twice gives the same bytes', () => {
  const files = filesUnder(dir);
  expect(Buffer.from(zipFiles(files)).equals(Buffer.from(zipFiles(files)))).toBe(true);
});

test('paths in the zip use forward slashes and never leave the root', () => {
  for (const name of Object.keys(filesUnder(dir))) expect(name).toMatch(/^[^/.][^\\]*$/);
});
