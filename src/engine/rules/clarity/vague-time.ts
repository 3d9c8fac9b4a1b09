// Vague time ("soon", "at some point", "kapan-kapan") leaves the customer without a date; the
// fix puts a [date] placeholder where the writer must commit. An approximate number ("around 7")
// is concrete enough, and set phrases ("see you soon", "as soon as") are not promises.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import { findAll, hasAny } from '../../text/match';
import type { Span } from '../../text/segment';
import { clauseAt } from '../../understand/clauses';
import { clausesOf } from '../per-analysis';
import { alternation, findIn, overlapsAny } from '../../understand/find';
import { decisionSentences, firmnessApplies } from '../firmness/scope';
import { counts, inBody, replacementEdit, sentenceAt, wordsBefore } from './text-edits';

function setPhrase(ctx: RuleContext, start: number): boolean {
  const before = wordsBefore(ctx.text, start, 3).join(' ');
  return ctx.phrases.clarity.vagueTimeExceptions.some((e) => before === e || before.endsWith(` ${e}`));
}

export const vagueTime: Rule = {
  id: 'clarity/vague-time',
  principle: 'clarity',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    const hits: RuleHit[] = [];
    for (const hit of findAll(ctx.text, ctx.phrases.clarity.vagueTime)) {
      if (!inBody(ctx, hit.start, hit.end) || !counts(ctx, hit.start, hit.end) || setPhrase(ctx, hit.start)) continue;
      const edit = replacementEdit(ctx, hit.start, hit.end, ctx.phrases.clarity.vagueTimeReplacement);
      hits.push({
        start: hit.start,
        end: hit.end,
        messageId: 'clarity/vague-time',
        values: { phrase: hit.text },
        fixes: [{ label: render(ctx.uiLang, 'clarity/vague-time.fix'), edits: [edit] }],
      });
    }
    return hits;
  },
};

/**
 * Where a decision is made, a hedge on it ("kind of" in the rule sentence) or an open door
 * anywhere ("we haven't decided", "lihat nanti ya") is a firmness finding; counting it again as
 * vague wording would report one slip twice (LABELS.md: the hedging is counted under firmness).
 * A hedge elsewhere ("the files will probably be ready Friday") stays a clarity matter.
 */
function firmnessOwned(ctx: RuleContext): Span[] {
  if (!firmnessApplies(ctx)) return [];
  const book = ctx.phrases.firmness;
  const decided = decisionSentences(ctx);
  // "Let me know what would be fair and we'll see" with nothing decided anywhere: the answer itself
  // is left vague, a clarity matter as well as a firmness one.
  if (decided.length === 0) return [];
  const owned = [...findAll(ctx.text, book.negotiation)];
  for (const s of decided) for (const hit of findAll(s.text, book.hedges, s.start)) owned.push(hit);
  return owned;
}

/**
 * "which is probably what you're seeing": a hedge on an explanation promises nothing. A hedge word
 * counts as a vague commitment only in a clause that commits (a future, a modal, a time).
 */
function onExplanation(ctx: RuleContext, hit: Span): boolean {
  const book = ctx.phrases.clarity;
  if (!hasAny(hit.text, book.uncommittedHedges)) return false;
  const sentence = sentenceAt(ctx, hit.start);
  if (!sentence) return false;
  if (onSuggestion(ctx, sentence)) return true;
  const list = clausesOf(ctx, sentence);
  const clause = list[clauseAt(list, hit.start)];
  return clause !== undefined && !hasAny(clause.text, book.commitmentMarkers);
}

/**
 * "You might find a primer helps - Dulux Trade could probably advise": a hedge in a sentence that
 * suggests or refers (and decides nothing) leaves the customer no less sure of what we will do.
 */
function onSuggestion(ctx: RuleContext, sentence: Span): boolean {
  const { declines, terminations } = ctx.meaning;
  if ([...declines, ...terminations].some((s) => s.start === sentence.start)) return false;
  const m = ctx.phrases.meaning;
  return findIn(ctx.text, sentence, m.strongOffers, { quotes: [], negators: m.negators, window: 2 }).length > 0;
}

/**
 * "bayar full nanti aja pas barang ready": a bare "later" tied to an event the customer will see
 * (the goods ready, the visit over) names the moment. A promise to tell later stays vague whatever
 * follows it ("nanti dikabari kalau sudah ketemu"), and so does a condition ("kalau").
 */
function anchoredToEvent(ctx: RuleContext, hit: Span): boolean {
  const book = ctx.phrases.clarity;
  if (!book.bareLater.includes(hit.text.toLowerCase())) return false;
  const next = /^[ \t]+([\p{L}]+)[ \t]+[\p{L}\p{N}]/u.exec(ctx.text.slice(hit.end, hit.end + 40));
  return next !== null && book.eventAnchors.includes(next[1]!.toLowerCase());
}

const datedPatterns = new WeakMap<readonly string[], RegExp>();

/**
 * "Estimasi selesai 10 hari kerja, nanti kami kabari kalau sudah siap kirim": a promise to tell
 * later beside a step that has its number and time unit is a courtesy update, not a date left out.
 */
function noticeOnDatedStep(ctx: RuleContext, hit: Span): boolean {
  const book = ctx.phrases.clarity;
  if (!hasAny(hit.text, book.noticeWords)) return false;
  const sentence = sentenceAt(ctx, hit.start);
  if (!sentence) return false;
  let dated = datedPatterns.get(book.timeUnits);
  if (!dated) {
    const units = alternation(book.timeUnits);
    datedPatterns.set(book.timeUnits, (dated = new RegExp(`\\d[\\d.:]*\\s*${units}(?![\\p{L}])|(?<![\\p{L}])${units}\\s*\\d`, 'iu')));
  }
  return dated.test(sentence.text);
}

/** Vague commitment ("we'll see", "tergantung situasi"): the writer has to decide; no one-click fix. */
export const vagueCommitment: Rule = {
  id: 'clarity/vague-commitment',
  principle: 'clarity',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    const owned = firmnessOwned(ctx);
    return findAll(ctx.text, ctx.phrases.clarity.vagueCommitment)
      .filter((hit) => inBody(ctx, hit.start, hit.end) && counts(ctx, hit.start, hit.end) && !overlapsAny(owned, hit.start, hit.end))
      .filter((hit) => !onExplanation(ctx, hit))
      // "around 7", "kurang lebih 2 jam": an approximate number is concrete enough.
      .filter((hit) => !/^\s*(?:\d|rp|\$|€)/i.test(ctx.text.slice(hit.end, hit.end + 4)))
      .filter((hit) => !anchoredToEvent(ctx, hit) && !noticeOnDatedStep(ctx, hit))
      .map((hit): RuleHit => ({ start: hit.start, end: hit.end, messageId: 'clarity/vague-commitment', values: { phrase: hit.text } }));
  },
};
