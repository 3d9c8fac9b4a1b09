import { describe, expect, test } from 'vitest';
import { run } from '../../src/cli/run';
import { analyze, fixAll } from '../../src/engine';
import { fakeIO } from './fake-io';

const EN = 'Hi Marcus,\n\nThanks for the notes. The Standard package covers two revision rounds, and we have used both.\n\nBest,\nDana';
const ID = 'Halo kak, terima kasih sudah order ya. Pesanan kakak sudah kami kirim hari ini, resinya kami kirim besok ya kak.';

describe('sopan check', () => {
  test('prints the readable report of a file', async () => {
    const io = fakeIO({ 'draft.txt': EN });
    expect(await run(['check', 'draft.txt'], io)).toBe(0);
    expect(io.stdout.split('\n')[0]).toBe('draft.txt');
    expect(io.stdout).toMatch(/en · \S+ \((in the right|at fault)\) · clarity (pass|warn|fail)/);
    expect(io.stderr).toBe('');
  });

  test('--json prints exactly the Report of analyze with the same options', async () => {
    const io = fakeIO({}, ID);
    expect(await run(['check', '--json', '--scenario', 'refusal', '--at-fault', '-'], io)).toBe(0);
    const report = JSON.parse(io.stdout);
    expect(report).toEqual(JSON.parse(JSON.stringify(analyze({ body: ID }, { lang: 'auto', scenario: 'refusal', inRight: false }))));
    expect(report).toMatchObject({ lang: 'id', scenario: 'refusal', inRight: false });
  });

  test('--lang overrides detection and --subject reaches the engine', async () => {
    const io = fakeIO({ 'a.txt': ID });
    await run(['check', '--json', '--lang', 'en', '--subject', 'Re: order', 'a.txt'], io);
    expect(JSON.parse(io.stdout).lang).toBe('en');
  });

  test('reads Windows line ends as plain newlines, so offsets match the browser', async () => {
    const io = fakeIO({ 'crlf.txt': EN.replace(/\n/g, '\r\n') });
    await run(['check', '--json', 'crlf.txt'], io);
    expect(JSON.parse(io.stdout)).toEqual(JSON.parse(JSON.stringify(analyze({ body: EN }, { lang: 'auto' }))));
  });
});

describe('sopan fix', () => {
  test('prints the draft with every safe fix applied', async () => {
    const io = fakeIO({}, EN);
    expect(await run(['fix', '--lang', 'en'], io)).toBe(0);
    expect(io.stdout.endsWith('\n')).toBe(true);
    expect(io.stdout.trimEnd()).toBe(fixAll({ body: EN }, { lang: 'en' }).trimEnd());
  });
});

describe('--jsonl', () => {
  const lines = [
    JSON.stringify({ id: 'a', body: EN }),
    '',
    JSON.stringify({ id: 'b', subject: 'Re: pesanan', body: ID, scenario: 'other' }),
    JSON.stringify({ id: 'c', body: EN, lang: 'id', inRight: false }),
  ].join('\n');

  test('check answers one line per draft, in input order, with the stable fields', async () => {
    const io = fakeIO({ 'in.jsonl': lines });
    expect(await run(['check', '--jsonl', 'in.jsonl'], io)).toBe(0);
    const out = io.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c']);
    for (const o of out) expect(Object.keys(o)).toEqual(['id', 'lang', 'scenario', 'inRight', 'principles', 'findings']);
    expect(out[0]).toMatchObject({ lang: 'en' });
    expect(out[1]).toMatchObject({ lang: 'id', scenario: 'other' });
    expect(out[2]).toMatchObject({ lang: 'id', inRight: false });
    expect(out[0].findings).toEqual(JSON.parse(JSON.stringify(analyze({ body: EN }, { lang: 'auto' }).findings)));
  });

  test('fix answers {id, text}', async () => {
    const io = fakeIO({ 'in.jsonl': lines });
    expect(await run(['fix', '--jsonl', 'in.jsonl'], io)).toBe(0);
    const out = io.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => Object.keys(o))).toEqual([['id', 'text'], ['id', 'text'], ['id', 'text']]);
    expect(out[1].text).toBe(fixAll({ subject: 'Re: pesanan', body: ID }, { lang: 'auto', scenario: 'other' }));
  });

  test('reports each bad line with its number and still answers the good ones', async () => {
    const input = [
      JSON.stringify({ id: 'ok-1', body: EN }),
      '{not json',
      JSON.stringify({ id: 'no-body', subject: 'x' }),
      JSON.stringify({ id: 'empty', body: '   ' }),
      JSON.stringify(['array']),
      JSON.stringify({ id: 'bad-lang', body: EN, lang: 'fr' }),
      JSON.stringify({ id: 'ok-2', body: ID }),
    ].join('\n');
    const io = fakeIO({}, input);
    expect(await run(['check', '--jsonl', '-'], io)).toBe(2);
    expect(io.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['ok-1', 'ok-2']);
    expect(io.stderr.trim().split('\n')).toEqual([
      'sopan: <stdin>: line 2: not valid JSON',
      'sopan: <stdin>: line 3: has no "body" string',
      'sopan: <stdin>: line 4: has an empty "body"',
      'sopan: <stdin>: line 5: is not a JSON object',
      'sopan: <stdin>: line 6: "lang" must be en, id or auto',
    ]);
  });
});

describe('bad input', () => {
  test.each([
    [['check', 'missing.txt'], 'sopan: missing.txt: no such file\n'],
    [['check', 'blank.txt'], 'sopan: blank.txt: the draft is empty\n'],
    [['fix', 'blank.txt'], 'sopan: blank.txt: the draft is empty\n'],
    [['check', '--jsonl', 'missing.jsonl'], 'sopan: missing.jsonl: no such file\n'],
    [['check', '--lang', 'xx', 'draft.txt'], 'sopan: --lang needs en, id or auto (got "xx")\n'],
    [['check'], 'sopan: no draft given: name a FILE or pipe the draft into standard input (see --help)\n'],
  ])('%j exits 2 with one line on stderr', async (argv, message) => {
    const io = fakeIO({ 'blank.txt': ' \n\t\n', 'draft.txt': EN });
    expect(await run(argv, io)).toBe(2);
    expect(io.stderr).toBe(message);
    expect(io.stdout).toBe('');
  });

  test('--help prints usage and exits 0', async () => {
    const io = fakeIO();
    expect(await run(['--help'], io)).toBe(0);
    expect(io.stdout).toContain('sopan check --jsonl FILE');
  });
});
