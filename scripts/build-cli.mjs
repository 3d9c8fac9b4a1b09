// Bundles src/cli.ts (and the engine it imports) into dist-cli/cli.js for Node, so `npx sopan`
// needs no TypeScript at run time. Runs on `npm ci` (prepare) and in `npm run build`.
// dist-cli/score.js is the accuracy scorer that scripts/accuracy.mjs imports.
import { build } from 'vite';

await build({
  configFile: false,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: true,
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: {
      input: { cli: 'src/cli.ts', score: 'src/cli/score.ts' },
      output: { entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js', format: 'es' },
    },
  },
});
