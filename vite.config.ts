import { defineConfig } from 'vite';
import { crx } from '@crxjs/vite-plugin';
import preact from '@preact/preset-vite';
import manifest from './manifest.json' with { type: 'json' };
import { firefoxManifest } from './scripts/manifest-targets.mjs';

// TARGET=firefox builds dist-firefox/ from the same source; anything else builds Chromium's dist/.
const firefox = process.env.TARGET === 'firefox';

// The content script is built as one self-contained IIFE. By default crxjs injects a loader that
// imports the script's chunks from chrome-extension://<id>/assets/…, which must then be
// web-accessible at fixed URLs any mail page can probe to detect Sopan. `use_dynamic_url: true`
// would hide them, but Chromium then refuses the loader's runtime.getURL import (tried: the
// content script never ran), so the build ships no web-accessible resource at all.
const contentScripts = { standaloneFiles: ['src/content/main.ts'] };

export default defineConfig({
  plugins: [
    preact(),
    crx({ manifest: firefox ? firefoxManifest(manifest) : manifest, browser: firefox ? 'firefox' : 'chrome', contentScripts }),
  ],
  build: {
    outDir: process.env.SOPAN_OUT_DIR ?? (firefox ? 'dist-firefox' : 'dist'),
    emptyOutDir: true,
    target: firefox ? 'firefox140' : 'chrome120',
    sourcemap: false,
  },
  server: { port: 5199, strictPort: true, hmr: { port: 5199 } },
});
