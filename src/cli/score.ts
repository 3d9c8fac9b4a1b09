// Scores `sopan check --jsonl` results against a labeled corpus (../shared/corpus/LABELS.md):
// a principle counts as flagged when any warning or error finding has it; suggestions never do.
import { CORE_PRINCIPLES, LANGS, type CorePrinciple, type Finding, type Lang, type Scenario } from '../engine/types';

export type LabeledDraft = {
  id: string;
  lang: Lang;
  scenario: Scenario;
  business_in_right: boolean | null;
  expect: Record<CorePrinciple, boolean>;
};

export type CheckResult = { id: string; lang: Lang; scenario: Scenario; inRight: boolean; findings: Finding[] };

export type Counts = { tp: number; fp: number; fn: number; tn: number; precision: number | null; recall: number | null; f1: number };

export type Miss = { id: string; principle: CorePrinciple; expected: boolean; got: boolean; rules: string[]; evidence: string[] };

export type Score = {
  drafts: number;
  missing: string[];
  /** principle → 'all' | lang → counts */
  principles: Record<CorePrinciple, Record<'all' | Lang, Counts>>;
  cleanDrafts: number;
  cleanFlagged: string[];
  lang: { correct: number; total: number; wrong: { id: string; expected: Lang; got: Lang }[] };
  scenario: { correct: number; total: number; wrong: { id: string; expected: Scenario; got: Scenario }[] };
  inRight: { correct: number; total: number; wrong: { id: string; expected: boolean; got: boolean }[] };
  misses: Miss[];
};

export function flaggedPrinciples(findings: readonly Finding[]): Set<CorePrinciple> {
  const core = new Set<string>(CORE_PRINCIPLES);
  return new Set(findings.filter((f) => f.severity !== 'suggestion' && core.has(f.principle)).map((f) => f.principle as CorePrinciple));
}

export function counts(tp: number, fp: number, fn: number, tn: number): Counts {
  const precision = tp + fp === 0 ? null : tp / (tp + fp);
  const recall = tp + fn === 0 ? null : tp / (tp + fn);
  // Nothing to find and nothing flagged is a perfect score, not a division by zero.
  const f1 = 2 * tp + fp + fn === 0 ? 1 : (2 * tp) / (2 * tp + fp + fn);
  return { tp, fp, fn, tn, precision, recall, f1 };
}

export function score(labels: readonly LabeledDraft[], results: readonly CheckResult[]): Score {
  const byId = new Map(results.map((r) => [r.id, r]));
  const tally = new Map<string, [number, number, number, number]>();
  const bump = (key: string, expected: boolean, got: boolean) => {
    const t = tally.get(key) ?? [0, 0, 0, 0];
    t[expected ? (got ? 0 : 2) : got ? 1 : 3]++;
    tally.set(key, t);
  };
  const out: Score = {
    drafts: 0,
    missing: [],
    principles: {} as Score['principles'],
    cleanDrafts: 0,
    cleanFlagged: [],
    lang: { correct: 0, total: 0, wrong: [] },
    scenario: { correct: 0, total: 0, wrong: [] },
    inRight: { correct: 0, total: 0, wrong: [] },
    misses: [],
  };

  for (const label of labels) {
    const result = byId.get(label.id);
    if (!result) {
      out.missing.push(label.id);
      continue;
    }
    out.drafts++;
    const flagged = flaggedPrinciples(result.findings);
    for (const principle of CORE_PRINCIPLES) {
      const expected = label.expect[principle] === true;
      const got = flagged.has(principle);
      bump(`${principle}/all`, expected, got);
      bump(`${principle}/${label.lang}`, expected, got);
      if (expected !== got) {
        const hits = result.findings.filter((f) => f.principle === principle && f.severity !== 'suggestion');
        out.misses.push({ id: label.id, principle, expected, got, rules: [...new Set(hits.map((f) => f.rule))], evidence: hits.map((f) => f.actual) });
      }
    }
    if (CORE_PRINCIPLES.every((p) => label.expect[p] !== true)) {
      out.cleanDrafts++;
      if (flagged.size > 0) out.cleanFlagged.push(label.id);
    }
    check(out.lang, label.id, label.lang, result.lang);
    check(out.scenario, label.id, label.scenario, result.scenario);
    if (label.business_in_right !== null && label.business_in_right !== undefined) check(out.inRight, label.id, label.business_in_right, result.inRight);
  }

  for (const principle of CORE_PRINCIPLES) {
    const row = {} as Record<'all' | Lang, Counts>;
    for (const key of ['all', ...LANGS] as const) {
      const [tp, fp, fn, tn] = tally.get(`${principle}/${key}`) ?? [0, 0, 0, 0];
      row[key] = counts(tp, fp, fn, tn);
    }
    out.principles[principle] = row;
  }
  return out;
}

function check<T>(acc: { correct: number; total: number; wrong: { id: string; expected: T; got: T }[] }, id: string, expected: T, got: T): void {
  acc.total++;
  if (expected === got) acc.correct++;
  else acc.wrong.push({ id, expected, got });
}

const pct = (value: number | null) => (value === null ? '   —' : value.toFixed(2).padStart(4));

export function formatScore(s: Score, source: string): string {
  const lines: string[] = [`Accuracy on ${source} (${s.drafts} drafts)`, ''];
  lines.push('principle      lang   P     R     F1    tp  fp  fn  tn');
  for (const principle of CORE_PRINCIPLES) {
    for (const key of ['en', 'id', 'all'] as const) {
      const c = s.principles[principle][key];
      lines.push(`${principle.padEnd(14)} ${key.padEnd(4)}  ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}  ${[c.tp, c.fp, c.fn, c.tn].map((n) => String(n).padStart(2)).join('  ')}`);
    }
  }
  lines.push('');
  lines.push(`clean drafts falsely flagged: ${s.cleanFlagged.length}/${s.cleanDrafts}${s.cleanFlagged.length ? ` (${s.cleanFlagged.join(', ')})` : ''}`);
  lines.push(`language accuracy: ${s.lang.correct}/${s.lang.total}${s.lang.wrong.map((w) => ` ${w.id}:${w.expected}→${w.got}`).join('')}`);
  lines.push(`scenario accuracy: ${s.scenario.correct}/${s.scenario.total} (${ratio(s.scenario)})`);
  for (const w of s.scenario.wrong) lines.push(`  ${w.id}: expected ${w.expected}, got ${w.got}`);
  lines.push(`in-right accuracy: ${s.inRight.correct}/${s.inRight.total}${s.inRight.wrong.map((w) => ` ${w.id}:${w.expected}→${w.got}`).join('')}`);
  if (s.missing.length) lines.push(`no result for: ${s.missing.join(', ')}`);
  lines.push('', `misclassified (${s.misses.length}):`);
  for (const m of s.misses) {
    const why = m.got ? `  by ${m.rules.join(', ')}: ${m.evidence.map((e) => JSON.stringify(shorten(e))).join(', ')}` : '';
    lines.push(`  ${m.id.padEnd(8)} ${m.principle.padEnd(13)} expected ${m.expected ? 'flag' : 'pass'}, got ${m.got ? 'flag' : 'pass'}${why}`);
  }
  return lines.join('\n') + '\n';
}

function ratio(acc: { correct: number; total: number }): string {
  return acc.total === 0 ? '—' : `${Math.round((100 * acc.correct) / acc.total)}%`;
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}...` : flat;
}
