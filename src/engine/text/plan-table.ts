// The patterns with a plan, filed by first word for plan-pass.ts, and the same laid out flat.
//
// Why flat: one analysis asks about a few hundred word pairs and alternatives, each once, after
// the rest of the analysis pushed them out of the cache; as objects (maps, arrays, alternatives)
// each step was a cache miss. In one typed array the steps for a run lie close together.
import type { Alternative, Branch, Plan } from './phrase-plan';
import { draft } from './draft-index';
import { registry } from './word-registry';

/** A pattern (by slot) with the alternatives it tries at a run, for a composed pattern's plan. */
export type ComposedEntry = { plan: Plan; heads: readonly Alternative[] };

type Filed = { slot: number; plan: Plan; branch: Branch };

export const filing = {
  generation: -1,
  /** Changes whenever a pattern is filed: hits found before lack it. */
  version: 0,
  slots: 0,
  /** Per first word: the patterns with alternatives starting with it, in filing order. */
  byFirst: [] as (Filed[] | undefined)[],
  /** Per slot: the pattern's plan. */
  plans: [] as Plan[],
  /** The analysis (`draft.stamp`) that last filed a pattern. */
  filedIn: -1,
};

/** Files a pattern's plan (bound: `bindPlan`) under its first words, for the registry's current generation; returns its slot. */
export function filePlan(plan: Plan): number {
  if (filing.generation !== registry.generation) {
    // Keys of an older generation mean nothing now: its patterns file themselves again when used.
    filing.generation = registry.generation;
    filing.slots = 0;
    filing.byFirst = [];
    filing.plans = [];
  }
  filing.plans.push(plan);
  filing.filedIn = draft.stamp;
  const slot = filing.slots++;
  filing.version++;
  for (const [key, branch] of plan.heads.byFirst) (filing.byFirst[key] ??= []).push({ slot, plan, branch });
  return slot;
}

/**
 * The filing laid out flat. `data` holds entry lists ([count, (slot, heads)…]: heads the offset
 * of a plain list's alternatives [count, offset…], or -(i + 1) for `composed[i]`) and plain
 * alternatives ([words, tail, keys after the first…, gaps…]; gap and tail by index in `gaps` and
 * `tails`, tail 0 none). Per first word, `singlesAt` has the patterns with one-word alternatives
 * there (-1 none; -2 not a first word), tried unless the pair has them; `pairs` (four numbers a
 * slot: first, second, entry list, 0; first -1 when free) the patterns with alternatives for a
 * second word. Listing each pattern once, not under every pair, keeps the table as small as the
 * patterns: settings may file hundreds of lists starting with the same word.
 */
export type PlanTable = {
  generation: number;
  version: number;
  /** The analysis (`draft.stamp`) it was laid out in. */
  stamp: number;
  slots: number;
  data: Int32Array;
  singlesAt: Int32Array;
  /** Per first word, bit (k & 31) set for each second word k a pair has: most pairs are ruled out before `pairs` is read. */
  secondsSeen: Int32Array;
  pairs: Int32Array;
  pairMask: number;
  gaps: string[];
  tails: string[];
  composed: ComposedEntry[];
};

let table: PlanTable | null = null;

/** Where the pair (first, next) is looked for first in `pairs`. */
export function pairSlot(first: number, next: number, mask: number): number {
  return ((Math.imul(first, 0x9e3779b1) ^ Math.imul(next, 0x85ebca6b)) << 2) & mask;
}

/**
 * The flat table of the filing, laid out again after a filing, at most once per analysis
 * (`stamp`) and not in one that files patterns: the first analyses file them one after another,
 * and laying out the table after each cost more than the pass saved. Slots filed since are
 * matched one by one (plan-pass.ts).
 */
export function planTable(stamp: number): PlanTable {
  if (table && table.generation === filing.generation && (table.version === filing.version || table.stamp === stamp)) return table;
  const filed = filing.filedIn === stamp ? [] : filing.byFirst;
  const data: number[] = [];
  const gaps = [' '];
  const tails = [''];
  const composed: ComposedEntry[] = [];
  const alternativeAt = new Map<Alternative, number>();
  const indexIn = (strings: string[], s: string) => {
    const found = strings.indexOf(s);
    return found >= 0 ? found : strings.push(s) - 1;
  };
  const headsOffset = (plan: Plan, heads: readonly Alternative[]): number => {
    if (plan.tails) return -(composed.push({ plan, heads }) - 1) - 1;
    const offsets = heads.map((a) => {
      let offset = alternativeAt.get(a);
      if (offset === undefined) {
        alternativeAt.set(a, (offset = data.length));
        data.push(a.keys.length, a.tail === '' ? 0 : indexIn(tails, a.tail), ...a.keys.slice(1), ...a.gaps.map((g) => indexIn(gaps, g)));
      }
      return offset;
    });
    data.push(heads.length, ...offsets);
    return data.length - offsets.length - 1;
  };
  const entryList = (entries: { slot: number; plan: Plan; heads: readonly Alternative[] }[]): number => {
    if (entries.length === 0) return -1;
    const fields = entries.flatMap((e) => [e.slot, headsOffset(e.plan, e.heads)]);
    data.push(entries.length, ...fields);
    return data.length - fields.length - 1;
  };
  const singlesAt = new Int32Array(filed.length).fill(-2);
  const secondsSeen = new Int32Array(filed.length);
  const pairList: [number, number, number][] = [];
  filed.forEach((filed, first) => {
    if (!filed) return;
    singlesAt[first] = entryList(filed.filter((f) => f.branch.single.length > 0).map((f) => ({ slot: f.slot, plan: f.plan, heads: f.branch.single })));
    const seconds = new Set<number>();
    for (const f of filed) for (const next of f.branch.byNext.keys()) seconds.add(next);
    for (const next of seconds) {
      secondsSeen[first]! |= 1 << (next & 31);
      const entries = filed.filter((f) => f.branch.byNext.has(next)).map((f) => ({ slot: f.slot, plan: f.plan, heads: f.branch.byNext.get(next)! }));
      pairList.push([first, next, entryList(entries)]);
    }
  });
  let size = 16;
  while (size < pairList.length * 2) size *= 2;
  const pairs = new Int32Array(size * 4).fill(-1);
  const pairMask = size * 4 - 1;
  for (const [first, next, list] of pairList) {
    let p = pairSlot(first, next, pairMask);
    while (pairs[p] !== -1) p = (p + 4) & pairMask;
    pairs.set([first, next, list, 0], p);
  }
  table = { generation: filing.generation, version: filing.version, stamp, slots: filed.length > 0 ? filing.slots : 0, data: Int32Array.from(data), singlesAt, secondsSeen, pairs, pairMask, gaps, tails, composed };
  return table;
}
