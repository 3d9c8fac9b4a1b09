// The `sopan` command over the same engine the extension uses (filled in by the CLI module).
import { analyze } from './engine';

export async function main(args: string[]): Promise<number> {
  const text = args.join(' ');
  process.stdout.write(JSON.stringify(analyze({ body: text })) + '\n');
  return 0;
}
