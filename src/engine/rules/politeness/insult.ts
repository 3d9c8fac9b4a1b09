// Insults and profanity: never acceptable towards a customer (PRINCIPLES politeness, source 004).
import { render } from '../../messages/render';
import { deletionEdit } from '../clarity/text-edits';
import { phraseRule } from './phrase-rule';

export const insult = phraseRule({
  id: 'politeness/insult',
  list: (book) => book.politeness.insults,
  severity: 'error',
  fix: (ctx, start, end) => ({ label: render(ctx.uiLang, 'politeness/insult.fix'), edits: [deletionEdit(ctx, start, end)] }),
});
