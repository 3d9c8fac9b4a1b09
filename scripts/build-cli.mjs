// Bundles src/cli.ts (and the engine it imports) into dist-cli/cli.js for Node, so `npx sopan`
// needs no TypeScript at run time. Runs on `npm ci` (prepare) and in `npm run build`.
// dist-cli/score.js is the accuracy scorer that scripts/accuracy.mjs imports.
// `node scripts/build-cli.mjs --out DIR` builds elsewhere: tests and the accuracy run use a private
// copy, so they never race with someone rebuilding dist-cli/.
import { copyFileSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

export async function buildCli(outDir = resolve(root, 'dist-cli')) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    publicDir: false,
    build: {
      ssr: true,
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      rollupOptions: {
        input: { cli: resolve(root, 'src/cli.ts'), score: resolve(root, 'src/cli/score.ts') },
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
      },
    },
  });
}

/** A private copy of the command (DIR/bin/sopan.js + DIR/dist-cli/); returns the launcher's path. */
export async function buildPrivateCli(dir) {
  await buildCli(join(dir, 'dist-cli'));
  mkdirSync(join(dir, 'bin'), { recursive: true });
  copyFileSync(resolve(root, 'bin/sopan.js'), join(dir, 'bin/sopan.js'));
  return join(dir, 'bin/sopan.js');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const at = process.argv.indexOf('--out');
  await buildCli(at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1]) : undefined);
}
