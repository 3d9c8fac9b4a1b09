// Threats. Citing the written agreement ("under clause 7…", "sesuai pasal 5…") is stating a rule,
// not threatening, so a threat phrase right after such a reference does not count.
import { findAll } from '../../text/match';
import { wordsBefore } from '../clarity/text-edits';
import { phraseRule } from './phrase-rule';

export const threat = phraseRule({
  id: 'politeness/threat',
  list: (book) => book.politeness.threats,
  skip: (ctx, start) => {
    const before = wordsBefore(ctx.text, start, 8).join(' ');
    return findAll(before, ctx.phrases.politeness.threatExceptions).length > 0;
  },
});
