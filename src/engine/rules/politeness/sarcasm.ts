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
import { compilePattern, findAll, hasAny } from '../../text/match';
import type { Span } from '../../text/segment';
import type { Edit } from '../../types';
import { clauseRemoval, sentenceAt } from '../clarity/text-edits';
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
    const [afterLead, beforeTail] = scoldingPatternsOf(book) as [RegExp, RegExp];
    // "lain kali kami baca lebih teliti" promises, "lain kali kalau mau baca …" tips; "jangan nyalahin kami dong" still scolds.
    const scoldings = [...matchAll(afterLead, ctx.text).filter((span) => !promiseOrTip(span, book)), ...matchAll(beforeTail, ctx.text)];
    const questions = rhetoricalQuestions(ctx);
    for (const span of [...scoldings, ...questions]) {
      if (ctx.isQuoted(span.start, span.end) || overlapsAny(friendly, span.start, span.end)) continue;
      if (hits.some((h) => h.start < span.end && span.start < h.end)) continue;
      hits.push({
        start: span.start,
        end: span.end,
        messageId: 'politeness/sarcasm',
        values: { phrase: span.text },
        fixes: [{ label: render(ctx.uiLang, 'politeness/sarcasm.fix'), edits: [questions.includes(span) ? questionRemoval(ctx, span) : clauseRemoval(ctx, span.start, span.end)] }],
      });
    }
    return hits.sort((a, b) => a.start - b.start);
  },
};

/** Inside "lain kali … baca": our own subject (a promise) or, right before the word, the customer's wish (a tip). */
function promiseOrTip(span: Span, book: RuleContext['phrases']['politeness']): boolean {
  const words = span.text.toLowerCase().split(/\s+/);
  return hasAny(span.text, book.scoldingSelf) || book.scoldingWishes.includes(words[words.length - 2] ?? '');
}

/** "…paling murah, mau cari di mana lagi coba?" → "…paling murah.": the question goes with its question mark. */
function questionRemoval(ctx: RuleContext, span: Span): Edit {
  const edit = clauseRemoval(ctx, span.start, span.end);
  return edit.text === '' && ctx.text.charAt(edit.end) === '?' ? { ...edit, end: edit.end + 1, text: '.' } : edit;
}

/** Only spaces, or an opening bracket or dash, between a clause break and the lead. */
const CLAUSE_BREAK = /(?:^|[,;:.!?\n(–—-])[ \t]*$/;
const NEXT_WORD = /^[ \t]+([\p{L}\p{N}'’-]+)/u;
/** The question mark, then only emoji, closing marks or spaces. */
const TAIL_ASKS = /^[ \t]*\?/;
const ASKS = /\?[\s\p{Extended_Pictographic}\uFE0F)"”’]*$/u;

/**
 * "Masa instruktur kami harus nungguin kakak tiap minggu sih?", "…, masa lupa?", "Is it really that
 * hard to read the form?": a question opened at a clause start by a rhetorical lead scolds the
 * customer. The span runs from the lead to the question mark.
 */
function rhetoricalQuestions(ctx: RuleContext): Span[] {
  const book = ctx.phrases.politeness;
  const out: Span[] = [];
  for (const hit of findAll(ctx.text, book.rhetoricalLeads)) {
    if (!CLAUSE_BREAK.test(ctx.text.slice(Math.max(0, hit.start - 4), hit.start))) continue;
    const next = NEXT_WORD.exec(ctx.text.slice(hit.end, hit.end + 40))?.[1]?.toLowerCase();
    if (!next || book.rhetoricalExceptions.includes(next)) continue;
    const sentence = sentenceAt(ctx, hit.start);
    if (!sentence || sentence.start < ctx.layout.bodyStart || !ASKS.test(sentence.text)) continue;
    const end = sentence.start + sentence.text.lastIndexOf('?') + 1;
    out.push({ start: hit.start, end, text: ctx.text.slice(hit.start, end) });
  }
  // "Mau cari di mana lagi coba?": the tail right before the question mark.
  for (const hit of findAll(ctx.text, book.rhetoricalTails)) {
    if (!TAIL_ASKS.test(ctx.text.slice(hit.end, hit.end + 3)) || hit.start < ctx.layout.bodyStart) continue;
    const sentence = sentenceAt(ctx, hit.start);
    if (!sentence) continue;
    // From the clause start: "Harga segitu sudah paling murah, mau cari di mana lagi coba?".
    const before = sentence.text.slice(0, hit.start - sentence.start);
    const lead = before.length - before.replace(/^.*[,;:]\s*/su, '').length;
    if (!hasAny(before.slice(lead), book.rhetoricalTailAsks)) continue;
    const start = sentence.start + lead;
    const end = ctx.text.indexOf('?', hit.end) + 1;
    out.push({ start, end, text: ctx.text.slice(start, end) });
  }
  return out;
}
