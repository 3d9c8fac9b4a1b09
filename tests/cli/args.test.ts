import { describe, expect, test } from 'vitest';
import { parseArgs } from '../../src/cli/args';

describe('parseArgs', () => {
  test.each([
    [['check', 'draft.txt'], { command: 'check', lang: 'auto', input: 'draft.txt', json: false, jsonl: false }],
    [['check'], { command: 'check', input: '-' }],
    [['check', '-'], { command: 'check', input: '-' }],
    [['check', '--lang', 'id', '--scenario', 'refusal', '--in-right', 'a.txt'], { lang: 'id', scenario: 'refusal', inRight: true, input: 'a.txt' }],
    [['check', '--lang=en', '--at-fault', '--json'], { lang: 'en', inRight: false, json: true }],
    [['fix', '--jsonl', 'drafts.jsonl'], { command: 'fix', jsonl: true, input: 'drafts.jsonl' }],
    [['check', '--subject', 'Re: refund', 'a.txt'], { subject: 'Re: refund', input: 'a.txt' }],
  ])('%j', (argv, expected) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe('run');
    if (parsed.kind === 'run') expect(parsed.options).toMatchObject(expected);
  });

  test.each([[[]], [['--help']], [['check', '-h']], [['help']]])('%j asks for help', (argv) => {
    expect(parseArgs(argv).kind).toBe('help');
  });

  test.each([
    [['lint', 'a.txt'], /unknown command "lint"/],
    [['check', '--lang', 'fr'], /--lang needs en, id or auto \(got "fr"\)/],
    [['check', '--lang'], /--lang needs .* \(got nothing\)/],
    [['check', '--scenario', 'angry'], /--scenario needs one of refusal, termination/],
    [['check', '--verbose'], /unknown option --verbose/],
    [['check', 'a.txt', 'b.txt'], /expected one FILE, got 2/],
    [['check', '--json', '--jsonl', 'a.jsonl'], /cannot be combined/],
    [['check', '--jsonl'], /--jsonl needs a FILE/],
  ])('%j is an error', (argv, message) => {
    const parsed = parseArgs(argv);
    expect(parsed.kind).toBe('error');
    if (parsed.kind === 'error') {
      expect(parsed.message).toMatch(message);
      expect(parsed.message).not.toContain('\n');
    }
  });
});
