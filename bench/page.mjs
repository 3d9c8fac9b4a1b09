// `npm run bench:page`: Sopan inside a real page. Chromium with the built extension on the Gmail
// fixture (served under mail.google.com): the extension's main-thread time per typed character in
// a 1,000-word draft, how soon the panel shows after a compose appears, the gzipped content-script
// JavaScript, and whether a 100,000-character draft causes any task over 50 ms. Time is attributed
// to the extension from a performance trace (script calls whose code is chrome-extension://).
// Prints a table and writes artifacts/bench-page.json. Options: --dist DIR (skip the build), --quick.
import { chromium } from 'playwright-core';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { extensionLaunchOptions } from '../scripts/browser.mjs';
import { contentScriptSize, extensionCalls, extensionLongTasks, marks, percentile, sopanMeasures, sopanSpans, startTrace } from './trace.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const distArg = args.includes('--dist') ? args[args.indexOf('--dist') + 1] : undefined;
const FIXTURE = join(root, '../shared/fixtures/gmail-compose.html');
const GMAIL = 'https://mail.google.com/mail/u/0/#inbox';
const TYPED = 200;
const PANEL_RUNS = quick ? 3 : 8;
const log = (s) => process.stderr.write(`  ${s}\n`);

// A private build, so a bench never races another developer's dist/.
const dist = distArg ? resolve(distArg) : join(tmpdir(), 'sopan-bench-page');
if (!distArg) {
  process.env.SOPAN_OUT_DIR = dist;
  await build({ root, logLevel: 'warn' });
}

const corpus = readFileSync(join(root, '../shared/corpus/dev.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
/** English corpus paragraphs, repeated until the text holds `words` words or `chars` characters. */
function draftLines({ words = Infinity, chars = Infinity }) {
  const bodies = corpus.filter((d) => d.lang === 'en').map((d) => d.body);
  const lines = [];
  let w = 0;
  let c = 0;
  for (let i = 0; w < words && c < chars; i++) {
    for (const line of bodies[i % bodies.length].split('\n')) {
      if (w >= words || c >= chars) break;
      lines.push(line);
      w += line.split(/\s+/).filter(Boolean).length;
      c += line.length + 1;
    }
  }
  return lines;
}

// ---- the browser ----------------------------------------------------------------------------
const profile = mkdtempSync(join(tmpdir(), 'sopan-bench-profile-'));
const context = await chromium.launchPersistentContext(profile, extensionLaunchOptions({ dist }));
process.on('exit', () => rmSync(profile, { recursive: true, force: true }));
const html = readFileSync(FIXTURE, 'utf8');
await context.route(/^https?:\/\//, (route) =>
  route.request().resourceType() === 'document' ? route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: html }) : route.fulfill({ status: 404, body: '' }),
);
// In the page's own world: when each compose body and each Sopan panel first appears, and the
// long tasks the page sees (PerformanceObserver cannot name their script; the trace can).
await context.addInitScript(() => {
  const bench = (window.__bench = { composes: [], hosts: [], drawn: [], panels: [], longTasks: [] });
  const seen = new WeakSet();
  // Drawn: the panel's shadow root shows something with a size. Its first state: the panel shows
  // what it found (ready, empty, cannot read) rather than "checking". Polled once per frame, so
  // each time is the frame in which the user could first see it.
  const isDrawn = (el) => {
    const r = el.getBoundingClientRect();
    return el.isConnected && r.width > 0 && r.height > 0 && Boolean(el.shadowRoot?.querySelector('[data-sopan-view]'));
  };
  const hasState = (el) => isDrawn(el) && Boolean(el.shadowRoot.querySelector('[data-sopan-view]:not([data-sopan-view=checking])'));
  const watchPanel = (host) => {
    const t0 = performance.now();
    let drawn = false;
    const poll = () => {
      const t = performance.now();
      if (!drawn && isDrawn(host)) drawn = true, bench.drawn.push({ t, attached: t0 });
      if (hasState(host)) return bench.panels.push({ t, attached: t0 });
      if (t - t0 < 10_000) requestAnimationFrame(poll);
    };
    requestAnimationFrame(poll);
  };
  new MutationObserver(() => {
    for (const el of document.querySelectorAll('[contenteditable=true][role=textbox]')) if (!seen.has(el)) seen.add(el), bench.composes.push({ t: performance.now() });
    for (const el of document.querySelectorAll('[data-sopan-panel]')) if (!seen.has(el)) seen.add(el), bench.hosts.push({ t: performance.now() }), watchPanel(el);
  }).observe(document, { childList: true, subtree: true });
  try {
    new PerformanceObserver((list) => bench.longTasks.push(...list.getEntries().map((e) => ({ start: e.startTime, ms: e.duration })))).observe({ type: 'longtask' });
  } catch {}
});

