// A concession hedged where the business is right: "Maybe we could repaint the wall for free",
// "mungkin biayanya bisa kami hapus aja", "kalau memungkinkan kami bisa cetak ulang gratis". The
// agreed terms are reopened by an offer to give in, though no sentence declines anything (hedge.ts
// reads only decision sentences). A hedged paid suggestion ("mungkin LCD OEM Rp520.000 bisa jadi
// pilihan") concedes nothing.
import type { Rule, RuleHit } from '../../rule';
import { render } from '../../messages/render';
import type { Scenario } from '../../types';
import { clauseAt } from '../../understand/clauses';
import { hasAny } from '../../text/match';
import { findIn } from '../../understand/find';
import { deletionEdit, inBody } from '../clarity/text-edits';
import { clausesOf } from '../per-analysis';
import { decisionSentences } from './scope';

const RIGHT: readonly Scenario[] = ['complaint-right', 'boundary'];

export const concession: Rule = {
  id: 'firmness/concession',
  principle: 'firmness',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    if (!RIGHT.includes(ctx.scenario) || !ctx.inRight) return [];
    const m = ctx.phrases.meaning;
    const book = ctx.phrases.firmness;
    const decided = new Set(decisionSentences(ctx).map((s) => s.start));
    const hits: RuleHit[] = [];
    for (const sentence of ctx.sentences) {
      if (!inBody(ctx, sentence.start, sentence.end) || decided.has(sentence.start)) continue;
      const given = findIn(ctx.text, sentence, book.concessions, { quotes: [], negators: m.negators, window: 1 });
      if (given.length === 0) continue;
      const list = clausesOf(ctx, sentence);
      const hedges = findIn(ctx.text, sentence, book.hedges, { quotes: [], negators: m.negators, window: 1 });
      for (const h of hedges) {
        const clause = list[clauseAt(list, h.start)];
        if (!clause || ctx.isQuoted(h.start, h.end)) continue;
        // What is given away follows the hedge, in a clause where we are the ones giving ("We might
        // be able to refund part of it", "mungkin kami bisa datang lagi … gratis"); "mungkin lain kali
        // bisa pilih ambil sendiri biar gratis ongkir" is a tip to the customer.
        if (!hasAny(clause.text, book.ours) || !given.some((g) => g.start > h.start)) continue;
        hits.push({ start: h.start, end: h.end, messageId: 'firmness/hedge', fixes: [{ label: render(ctx.uiLang, 'firmness/hedge.fix'), edits: [deletionEdit(ctx, h.start, h.end)] }] });
        break;
      }
    }
    return hits;
  },
};
