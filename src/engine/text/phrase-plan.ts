// Phrase patterns matched word by word instead of by regular expression.
//
// V8 runs one hot regex in ~150 ns, but the matcher holds hundreds of patterns (a sticky one per
// list and first word), each run a few times per draft: switching between their machine code cost
// ~1.5 µs per run, a third of the analysis. The patterns built from phrase lists have a simple
// shape (`listSource`, and head + fillers + tail in find.ts `composed`), which a plan below
// follows over the draft's word runs, trying alternatives in the regex's own order and keeping
// the first that fits, as the regex's backtracking does. A pattern whose phrases the plan cannot
// follow exactly (one starting with punctuation, letters whose case folds oddly) has no plan and
// keeps its regex. tests/engine/fast-paths.test.ts compares both on random text.

/**
 * One alternative as word runs see it: lower-case words, the gaps between them, then punctuation
 * after the last; and the words' registry keys (`bindPlan`), which the draft's runs carry too.
 */
export type Alternative = { words: readonly string[]; gaps: readonly string[]; tail: string; keys: number[] };

/**
 * A pattern's alternatives with one first word, in the pattern's order: per second word's key,
 * those with that second word and those of one word only; and those of one word only.
 */
export type Branch = { byNext: Map<number, Alternative[]>; single: Alternative[] };

/** A pattern's alternatives in its order, and (once bound) filed by first word's key. */
export type Family = { alternatives: Alternative[]; byFirst: Map<number, Branch> };

/** `heads` alone (a list), or heads, then up to `gap` fillers, then a tail, spaces between. */
export type Plan = { heads: Family; fillers: Family | null; tails: Family | null; gap: number };

/**
 * What the plan reads of a text: its word runs, each with the registry key of its lower-case
 * word (-1 when no phrase holds that word); the gaps between them are read in the text.
 */
export type Runs = {
  text: string;
  runStarts: Int32Array;
  runEnds: Int32Array;
  runKeys: Int32Array;
};

const WORD = /[\p{L}\p{N}_]/u;
// As in word-index.ts: characters whose case-insensitive match differs from toLowerCase.
const FOLDS_APART =
  /[\u00b5\u0130\u0131\u0149\u017f\u01f0\u0345\u0390\u03a3\u03b0\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0587\u1c80-\u1c88\u1e96-\u1e9b\u1f50\u1f52\u1f54\u1f56\u1f80-\u1faf\u1fb2-\u1fb4\u1fb6\u1fb7\u1fbc\u1fbe\u1fc2-\u1fc4\u1fc6\u1fc7\u1fcc\u1fd2\u1fd3\u1fd6\u1fd7\u1fe2-\u1fe4\u1fe6\u1fe7\u1ff2-\u1ff4\u1ff6\u1ff7\u1ffc\ufb00-\ufb06\ufb13-\ufb17]/;

const isSpaceCode = (code: number) => (code >= 9 && code <= 13) || code === 32 || (code > 127 && /\s/.test(String.fromCharCode(code)));

/** A gap as a phrase pattern sees it: a run of spaces is one space, ’ is '. */
export function normalizeGap(gap: string): string {
  let out = '';
  let inSpace = false;
  for (let i = 0; i < gap.length; i++) {
    const code = gap.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (!inSpace) out += ' ';
      inSpace = true;
      continue;
    }
    inSpace = false;
    out += code === 0x2019 ? "'" : gap[i];
  }
  return out;
}

/** Splits a phrase into words and gaps; null when a plan could not match it exactly. */
function alternativeOf(phrase: string): Alternative | null {
  const p = phrase.trim();
  if (p === '' || FOLDS_APART.test(p)) return null;
  const chars = Array.from(p);
  if (!WORD.test(chars[0]!)) return null;
  const words: string[] = [];
  const gaps: string[] = [];
  let i = 0;
  let tail = '';
  while (i < chars.length) {
    let word = '';
    while (i < chars.length && WORD.test(chars[i]!)) word += chars[i++];
    words.push(word.toLowerCase());
    let gap = '';
    while (i < chars.length && !WORD.test(chars[i]!)) {
      // Punctuation with a case of its own (Ⓐ) would match its other case: leave it to the regex.
      if (chars[i]!.toLowerCase() !== chars[i] || chars[i]!.toUpperCase() !== chars[i]) return null;
      gap += chars[i++];
    }
    if (i < chars.length) gaps.push(normalizeGap(gap));
    else tail = normalizeGap(gap);
  }
  return { words, gaps, tail, keys: [] };
}

/** The family of `phrases` in the order a regex alternation tries them: longest first, else as listed. */
export function familyOf(phrases: readonly string[], allowTail: boolean): Family | null {
  const alternatives: Alternative[] = [];
  for (const phrase of [...phrases].sort((a, b) => b.length - a.length)) {
    const alternative = alternativeOf(phrase);
    if (!alternative || (alternative.tail !== '' && !allowTail)) return null;
    alternatives.push(alternative);
  }
  return { alternatives, byFirst: new Map() };
}

/** Every word of the plan's phrases, for the registry. */
export function planWords(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const family of [plan.heads, plan.fillers, plan.tails]) for (const a of family?.alternatives ?? []) for (const w of a.words) out.add(w);
  return out;
}

/** Gives every word of the plan its registry key (`keyOf`) and files the alternatives by them. */
export function bindPlan(plan: Plan, keyOf: (word: string) => number): void {
  for (const family of [plan.heads, plan.fillers, plan.tails]) if (family) bindFamily(family, keyOf);
}

