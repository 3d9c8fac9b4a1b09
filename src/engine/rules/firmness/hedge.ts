// A hedge inside the decision sentence: "Perhaps it won't be possible", "sepertinya tidak bisa",
// "we might not be able to". A hedge on a suggestion or referral in the same sentence is fine,
// and so is one anywhere else ("you might find Tidy Corner a good fit").
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import { findAll, hasAny } from '../../text/match';
import { isSpaceCode, type Span } from '../../text/segment';
import { clauseAt } from '../../understand/clauses';
import { declineHits, terminationHits } from '../../understand/acts';
import { offersOf as offerPhrases } from '../../understand/alternatives';
import { findIn, overlapsAny, wordsBefore } from '../../understand/find';
import { atSentenceStart, deletionEdit } from '../clarity/text-edits';
import { decisionSentences, firmnessApplies } from './scope';
import { askOnce, clausesOf } from '../per-analysis';

// Lists derived from the phrase book once, not on every sentence (performance only).
const keysOf = new WeakMap<object, string[]>();
const offersOf = new WeakMap<object, string[]>();

function hedgeKeys(map: Record<string, string>): string[] {
  let keys = keysOf.get(map);
  if (!keys) keysOf.set(map, (keys = Object.keys(map)));
  return keys;
}

function allOffers(m: RuleContext['phrases']['meaning']): string[] {
  let offers = offersOf.get(m);
  if (!offers) offersOf.set(m, (offers = [...m.strongOffers, ...offerPhrases(m)]));
  return offers;
}

export const hedge: Rule = {
  id: 'firmness/hedge',
  principle: 'firmness',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    if (!firmnessApplies(ctx)) return [];
    const book = ctx.phrases.firmness;
    const map = book.hedgeReplacements as Record<string, string>;
    const hits: RuleHit[] = [];
    for (const sentence of decisionSentences(ctx)) {
      const replaced = findAll(sentence.text, hedgeKeys(map), sentence.start).filter((h) => !ctx.isQuoted(h.start, h.end));
      for (const h of replaced) {
        if (onSuggestion(ctx, sentence, h)) continue;
        const firm = map[replacementKey(h.text)];
        if (firm === undefined) continue;
        const edit = firmEdit(ctx, h, firm);
        hits.push({ start: h.start, end: h.end, messageId: 'firmness/hedge', fixes: [{ label: render(ctx.uiLang, 'firmness/firm.fix'), edits: [edit] }] });
      }
      for (const h of gappedHits(ctx, sentence, map)) {
        if (ctx.isQuoted(h.start, h.end) || overlapsAny(replaced, h.start, h.end)) continue;
        replaced.push(h);
        hits.push({ start: h.start, end: h.end, messageId: 'firmness/hedge', fixes: [{ label: render(ctx.uiLang, 'firmness/firm.fix'), edits: [firmEdit(ctx, h, h.firm)] }] });
      }
      // "tidak mungkin", "can't possibly": a negated hedge word is emphatic, not a hedge.
      const negators = ctx.phrases.meaning.negators;
      for (const h of findIn(ctx.text, sentence, book.hedges, { quotes: [], negators, window: 1 })) {
        if (ctx.isQuoted(h.start, h.end) || overlapsAny(replaced, h.start, h.end) || onSuggestion(ctx, sentence, h)) continue;
        // "the kind of service you expect": after a determiner the hedge word is a noun, hedging nothing.
        if (onCustomersCondition(ctx, h) || book.nounLeads.includes(wordsBefore(ctx.text, h.start, 1)[0] ?? '')) continue;
        if (judgesFit(ctx, h) || doubtsOthers(ctx, h)) continue;
        // "I'm not sure a refund is possible": deleting the doubt would turn the refusal into a promise.
        const flips = hasAny(h.text, ctx.phrases.meaning.doubts);
        const fixes = flips ? [] : [{ label: render(ctx.uiLang, 'firmness/hedge.fix'), edits: [deletionEdit(ctx, h.start, h.end)] }];
        hits.push({ start: h.start, end: h.end, messageId: 'firmness/hedge', fixes });
      }
    }
    return hits;
  },
};

/**
 * The hit as the replacement map spells its keys: lower case, straight apostrophes, single spaces.
 * An ASCII hit whose spaces are single already needs only the lower-casing (most do): no pattern run.
 */
export function replacementKey(text: string): string {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const plain = code === 0x20 ? !isSpaceCode(text.charCodeAt(i + 1)) : code > 0x20 && code < 0x80;
    if (!plain) return text.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  }
  return text.toLowerCase();
}

type Gapped = { re: RegExp; firm: string };
const gappedOf = new WeakMap<object, { list: Gapped[]; heads: string[] }>();

/**
 * Replacements with a gap ("saya kurang yakin … bisa" → "… tidak bisa"): up to four words of the
 * draft stand between the two parts and are kept, so "saya kurang yakin fitur ini bisa masuk"
 * becomes "fitur ini tidak bisa masuk".
 */
