// A very long draft is checked in parts, so no single analysis blocks the page: the text is cut
// at paragraph breaks into parts of at most `limit` characters, each part analyzed in its own
// task, and the parts' findings merged back with their offsets shifted to the whole draft.
import { statuses } from '../engine/analyze';
import type { InsertKind } from '../panel/contract';
import { SUPPORTING_PRINCIPLES, type Finding, type Fix, type Principle, type Report } from '../engine/types';

/**
 * Drafts longer than this (about 1,400 words) are checked in parts. Measured with bench/page.mjs
 * and a node timing of corpus text: the engine analyzes this much in ~15 ms on the development
 * machine, so a whole-draft check stays well inside a 50 ms task.
 */
export const PARTS_FROM = 8_000;
/**
 * The size of each part: ~5–10 ms of analysis (median 9.6 ms for 6,000 characters in the page),
 * leaving room for a garbage collection or a cold start without reaching 50 ms.
 */
export const PART_CHARS = 3_000;

/** One part: `text` is `draft.slice(start, start + text.length)`. */
export type Part = { start: number; text: string };
export type AnalyzedPart = Part & { report: Report };

/**
 * Cuts `text` into parts of at most `limit` characters, at blank lines when it can, else at line
 * breaks, then after sentences, then at spaces. The separators between parts belong to no part.
 */
export function splitParts(text: string, limit = PART_CHARS): Part[] {
  if (text.length <= limit) return [{ start: 0, text }];
  const parts: Part[] = [];
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= limit) {
      parts.push({ start, text: text.slice(start) });
      break;
    }
    const end = cutPoint(text, start, start + limit);
    const piece = text.slice(start, end).trimEnd();
    if (piece) parts.push({ start, text: piece });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  return parts;
}

/** The best place to end a part that starts at `from` and may run up to `max` (exclusive). */
function cutPoint(text: string, from: number, max: number): number {
  const window = text.slice(from, max + 1);
  // Never cut so early that parts become tiny: the break must lie in the part's second half.
  const floor = Math.floor((max - from) / 2);
  for (const pattern of [/\n\s*\n/g, /\n/g, /[.!?]["')\]]?\s/g, /\s/g]) {
    let best = -1;
    for (const m of window.matchAll(pattern)) {
      // The cut falls on the match's first whitespace: a sentence keeps its full stop.
      const at = m.index + m[0].search(/\s/);
      if (at >= floor && at <= max - from) best = at;
    }
    if (best > 0) return from + best;
  }
  return max;
}

/**
 * Findings about the draft as a whole (no greeting or closing, no alternative, a missing thanks):
 * a part only sees its own text, so such a finding stands only when every part reports it.
 */
const DRAFT_WIDE = new Set<string>(['alternative/missing', 'politeness/missing-frame']);
const SUPPORTING = new Set<Principle>(SUPPORTING_PRINCIPLES);
export const isDraftWide = (f: Finding) => DRAFT_WIDE.has(f.rule) || SUPPORTING.has(f.principle);

/** Where an insert goes in a long draft: a closing at the end, everything else near the opening. */
export function partForInsert(kind: InsertKind, parts: readonly Part[]): Part {
  return kind === 'closing' ? parts.at(-1)! : parts[0]!;
}

/** The draft with each part's text replaced by `texts[i]`; the separators between parts stay. */
export function joinParts(draft: string, parts: readonly Part[], texts: readonly string[]): string {
  let out = '';
  let at = 0;
  parts.forEach((part, i) => {
    out += draft.slice(at, part.start) + texts[i]!;
    at = part.start + part.text.length;
  });
  return out + draft.slice(at);
}

/** One report for the whole draft from its analyzed parts (the first part's language and scenario). */
export function mergeParts(parts: readonly AnalyzedPart[]): Report {
  const first = parts[0]!;
  const last = parts.at(-1)!;
  const findings: Finding[] = [];
  for (const part of parts) {
    for (const f of part.report.findings) if (!isDraftWide(f)) findings.push(shiftFinding(f, part.start));
  }
  for (const f of first.report.findings) {
    if (!isDraftWide(f) || !parts.every((p) => p.report.findings.some((g) => g.rule === f.rule))) continue;
    findings.push(draftWide(f, first, last));
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end);
  const { lang, scenario, inRight } = first.report;
  return { lang, scenario, inRight, principles: statuses(findings), findings };
}

function shiftFinding(f: Finding, by: number): Finding {
  return { ...f, start: f.start + by, end: f.end + by, fixes: f.fixes.map((fix) => shiftFix(fix, by)) };
}

function shiftFix(fix: Fix, by: number): Fix {
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })) };
}

/**
 * A draft-wide finding, anchored in the first part. Its fixes place text at the draft's head
 * (a greeting) and at its tail (a closing): head edits come from the first part's fix, tail
 * edits from the last part's fix of the same rule, so a closing lands at the end of the draft.
 */
function draftWide(f: Finding, first: AnalyzedPart, last: AnalyzedPart): Finding {
  if (first === last) return f;
  const tailFinding = last.report.findings.find((g) => g.rule === f.rule);
  const inHead = (start: number) => start < first.text.length / 2;
  const inTail = (start: number) => start >= last.text.length / 2;
  const fixes = f.fixes
    .map((fix, i): Fix => {
      const tailFix = tailFinding?.fixes[i];
      if (!tailFix || tailFix.label !== fix.label) return fix;
      const head = fix.edits.filter((e) => inHead(e.start));
      const tail = shiftFix({ ...tailFix, edits: tailFix.edits.filter((e) => inTail(e.start)) }, last.start).edits;
      return { ...fix, edits: [...head, ...tail] };
    })
    .filter((fix) => fix.edits.length > 0);
  return { ...f, fixes };
}