async function openGmail() {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(GMAIL);
  await page.waitForFunction(() => window.__fixture?.ready === true, null, { timeout: 15_000 });
  return { page, errors };
}

/** Replaces the draft lines of the first compose (not its signature) and tells the app, as a paste would. */
async function setDraft(page, lines) {
  await page.evaluate((lines) => {
    const body = document.querySelector('[contenteditable=true][role=textbox]');
    const block = body.querySelector(':scope > div[dir=ltr]') ?? body;
    const signature = block.querySelector(':scope > br[clear=all]');
    while (block.firstChild && block.firstChild !== signature) block.firstChild.remove();
    for (const line of [...lines, '']) {
      const div = document.createElement('div');
      if (line) div.textContent = line;
      else div.append(document.createElement('br'));
      block.insertBefore(div, signature);
    }
    body.focus();
    const last = signature.previousElementSibling.previousElementSibling;
    getSelection().collapse(last.firstChild ?? last, last.firstChild?.length ?? 0);
    body.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }, lines);
}

async function waitForSopan(page, timeout = 10_000) {
  return page.waitForSelector('[data-sopan-panel]', { state: 'attached', timeout }).then(() => true, () => false);
}

const results = { date: new Date().toISOString(), dist, chromium: context.browser()?.version() ?? null };

// ---- 1. content-script size ----------------------------------------------------------------
results.contentScript = contentScriptSize(dist);
log(`content script: ${(results.contentScript.gzip / 1024).toFixed(1)} KB gzipped`);

// ---- 2. panel visible after the compose appears ---------------------------------------------
const panelTimes = [];
const drawnTimes = [];
const hostTimes = [];
let panelSeen = true;
for (let run = 0; run < PANEL_RUNS && panelSeen; run++) {
  const { page } = await openGmail();
  panelSeen = await waitForSopan(page);
  await page.evaluate(() => window.__fixture.openCompose());
  await page.waitForTimeout(1000);
  const { composes, hosts, drawn, panels } = await page.evaluate(() => window.__bench);
  // Pair each panel with the latest compose that appeared before it.
  const since = (t) => t - (composes.filter((c) => c.t <= t).at(-1)?.t ?? NaN);
  for (const panel of panels) panelTimes.push(since(panel.t));
  for (const panel of drawn) drawnTimes.push(since(panel.t));
  for (const host of hosts) hostTimes.push(since(host.t));
  await page.close();
}
results.panel = { samples: panelTimes.filter(Number.isFinite), median: percentile(panelTimes.filter(Number.isFinite), 50), p95: percentile(panelTimes.filter(Number.isFinite), 95) };
results.panelDrawn = { samples: drawnTimes.filter(Number.isFinite), median: percentile(drawnTimes.filter(Number.isFinite), 50) };
results.panelHost = { samples: hostTimes.filter(Number.isFinite), median: percentile(hostTimes.filter(Number.isFinite), 50) };
log(`panel visible: ${panelTimes.length} samples`);

// ---- 3. typing 200 characters into a 1,000-word draft ---------------------------------------
{
  const { page, errors } = await openGmail();
  await waitForSopan(page);
  await setDraft(page, draftLines({ words: 1000 }));
  await page.waitForTimeout(1500); // the first full check of the pasted draft is not a keystroke
  const cdp = await context.newCDPSession(page);
  const trace = await startTrace(cdp);
  const sentence = ' We can offer a replacement next week, or a full refund if you prefer.';
  for (let i = 0; i < TYPED; i++) {
    await page.evaluate((i) => performance.mark(`bench:key:${i}`), i);
    await page.keyboard.type(sentence[i % sentence.length]);
    await page.waitForTimeout(30); // a fast typist: about 30 characters a second
  }
  await page.evaluate(() => performance.mark('bench:key:end'));
  await page.waitForTimeout(300);
  const events = await trace.stop();
  const keys = marks(events, 'bench:key:');
  const calls = extensionCalls(events);
  const perChar = keys.slice(0, -1).map((k, i) => {
    const inside = calls.filter((c) => c.ts >= k.ts && c.ts < keys[i + 1].ts);
    return { ms: inside.reduce((s, c) => s + c.ms, 0), cpuMs: inside.reduce((s, c) => s + c.cpuMs, 0) };
  });
  const wall = perChar.map((c) => c.ms);
  const cpu = perChar.map((c) => c.cpuMs);
  results.typing = {
    draftWords: 1000,
    characters: perChar.length,
    extensionCalls: calls.length,
    wall: { median: percentile(wall, 50), p95: percentile(wall, 95), max: Math.max(...wall, 0) },
    cpu: { median: percentile(cpu, 50), p95: percentile(cpu, 95), max: Math.max(...cpu, 0) },
    sopanMeasures: Object.fromEntries(Object.entries(sopanMeasures(events)).map(([k, v]) => [k, { count: v.length, median: percentile(v, 50), p95: percentile(v, 95) }])),
    pageErrors: errors,
  };
  log(`typing: ${perChar.length} characters, ${calls.length} extension calls`);
  await page.close();
}

