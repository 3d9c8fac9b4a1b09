// The whole `sopan` command over an injected IO, so tests drive it with strings: parse the
// arguments, read the draft, check or fix it, print, and return the exit code.
import { analyze, fixAll } from '../engine';
import type { Draft } from '../engine/types';
import { HELP, parseArgs, type CliOptions } from './args';
import { formatReport } from './format';
import { analyzeOptions, runJsonl } from './jsonl';

export type CliIO = {
  /** Rejects with an error whose `code` is e.g. ENOENT when the file cannot be read. */
  readFile(path: string): Promise<string>;
  readStdin(): Promise<string>;
  /** True when nobody pipes a draft in: waiting on stdin would just hang. */
  stdinIsTTY: boolean;
  out(text: string): void;
  err(text: string): void;
};

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 2;

export async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    io.out(HELP);
    return EXIT_OK;
  }
  if (parsed.kind === 'version') {
    io.out('sopan 0.1.0\n');
    return EXIT_OK;
  }
  if (parsed.kind === 'error') return fail(io, parsed.message);

  const options = parsed.options;
  const read = await readInput(options.input, io);
  if ('problem' in read) return fail(io, read.problem);

  if (options.jsonl) {
    const { output, problems } = runJsonl(read.text, options);
    if (output.length > 0) io.out(output.join('\n') + '\n');
    for (const problem of problems) io.err(`sopan: ${sourceName(options.input)}: ${problem}\n`);
    return problems.length > 0 ? EXIT_BAD_INPUT : EXIT_OK;
  }

  if (read.text.trim() === '') return fail(io, `${sourceName(options.input)}: the draft is empty`);
  const draft: Draft = { body: normalizeNewlines(read.text) };
  if (options.subject !== undefined) draft.subject = options.subject;
  return options.command === 'fix' ? runFix(draft, options, io) : runCheck(draft, options, io);
}

function runCheck(draft: Draft, options: CliOptions, io: CliIO): number {
  const report = analyze(draft, analyzeOptions(options));
  io.out(options.json ? JSON.stringify(report, null, 2) + '\n' : formatReport(draft.body, report, sourceName(options.input)));
  return EXIT_OK;
}

function runFix(draft: Draft, options: CliOptions, io: CliIO): number {
  const fixed = fixAll(draft, analyzeOptions(options));
  io.out(fixed.endsWith('\n') ? fixed : fixed + '\n');
  return EXIT_OK;
}

async function readInput(input: string, io: CliIO): Promise<{ text: string } | { problem: string }> {
  if (input === '-') {
    if (io.stdinIsTTY) return { problem: 'no draft given: name a FILE or pipe the draft into standard input (see --help)' };
    return { text: await io.readStdin() };
  }
  try {
    return { text: await io.readFile(input) };
  } catch (error) {
    return { problem: `${input}: ${describeReadError(error)}` };
  }
}

function describeReadError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return 'cannot be read';
}

/** A draft saved on Windows must give the same offsets as one typed in the browser. */
function normalizeNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}

function sourceName(input: string): string {
  return input === '-' ? '<stdin>' : input;
}

function fail(io: CliIO, message: string): number {
  io.err(`sopan: ${message}\n`);
  return EXIT_BAD_INPUT;
}
