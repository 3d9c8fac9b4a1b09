// analyze(draft) → Report: detect the language and scenario, run every enabled rule, turn their
// hits into findings, and sum them up per core principle.
import { baseContext, type RuleContext } from './context';
import { applyFixes, firstFixes } from './fixes';
import { detectDraftLang } from './lang';
import { render } from './messages/render';
import type { Rule, RuleHit } from './rule';
import { useDraftWords } from './rules/clarity/word-count';
import { endAnalysis } from './rules/per-analysis';
import { rules as allRules } from './rules/registry';
import { inferInRight, inferScenario } from './scenario';
import {
  CORE_PRINCIPLES,
  type AnalyzeOptions,
  type CorePrinciple,
  type Draft,
  type Finding,
  type Principle,
  type Report,
  type Status,
} from './types';

const CORE = new Set<Principle>(CORE_PRINCIPLES);

export function analyze(draft: Draft, options: AnalyzeOptions = {}): Report {
  const text = typeof draft?.body === 'string' ? draft.body : '';
  const subject = draft?.subject ?? '';
  const forced = options.lang === 'en' || options.lang === 'id' ? options.lang : null;
  const detected = forced ? null : detectDraftLang(subject, text);
  const lang = forced ?? detected!.lang;
  const settings = options.settings ?? {};
  const base = baseContext({ text, subject, recipientName: draft?.recipientName, lang, uiLang: options.uiLang ?? lang, settings }, detected?.bodyIndex);
  const scenario = options.scenario ?? inferScenario(base);
  const inRight = options.inRight ?? inferInRight(base, scenario);
  const ctx: RuleContext = { ...base, scenario, inRight };
  if (detected?.bodyWords) useDraftWords(ctx, detected.bodyWords);

  const findings: Finding[] = [];
  if (text.trim()) {
    const configured = settings.rules;
    for (const rule of allRules) {
      if (configured?.[rule.id]?.enabled === false || !rule.languages.includes(lang)) continue;
      const hits = rule.check(ctx);
      for (let k = 0; k < hits.length; k++) findings.push(toFinding(rule, hits[k]!, ctx));
    }
  }
  const accepted = (settings.acceptPhrases ?? []).map((p) => p.trim().toLowerCase()).filter(Boolean);
  // Without accepted phrases every finding is kept: no copy to filter.
  const kept = accepted.length === 0 ? findings : findings.filter((f) => !accepted.some((p) => f.actual.toLowerCase().includes(p)));
  sortByRange(kept);
  endAnalysis();
  return { lang, scenario, inRight, principles: statuses(kept), findings: kept };
}

/** Past this many findings the built-in sort is the faster. */
const INSERTION_SORT_MAX = 64;

/**
 * Findings by start, then end, keeping the rules' order among equals (as the built-in stable
 * sort does). A report holds a few dozen, most rules' hits already in order: an insertion sort
 * compares in place, where the built-in sort calls a comparator for every comparison.
 */
export function sortByRange(findings: Finding[]): void {
  if (findings.length > INSERTION_SORT_MAX) {
    findings.sort((a, b) => a.start - b.start || a.end - b.end);
    return;
  }
  for (let i = 1; i < findings.length; i++) {
    const f = findings[i]!;
    let j = i - 1;
    while (j >= 0 && (findings[j]!.start > f.start || (findings[j]!.start === f.start && findings[j]!.end > f.end))) {
      findings[j + 1] = findings[j]!;
      j--;
    }
    findings[j + 1] = f;
  }
}

function toFinding(rule: Rule, hit: RuleHit, ctx: RuleContext): Finding {
  const start = Math.max(0, Math.min(hit.start, ctx.text.length));
  const end = Math.max(start, Math.min(hit.end, ctx.text.length));
  const configured = ctx.settings.rules?.[rule.id]?.severity ?? hit.severity ?? rule.severity;
  // Supporting principles only ever suggest; they never count as a violation.
  const severity = CORE.has(rule.principle) ? configured : 'suggestion';
  return {
    principle: rule.principle,
    rule: rule.id,
    severity,
    start,
    end,
    actual: ctx.text.slice(start, end),
    message: render(ctx.uiLang, hit.messageId, hit.values),
    fixes: hit.fixes ?? [],
  };
}

/** Each core principle's status: an error fails it, a warning warns; suggestions never count. */
export function statuses(findings: readonly Finding[]): Record<CorePrinciple, Status> {
  const out = {} as Record<CorePrinciple, Status>;
  for (const p of CORE_PRINCIPLES) out[p] = 'pass';
  for (const f of findings) {
    if (!CORE.has(f.principle) || f.severity === 'suggestion') continue;
    const p = f.principle as CorePrinciple;
    if (f.severity === 'error') out[p] = 'fail';
    else if (out[p] === 'pass') out[p] = 'warn';
  }
  return out;
}

export type FixAllOptions = AnalyzeOptions & {
  /** Which principles' fixes to apply; all core principles by default. */
  principles?: readonly Principle[];
  maxPasses?: number;
};

/** Applies every non-overlapping fix of the chosen principles, re-analyzes, and repeats. */
export function fixAll(draft: Draft, options: FixAllOptions = {}): string {
  const wanted = new Set<Principle>(options.principles ?? CORE_PRINCIPLES);
  const maxPasses = options.maxPasses ?? 4;
  let text = draft.body;
  // Keep the first analysis's scenario: a fix must not flip what the draft is about.
  const first = analyze(draft, options);
  const pinned: AnalyzeOptions = { ...options, lang: first.lang, scenario: first.scenario, inRight: first.inRight };
  for (let pass = 0; pass < maxPasses; pass++) {
    const report = pass === 0 ? first : analyze({ ...draft, body: text }, pinned);
    const chosen = report.findings.filter((f) => wanted.has(f.principle) && f.severity !== 'suggestion');
    const result = applyFixes(text, firstFixes(chosen));
    if (result.applied.length === 0 || result.text === text) break;
    text = result.text;
  }
  return text;
}