// ---- 4. a 100,000-character draft ------------------------------------------------------------
{
  const { page, errors } = await openGmail();
  await waitForSopan(page);
  const cdp = await context.newCDPSession(page);
  const trace = await startTrace(cdp);
  const lines = draftLines({ chars: 100_000 });
  await setDraft(page, lines);
  await page.waitForTimeout(1500);
  for (const ch of ' Thank you.') await page.keyboard.type(ch), await page.waitForTimeout(30);
  await page.waitForTimeout(2000);
  const events = await trace.stop();
  const long = extensionLongTasks(events, 50);
  const calls = extensionCalls(events);
  const pageLong = await page.evaluate(() => window.__bench.longTasks);
  results.huge = {
    chars: lines.join('\n').length,
    extensionTasksOver50ms: long,
    longestExtensionCallMs: Math.max(0, ...calls.map((c) => c.ms)),
    longestSopanMeasureMs: Math.max(0, ...sopanSpans(events).map((m) => m.ms)),
    pageLongTasks: pageLong.length,
    pageLongestTaskMs: Math.max(0, ...pageLong.map((t) => t.ms)),
    state: await page.getAttribute('[data-sopan-panel]', 'data-sopan-state').catch(() => null),
    partialNote: await page.locator('[data-sopan-panel] [data-sopan-state-message=partial]').count().catch(() => 0),
    sopanMeasures: Object.fromEntries(Object.entries(sopanMeasures(events)).map(([k, v]) => [k, { count: v.length, median: percentile(v, 50), max: Math.max(...v) }])),
    pageErrors: errors,
  };
  log(`100k draft: ${long.length} extension tasks over 50 ms`);

  // The same draft: Fix all (preview, then apply) and an insert, as a user would click them.
  const panelSel = '[data-sopan-panel]';
  const before = await page.getAttribute(panelSel, 'data-sopan-text');
  const errorsBefore = errors.length;
  const actionTrace = await startTrace(cdp);
  await page.locator(`${panelSel} [data-sopan-fix-all]`).click();
  await page.locator(`${panelSel} [data-sopan-fix-all-preview]`).waitFor({ timeout: 10_000 });
  const canApply = (await page.locator(`${panelSel} [data-sopan-fix-all-apply]`).count()) > 0;
  if (canApply) await page.locator(`${panelSel} [data-sopan-fix-all-apply]`).click();
  await page.waitForFunction(([sel, old]) => document.querySelector(sel)?.dataset.sopanState === 'ready' && document.querySelector(sel).dataset.sopanText !== old, [panelSel, before], { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(1500);
  const insert = page.locator(`${panelSel} [data-sopan-insert]`).first();
  const inserted = (await insert.count()) > 0;
  if (inserted) await insert.click(), await page.waitForTimeout(1500);
  const actionEvents = await actionTrace.stop();
  results.hugeActions = {
    fixAllApplied: canApply,
    insertClicked: inserted,
    extensionTasksOver50ms: extensionLongTasks(actionEvents, 50),
    longestSopanMeasureMs: Math.max(0, ...sopanSpans(actionEvents).map((m) => m.ms)),
    sopanMeasures: Object.fromEntries(Object.entries(sopanMeasures(actionEvents)).map(([k, v]) => [k, { count: v.length, median: percentile(v, 50), max: Math.max(...v) }])),
    pageErrors: errors.slice(errorsBefore),
  };
  log(`100k draft, fix all + insert: ${results.hugeActions.extensionTasksOver50ms.length} extension tasks over 50 ms`);
  await page.close();
}
await context.close();

// ---- report ---------------------------------------------------------------------------------
const f = (v, d = 2) => (Number.isFinite(v) ? v.toFixed(d) : '—');
const ok = (pass) => (pass ? 'yes' : 'NO');
const t = results.typing;
const verdict = {
  perCharP95Under2ms: t.wall.p95 < 2,
  panelMedianUnder150ms: results.panel.median < 150,
  contentScriptAtMost60KB: results.contentScript.gzip <= 60 * 1024,
  noExtensionTaskOver50ms: results.huge.extensionTasksOver50ms.length === 0 && results.huge.longestExtensionCallMs <= 50 && results.huge.longestSopanMeasureMs <= 50,
};
results.verdict = verdict;
const rows = [
  ['per typed character, 1,000-word draft (wall)', `median ${f(t.wall.median)} ms · p95 ${f(t.wall.p95)} ms · max ${f(t.wall.max)} ms`, '< 2 ms p95', ok(verdict.perCharP95Under2ms)],
  ['per typed character, thread CPU time', `median ${f(t.cpu.median)} ms · p95 ${f(t.cpu.p95)} ms`, '', ''],
  ['panel shows its first state after the compose appears', `median ${f(results.panel.median, 0)} ms · p95 ${f(results.panel.p95, 0)} ms (${results.panel.samples.length} composes)`, '< 150 ms median', ok(verdict.panelMedianUnder150ms)],
  ['  (panel drawn, still "checking")', `median ${f(results.panelDrawn.median, 0)} ms (${results.panelDrawn.samples.length} composes)`, '', ''],
  ['  (panel host attached, before drawing)', `median ${f(results.panelHost.median, 0)} ms (${results.panelHost.samples.length} composes)`, '', ''],
  ['content-script JS, gzipped', `${f(results.contentScript.gzip / 1024, 1)} KB (${results.contentScript.files.length} files, ${f(results.contentScript.bytes / 1024, 1)} KB raw)`, '≤ 60 KB', ok(verdict.contentScriptAtMost60KB)],
  [`${results.huge.chars.toLocaleString('en')}-character draft`, `${results.huge.extensionTasksOver50ms.length} extension tasks > 50 ms (thread CPU ${results.huge.extensionTasksOver50ms.map((t) => f(t.taskCpuMs, 0)).join('/') || '—'} ms) · longest extension call ${f(results.huge.longestExtensionCallMs, 1)} ms · longest sopan:* step ${f(results.huge.longestSopanMeasureMs, 1)} ms`, 'none > 50 ms', ok(verdict.noExtensionTaskOver50ms)],
];
const widths = [0, 1, 2].map((i) => Math.max(...rows.map((r) => r[i].length)));
results.loadAverage = loadavg();
const out = [`In-page benchmark (Chromium ${results.chromium ?? ''}, Gmail fixture, extension from ${dist}; load average ${results.loadAverage.map((l) => l.toFixed(1)).join(' ')} on ${cpus().length} cores — wall times grow when others share the CPU)`, ''];
for (const r of rows) out.push(`${r[0].padEnd(widths[0])}  ${r[1].padEnd(widths[1])}  ${r[2].padEnd(widths[2])}  ${r[3]}`);
for (const [name, m] of Object.entries(t.sopanMeasures)) out.push(`  typing ${name}: ${m.count}× median ${f(m.median)} ms p95 ${f(m.p95)} ms`);
for (const [name, m] of Object.entries(results.huge.sopanMeasures)) out.push(`  100k draft ${name}: ${m.count}× median ${f(m.median)} ms max ${f(m.max)} ms`);
out.push(`  100k draft ends in state ${results.huge.state}, "checked in parts" note shown: ${results.huge.partialNote > 0 ? 'yes' : 'no'}`);
const ha = results.hugeActions;
for (const [name, m] of Object.entries(ha.sopanMeasures)) out.push(`  100k draft actions ${name}: ${m.count}× median ${f(m.median)} ms max ${f(m.max)} ms`);
out.push(`  100k draft, Fix all (${ha.fixAllApplied ? 'applied' : 'nothing to apply'}) and an insert (${ha.insertClicked ? 'clicked' : 'none offered'}): ${ha.extensionTasksOver50ms.length} extension tasks > 50 ms (longest ${f(Math.max(0, ...ha.extensionTasksOver50ms.map((t) => t.taskMs)), 1)} ms, thread CPU ${ha.extensionTasksOver50ms.map((t) => f(t.taskCpuMs, 0)).join('/') || '—'} ms), longest sopan:* step ${f(ha.longestSopanMeasureMs, 1)} ms`);
const errors = [...t.pageErrors, ...results.huge.pageErrors];  // the 100k page's list also holds its actions' errors
if (errors.length) out.push('', `page errors: ${errors.join(' | ')}`);
if (!panelSeen) out.push('', 'NOTE: no [data-sopan-panel] appeared — is the content script wired up in this build?');
process.stdout.write(out.join('\n') + '\n');
mkdirSync(join(root, 'artifacts'), { recursive: true });
writeFileSync(join(root, 'artifacts/bench-page.json'), JSON.stringify(results, null, 2) + '\n');
process.stdout.write(`\nwrote artifacts/bench-page.json\n`);
