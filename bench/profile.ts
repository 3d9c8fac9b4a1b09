// Where analyze spends its time: the shared context (segmenting, layout, understanding), the
// scenario inference and each rule on its own. Bundled with the engine by bench/engine.mjs.
import { analyze } from '../src/engine/analyze';
import { baseContext } from '../src/engine/context';
import { detectLang } from '../src/engine/lang';
import { rules } from '../src/engine/rules/registry';
import { inferInRight, inferScenario } from '../src/engine/scenario';
import type { Lang } from '../src/engine/types';

export { analyze };

export type Stage = { stage: string; ms: number };

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function timeIt(fn: () => unknown, runs: number): number {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

/** Median time of each stage of one analysis of `text`. */
export function profile(text: string, lang: Lang, runs = 15): Stage[] {
  const input = { text, subject: '', recipientName: undefined, lang, uiLang: lang, settings: {} };
  const base = baseContext(input);
  const scenario = inferScenario(base);
  const ctx = { ...base, scenario, inRight: inferInRight(base, scenario) };
  const stages: Stage[] = [
    { stage: 'detectLang', ms: timeIt(() => detectLang(text), runs) },
    { stage: 'context (segment, layout, understand)', ms: timeIt(() => baseContext(input), runs) },
    { stage: 'scenario', ms: timeIt(() => inferScenario(base), runs) },
  ];
  for (const rule of rules) {
    if (!rule.languages.includes(lang)) continue;
    stages.push({ stage: `rule ${rule.id}`, ms: timeIt(() => rule.check(ctx), runs) });
  }
  return stages;
}
