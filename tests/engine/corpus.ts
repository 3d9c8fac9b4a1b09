// The labeled dev corpus (../shared/corpus/dev.jsonl, rules in LABELS.md), read once for the
// engine tests that run over every draft.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CorePrinciple, Lang, Scenario } from '../../src/engine';

export type CorpusDraft = {
  id: string;
  lang: Lang;
  scenario: Scenario;
  business_in_right: boolean | null;
  subject: string;
  body: string;
  expect: Record<CorePrinciple, boolean>;
  must_keep: string[];
  notes: string;
};

// Tests run from the repository root (vitest's root); happy-dom gives import.meta.url an http: scheme.
export const DEV_CORPUS_PATH = resolve(process.cwd(), '../shared/corpus/dev.jsonl');

export function loadCorpus(path = DEV_CORPUS_PATH): CorpusDraft[] {
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      try {
        return JSON.parse(line) as CorpusDraft;
      } catch {
        throw new Error(`${path}: line ${index + 1} is not JSON`);
      }
    });
}

let dev: CorpusDraft[] | undefined;

export function devCorpus(): CorpusDraft[] {
  dev ??= loadCorpus();
  return dev;
}
