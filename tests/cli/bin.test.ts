// @vitest-environment node
// The installed command end to end: a private build of the CLI launched through bin/sopan.js.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { buildPrivateCli } from '../../scripts/build-cli.mjs';

let dir = '';
let sopan = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sopan-cli-test-'));
  sopan = await buildPrivateCli(dir);
}, 60_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const exec = (args: string[], input?: string) => spawnSync(process.execPath, [sopan, ...args], { input, encoding: 'utf8' });

describe('node bin/sopan.js', () => {
  test('check reads a draft from stdin and prints a report', () => {
    const run = exec(['check', '--lang', 'id'], 'Halo kak, pesanan sudah kami kirim ya. Terima kasih!');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^<stdin>\n/);
    expect(run.stdout).toContain('id · ');
  });

  test('check --jsonl answers each line in order and names a bad line on stderr', () => {
    const file = join(dir, 'drafts.jsonl');
    writeFileSync(file, [JSON.stringify({ id: 'one', body: 'Hi Sam, the parcel left today. Best, Ana' }), 'oops', JSON.stringify({ id: 'two', body: 'Halo kak, paketnya sudah dikirim ya.' })].join('\n'));
    const run = exec(['check', '--jsonl', file]);
    expect(run.status).toBe(2);
    expect(run.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['one', 'two']);
    expect(run.stderr).toBe(`sopan: ${file}: line 2: not valid JSON\n`);
  });

  test('fix prints the draft', () => {
    const run = exec(['fix'], 'Hi Sam,\n\nThe parcel left today.\n\nBest,\nAna');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('The parcel left today.');
  });

  test.each([
    [['check', join('/nonexistent', 'draft.txt')], /^sopan: \/nonexistent\/draft\.txt: no such file\n$/],
    [['check', '-'], /^sopan: <stdin>: the draft is empty\n$/],
    [['frobnicate'], /^sopan: unknown command "frobnicate"/],
  ])('%j fails with exit 2 and one line, no stack trace', (args, message) => {
    const run = exec(args, '');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).not.toMatch(/\bat .*\.js:\d+/);
  });

  test('--help', () => {
    const run = exec(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage:');
  });
});
