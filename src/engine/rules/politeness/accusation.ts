// Accusing "you" statements: naming the customer's behaviour in personal terms ("you were rude",
// "your attitude is the problem", "Bapak bersikap kasar"). Source 002: end or refuse with a
// general reason ("we are not able to meet your expectations"), never a verdict on the person.
// A conditional ("if you are late…", "kalau kakak telat bayar…") states a rule, not a verdict.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import { compilePattern, findAll, hasAny } from '../../text/match';
import type { Span } from '../../text/segment';
import { alternation, matchAll } from '../../understand/find';
import { capitalize, holdsFacts, sentenceAt, wordsBefore } from '../clarity/text-edits';
import { counterfactualBlames } from './counterfactual';

const CONDITIONALS = ['if', 'when', 'whenever', 'unless', 'kalau', 'jika', 'apabila', 'bila', 'kalo', 'seandainya', 'misalnya'];

// Compiled once per phrase book, through the phrase index: the matcher then tries them only where
// a "you" word (or a conduct noun) stands, not at every position of the draft.
const compiledPatterns = new WeakMap<object, RegExp[]>();
const YOUR = ['your'];

function patterns(ctx: RuleContext): RegExp[] {
  const p = ctx.phrases.politeness;
  let found = compiledPatterns.get(p);
  if (found) return found;
  const bridge = alternation(p.accusationBridges);
  const trait = alternation(p.accusationTraits);
  const conduct = alternation(p.conductNouns);
  const edge = '(?<![\\p{L}\\p{N}_])';
  const end = '(?![\\p{L}\\p{N}_])';
  const traitAfterYou = compilePattern((you) => `${edge}${alternation(you)}(?:\\s+${bridge}){0,3}\\s+${trait}${end}`, p.you, [
    ...p.accusationBridges,
    ...p.accusationTraits,
  ]);
  // English puts the owner first ("your attitude"); Indonesian after ("sikap Anda").
  const conductOf =
    ctx.lang === 'en'
      ? compilePattern((your) => `${edge}${alternation(your)}\\s+${conduct}${end}`, YOUR, p.conductNouns)
      : compilePattern((nouns) => `${edge}${alternation(nouns)}\\s+${alternation(p.you)}${end}`, p.conductNouns, p.you);
  found = [traitAfterYou, conductOf];
  compiledPatterns.set(p, found);
  return found;
}

function conditional(ctx: RuleContext, start: number): boolean {
  return wordsBefore(ctx.text, start, 6).some((w) => CONDITIONALS.includes(w));
}

/** Replace the whole sentence by the general reason, unless it holds facts a fix must keep. */
export function generalReason(ctx: RuleContext, sentence: Span | undefined): RuleHit['fixes'] {
  if (!sentence || holdsFacts(sentence.text)) return [];
  const reason = `${capitalize(ctx.phrases.politeness.accusationReplacement)}.`;
  return [{ label: render(ctx.uiLang, 'politeness/accusation.fix'), edits: [{ start: sentence.start, end: sentence.end, text: reason }] }];
}

export const accusation: Rule = {
  id: 'politeness/accusation',
  principle: 'politeness',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    // A counterfactual blame is a condition by its very shape: the conditional skip is not for it.
    const counterfactual = counterfactualBlames(ctx);
    const spans = [
      ...patterns(ctx).flatMap((re) => matchAll(re, ctx.text)),
      ...findAll(ctx.text, ctx.phrases.politeness.blame),
      ...counterfactual,
    ].sort((a, b) => a.start - b.start);
    const hits: RuleHit[] = [];
    const usedSentences = new Set<number>();
    for (const span of spans) {
      // A counterfactual, or past blame ("…, you should have said so"), is blame by its very shape.
      const blameByShape = counterfactual.includes(span) || hasAny(span.text, ctx.phrases.politeness.pastBlame);
      if (ctx.isQuoted(span.start, span.end) || (conditional(ctx, span.start) && !blameByShape)) continue;
      const sentence = sentenceAt(ctx, span.start);
      // One finding per sentence: its fix rewrites the whole sentence.
      const key = sentence?.start ?? span.start;
      if (usedSentences.has(key)) continue;
      usedSentences.add(key);
      hits.push({ start: span.start, end: span.end, messageId: 'politeness/accusation', values: { phrase: span.text }, fixes: generalReason(ctx, sentence) });
    }
    return hits;
  },
};
