// The `sopan` command over the same engine the extension uses. This file only wires Node's
// streams and file system to src/cli/run.ts, which holds the logic (and the tests).
import { readFile } from 'node:fs/promises';
import { run, type CliIO } from './cli/run';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const nodeIO: CliIO = {
  readFile: (path) => readFile(path, 'utf8'),
  readStdin,
  stdinIsTTY: Boolean(process.stdin.isTTY),
  out: (text) => void process.stdout.write(text),
  err: (text) => void process.stderr.write(text),
};

export async function main(args: string[], io: CliIO = nodeIO): Promise<number> {
  try {
    return await run(args, io);
  } catch (error) {
    // Never a stack trace: a crash is reported on one line (and is a bug to file).
    const message = error instanceof Error ? error.message : String(error);
    io.err(`sopan: internal error: ${message.split('\n')[0]}\n`);
    return 1;
  }
}
