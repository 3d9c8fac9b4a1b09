// Headless load check in Debian's firefox-esr: web-ext installs dist-firefox/ as a temporary
// add-on through Firefox's remote protocol, which rejects a manifest or background Firefox
// cannot load. Optional: CI machines without firefox-esr skip it (`apt-get install firefox-esr`).
import webExt from 'web-ext';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/** Resolves with the milliseconds the install took; rejects when Firefox refuses the add-on. */
export async function loadInFirefox(sourceDir) {
  if (!existsSync(join(sourceDir, 'manifest.json'))) throw new Error(`No built add-on in ${sourceDir}: run npm run build:firefox`);
  // A profile of our own: when the install is refused, web-ext rejects without a runner to exit,
  // and the Firefox it started would live on; the profile tells which process is ours.
  const profile = mkdtempSync(join(tmpdir(), 'sopan-firefox-'));
  const started = Date.now();
  try {
    const runner = await webExt.cmd.run(
      { sourceDir, firefox: FIREFOX, args: ['--headless'], noReload: true, noInput: true, startUrl: ['about:blank'], firefoxProfile: profile, keepProfileChanges: true },
      { shouldExitProgram: false },
    );
    const elapsed = Date.now() - started;
    await runner.exit();
    return elapsed;
  } finally {
    stopFirefoxUsing(profile);
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Kills the Firefox processes started with `profile` (Linux: read from /proc). */
function stopFirefoxUsing(profile) {
  for (const pid of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const args = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (args.includes(profile)) process.kill(Number(pid), 'SIGKILL');
    } catch {
      // Gone already, or not ours to read.
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  if (!existsSync(FIREFOX)) {
    console.log(`${FIREFOX} not found: skipping the Firefox load check`);
  } else {
    loadInFirefox(resolve(process.argv[2] ?? join(import.meta.dirname, '../dist-firefox')))
      .then((ms) => console.log(`Firefox loaded the add-on in ${ms} ms`))
      .catch((error) => {
        console.error(`Firefox refused the add-on: ${error instanceof Error ? error.message : error}`);
        process.exit(1);
      });
  }
}
