// Insults and profanity: never acceptable towards a customer (PRINCIPLES politeness, source 004).
// Aimed at the customer ("your behaviour was disgusting"), the sentence gives way to 002's general
// reason; elsewhere the word itself goes.
import { render } from '../../messages/render';
import { findAll } from '../../text/match';
import { deletionEdit, sentenceAt } from '../clarity/text-edits';
import { generalReason } from './accusation';
import { phraseRule } from './phrase-rule';

export const insult = phraseRule({
  id: 'politeness/insult',
  list: (book) => book.politeness.insults,
  severity: 'error',
  fix: (ctx, start, end) => {
    const sentence = sentenceAt(ctx, start);
    const aimedAtYou = sentence !== undefined && findAll(sentence.text, ctx.phrases.politeness.you).length > 0;
    const rewrite = aimedAtYou ? generalReason(ctx, sentence) : [];
    return rewrite?.[0] ?? { label: render(ctx.uiLang, 'politeness/insult.fix'), edits: [deletionEdit(ctx, start, end)] };
  },
});
