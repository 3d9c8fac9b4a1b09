// `npm run bench`: how fast the engine analyzes drafts of 100, 1,000 and 10,000 words per language
// (built by concatenating corpus bodies), its growth from 1k to 10k words, and — on the same
// English texts — write-good and a retext pipeline for comparison. Prints a table and writes
// artifacts/bench-engine.json. Never run as a unit test: timings depend on the machine.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'vite';
import writeGood from 'write-good';
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextReadability from 'retext-readability';
import retextPassive from 'retext-passive';
import retextIntensify from 'retext-intensify';
import retextSimplify from 'retext-simplify';
import retextEquality from 'retext-equality';
import { VFile } from 'vfile';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const quick = args.includes('--quick');
const corpusPath = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, '../shared/corpus/dev.jsonl'));
const SIZES = [100, 1_000, 10_000];

// The engine as shipped: bundled by Vite like the extension and the CLI, into a private folder.
const dir = mkdtempSync(join(tmpdir(), 'sopan-bench-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
await build({
  configFile: false,
  root,
  logLevel: 'warn',
  publicDir: false,
  build: {
    ssr: true,
    outDir: dir,
    emptyOutDir: true,
    target: 'node20',
    minify: false,
    rollupOptions: { input: { profile: join(root, 'bench/profile.ts') }, output: { entryFileNames: '[name].js', format: 'es' } },
  },
});
const { analyze, profile } = await import(pathToFileURL(join(dir, 'profile.js')).href);

const corpus = readFileSync(corpusPath, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));

/** Whole corpus bodies, in order and repeated, cut to exactly `words` words. */
function textOf(lang, words) {
  const bodies = corpus.filter((d) => d.lang === lang).map((d) => d.body);
  const paragraphs = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const body = bodies[i % bodies.length];
    const tokens = body.split(/\s+/).filter(Boolean);
    if (count + tokens.length <= words) {
      paragraphs.push(body);
      count += tokens.length;
    } else {
      // Cut the last body at a word boundary, keeping its line breaks.
      let kept = 0;
      const cut = body.replace(/\S+/g, (w) => (kept++ < words - count ? w : '')).trimEnd();
      paragraphs.push(cut);
      count = words;
    }
  }
  return paragraphs.join('\n\n');
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Median of repeated runs after a warm-up, within a time budget. The warm-up runs for a while, not
 * a fixed few calls: three calls left V8's optimizing compiler mid-way (the extension's engine runs
 * on every pause in typing, so it is warm in use), and every tool gets the same warm-up.
 */
async function measure(fn, { minRuns = 7, budgetMs = quick ? 300 : 1500, maxRuns = 500, warmUpMs = quick ? 100 : 1000 } = {}) {
  const warmUntil = performance.now() + warmUpMs;
  for (let i = 0; i < 3 || performance.now() < warmUntil; i++) await fn();
  const times = [];
  const started = performance.now();
  while (times.length < maxRuns && (times.length < minRuns || performance.now() - started < budgetMs)) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return { median: median(times), runs: times.length };
}

const retext = unified().use(retextEnglish).use(retextReadability).use(retextPassive).use(retextIntensify).use(retextSimplify).use(retextEquality).freeze();
async function runRetext(text) {
  const file = new VFile(text);
  await retext.run(retext.parse(file), file);
  return file.messages.length;
}

const rows = [];
for (const lang of ['en', 'id']) {
  for (const words of SIZES) {
    const text = textOf(lang, words);
    const row = { lang, words, chars: text.length, findings: analyze({ body: text }).findings.length };
    row.sopan = await measure(() => analyze({ body: text }));
    if (lang === 'en') {
      row.writeGoodFindings = writeGood(text).length;
      row.writeGood = await measure(() => writeGood(text), { minRuns: 3 });
      row.retextFindings = await runRetext(text);
      row.retext = await measure(() => runRetext(text), { minRuns: 3, maxRuns: words >= 10_000 ? 10 : 100 });
    }
    rows.push(row);
    process.stderr.write(`  measured ${lang} ${words} words\n`);
  }
}

const at = (lang, words) => rows.find((r) => r.lang === lang && r.words === words);
const growth = Object.fromEntries(['en', 'id'].map((lang) => [lang, at(lang, 10_000).sopan.median / at(lang, 1_000).sopan.median]));
const en1k = at('en', 1_000);
const ratios = { writeGood: en1k.writeGood.median / en1k.sopan.median, retext: en1k.retext.median / en1k.sopan.median };
const stages = Object.fromEntries(['en', 'id'].map((lang) => [lang, profile(textOf(lang, 10_000), lang).sort((a, b) => b.ms - a.ms)]));

const ms = (v) => (v === undefined ? '' : v < 1 ? v.toFixed(3) : v < 100 ? v.toFixed(2) : v.toFixed(0));
const out = [];
out.push(`Engine benchmark (Node ${process.version}, median ms per analysis)`, '');
out.push('lang   words   chars  sopan ms  findings  write-good ms  (found)  retext ms  (found)  ×write-good  ×retext');
for (const r of rows) {
  const vs = (other) => (other ? `${(other.median / r.sopan.median).toFixed(0)}×` : '');
  out.push(
    [r.lang.padEnd(4), String(r.words).padStart(6), String(r.chars).padStart(7), ms(r.sopan.median).padStart(9), String(r.findings).padStart(9), ms(r.writeGood?.median).padStart(14), String(r.writeGoodFindings ?? '').padStart(8), ms(r.retext?.median).padStart(10), String(r.retextFindings ?? '').padStart(8), vs(r.writeGood).padStart(12), vs(r.retext).padStart(8)].join(' '),
  );
}
out.push('');
out.push(`growth 1k → 10k words: en ${growth.en.toFixed(1)}×, id ${growth.id.toFixed(1)}× (target ≤ 11×)`);
out.push(`1,000-word English draft: ${ms(en1k.sopan.median)} ms (target < 1 ms); write-good ${ratios.writeGood.toFixed(0)}× slower, retext ${ratios.retext.toFixed(0)}× slower (target ≥ 10×)`);
out.push('', 'slowest stages on 10,000 words (median ms):');
for (const lang of ['en', 'id']) out.push(`  ${lang}: ${stages[lang].slice(0, 6).map((s) => `${s.stage} ${ms(s.ms)}`).join(' · ')}`);
process.stdout.write(out.join('\n') + '\n');

const verdict = {
  under1msAt1k: en1k.sopan.median < 1 && at('id', 1_000).sopan.median < 1,
  growthWithin11x: growth.en <= 11 && growth.id <= 11,
  tenTimesFaster: ratios.writeGood >= 10 && ratios.retext >= 10,
};
mkdirSync(join(root, 'artifacts'), { recursive: true });
writeFileSync(join(root, 'artifacts/bench-engine.json'), JSON.stringify({ date: new Date().toISOString(), node: process.version, corpus: corpusPath, rows, growth, ratios, verdict, stages }, null, 2) + '\n');
process.stdout.write(`\nwrote artifacts/bench-engine.json (${Object.entries(verdict).map(([k, v]) => `${k}: ${v ? 'yes' : 'NO'}`).join(', ')})\n`);