function bindFamily(family: Family, keyOf: (word: string) => number): void {
  const byFirst = new Map<number, Alternative[]>();
  for (const a of family.alternatives) {
    a.keys = a.words.map(keyOf);
    const list = byFirst.get(a.keys[0]!);
    if (list) list.push(a);
    else byFirst.set(a.keys[0]!, [a]);
  }
  family.byFirst = new Map();
  for (const [first, all] of byFirst) {
    // Each second-word list keeps the one-word alternatives too, where they stood.
    const byNext = new Map<number, Alternative[]>();
    for (const a of all) if (a.keys.length > 1) byNext.set(a.keys[1]!, []);
    for (const [next, list] of byNext) for (const a of all) if (a.keys.length === 1 || a.keys[1] === next) list.push(a);
    family.byFirst.set(first, { byNext, single: all.filter((a) => a.keys.length === 1) });
  }
}

/** The alternatives of `branch` that may stand at `run`: the next run's word picks them. */
export function alternativesAt(runs: Runs, branch: Branch, run: number): Alternative[] {
  if (run + 1 >= runs.runStarts.length) return branch.single;
  return branch.byNext.get(runs.runKeys[run + 1]!) ?? branch.single;
}

/**
 * True when the gap after `run` (the caller makes sure there is a next run) reads as `gap` once
 * normalized (`normalizeGap`), compared in place: no gap is sliced.
 */
export function gapIs(runs: Runs, run: number, gap: string): boolean {
  const text = runs.text;
  let i = runs.runEnds[run]!;
  const to = runs.runStarts[run + 1]!;
  // The usual single space, at once.
  if (to - i === 1 && gap === ' ' && text.charCodeAt(i) === 32) return true;
  let k = 0;
  while (i < to) {
    const code = text.charCodeAt(i);
    if (isSpaceCode(code)) {
      if (gap.charCodeAt(k++) !== 32) return false;
      while (i < to && isSpaceCode(text.charCodeAt(i))) i++;
      continue;
    }
    if (gap.charCodeAt(k++) !== (code === 0x2019 ? 0x27 : code)) return false;
    i++;
  }
  return k === gap.length;
}

/** Normalized gap between a run and the next (the caller makes sure there is a next). */
export function gapAfter(runs: Runs, run: number): string {
  const from = runs.runEnds[run]!;
  const to = runs.runStarts[run + 1]!;
  return to - from === 1 && runs.text.charCodeAt(from) === 32 ? ' ' : normalizeGap(runs.text.slice(from, to));
}

/** The run holding the last word of `alternative` when its words stand from `run` on; -1 when not. */
function lastRunOf(runs: Runs, alternative: Alternative, run: number): number {
  const keys = alternative.keys;
  const last = run + keys.length - 1;
  if (last >= runs.runStarts.length) return -1;
  for (let k = 1; k < keys.length; k++) {
    if (runs.runKeys[run + k] !== keys[k] || !gapIs(runs, run + k - 1, alternative.gaps[k - 1]!)) return -1;
  }
  return last;
}

/**
 * End of `tail` (punctuation, one space standing for any run of spaces, ' for ' or ’) read from
 * `at`, followed by no word character; -1 when it does not stand there.
 */
export function tailEnd(runs: Runs, tail: string, at: number, nextRun: number): number {
  const text = runs.text;
  let i = at;
  for (let k = 0; k < tail.length; k++) {
    const want = tail.charCodeAt(k);
    const code = text.charCodeAt(i);
    if (want === 32) {
      if (i >= text.length || !isSpaceCode(code)) return -1;
      while (i < text.length && isSpaceCode(text.charCodeAt(i))) i++;
    } else if (want === 0x27 ? code === 0x27 || code === 0x2019 : code === want && i < text.length) i++;
    else return -1;
  }
  // Only non-word characters lie between runs: the boundary holds unless the next run starts here.
  return nextRun < runs.runStarts.length && runs.runStarts[nextRun] === i ? -1 : i;
}

/** End of the first of `heads` (alternatives of `plan` whose first word stands at `run`) standing there; -1 when none. */
export function planEndOf(runs: Runs, plan: Plan, heads: readonly Alternative[], run: number): number {
  for (let h = 0; h < heads.length; h++) {
    const head = heads[h]!;
    const last = lastRunOf(runs, head, run);
    if (last < 0) continue;
    if (!plan.tails) {
      if (head.tail === '') return runs.runEnds[last]!;
      const end = tailEnd(runs, head.tail, runs.runEnds[last]!, last + 1);
      if (end >= 0) return end;
      continue;
    }
    const end = composedRest(runs, plan, last, 0);
    if (end >= 0) return end;
  }
  return -1;
}

/**
 * After the word at `last`: `\s+` and a filler (greedy, up to `plan.gap` of them, each tried in
 * order and undone when what follows fails), then `\s+` and a tail; the regex's backtracking order.
 */
function composedRest(runs: Runs, plan: Plan, last: number, used: number): number {
  const next = last + 1;
  if (next >= runs.runStarts.length || !gapIs(runs, last, ' ')) return -1;
  const word = runs.runKeys[next]!;
  if (used < plan.gap) {
    const fillers = plan.fillers!.byFirst.get(word);
    if (fillers) {
      for (const filler of alternativesAt(runs, fillers, next)) {
        const end = lastRunOf(runs, filler, next);
        if (end < 0) continue;
        const found = composedRest(runs, plan, end, used + 1);
        if (found >= 0) return found;
      }
    }
  }
  const tails = plan.tails!.byFirst.get(word);
  if (tails) {
    for (const tail of alternativesAt(runs, tails, next)) {
      const end = lastRunOf(runs, tail, next);
      if (end >= 0) return runs.runEnds[end]!;
    }
  }
  return -1;
}
