// Answers the rules ask several times in one analysis: the clauses of a sentence (once per
// apology or hedge in it), whether a removal keeps every name and amount (the same removal
// offered by two rules), whether a clause decides or offers; and what several rules read of the
// whole draft. Kept for the analysis under way only: a new context starts an empty memo, so
// nothing carries over from one draft to the next.
import type { RuleContext } from '../context';
import type { Span } from '../text/segment';
import { clauses, type Clause } from '../understand/clauses';
import { keepsProtected, sentenceStarts } from '../understand/prose';

/** What the rules keep for one analysis; each module reads and fills its own fields. */
export type AnalysisMemo = {
  /** Ranges are keyed by one number, start × (draft length + 1) + end: no key string, no map per start. */
  span: number;
  clauses: Map<number, { end: number; list: readonly Clause[] }>;
  kept: SpanMemo;
  /** By question, then range. */
  flags: Map<string, SpanMemo>;
  /** The draft's word bounds (word-count.ts); null when the scanner does not read the draft. */
  words?: ArrayLike<number> | null;
  /** The sentences that state the decision (firmness/scope.ts). */
  decided?: readonly Span[];
  /** The body's last sentence, once looked for (over-apology/apology-fix.ts). */
  lastBody?: { sentence: Span | undefined };
  /** Whether the draft holds the firm statement (firmness/negotiation.ts). */
  holdsStatement?: boolean;
  /** Whether each capitalized word is a name the draft uses, and the text searched (politeness/shouting.ts). */
  names?: Map<string, boolean>;
  haystack?: string;
};

type SpanMemo = Map<number, boolean>;

/** The key of [start, end) in a memo; -1 for a range outside the draft (asked each time, never keyed). */
function spanKey(memo: AnalysisMemo, start: number, end: number): number {
  return Number.isInteger(start) && Number.isInteger(end) && start >= 0 && end >= 0 && end < memo.span ? start * memo.span + end : -1;
}

/** The answer for the range keyed `key` in `memo`, asked once. */
function once(memo: SpanMemo, key: number, test: () => boolean): boolean {
  if (key < 0) return test();
  let answer = memo.get(key);
  if (answer === undefined) {
    answer = test();
    memo.set(key, answer);
  }
  return answer;
}

/**
 * The analysis under way and its memo: one slot, not a weak map per question keyed by context.
 * Each analysis put a new key into seven weak maps (0.5-1 µs a set, then work for the collector).
 */
let current: { ctx: RuleContext; memo: AnalysisMemo } | undefined;

/** The memo of `ctx`'s analysis: a context other than the last one asked about starts a new one. */
export function analysisMemo(ctx: RuleContext): AnalysisMemo {
  if (current?.ctx !== ctx) current = { ctx, memo: { span: ctx.text.length + 1, clauses: new Map(), kept: new Map(), flags: new Map() } };
  return current.memo;
}

/** Lets go of the last analysis (analyze calls it when done, so no draft stays referenced). */
export function endAnalysis(): void {
  current = undefined;
}

/** `clauses(ctx.text, sentence)`, computed once per sentence; callers only read the list. */
export function clausesOf(ctx: RuleContext, sentence: Span): readonly Clause[] {
  const memo = analysisMemo(ctx).clauses;
  const known = memo.get(sentence.start);
  if (known && known.end === sentence.end) return known.list;
  const list = clauses(ctx.text, sentence);
  memo.set(sentence.start, { end: sentence.end, list });
  return list;
}

/** Whether removing [start, end) keeps the draft's names, amounts and dates (address terms are no names). */
export function keepsFacts(ctx: RuleContext, start: number, end: number): boolean {
  const memo = analysisMemo(ctx);
  const key = spanKey(memo, start, end);
  // Looked up before anything is built: most removals are asked about by two rules.
  const known = key < 0 ? undefined : memo.kept.get(key);
  if (known !== undefined) return known;
  const kept = holdsNoFact(ctx, start, end) || keepsProtected(ctx.text, start, end, ctx.sentences, ctx.phrases.overApology.addressTerms);
  if (key >= 0) memo.kept.set(key, kept);
  return kept;
}

/** `test(span)` once per question, span and analysis: `question` names what is asked. */
export function askOnce(ctx: RuleContext, question: string, span: Span, test: () => boolean): boolean {
  const memo = analysisMemo(ctx);
  let answers = memo.flags.get(question);
  if (!answers) memo.flags.set(question, (answers = new Map()));
  return once(answers, spanKey(memo, span.start, span.end), test);
}

// A digit, or a capital: a fact (amount, date, name) a removal must keep can only start there.
const FACT_CHARACTER = /(\p{N})|\p{Lu}/u;

/**
 * True when [start, end) holds no digit and its only capitals open sentences: keepsProtected
 * finds numbers by their digits and names by a capital that opens a word mid-sentence, so it
 * would keep this removal; the check is a scan in place instead of a pattern per word.
 */
function holdsNoFact(ctx: RuleContext, start: number, end: number): boolean {
  // The same set keepsProtected reads next (one per sentence list).
  const starts = sentenceStarts(ctx.sentences);
  const text = ctx.text;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if (code >= 0x30 && code <= 0x39) return false;
      if (code >= 0x41 && code <= 0x5a && !starts.has(i)) return false;
      continue;
    }
    // Other characters by code point, as FACT_CHARACTER reads them (a pair cut by `end` is two units).
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < end && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const m = FACT_CHARACTER.exec(pair ? text.slice(i, i + 2) : text[i]!);
    if (m && (m[1] !== undefined || !starts.has(i))) return false;
    if (pair) i++;
  }
  return true;
}