export function gappedHits(ctx: RuleContext, sentence: Span, map: Record<string, string>): (Span & { firm: string })[] {
  let gapped = gappedOf.get(map);
  if (!gapped) {
    const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const heads: string[] = [];
    const list = Object.entries(map)
      .filter(([key]) => key.includes(' … '))
      .map(([key, firm]) => {
        const [head = '', tail = ''] = key.split(' … ');
        heads.push(head);
        const re = new RegExp(`(?<![\\p{L}\\p{N}_])${esc(head)}\\s+((?:[\\p{L}\\p{N}_'’-]+\\s+){0,4}?)${esc(tail)}(?![\\p{L}\\p{N}_])`, 'giu');
        return { re, firm };
      });
    gapped = { list, heads: [...new Set(heads)] };
    gappedOf.set(map, gapped);
  }
  const hits: (Span & { firm: string })[] = [];
  // Every gapped match starts with its head as a phrase: without one (the phrase index tells), none.
  if (gapped.list.length === 0 || findAll(sentence.text, gapped.heads, sentence.start).length === 0) return hits;
  const text = sentence.text;
  for (const { re, firm } of gapped.list) {
    // exec on the shared global pattern: matchAll would copy the pattern on every call.
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = sentence.start + m.index;
      const middle = (m[1] ?? '').trim();
      hits.push({ start, end: start + m[0].length, text: m[0], firm: firm.replace('…', middle).replace(/\s+/g, ' ').trim() });
    }
    re.lastIndex = 0;
  }
  return hits;
}

/** The firm wording, capitalized only where a sentence starts (and "I" always, in English). */
function firmEdit(ctx: RuleContext, hit: Span, firm: string) {
  let text = ctx.lang === 'en' ? firm.replace(/\bi\b/g, 'I') : firm;
  if (atSentenceStart(ctx, hit.start)) text = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return { start: hit.start, end: hit.end, text };
}

/**
 * "Maybe if you read the form…", "Mungkin kalau kakak baca dulu…": the hedge opens a condition on
 * the customer's own doing (a jab or a tip), not on the decision.
 */
function onCustomersCondition(ctx: RuleContext, hit: Span): boolean {
  if (!mayOpenWithSubject(ctx.text, hit.end, ctx.phrases.firmness.conditionalLeads)) return false;
  const after = ctx.text.slice(hit.end, hit.end + 40).toLowerCase().replace(/^[\s,]+/, '');
  return ctx.phrases.firmness.conditionalLeads.some((lead) => {
    if (!after.startsWith(`${lead} `)) return false;
    // "you'd", "you’ve": the subject without its contracted verb.
    const subject = (after.slice(lead.length + 1).split(/[\s,.;:!?]+/)[0] ?? '').split(/['’]/)[0]!;
    return ctx.phrases.meaning.otherSubjects.includes(subject);
  });
}

/** "I'm not sure why you thought the deposit would come back": doubt about the customer's view, not the decision. */
function doubtsOthers(ctx: RuleContext, hit: Span): boolean {
  if (!mayOpenWithSubject(ctx.text, hit.end, ctx.phrases.firmness.doubtAboutOthers)) return false;
  const after = ctx.text.slice(hit.end, hit.end + 20).toLowerCase().replace(/^[\s,]+/, '');
  return ctx.phrases.firmness.doubtAboutOthers.some((w) => after.startsWith(`${w} `));
}

/**
 * "I don't think I'm the right teacher for your family", "Saya rasa kami kurang cocok": the hedge
 * softens a judgment of fit, the general reason for ending (source 002), not the decision.
 */
function judgesFit(ctx: RuleContext, hit: Span): boolean {
  const { fitSubjects, fitJudgments } = ctx.phrases.firmness;
  if (!mayOpenWithSubject(ctx.text, hit.end, fitSubjects)) return false;
  const after = ctx.text.slice(hit.end, hit.end + 60).toLowerCase().replace(/’/g, "'").replace(/^[\s,]+/, '').replace(/\s+/g, ' ');
  return fitSubjects.some((s) => {
    if (!after.startsWith(`${s} `)) return false;
    const rest = after.slice(s.length + 1);
    return fitJudgments.some((j) => rest.startsWith(j) && !/[\p{L}\p{N}]/u.test(rest.charAt(j.length)));
  });
}

/**
 * False only when the text after `end` (past spaces and commas, as judgesFit, onCustomersCondition
 * and doubtsOthers read it) opens on an ASCII character no word of `subjects` starts with: most
 * hedges, read without slicing and lower-casing. (Those read at most 60 characters; past them
 * this says true, and the long way decides.)
 */
export function mayOpenWithSubject(text: string, end: number, subjects: readonly string[]): boolean {
  const reach = Math.min(text.length, end + 60);
  let at = end;
  while (at < reach && (isSpaceCode(text.charCodeAt(at)) || text.charCodeAt(at) === 0x2c)) at++;
  if (at === reach) return false;
  const code = text.charCodeAt(at);
  // Other characters may lower-case to ASCII ones (K, the Kelvin sign): the long way.
  if (code >= 0x80) return true;
  const lower = code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  return subjects.some((s) => s.charCodeAt(0) === lower);
}

/** True when the hedge sits in a clause that offers something rather than deciding. */
function onSuggestion(ctx: RuleContext, sentence: Span, hit: Span): boolean {
  const list = clausesOf(ctx, sentence);
  const clause = list[clauseAt(list, hit.start)];
  if (!clause) return false;
  return askOnce(ctx, 'suggests', clause, () => {
    const m = ctx.phrases.meaning;
    const offers = findIn(ctx.text, clause, allOffers(m), { quotes: [], negators: m.negators, window: 1 });
    // Whether the clause decides matters only where it offers.
    if (offers.length === 0) return false;
    const decides =
      declineHits(ctx.text, clause, m, []).length > 0 ||
      terminationHits(ctx.text, clause, m, []).length > 0 ||
      findIn(ctx.text, clause, m.rules, { quotes: [] }).length > 0;
    return !decides;
  });
}
