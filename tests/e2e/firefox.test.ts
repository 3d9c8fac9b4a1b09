// The Firefox build loads in Debian's firefox-esr (headless, through web-ext), and the same
// check refuses a Chromium-style manifest, so a pass means something. Skipped where firefox-esr
// is not installed (CI installs only Chromium).
import { existsSync, mkdtempSync, cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIREFOX, loadInFirefox } from '../../scripts/firefox-load.mjs';
import { buildTarget } from '../build/build';

describe.skipIf(!existsSync(FIREFOX))('firefox-esr', () => {
  let dir = '';
  beforeAll(() => {
    dir = buildTarget('firefox').dir;
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('installs the built add-on', async () => {
    expect(await loadInFirefox(dir)).toBeGreaterThan(0);
  });

  test('refuses the same add-on with a service worker background, and leaves no Firefox running', async () => {
    const before = firefoxesRunning();
    const broken = mkdtempSync(join(tmpdir(), 'sopan-ff-broken-'));
    try {
      cpSync(dir, broken, { recursive: true });
      const manifest = JSON.parse(readFileSync(join(broken, 'manifest.json'), 'utf8')) as { background: object };
      manifest.background = { service_worker: 'service-worker-loader.js' };
      writeFileSync(join(broken, 'manifest.json'), JSON.stringify(manifest));
      await expect(loadInFirefox(broken)).rejects.toThrow(/background/);
      expect(firefoxesRunning()).toBe(before);
    } finally {
      rmSync(broken, { recursive: true, force: true });
    }
  });
});

/** Firefox main processes web-ext started (they listen for its remote protocol). */
function firefoxesRunning(): number {
  return readdirSync('/proc')
    .filter((name) => /^\d+$/.test(name))
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('-start-debugger-server');
      } catch {
        return false;
      }
    }).length;
}
