// An in-memory CliIO: files from a table, stdin from a string, output collected.
import type { CliIO } from '../../src/cli/run';

export type FakeIO = CliIO & { stdout: string; stderr: string };

export function fakeIO(files: Record<string, string> = {}, stdin?: string): FakeIO {
  const io: FakeIO = {
    stdout: '',
    stderr: '',
    readFile: async (path) => {
      if (path in files) return files[path]!;
      throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
    },
    readStdin: async () => stdin ?? '',
    stdinIsTTY: stdin === undefined,
    out: (text) => void (io.stdout += text),
    err: (text) => void (io.stderr += text),
  };
  return io;
}
