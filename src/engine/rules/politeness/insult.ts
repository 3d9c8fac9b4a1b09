// Insults and profanity: never acceptable towards a customer (PRINCIPLES politeness, source 004).
// Aimed at the customer ("your behaviour was disgusting"), the sentence gives way to 002's general
// reason; elsewhere the word itself goes.
import { render } from '../../messages/render';
import type { RuleContext } from '../../context';
import { findAll } from '../../text/match';
import { wordsBefore } from '../../understand/find';
import { deletionEdit, sentenceAt } from '../clarity/text-edits';
import { generalReason } from './accusation';
import { phraseRule } from './phrase-rule';

/** Words before an insult word searched for an apology for how the writer comes across. */
const SELF_DESCRIPTION_REACH = 4;

/**
 * "maaf kalau kesannya rewel", "sorry if this sounds ridiculous": the writer apologizing for how
 * they come across, with no customer named after the apology.
 */
function selfDescribed(ctx: RuleContext, start: number): boolean {
  const book = ctx.phrases.politeness;
  const words = wordsBefore(ctx.text, start, SELF_DESCRIPTION_REACH);
  for (let i = 0; i + 1 < words.length; i++) {
    if (!book.selfDescriptionLeads.includes(`${words[i]} ${words[i + 1]}`)) continue;
    return !words.slice(i + 2).some((w) => book.you.includes(w));
  }
  return false;
}

export const insult = phraseRule({
  id: 'politeness/insult',
  list: (book) => book.politeness.insults,
  severity: 'error',
  skip: (ctx, start) => selfDescribed(ctx, start),
  fix: (ctx, start, end) => {
    const sentence = sentenceAt(ctx, start);
    const aimedAtYou = sentence !== undefined && findAll(sentence.text, ctx.phrases.politeness.you).length > 0;
    const rewrite = aimedAtYou ? generalReason(ctx, sentence) : [];
    return rewrite?.[0] ?? { label: render(ctx.uiLang, 'politeness/insult.fix'), edits: [deletionEdit(ctx, start, end)] };
  },
});
