// Which lines changed between two drafts (Myers' O(ND) diff on whole lines). Fix-all and Undo
// turn a draft into another; when a fix removes or adds a line, the edits must still touch only
// the lines that changed — one edit spanning a whole 100,000-character draft would rewrite it,
// formatting and all, and take seconds in the editor.

/** A run of old lines [aStart, aEnd) replaced by new lines [bStart, bEnd); at least one is non-empty. */
export type Hunk = { aStart: number; aEnd: number; bStart: number; bEnd: number };

/**
 * The changed runs between `a` and `b`, in order: the fewest when they differ in at most
 * `maxChanges` lines, else found by a bounded look-ahead (fix-all's changes are local).
 */
export function lineHunks(a: readonly string[], b: readonly string[], maxChanges = 500): Hunk[] {
  return fewestHunks(a, b, maxChanges) ?? nearbyHunks(a, b);
}

/** Myers' diff, or null beyond `maxChanges` (its memory grows with the square of the changes). */
export function fewestHunks(a: readonly string[], b: readonly string[], maxChanges: number): Hunk[] | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, maxChanges);
  const offset = max + 1;
  // v[k + offset]: the furthest x on diagonal k; one snapshot per d for the way back.
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      const down = k === -d || (k !== d && v[k - 1 + offset]! < v[k + 1 + offset]!);
      let x = down ? v[k + 1 + offset]! : v[k - 1 + offset]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) x++, y++;
      next[k + offset] = x;
      if (x >= n && y >= m) return hunksFrom(backtrack(trace, n, m, d, offset), n, m);
    }
    v = next;
  }
  return null;
}

/** The matched line pairs (x, y), first to last, from the saved diagonals. */
function backtrack(trace: Int32Array[], n: number, m: number, dEnd: number, offset: number): [number, number][] {
  const pairs: [number, number][] = [];
  let x = n;
  let y = m;
  for (let d = dEnd; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && v[k - 1 + offset]! < v[k + 1 + offset]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = v[prevK + offset]!;
    const prevY = prevX - prevK;
    const startX = down ? prevX : prevX + 1;
    // The snake after the step: equal lines.
    while (x > startX && y > startX - k) pairs.push([--x, --y]);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) pairs.push([--x, --y]);
  return pairs.reverse();
}

function hunksFrom(pairs: [number, number][], n: number, m: number): Hunk[] {
  const hunks: Hunk[] = [];
  let x = 0;
  let y = 0;
  // The end of both texts acts as one last matched pair.
  for (const [px, py] of [...pairs, [n, m] as [number, number]]) {
    if (px > x || py > y) hunks.push({ aStart: x, aEnd: px, bStart: y, bEnd: py });
    x = px + 1;
    y = py + 1;
  }
  return hunks;
}

/** How far ahead a changed run may end, in lines on each side, for the look-ahead diff. */
const LOOK_AHEAD = 8;

/**
 * A changed run ends at the nearest pair of equal lines within LOOK_AHEAD (an in-place change
 * preferred); with none, the two lines are taken as one changed line. Linear in the lines.
 */
export function nearbyHunks(a: readonly string[], b: readonly string[]): Hunk[] {
  const hunks: Hunk[] = [];
  const add = (h: Hunk) => {
    const last = hunks.at(-1);
    if (last && last.aEnd === h.aStart && last.bEnd === h.bStart) hunks[hunks.length - 1] = { ...last, aEnd: h.aEnd, bEnd: h.bEnd };
    else hunks.push(h);
  };
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++, j++;
      continue;
    }
    const [di, dj] = resync(a, b, i, j) ?? [1, 1];
    add({ aStart: i, aEnd: i + di, bStart: j, bEnd: j + dj });
    i += di;
    j += dj;
  }
  if (i < a.length || j < b.length) add({ aStart: i, aEnd: a.length, bStart: j, bEnd: b.length });
  return hunks;
}

/** The nearest (di, dj) where a[i + di] equals b[j + dj] and the lines after agree too. */
function resync(a: readonly string[], b: readonly string[], i: number, j: number): [number, number] | null {
  for (let sum = 1; sum <= 2 * LOOK_AHEAD; sum++) {
    // Balanced steps first: a line changed in place is likelier than one added and one removed.
    const half = sum >> 1;
    for (let step = 0; step <= sum; step++) {
      const di = step % 2 === 0 ? half + step / 2 : half - (step + 1) / 2;
      const dj = sum - di;
      if (di < 0 || dj < 0 || di > LOOK_AHEAD || dj > LOOK_AHEAD) continue;
      if (i + di >= a.length || j + dj >= b.length) continue;
      // Two equal lines in a row, or one non-blank: a lone blank line is no anchor.
      if (a[i + di] === b[j + dj] && (a[i + di] !== '' || a[i + di + 1] === b[j + dj + 1])) return [di, dj];
    }
  }
  return null;
}
