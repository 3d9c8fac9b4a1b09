// Applying fixes to text, ESLint style: non-overlapping edits only, each fix re-checked against
// the text it was made for; "fix all" applies, re-analyzes and repeats a bounded number of times.
import type { Edit, Finding, Fix } from './types';

/** A fix together with the range whose text must still equal `actual` for it to apply. */
export type FixRequest = { fix: Fix; start: number; end: number; actual: string };

export type FixResult = { text: string; applied: FixRequest[]; skipped: FixRequest[] };

export function firstFixes(findings: readonly Finding[]): FixRequest[] {
  return findings.flatMap((f) => (f.fixes[0] ? [{ fix: f.fixes[0], start: f.start, end: f.end, actual: f.actual }] : []));
}

function overlaps(a: Edit, b: Edit): boolean {
  // Two insertions at one point also conflict: their order would be a guess.
  if (a.start === b.start) return true;
  return a.start < b.end && b.start < a.end;
}

function editsAreValid(text: string, edits: readonly Edit[]): boolean {
  return edits.every((e) => Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end && e.end <= text.length);
}

export function applyFixes(text: string, requests: readonly FixRequest[]): FixResult {
  const applied: FixRequest[] = [];
  const skipped: FixRequest[] = [];
  const taken: Edit[] = [];
  for (const request of requests) {
    const stillHolds = text.slice(request.start, request.end) === request.actual;
    const edits = request.fix.edits;
    const free = edits.every((e) => !taken.some((t) => overlaps(e, t))) && !selfOverlapping(edits);
    if (!stillHolds || !free || edits.length === 0 || !editsAreValid(text, edits)) {
      skipped.push(request);
      continue;
    }
    taken.push(...edits);
    applied.push(request);
  }
  return { text: applyEdits(text, taken), applied, skipped };
}

function selfOverlapping(edits: readonly Edit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start);
  return sorted.some((e, i) => i > 0 && overlaps(sorted[i - 1]!, e));
}

/** Applies edits that are known not to overlap, from the end so earlier offsets stay valid. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}
