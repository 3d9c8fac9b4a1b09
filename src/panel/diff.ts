// Word diff for the fix-all preview: the user sees what fix-all will add and remove before it
// touches the draft. A token is a word or a punctuation mark with the spaces after it: a changed
// comma does not mark its whole word as changed, and spaces never "match" across unrelated words.
// The line diff is the content script's (pure: no DOM, no extension API).
import { lineHunks } from '../content/line-diff';

export type DiffPart = { kind: 'same' | 'ins' | 'del'; text: string };

/** Beyond this many token pairs the LCS table costs too much: the lines are matched first. */
const MAX_CELLS = 4_000_000;

export function tokenize(text: string): string[] {
  return text.match(/^\s+|[\p{L}\p{N}\p{M}'’_-]+\s*|[^\s\p{L}\p{N}\p{M}]\s*/gu) ?? [];
}

/** Drafts longer than this are matched line by line first, without tokenizing them whole. */
const LONG_CHARS = 20_000;

export function wordDiff(before: string, after: string): DiffPart[] {
  const steps = wordDiffSteps(before, after);
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The same diff as steps: it pauses after each changed run of lines of a long draft, so the
 * content script can make a 100,000-character preview in the background, a few runs per task.
 */
export function* wordDiffSteps(before: string, after: string): Generator<void, DiffPart[]> {
  if (before.length + after.length > LONG_CHARS) return orderChanges(merged(yield* byLines(before, after)));
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;

  const parts: DiffPart[] = [];
  const push = (kind: DiffPart['kind'], text: string) => {
    if (!text) return;
    const last = parts[parts.length - 1];
    if (last && last.kind === kind) last.text += text;
    else parts.push({ kind, text });
  };
  for (const token of a.slice(0, head)) push('same', token);
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const middle = midA.length * midB.length > MAX_CELLS ? yield* byLines(midA.join(''), midB.join('')) : lcsDiff(midA, midB);
  for (const part of middle) push(part.kind, part.text);
  for (const token of a.slice(a.length - tail)) push('same', token);
  return orderChanges(parts);
}

/**
 * A long draft (fix-all of 100,000 characters): the lines that stayed the same are matched first,
 * then each changed run of lines is diffed word by word, so the preview marks only what changes.
 */
function* byLines(before: string, after: string): Generator<void, DiffPart[]> {
  const a = before.split(/(?<=\n)/);
  const b = after.split(/(?<=\n)/);
  const out: DiffPart[] = [];
  let x = 0;
  const hunks = lineHunks(a, b);
  yield;
  for (const h of hunks) {
    if (h.aStart > x) out.push({ kind: 'same', text: a.slice(x, h.aStart).join('') });
    const ta = tokenize(a.slice(h.aStart, h.aEnd).join(''));
    const tb = tokenize(b.slice(h.bStart, h.bEnd).join(''));
    if (ta.length * tb.length <= MAX_CELLS) out.push(...lcsDiff(ta, tb));
    else out.push({ kind: 'del', text: ta.join('') }, { kind: 'ins', text: tb.join('') });
    x = h.aEnd;
    yield;
  }
  if (x < a.length) out.push({ kind: 'same', text: a.slice(x).join('') });
  return out;
}

/** Tokens match on their word; a change in the spaces after it is shown apart from the word. */
const keyOf = (token: string) => token.trimEnd() || token;

function lcsDiff(a: string[], b: string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  const ka = a.map(keyOf);
  const kb = b.map(keyOf);
  // lengths[i][j] = LCS of a[i..] and b[j..], flattened.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  const at = (i: number, j: number) => lengths[i * (m + 1) + j]!;
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] = ka[i] === kb[j] ? at(i + 1, j + 1) + 1 : Math.max(at(i + 1, j), at(i, j + 1));
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (ka[i] === kb[j]) {
      const key = ka[i]!;
      if (a[i] === b[j]) out.push({ kind: 'same', text: a[i]! });
      else out.push({ kind: 'same', text: key }, { kind: 'del', text: a[i]!.slice(key.length) }, { kind: 'ins', text: b[j]!.slice(key.length) });
      i++;
      j++;
    } else if (at(i + 1, j) >= at(i, j + 1)) out.push({ kind: 'del', text: a[i++]! });
    else out.push({ kind: 'ins', text: b[j++]! });
  }
  while (i < n) out.push({ kind: 'del', text: a[i++]! });
  while (j < m) out.push({ kind: 'ins', text: b[j++]! });
  return out;
}

/** Neighbouring parts of one kind as one. */
function merged(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && last.kind === part.kind) last.text += part.text;
    else if (part.text) out.push({ ...part });
  }
  return out;
}

/** Shows a deletion before the insertion that replaces it, and glues lone spaces into changes. */
function orderChanges(parts: DiffPart[]): DiffPart[] {
  const out: DiffPart[] = [];
  for (const part of parts) {
    if (!part.text) continue;
    const last = out[out.length - 1];
    if (last && last.kind === part.kind) last.text += part.text;
    else if (last && last.kind === 'ins' && part.kind === 'del') {
      const prev = out[out.length - 2];
      if (prev && prev.kind === 'del') prev.text += part.text;
      else out.splice(out.length - 1, 0, { ...part });
    } else out.push({ ...part });
  }
  return out;
}

/** Rebuilds one side of a diff (tests and a sanity check before showing it). */
export function sideOf(parts: readonly DiffPart[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'ins' : 'del';
  return parts.filter((p) => p.kind !== skip).map((p) => p.text).join('');
}
