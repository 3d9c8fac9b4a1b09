// `npm start` without a display: the demo page is served under Gmail's origin, the panel checks
// the sample draft, and a screenshot of it at work is written and its path printed.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, expect, test } from 'vitest';
import { DIST, ROOT } from './harness';

const run = promisify(execFile);
const outDir = mkdtempSync(join(tmpdir(), 'sopan-demo-'));
afterAll(() => rmSync(outDir, { recursive: true, force: true }));

test.each(['en', 'id'])('the headless demo (%s) saves a PNG of the panel and prints its path', async (lang) => {
  const out = join(outDir, `demo-${lang}.png`);
  const { stdout } = await run('node', ['scripts/demo.mjs', `--lang=${lang}`, `--out=${out}`], {
    cwd: ROOT,
    env: { ...process.env, DISPLAY: '', SOPAN_DIST: DIST },
    timeout: 90_000,
  });
  expect(stdout.trim().split('\n').at(-1)).toMatch(/demo-(en|id)\.png$/);
  expect(existsSync(out)).toBe(true);
  // A PNG of the whole 1400×900 viewport.
  const png = readFileSync(out);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1400, 900]);
});

test('npm run screenshots writes the panel on Gmail and Outlook, in English and Indonesian', async () => {
  const dir = join(outDir, 'screenshots');
  const { stdout } = await run('node', ['scripts/screenshots.mjs', `--out=${dir}`], {
    cwd: ROOT,
    env: { ...process.env, SOPAN_DIST: DIST },
    timeout: 120_000,
  });
  const names = stdout.trim().split('\n').map((line) => line.split('/').at(-1));
  expect(names.sort()).toEqual(['gmail-en.png', 'gmail-id.png', 'outlook-en.png', 'outlook-id.png']);
  for (const name of names) {
    const png = readFileSync(join(dir, name!));
    // Cropped to a compose with its panel: wider and taller than the panel's minimum.
    expect(png.readUInt32BE(16), name).toBeGreaterThan(300);
    expect(png.readUInt32BE(20), name).toBeGreaterThan(300);
  }
});
