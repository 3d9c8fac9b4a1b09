// `npm run accuracy [-- FILE.jsonl] [--json] [--oracle] [--readme]`: builds the CLI, runs
// `sopan check --jsonl` on a labeled corpus (default ../shared/corpus/dev.jsonl) and prints
// precision, recall and F1 per principle and language, clean drafts falsely flagged, language,
// scenario and in-right accuracy, and every misclassified (id, principle) for rule authors.
//
// The drafts go in as {id, subject, body} only, so language and scenario are inferred as in real
// use. --oracle also passes the labeled lang, scenario and inRight, to separate a rule's misses
// from a wrong scenario guess. --readme also rewrites the accuracy table in README.md (between
// the `<!-- accuracy:start -->` and `<!-- accuracy:end -->` markers).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildPrivateCli } from './build-cli.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const asJson = args.includes('--json');
const oracle = args.includes('--oracle');
const skipBuild = args.includes('--no-build');
const toReadme = args.includes('--readme');
const corpusPath = resolve(args.find((a) => !a.startsWith('--')) ?? join(root, '../shared/corpus/dev.jsonl'));

function die(message) {
  process.stderr.write(`accuracy: ${message}\n`);
  process.exit(2);
}

// A private build, so a run never races with someone rebuilding dist-cli/.
const dir = mkdtempSync(join(tmpdir(), 'sopan-accuracy-'));
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
const sopan = skipBuild ? join(root, 'bin/sopan.js') : await buildPrivateCli(dir);
const scorer = skipBuild ? join(root, 'dist-cli/score.js') : join(dir, 'dist-cli/score.js');

let corpusText;
try {
  corpusText = readFileSync(corpusPath, 'utf8');
} catch {
  die(`cannot read ${corpusPath}`);
}
const labels = corpusText
  .split(/\r?\n/)
  .filter((line) => line.trim())
  .map((line, i) => {
    try {
      return JSON.parse(line);
    } catch {
      die(`${corpusPath}: line ${i + 1} is not JSON`);
    }
  });

const inputs = labels.map((d) => {
  const input = { id: d.id, subject: d.subject, body: d.body };
  if (oracle) Object.assign(input, { lang: d.lang, scenario: d.scenario, ...(typeof d.business_in_right === 'boolean' ? { inRight: d.business_in_right } : {}) });
  return JSON.stringify(input);
});
const inputPath = join(dir, 'input.jsonl');
writeFileSync(inputPath, inputs.join('\n') + '\n');
const run = spawnSync(process.execPath, [sopan, 'check', '--jsonl', inputPath], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
if (run.stderr) process.stderr.write(run.stderr);
if (run.status !== 0 && run.status !== 2) die(`sopan check --jsonl exited with ${run.status}`);

const results = run.stdout.split('\n').filter(Boolean).map((line) => JSON.parse(line));
const { score, formatScore } = await import(pathToFileURL(scorer).href);
const result = score(labels, results);
process.stdout.write(asJson ? JSON.stringify(result, null, 2) + '\n' : formatScore(result, `${corpusPath}${oracle ? ' (oracle lang/scenario)' : ''}`));

if (toReadme) {
  const readmePath = join(root, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const pattern = /(<!-- accuracy:start -->\n)[\s\S]*?(<!-- accuracy:end -->)/;
  if (!pattern.test(readme)) die('README.md has no <!-- accuracy:start --> … <!-- accuracy:end --> markers');
  writeFileSync(readmePath, readme.replace(pattern, (_, start, end) => `${start}${markdown(result)}${end}`));
  process.stderr.write('accuracy: README.md updated\n');
}

/** The README's accuracy table: F1 (precision/recall) per principle and language, then the rest. */
function markdown(result) {
  const pct = (v) => (v === null ? '—' : v.toFixed(2));
  const cell = (c) => `${pct(c.f1)} (${pct(c.precision)} / ${pct(c.recall)})`;
  const rate = ({ correct, total }) => `${correct}/${total}`;
  const lines = [
    `Measured with \`npm run accuracy\` on \`${corpusPath.replace(/^.*\/(shared\/)/, '../$1')}\` (${result.drafts} drafts) on ${new Date().toISOString().slice(0, 10)}.`,
    'A principle counts as flagged when a finding of severity warning or error has it; cells are F1 (precision / recall).',
    '',
    '| principle | English | Indonesian | both |',
    '| --- | --- | --- | --- |',
    ...Object.entries(result.principles).map(([principle, byLang]) => `| ${principle} | ${cell(byLang.en)} | ${cell(byLang.id)} | ${cell(byLang.all)} |`),
    '',
    `Clean drafts falsely flagged: ${result.cleanFlagged.length}/${result.cleanDrafts}. Language: ${rate(result.lang)}. Scenario: ${rate(result.scenario)}. In the right / at fault: ${rate(result.inRight)}.`,
    '',
  ];
  return lines.join('\n');
}
