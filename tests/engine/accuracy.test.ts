// The accuracy targets of the principles issue, held on every labeled corpus we have: the shared
// dev set and our own drafts (tests/corpus/own-*.jsonl, written blind and then tuned on), so a
// phrase or logic change that costs accuracy anywhere turns the suite red. `npm run accuracy`
// prints the same scores in full.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { analyze, CORE_PRINCIPLES, LANGS } from '../../src/engine';
import { score } from '../../src/cli/score';
import { DEV_CORPUS_PATH, loadCorpus } from './corpus';

const OWN = resolve(process.cwd(), 'tests/corpus');
const corpora = [DEV_CORPUS_PATH, ...readdirSync(OWN).filter((f) => f.endsWith('.jsonl')).sort().map((f) => join(OWN, f))];

describe.each(corpora.map((path) => [path.slice(path.lastIndexOf('/') + 1), path]))('%s', (_name, path) => {
  const drafts = loadCorpus(path);
  const results = drafts.map((d) => ({ id: d.id, ...analyze({ subject: d.subject, body: d.body }) }));
  const s = score(drafts, results);

  test.each(CORE_PRINCIPLES.flatMap((p) => LANGS.map((lang) => [p, lang] as const)))('%s F1 in %s is at least 0.85', (principle, lang) => {
    const cell = s.principles[principle][lang];
    if (cell.tp + cell.fp + cell.fn + cell.tn === 0) return; // no draft of this language here
    expect(cell.f1, JSON.stringify(s.misses.filter((m) => m.principle === principle))).toBeGreaterThanOrEqual(0.85);
  });

  test('at most 1 in 10 clean drafts is flagged', () => {
    expect(s.cleanFlagged.length, s.cleanFlagged.join(', ')).toBeLessThanOrEqual(Math.floor(s.cleanDrafts / 10));
  });

  test('the language is right on every draft', () => {
    expect(s.lang.wrong).toEqual([]);
  });

  test('the scenario is right on at least 70% (80% on dev)', () => {
    const floor = path === DEV_CORPUS_PATH ? 0.8 : 0.7;
    expect(s.scenario.correct / s.scenario.total).toBeGreaterThanOrEqual(floor);
  });
});
