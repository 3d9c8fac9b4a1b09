// A blunt "No." / "Tidak bisa." as the first words of the reply: the refusal may stand, but it
// should not be the first thing the customer reads. The fix opens with thanks instead.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import { alternation } from '../../understand/find';

const HONORIFICS = ['kak', 'kakak', 'pak', 'bu', 'mas', 'mbak', 'bapak', 'ibu', 'sis', 'ya', 'sir', 'madam', 'deh', 'ya kak'];
// After the opener: an honorific or a capitalized name ("Gak bisa kak.", "No, Tom."), then punctuation.
const ADDRESS = `(?:\\s+(?:${HONORIFICS.map((h) => `[${h[0]}${h[0]!.toUpperCase()}]${h.slice(1)}`).join('|')}|\\p{Lu}\\p{Ll}+)){0,2}`;

// Built once per opener list (performance only).
const openerPatterns = new WeakMap<readonly string[], RegExp>();
const TAIL = new RegExp(`^${ADDRESS}\\s*([.!,]+|$)`, 'u');

function openerPattern(list: readonly string[]): RegExp {
  let re = openerPatterns.get(list);
  if (!re) openerPatterns.set(list, (re = new RegExp(`^${alternation(list)}`, 'iu')));
  return re;
}

function firstBodySentence(ctx: RuleContext) {
  return ctx.sentences.find((s) => s.start >= ctx.layout.bodyStart && s.start < ctx.layout.bodyEnd);
}

export const bluntOpener: Rule = {
  id: 'politeness/blunt-opener',
  principle: 'politeness',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    const sentence = firstBodySentence(ctx);
    if (!sentence) return [];
    const opener = sentence.text.match(openerPattern(ctx.phrases.politeness.bluntOpeners));
    const tail = opener && sentence.text.slice(opener[0].length).match(TAIL);
    if (!opener || !tail) return [];
    const m = [opener[0] + tail[0], tail[1]] as const;
    const start = sentence.start;
    const end = start + m[0].length;
    const replacement = ctx.phrases.politeness.bluntOpenerReplacement;
    const core = m[0].replace(/[.!,\s]+$/, '');
    // "No, we won't…" → "Thank you for asking, but we won't…"; "Gak bisa kak." → "…, namun gak bisa kak."
    const rest = ctx.text.slice(end).trimStart();
    const wholeSentence = /[.!]/.test(m[1] ?? '') || rest === '' || end >= sentence.end;
    // "No, you don't need to bring anything." answers a question; only a refusal opened by "No," is blunt.
    const refuses = [...ctx.meaning.declines, ...ctx.meaning.terminations].some((s) => s.start === sentence.start);
    if (!wholeSentence && !refuses) return [];
    // A bare "No," adds nothing once the sentence goes on; "Tidak bisa, kak, …" carries the refusal and stays.
    const droppable = !wholeSentence && /^(?:no|nope)$/i.test(core);
    const lowered = `${ctx.text.charAt(start).toLocaleLowerCase()}`;
    const edit = wholeSentence
      ? { start, end, text: `${replacement} ${core.charAt(0).toLocaleLowerCase()}${core.slice(1)}.` }
      : droppable
        ? { start, end: end + (ctx.text.slice(end).length - rest.length), text: `${replacement} ` }
        : { start, end: start + 1, text: `${replacement} ${lowered}` };
    const hit: RuleHit = {
      start,
      end: start + core.length,
      messageId: 'politeness/blunt-opener',
      values: { phrase: core },
      fixes: [{ label: render(ctx.uiLang, 'politeness/blunt-opener.fix'), edits: [edit] }],
    };
    return [hit];
  },
};
