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
import { ints } from './int-slab';
import { alternativesAt, gapIs, planEndOf, tailEnd, type Plan } from './phrase-plan';
import { filing, pairSlot, planTable, type PlanTable } from './plan-table';
import { runsByKeys } from './index-runs';
import type { TextIndex } from './word-index';

/**
 * Plan matches of the filed patterns in one text: start and end of each (`hits`), grouped by slot
 * and in order of start within one: slot s's are `hits[2 * slotStarts[s], 2 * slotStarts[s + 1])`.
 * Slots from `covered` on (filed after the table was laid out) are found when asked (`late`).
 */
export type PlanHits = { version: number; covered: number; hits: Int32Array; slotStarts: Int32Array; late: (number[] | undefined)[] };

/** The plan hits of `index`'s text, found in one pass on first use. */
export function planHitsOf(index: TextIndex): PlanHits {
  let hits = index.planHits;
  if (!hits || hits.version !== filing.version) hits = index.planHits = planHits(index);
  return hits;
}

/** The plan matches of a slot filed after the pass (`PlanHits.late`): start, end, start… */
export function lateHitsOf(index: TextIndex, hits: PlanHits, slot: number): readonly number[] {
  return (hits.late[slot] ??= hitsOf(index, filing.plans[slot]!));
}

// Reused from pass to pass (a typed array allocated costs about a microsecond): the run at which
// each slot was last tried through a pair, and the hits as found (slot, start, end…, in run order).
let triedScratch = new Int32Array(0);
let foundScratch = new Int32Array(768);
let foundLength = 0;

function record(slot: number, start: number, end: number): void {
  if (foundLength + 3 > foundScratch.length) {
    const more = new Int32Array(foundScratch.length * 2);
    more.set(foundScratch);
    foundScratch = more;
  }
  foundScratch[foundLength] = slot;
  foundScratch[foundLength + 1] = start;
  foundScratch[foundLength + 2] = end;
  foundLength += 3;
}

/** The plan matches of every pattern in the table, in one pass over `index`'s runs. */
function planHits(index: TextIndex): PlanHits {
  const table = planTable(draft.stamp);
  const { runKeys, runStarts } = index;
  const { data, singlesAt, secondsSeen, pairs, pairMask } = table;
  const count = runKeys.length;
  // The run at which each slot was last tried through a pair, so its one-word alternatives are not tried again.
  if (triedScratch.length < table.slots) triedScratch = new Int32Array(table.slots * 2);
  const tried = triedScratch.fill(-1, 0, table.slots);
  foundLength = 0;
  for (let run = 0; run < count; run++) {
    const key = runKeys[run]!;
    if (key < 0 || key >= singlesAt.length) continue;
    const singles = singlesAt[key]!;
    if (singles === -2) continue;
    const next = run + 1 < count ? runKeys[run + 1]! : -1;
    let paired = -1;
    // Open addressing, four numbers a slot: first word, second word, entry list.
    if (next >= 0 && ((secondsSeen[key]! >>> (next & 31)) & 1) !== 0) {
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
        if (end >= 0) record(data[e]!, runStarts[run]!, end);
      }
    }
    if (singles >= 0) {
      for (let e = singles + 1, last = singles + 1 + 2 * data[singles]!; e < last; e += 2) {
        if (tried[data[e]!] === run) continue;
        const end = entryEnd(index, table, data[e + 1]!, run);
        if (end >= 0) record(data[e]!, runStarts[run]!, end);
      }
    }
  }
  const found = foundScratch;
  const length = foundLength;
  // Grouped by slot, each slot's in run order (a counting sort), in one buffer.
  const slots = table.slots;
  const size = (2 * length) / 3 + slots + 1;
  const buffer = index.pooled ? ints(size) : new Int32Array(size);
  const slotStarts = buffer.subarray(0, slots + 1);
  const hits = buffer.subarray(slots + 1);
  for (let f = 0; f < length; f += 3) slotStarts[found[f]! + 1]!++;
  for (let s = 1; s <= slots; s++) slotStarts[s]! += slotStarts[s - 1]!;
  // Each slot's next place, from its start on: slotStarts[s] ends as slot s's end, then shifts back.
  for (let f = 0; f < length; f += 3) {
    const at = 2 * slotStarts[found[f]!]!++;
    hits[at] = found[f + 1]!;
    hits[at + 1] = found[f + 2]!;
  }
  for (let s = slots; s > 0; s--) slotStarts[s] = slotStarts[s - 1]!;
  slotStarts[0] = 0;
  return { version: filing.version, covered: slots, hits, slotStarts, late: [] };
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
    for (const run of runsByKeys(index, [key])) {
      const end = planEndOf(index, plan, alternativesAt(index, branch, run), run);
      if (end >= 0) found.push([index.runStarts[run]!, end]);
    }
  }
  return found.sort((a, b) => a[0] - b[0]).flat();
}
