// How to take one apology out so the draft still reads naturally: a clause that only apologizes
// goes ("Sorry again, I know…" → "I know…"); a sentence that only apologizes goes, or becomes a
// thank-you when it closes the draft ("Sekali lagi mohon maaf ya Pak." → "Terima kasih atas
// pengertiannya, Pak."). A decision in the same clause is never removed with it.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import { findAll } from '../../text/match';
import type { Span } from '../../text/segment';
import { containing } from '../../text/segment';
import type { Edit, Fix } from '../../types';
import { clauseAt, type Clause } from '../../understand/clauses';
import { removeClauses, removeSentence } from '../../understand/prose';
import { overlapsAny } from '../../understand/find';
import { declineHits, terminationHits } from '../../understand/acts';
import { deletionEdit } from '../clarity/text-edits';
import { wordsIn } from '../clarity/word-count';
import { analysisMemo, askOnce, clausesOf, keepsFacts } from '../per-analysis';

/** A clause this short ("Oh no", "I really am", "ya kak") only carries the apology next to it. */
const FILLER_WORDS = 2;

function isApologyClause(ctx: RuleContext, clause: Clause): boolean {
  const { apologies, grovels } = ctx.meaning;
  if (overlapsAny(apologies, clause.start, clause.end) || overlapsAny(grovels, clause.start, clause.end)) return true;
  return wordsIn(ctx, clause.start, clause.end) <= FILLER_WORDS;
}

function carriesDecision(ctx: RuleContext, clause: Clause): boolean {
  return askOnce(ctx, 'decides', clause, () => {
    const m = ctx.phrases.meaning;
    const quotes: Span[] = [];
    return declineHits(ctx.text, clause, m, quotes).length > 0 || terminationHits(ctx.text, clause, m, quotes).length > 0;
  });
}

export function apologyFix(ctx: RuleContext, hit: Span): Fix | null {
  const sentence = containing(ctx.sentences, hit.start, hit.end);
  if (!sentence) return null;
  const list = clausesOf(ctx, sentence);
  const at = clauseAt(list, hit.start);
  if (at < 0) return null;
  if (carriesDecision(ctx, list[at]!)) {
    // "We apologise but cannot refund": keep the decision, drop only the apology words.
    return fix(ctx, 'over-apology/remove.fix', deletionEdit(ctx, hit.start, hit.end));
  }
  let from = at;
  let to = at;
  while (from > 0 && isApologyClause(ctx, list[from - 1]!) && !carriesDecision(ctx, list[from - 1]!)) from--;
  while (to < list.length - 1 && isApologyClause(ctx, list[to + 1]!) && !carriesDecision(ctx, list[to + 1]!)) to++;
  // Widest first; a narrower removal when the wide one would take a name, amount or date with it.
  const candidates: [string, Edit][] = [];
  if (from === 0 && to === list.length - 1) {
    const thanks = closingThanks(ctx, sentence);
    if (thanks) candidates.push(['over-apology/thanks.fix', { start: sentence.start, end: sentence.end, text: thanks }]);
    candidates.push(['over-apology/remove.fix', removeSentence(ctx.text, sentence)]);
  } else candidates.push(['over-apology/remove.fix', removeClauses(ctx.text, sentence, list, from, to)]);
  if (list.length > 1 && (from !== at || to !== at)) candidates.push(['over-apology/remove.fix', removeClauses(ctx.text, sentence, list, at, at)]);
  for (const [labelId, edit] of candidates) {
    const made = fix(ctx, labelId, edit);
    if (made) return made;
  }
  return null;
}

function fix(ctx: RuleContext, labelId: string, edit: Edit): Fix | null {
  if (!keepsFacts(ctx, edit.start, edit.end)) return null;
  return { label: render(ctx.uiLang, labelId), edits: [edit] };
}

/**
 * A closing apology sentence (the last of the body, or a paragraph of its own) becomes a thank-you,
 * keeping the way the customer is addressed. Null when the draft already thanks them so.
 */
function closingThanks(ctx: RuleContext, sentence: Span): string | null {
  const book = ctx.phrases.overApology;
  const inSignOff = sentence.start >= ctx.layout.bodyEnd;
  if (inSignOff) {
    // "With apologies," → "With thanks,": the sign-off keeps its shape.
    const closing = book.signOffThanks[0]!;
    return closing.charAt(0).toLocaleUpperCase() + closing.slice(1) + (/,\s*$/.test(sentence.text) ? ',' : '');
  }
  // Only a closing apology, the body's last sentence, turns into thanks; elsewhere it just goes.
  if (lastBodySentence(ctx) !== sentence) return null;
  if (findAll(ctx.text, book.thanks).length > 0) return null;
  const address = findAll(sentence.text, book.addressTerms).at(-1)?.text;
  const thanks = book.thanks[0]!;
  const first = thanks.charAt(0).toLocaleUpperCase() + thanks.slice(1);
  const end = /!\s*$/.test(sentence.text) ? '!' : '.';
  return address ? `${first}, ${address}${end}` : `${first}${end}`;
}

/** Once per analysis, not once per apology (long drafts). */
function lastBodySentence(ctx: RuleContext): Span | undefined {
  const memo = analysisMemo(ctx);
  if (memo.lastBody) return memo.lastBody.sentence;
  // Read back from the draft's end: the last one inside the body is the first found.
  const { bodyStart, bodyEnd } = ctx.layout;
  let last: Span | undefined;
  for (let k = ctx.sentences.length - 1; k >= 0 && !last; k--) {
    const s = ctx.sentences[k]!;
    if (s.start >= bodyStart && s.end <= bodyEnd) last = s;
  }
  memo.lastBody = { sentence: last };
  return last;
}
