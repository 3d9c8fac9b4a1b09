// `npm start`: Chromium with the built extension on the bundled demo page (demo/index.html,
// served as https://mail.google.com/). With a display the browser stays open until its window
// closes; without one it runs headless, screenshots the panel at work and prints the path.
// Options: --lang=id (Indonesian draft and UI), --out=FILE, --headless.
import { mkdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { ROOT, launchWithExtension, parseArgs, waitForPanel } from './browser.mjs';

const DEMO_URL = 'https://mail.google.com/mail/u/0/';

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const lang = args.lang === 'id' ? 'id' : 'en';
  const headless = args.headless === true || !process.env.DISPLAY;
  const out = resolve(typeof args.out === 'string' ? args.out : join(ROOT, 'artifacts/demo.png'));
  const browser = await launchWithExtension({ dist: process.env.SOPAN_DIST ?? join(ROOT, 'dist'), lang, headless });
  try {
    browser.serve(DEMO_URL, join(ROOT, 'demo/index.html'));
    const page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(`${DEMO_URL}?lang=${lang}#inbox`);
    if (!headless) {
      console.log('Sopan is running on the demo page. Close the browser window (or press Ctrl+C) to exit.');
      await new Promise((done) => {
        browser.context.on('close', done);
        process.once('SIGINT', done);
      });
      return;
    }
    await waitForPanel(page);
    mkdirSync(dirname(out), { recursive: true });
    await page.screenshot({ path: out });
    console.log(relative(process.cwd(), out) || out);
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`npm start failed: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
