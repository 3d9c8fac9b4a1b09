// Blame by a counterfactual: "if you'd filled in the song form, it would never have happened",
// "if Aisha had actually practised, we wouldn't be this close". The condition names what the
// customer (or their child, their staff) failed to do and the consequence lays the trouble on it.
// A kind offer ("if you'd like, we would…") or a plain condition ("if you had any questions")
// names no deed.
import type { RuleContext } from '../../context';
import { findAll, hasAny } from '../../text/match';
import type { Span } from '../../text/segment';
import { wordsBefore } from '../../understand/find';
import { sentenceAt } from '../clarity/text-edits';

const CONDITION_REACH = 4;

// Per intensifier list, each intensifier's pattern: built once, not per hit.
const intensifierPatterns = new WeakMap<readonly string[], RegExp[]>();

function intensifierPatternsOf(intensifiers: readonly string[]): RegExp[] {
  let patterns = intensifierPatterns.get(intensifiers);
  if (!patterns) {
    patterns = intensifiers.map((word) => new RegExp(`^\\s+${word.replace(/\s+/g, '\\s+')}(?=\\s)`));
    intensifierPatterns.set(intensifiers, patterns);
  }
  return patterns;
}

/** The first word after `end`, skipping the intensifiers ("if you'd actually read" → "read"). */
function deedAfter(ctx: RuleContext, end: number): string {
  const patterns = intensifierPatternsOf(ctx.phrases.politeness.counterfactualBlame.intensifiers);
  let rest = ctx.text.slice(end, end + 60).toLowerCase().replace(/’/g, "'");
  for (let again = true; again; ) {
    again = false;
    for (const pattern of patterns) {
      const m = pattern.exec(rest);
      if (m) {
        rest = rest.slice(m[0].length);
        again = true;
      }
    }
  }
  return /^\s+([\p{L}'-]+)/u.exec(rest)?.[1] ?? '';
}

export function counterfactualBlames(ctx: RuleContext): Span[] {
  const c = ctx.phrases.politeness.counterfactualBlame;
  const customer = findAll(ctx.text, c.customer);
  const underlined = findAll(ctx.text, c.underlined).filter((h) => {
    const before = wordsBefore(ctx.text, h.start, CONDITION_REACH);
    const at = Math.max(...c.conditions.map((w) => before.lastIndexOf(w)));
    // The subject between the condition and the deed is the customer's side, not "the courier".
    return at >= 0 && !before.slice(at + 1).some((w) => c.notCustomers.includes(w));
  });
  return [...customer, ...underlined].filter((hit) => {
    if (ctx.isQuoted(hit.start, hit.end)) return false;
    const deed = deedAfter(ctx, hit.end);
    if (!deed || c.notDeeds.includes(deed)) return false;
    const sentence = sentenceAt(ctx, hit.start);
    return sentence !== undefined && hasAny(ctx.text.slice(hit.end, sentence.end), c.consequences);
  });
}
