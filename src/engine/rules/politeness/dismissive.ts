// Dismissive phrases ("not my problem", "whatever", "terserah") wave the customer's concern away.
import { render } from '../../messages/render';
import { clauseRemoval } from '../clarity/text-edits';
import { phraseRule } from './phrase-rule';

export const dismissive = phraseRule({
  id: 'politeness/dismissive',
  list: (book) => book.politeness.dismissive,
  fix: (ctx, start, end) => ({ label: render(ctx.uiLang, 'politeness/dismissive.fix'), edits: [clauseRemoval(ctx, start, end)] }),
});
