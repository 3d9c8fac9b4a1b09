// Fix-all's polished draft: every first fix of the core principles, minus ignored findings,
// re-checked a few times (ESLint style). A long draft is polished part by part, with fixes local
// to a part only: a part cannot tell whether the draft as a whole lacks a greeting or an
// alternative, and each part must not get a greeting of its own.
import { applyFixes, firstFixes } from '../engine/fixes';
import { CORE_PRINCIPLES, type AnalyzeOptions, type Finding, type Principle, type Report } from '../engine/types';
import { ignoreKey } from '../panel/contract';
import { isDraftWide, joinParts, type Part } from './parts';

const CORE = new Set<Principle>(CORE_PRINCIPLES);
const MAX_FIX_PASSES = 4;

/** How to analyze a body (with the compose's subject and recipient) and what the user ignores. */
export type Polisher = {
  analyze(body: string, options: AnalyzeOptions): Report;
  options: AnalyzeOptions;
  ignored: ReadonlySet<string>;
};

/** The options for later passes and parts: the language and scenario `report` inferred, kept. */
export function pinnedTo(options: AnalyzeOptions, report: Report): AnalyzeOptions {
  return { ...options, lang: report.lang, scenario: report.scenario, inRight: report.inRight };
}

/** Fix-all passes over a whole draft. */
export function polishDraft(text: string, p: Polisher): string {
  const first = p.analyze(text, p.options);
  return asTheEditorReads(passes(text, first, pinnedTo(p.options, first), p, () => true));
}

/** Fix-all passes over one part of a long draft, under the options pinned by its first part. */
export function polishPart(text: string, pinned: AnalyzeOptions, p: Polisher): string {
  return passes(text, p.analyze(text, pinned), pinned, p, (f) => !isDraftWide(f));
}

/** A long draft polished part by part, all at once (when the background work is not done yet). */
export function polishInParts(text: string, parts: readonly Part[], p: Polisher): string {
  const pinned = pinnedTo(p.options, p.analyze(parts[0]!.text, p.options));
  return asTheEditorReads(joinParts(text, parts, parts.map((part) => polishPart(part.text, pinned, p))));
}

/**
 * The text as the editor will read back once it holds it (text-map.ts): a fix that removes a
 * whole paragraph leaves its blank lines behind, which the editor shows as one. Without this the
 * draft after fix-all would never equal the polished text, and the panel would offer no Undo.
 */
export function asTheEditorReads(text: string): string {
  let out = '';
  let blank = false;
  for (const line of text.split('\n')) {
    if (line.trim() === '') {
      blank = out !== '';
      continue;
    }
    if (out) out += blank ? '\n\n' : '\n';
    blank = false;
    out += line;
  }
  return out.trim();
}

function passes(text: string, first: Report, pinned: AnalyzeOptions, p: Polisher, keep: (f: Finding) => boolean): string {
  let out = text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const report = pass === 0 ? first : p.analyze(out, pinned);
    const chosen = report.findings.filter((f) => keep(f) && CORE.has(f.principle) && f.severity !== 'suggestion' && !p.ignored.has(ignoreKey(f)));
    const result = applyFixes(out, firstFixes(chosen));
    if (result.applied.length === 0 || result.text === out) break;
    out = result.text;
  }
  return out;
}
