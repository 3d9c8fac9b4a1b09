// Sarcasm and scolding ("as I already told you", "kan udah dibilang"): needling without a rude word.
// Scolding advice also hides inside a longer sentence, where no bare-command check looks: "…, jadi
// lain kali jangan pesan dadakan dong Bu", "next time don't leave it to the last day": a "next
// time" lead or a "dong" tail around a "don't" tells the customer off, and so does a "next time"
// lead right before a command that names what the customer failed to do ("Next time check the
// measurements before you order"; "next time, bring a bottle" is a tip).
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import { alternation, matchAll, overlapsAny } from '../../understand/find';
import { compilePattern, findAll } from '../../text/match';
import { clauseRemoval } from '../clarity/text-edits';
import { phraseRule } from './phrase-rule';

const sarcasmLists = new WeakMap<object, readonly string[]>();

/** The sarcasm phrases, with "next time" before a scolding command composed in ("next time, read"). */
function sarcasmList(p: RuleContext['phrases']['politeness']): readonly string[] {
  let list = sarcasmLists.get(p);
  if (!list) {
    const scoldings = p.scoldingLeads.flatMap((lead) => p.scoldingCommands.flatMap((command) => [`${lead} ${command}`, `${lead}, ${command}`]));
    sarcasmLists.set(p, (list = [...new Set([...p.sarcasm, ...scoldings])]));
  }
  return list;
}

const phrases = phraseRule({
  id: 'politeness/sarcasm',
  list: (book) => sarcasmList(book.politeness),
  fix: (ctx, start, end) => ({ label: render(ctx.uiLang, 'politeness/sarcasm.fix'), edits: [clauseRemoval(ctx, start, end)] }),
});

const scoldingPatterns = new WeakMap<object, RegExp[]>();

/** Lead … don't, and don't … tail, up to five words apart with no punctuation between (one clause). */
export function scoldingPatternsOf(p: RuleContext['phrases']['politeness']): RegExp[] {
  let found = scoldingPatterns.get(p);
  if (!found) {
    const gap = (min: number) => `(?:[ \\t]+[\\p{L}\\p{N}'’-]+){${min},5}?[ \\t]+`;
    const edge = '(?<![\\p{L}\\p{N}_])';
    const end = '(?![\\p{L}\\p{N}_])';
    const words = alternation(p.scoldingWords);
    const tails = alternation(p.scoldingTails);
    // Through the phrase index: tried only where a lead's or a scolding word's first word stands.
    found = [
      compilePattern((leads) => `${edge}${alternation(leads)}${gap(0)}${words}${end}`, p.scoldingLeads),
      compilePattern((scoldings) => `${edge}${alternation(scoldings)}${gap(1)}${tails}${end}`, p.scoldingWords),
    ];
    scoldingPatterns.set(p, found);
  }
  return found;
}

export const sarcasm: Rule = {
  ...phrases,
  check(ctx) {
    const hits: RuleHit[] = phrases.check(ctx);
    // "Jangan khawatir dong kak" reassures; "lain kali jangan lupa bawa struk ya" reminds.
    const book = ctx.phrases.politeness;
    const friendly = [...findAll(ctx.text, book.commandExceptions), ...findAll(ctx.text, book.scoldingExceptions)];
    for (const span of scoldingPatternsOf(book).flatMap((re) => matchAll(re, ctx.text))) {
      if (ctx.isQuoted(span.start, span.end) || overlapsAny(friendly, span.start, span.end)) continue;
      if (hits.some((h) => h.start < span.end && span.start < h.end)) continue;
      hits.push({
        start: span.start,
        end: span.end,
        messageId: 'politeness/sarcasm',
        values: { phrase: span.text },
        fixes: [{ label: render(ctx.uiLang, 'politeness/sarcasm.fix'), edits: [clauseRemoval(ctx, span.start, span.end)] }],
      });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};
