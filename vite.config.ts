import { defineConfig, type Alias, type Plugin, type Rollup } from 'vite';
type PluginContext = Rollup.PluginContext;
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { readFileSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { en as enMessages } from './src/engine/messages/en';
import { id as idMessages } from './src/engine/messages/id';
import { localeEntries } from './src/language-data/locale';
import { firefoxManifest } from './scripts/manifest-targets.mjs';

// TARGET=firefox builds dist-firefox/ from the same source; anything else builds Chromium's dist/.
const firefox = process.env.TARGET === 'firefox';

// The content script is built as one self-contained IIFE. By default crxjs injects a loader that
// imports the script's chunks from chrome-extension://<id>/assets/…, which must then be
// web-accessible at fixed URLs any mail page can probe to detect Sopan. `use_dynamic_url: true`
// would hide them, but Chromium then refuses the loader's runtime.getURL import (tried: the
// content script never ran), so the build ships no web-accessible resource at all.
const contentScripts = { standaloneFiles: ['src/content/main.ts'] };

// The page ships no phrase book and no message catalog: where the engine imports them, every
// build here (content script, options page) gets a stand-in that src/language-data/page.ts fills
// with what the browser's locale or the service worker sends, and only src/language-data/worker.ts
// imports the real data: ~13 KB gzipped of English phrases stay off every mail page's script.
// Tests, the CLI and Node (other configs) always import the real data.
const path = (file: string) => fileURLToPath(new URL(file, import.meta.url));
const standIns = new Map([
  [path('src/engine/messages/en.ts'), path('src/language-data/stand-ins/en-messages.ts')],
  [path('src/engine/messages/id.ts'), path('src/language-data/stand-ins/id-messages.ts')],
  [path('src/engine/phrases/id/index.ts'), path('src/language-data/stand-ins/id-phrases.ts')],
  [path('src/engine/phrases/en/index.ts'), path('src/language-data/stand-ins/en-phrases.ts')],
]);
const servedBy = path('src/language-data/worker.ts');
const languageDataAlias: Alias = {
  find: /(^|\/)(en|id)(\/index(\.ts)?|\.ts)?$/,
  replacement: '$&',
  // Vite awaits the resolver (its type says otherwise).
  customResolver: async function (this: PluginContext, source: string, importer: string | undefined, options: object) {
    const resolved = await this.resolve(source, importer, { ...options, skipSelf: true });
    const standIn = resolved && importer !== servedBy ? standIns.get(resolved.id) : undefined;
    return standIn ? { id: standIn } : resolved;
  } as unknown as Alias['customResolver'],
};

// The engine's messages go into each built locale (src/language-data/locale.ts), after the public
// folder's _locales were copied: the content script reads its browser's language's through i18n.
const engineMessagesInLocales: Plugin = {
  name: 'sopan:engine-messages-in-locales',
  apply: 'build',
  writeBundle(options) {
    const keys = Object.keys(enMessages);
    for (const [lang, catalog] of [['en', enMessages], ['id', idMessages]] as const) {
      const file = join(options.dir!, '_locales', lang, 'messages.json');
      const messages = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
      writeFileSync(file, `${JSON.stringify({ ...messages, ...localeEntries(catalog, keys) }, null, 2)}\n`);
    }
  },
};

// crxjs builds the content script on its own, with no plugins and only `build.minify`, so it is
// minified once more here, with terser's several passes: ~1 KB less gzipped on every mail page
// than the default minifier alone (the content script's budget is 60 KB, tests/build/size.test.ts).
const contentScriptsMinified: Plugin = {
  name: 'sopan:content-scripts-minified',
  apply: 'build',
  async writeBundle(options) {
    const built = JSON.parse(readFileSync(join(options.dir!, 'manifest.json'), 'utf8')) as { content_scripts?: { js?: string[] }[] };
    for (const file of (built.content_scripts ?? []).flatMap((script) => script.js ?? [])) {
      const path = join(options.dir!, file);
      const result = await minify(readFileSync(path, 'utf8'), { toplevel: true, compress: { passes: 3 }, format: { comments: false } });
      if (result.code) writeFileSync(path, result.code);
    }
  },
};

export default defineConfig({
  plugins: [
    preact(),
    engineMessagesInLocales,
    contentScriptsMinified,
    crx({ manifest: firefox ? firefoxManifest(manifest) : manifest, browser: firefox ? 'firefox' : 'chrome', contentScripts }),
  ],
  build: {
    outDir: process.env.SOPAN_OUT_DIR ?? (firefox ? 'dist-firefox' : 'dist'),
    emptyOutDir: true,
    target: firefox ? 'firefox140' : 'chrome120',
    sourcemap: false,
    // The terser pass above takes most of the build's time, on purpose: no timing report for it.
    rolldownOptions: { checks: { bundlerTimings: false } },
  },
  resolve: { alias: [languageDataAlias] },
  server: { port: 5199, strictPort: true, hmr: { port: 5199 } },
});
