// Every pattern with a plan (phrase-plan.ts) matched in one pass over a text's word runs.
//
// Why: matched one pattern at a time, each pattern walked the runs of its first words and asked
// its plan at every one, yet at most of them the next word fits none of its phrases. Common first
// words ("kami", "we") start phrases of dozens of patterns, so one run was asked about dozens of
// times. Here a run looks up once, by its word and the next one, which patterns have alternatives
// that may stand there (the ones the plan itself would pick, `alternativesAt`, in its order), and
// only those are tried. The lookup and the alternatives of plain lists live in one typed array
// (plan-table.ts): an analysis touches them once, cold, and objects cost a cache miss each.
import { draft } from './draft-index';
import { alternativesAt, gapIs, planEndOf, tailEnd, type Plan } from './phrase-plan';
import { filing, pairSlot, planTable, type PlanTable } from './plan-table';
import { runsWith } from './index-runs';
import type { TextIndex } from './word-index';

/**
 * Plan matches of the filed patterns in one text: per slot, start and end of each, in order of
 * start; slots from `covered` on (filed after the table was laid out) are found when asked.
 */
export type PlanHits = { version: number; covered: number; bySlot: (number[] | undefined)[] };

const NONE: readonly number[] = [];

/** The plan matches (start, end, start…) of pattern `slot` in `index`'s text. */
export function planHitsOf(index: TextIndex, slot: number): readonly number[] {
  let hits = index.planHits;
  if (!hits || hits.version !== filing.version) hits = index.planHits = planHits(index);
  if (slot < hits.covered) return hits.bySlot[slot] ?? NONE;
  return (hits.bySlot[slot] ??= hitsOf(index, filing.plans[slot]!));
}

let triedScratch = new Int32Array(0);

/** The plan matches of every pattern in the table, in one pass over `index`'s runs. */
function planHits(index: TextIndex): PlanHits {
  const table = planTable(draft.stamp);
  const { runKeys, runStarts } = index;
  const { data, singlesAt, pairs, pairMask } = table;
  const count = runKeys.length;
  const bySlot: (number[] | undefined)[] = new Array(filing.slots);
  // The run at which each slot was last tried through a pair, so its one-word alternatives are not
  // tried again (reused from pass to pass: a typed array allocated costs about a microsecond).
  if (triedScratch.length < table.slots) triedScratch = new Int32Array(table.slots * 2);
  const tried = triedScratch.fill(-1, 0, table.slots);
  const hit = (slot: number, run: number, end: number) => {
    const found = bySlot[slot];
    if (found) found.push(runStarts[run]!, end);
    else bySlot[slot] = [runStarts[run]!, end];
  };
  for (let run = 0; run < count; run++) {
    const key = runKeys[run]!;
    if (key < 0 || key >= singlesAt.length) continue;
    const singles = singlesAt[key]!;
    if (singles === -2) continue;
    const next = run + 1 < count ? runKeys[run + 1]! : -1;
    let paired = -1;
    // Open addressing, four numbers a slot: first word, second word, entry list.
    if (next >= 0) {
      for (let p = pairSlot(key, next, pairMask); pairs[p] !== -1; p = (p + 4) & pairMask) {
        if (pairs[p] === key && pairs[p + 1] === next) {
          paired = pairs[p + 2]!;
          break;
        }
      }
    }
    if (paired >= 0) {
      for (let e = paired + 1, last = paired + 1 + 2 * data[paired]!; e < last; e += 2) {
        tried[data[e]!] = run;
        const end = entryEnd(index, table, data[e + 1]!, run);
        if (end >= 0) hit(data[e]!, run, end);
      }
    }
    if (singles >= 0) {
      for (let e = singles + 1, last = singles + 1 + 2 * data[singles]!; e < last; e += 2) {
        if (tried[data[e]!] === run) continue;
        const end = entryEnd(index, table, data[e + 1]!, run);
        if (end >= 0) hit(data[e]!, run, end);
      }
    }
  }
  return { version: filing.version, covered: table.slots, bySlot };
}

/** End of the first of an entry's alternatives (`heads`, see PlanTable) standing at `run`; -1 when none. */
function entryEnd(index: TextIndex, table: PlanTable, heads: number, run: number): number {
  if (heads < 0) {
    const entry = table.composed[-heads - 1]!;
    return planEndOf(index, entry.plan, entry.heads, run);
  }
  const { data, gaps, tails } = table;
  const { runKeys, runEnds } = index;
  for (let h = heads + 1, hEnd = heads + 1 + data[heads]!; h < hEnd; h++) {
    const a = data[h]!;
    const words = data[a]!;
    const last = run + words - 1;
    if (last >= runKeys.length) continue;
    let fits = true;
    for (let k = 1; k < words && fits; k++) fits = runKeys[run + k] === data[a + 1 + k] && gapIs(index, run + k - 1, gaps[data[a + words + k]!]!);
    if (!fits) continue;
    const tail = data[a + 1]!;
    const end = tail === 0 ? runEnds[last]! : tailEnd(index, tails[tail]!, runEnds[last]!, last + 1);
    if (end >= 0) return end;
  }
  return -1;
}

/** One plan's matches, at the runs of its first words: for patterns filed since the table was laid out. */
function hitsOf(index: TextIndex, plan: Plan): number[] {
  const found: [number, number][] = [];
  for (const [key, branch] of plan.heads.byFirst) {
    for (const run of runsWith(index, key)) {
      const end = planEndOf(index, plan, alternativesAt(index, branch, run), run);
      if (end >= 0) found.push([index.runStarts[run]!, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]).flat();
}
