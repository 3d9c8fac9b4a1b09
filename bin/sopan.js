#!/usr/bin/env node
// The `sopan` command: a thin launcher for the bundled CLI in dist-cli/.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../dist-cli/cli.js', import.meta.url));
if (!existsSync(cli)) {
  process.stderr.write('sopan: the command is not built yet; run `npm run build:cli` (npm ci does it too)\n');
  process.exit(2);
}
const { main } = await import(cli);
process.exitCode = await main(process.argv.slice(2));
