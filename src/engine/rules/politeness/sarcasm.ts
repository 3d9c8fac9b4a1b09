// Sarcasm and scolding ("as I already told you", "kan udah dibilang"): needling without a rude word.
import { render } from '../../messages/render';
import { clauseRemoval } from '../clarity/text-edits';
import { phraseRule } from './phrase-rule';

export const sarcasm = phraseRule({
  id: 'politeness/sarcasm',
  list: (book) => book.politeness.sarcasm,
  fix: (ctx, start, end) => ({ label: render(ctx.uiLang, 'politeness/sarcasm.fix'), edits: [clauseRemoval(ctx, start, end)] }),
});
