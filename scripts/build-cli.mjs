// Bundles src/cli.ts (and the engine it imports) into dist-cli/cli.js for Node, so `npx sopan`
// needs no TypeScript at run time. Runs on `npm ci` (prepare) and in `npm run build`.
import { build } from 'vite';

await build({
  configFile: false,
  logLevel: 'warn',
  build: {
    ssr: 'src/cli.ts',
    outDir: 'dist-cli',
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { output: { entryFileNames: 'cli.js', format: 'es' } },
  },
});
