// Invitations to reopen the decision ("let me know what you think", "bisa dinego", "we haven't
// fully decided") and self-undermining asides ("I'm not an expert but"). The fix removes the
// inviting part of the sentence (with the "if…" clause that leads into it); a sentence that only
// invites becomes one clear statement, once per draft.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import { containing, type Span } from '../../text/segment';
import type { Edit, Fix } from '../../types';
import { clauseAt } from '../../understand/clauses';
import { findIn, sentencesNear } from '../../understand/find';
import { removeClauses, removeSentence } from '../../understand/prose';
import { hasAny, startsWithPhrase } from '../../text/match';
import { firmnessApplies } from './scope';
import { wordsIn } from '../clarity/word-count';
import { analysisMemo, clausesOf, keepsFacts } from '../per-analysis';

function inviting(ctx: RuleContext, list: readonly string[]): Span[] {
  const m = ctx.phrases.meaning;
  const hits: Span[] = [];
  // Only sentences near a phrase of the list can hold one (the draft's matches tell).
  for (const sentence of sentencesNear(ctx.sentences, [list])) {
    // "This is NOT negotiable" is firm: a negated invitation does not count.
    for (const h of findIn(ctx.text, sentence, list, { quotes: [], negators: m.negators, window: 2 })) {
      if (!ctx.isQuoted(h.start, h.end) && !overlapsLast(hits, h.start, h.end)) hits.push(h);
    }
  }
  return hits;
}

/**
 * `overlapsAny` for `hits` kept in order and apart (as `inviting` keeps them): only the last ones
 * can reach past `start`, so the scan stops at the first that ends before it.
 */
function overlapsLast(hits: readonly Span[], start: number, end: number): boolean {
  for (let i = hits.length - 1; i >= 0 && hits[i]!.end > start; i--) if (hits[i]!.start < end) return true;
  return false;
}

// Each statement as a one-phrase list, so the draft's phrase matches answer for it.
const statementLists = new Map<string, readonly string[]>();

/** Whether the draft already says the firm statement ("This decision is final"), read once per analysis. */
function holds(ctx: RuleContext, statement: string): boolean {
  const memo = analysisMemo(ctx);
  let found = memo.holdsStatement;
  if (found === undefined) {
    let list = statementLists.get(statement);
    if (!list) statementLists.set(statement, (list = [statement]));
    memo.holdsStatement = found = hasAny(ctx.text, list);
  }
  return found;
}

function reopeningFix(ctx: RuleContext, hit: Span, statementOffered: { done: boolean }): Fix | null {
  const sentence = containing(ctx.sentences, hit.start, hit.end);
  if (!sentence) return null;
  const list = clausesOf(ctx, sentence);
  const at = clauseAt(list, hit.start);
  if (at < 0) return null;
  let from = at;
  // "…, namun apabila Bapak sangat memerlukannya, mungkin nanti akan kami pertimbangkan kembali."
  // "Namun demikian, mungkin nanti…" / "That said, …": a bare connector goes with what it connects.
  while (from > 0 && (startsWithPhrase(list[from - 1]!.text.trimStart(), ctx.phrases.firmness.conditionalLeads) || wordsIn(ctx, list[from - 1]!.start, list[from - 1]!.end) <= 2)) from--;
  const candidates: [string, Edit][] = [];
  if (from === 0) {
    const statement = ctx.phrases.firmness.firmStatements[0]!;
    if (!statementOffered.done && !holds(ctx, statement)) {
      const text = statement.charAt(0).toLocaleUpperCase() + statement.slice(1) + '.';
      candidates.push(['firmness/statement.fix', { start: sentence.start, end: sentence.end, text }]);
    }
    candidates.push(['firmness/negotiation.fix', removeSentence(ctx.text, sentence)]);
  } else {
    // Everything from the invitation to the end of the sentence reopens the decision.
    candidates.push(['firmness/negotiation.fix', removeClauses(ctx.text, sentence, list, from, list.length - 1)]);
    if (at !== list.length - 1 || from !== at) candidates.push(['firmness/negotiation.fix', removeClauses(ctx.text, sentence, list, at, at)]);
  }
  for (const [label, edit] of candidates) {
    if (!keepsFacts(ctx, edit.start, edit.end)) continue;
    if (label === 'firmness/statement.fix') statementOffered.done = true;
    return { label: render(ctx.uiLang, label), edits: [edit] };
  }
  return null;
}

function reopeningRule(id: string, list: (ctx: RuleContext) => readonly string[]): Rule {
  return {
    id,
    principle: 'firmness',
    languages: ['en', 'id'],
    severity: 'warning',
    check(ctx) {
      if (!firmnessApplies(ctx)) return [];
      const offered = { done: false };
      const hits: RuleHit[] = [];
      for (const h of inviting(ctx, list(ctx))) {
        const fix = reopeningFix(ctx, h, offered);
        hits.push({ start: h.start, end: h.end, messageId: id, fixes: fix ? [fix] : [] });
      }
      return hits;
    },
  };
}

export const negotiation = reopeningRule('firmness/negotiation', (ctx) => ctx.phrases.firmness.negotiation);
export const selfUndermining = reopeningRule('firmness/self-undermining', (ctx) => ctx.phrases.firmness.selfUndermining);
