// Shouting: words in capitals and "!!!". Capitals are not shouting when they are an acronym
// (PDF, DP, BCA…), part of a code (INV-2291, TP1350), or a name the draft also writes normally
// ("YUSUF HAMZAH" on a ticket, "Bapak Yusuf Hamzah" in the greeting). Short capital words count
// only when they are ordinary words ("NOT", "STOP"), since unknown short ones are mostly acronyms.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import { atSentenceStart, capitalize, wordsBefore } from '../clarity/text-edits';
import { analysisMemo } from '../per-analysis';

const CAPS_RUN = /(?<![\p{L}\p{N}_#\-/.@])\p{Lu}{2,}(?:[ \t]+\p{Lu}{2,})*(?![\p{L}\p{N}_\-/@])/gu;
const LONG_WORD = 5;

// What `text.matchAll(CAPS_RUN)` finds, with the regex tried (sticky) only where two capitals may
// stand in a row: scanning every position with the lookbehind cost ~0.1 ms per 1k words, and a
// loop over every character ~0.03 ms. Two capitals are two units that are each A-Z or non-ASCII,
// which a plain regex finds fast; the sticky pattern then checks capitals and lookbehind itself.
const CAPS_RUN_AT = new RegExp(CAPS_RUN.source, 'uy');
const MAY_BE_CAPITALS = /[A-Z\u0080-\uffff]{2}/g;
const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;

export function capsRuns(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let from = 0;
  const re = MAY_BE_CAPITALS;
  for (re.lastIndex = 0; ; ) {
    const c = re.exec(text);
    if (!c) break;
    const i = c.index;
    // Every place is looked at, not only every other one: "éAB" holds one at 1.
    re.lastIndex = i + 1;
    // Inside a surrogate pair is no character start.
    const code = text.charCodeAt(i);
    if (i < from || (code >= 0xdc00 && code <= 0xdfff && isHigh(text.charCodeAt(i - 1)))) continue;
    CAPS_RUN_AT.lastIndex = i;
    const m = CAPS_RUN_AT.exec(text);
    if (!m) continue;
    out.push(m);
    from = i + m[0].length;
    if (re.lastIndex < from) re.lastIndex = from;
  }
  re.lastIndex = 0;
  return out;
}

/** Subject, recipient and draft, joined once per analysis (not once per capitalized word). */
function haystackOf(ctx: RuleContext): string {
  const memo = analysisMemo(ctx);
  return (memo.haystack ??= `${ctx.subject}\n${ctx.recipientName ?? ''}\n${ctx.text}`);
}

/** Once per word and analysis: each answer scans the whole draft. */
function isName(ctx: RuleContext, word: string): boolean {
  const memo = analysisMemo(ctx);
  const seen = (memo.names ??= new Map());
  let found = seen.get(word);
  if (found === undefined) {
    const title = capitalize(word.toLocaleLowerCase());
    found = new RegExp(`(?<![\\p{L}])${title}(?![\\p{L}])`, 'u').test(haystackOf(ctx));
    seen.set(word, found);
  }
  return found;
}

function shouts(ctx: RuleContext, word: string): boolean {
  const book = ctx.phrases.politeness;
  if (book.knownAcronyms.includes(word)) return false;
  const lower = word.toLocaleLowerCase();
  if (word.length < LONG_WORD) return book.shoutedShortWords.includes(lower) || ctx.phrases.common.functionWords.includes(lower);
  return !isName(ctx, word);
}

function inFrame(ctx: RuleContext, start: number): boolean {
  return (ctx.layout.greeting !== null && start < ctx.layout.greeting.end) || start >= ctx.layout.signOffStart;
}

/** "Park in the bays marked VISITOR": capitals right after a label word quote the sign. */
function quotesLabel(ctx: RuleContext, start: number): boolean {
  const before = wordsBefore(ctx.text, start, 1)[0];
  return before !== undefined && ctx.phrases.politeness.labelLeads.includes(before);
}

function capsHits(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  for (const m of capsRuns(ctx.text)) {
    const words = m[0].split(/\s+/);
    // Greeting and sign-off lines hold names and company names, often in capitals.
    if (inFrame(ctx, m.index) || quotesLabel(ctx, m.index) || !words.some((w) => shouts(ctx, w))) continue;
    const start = m.index;
    const end = start + m[0].length;
    // Lower-case only the shouted words; acronyms inside the run stay as they are.
    const fixed = words.map((w) => (shouts(ctx, w) ? w.toLocaleLowerCase() : w));
    const separators = m[0].match(/[ \t]+/g) ?? [];
    let text = fixed.map((w, i) => w + (separators[i] ?? '')).join('');
    if (atSentenceStart(ctx, start)) text = capitalize(text);
    hits.push({
      start,
      end,
      messageId: 'politeness/shouting',
      values: { phrase: m[0] },
      fixes: [{ label: render(ctx.uiLang, 'politeness/shouting.fix'), edits: [{ start, end, text }] }],
    });
  }
  return hits;
}

function exclamationHits(ctx: RuleContext): RuleHit[] {
  const hits: RuleHit[] = [];
  // "!!!" and "?!" shout; a friendly "Thanks so much!!" does not (LABELS.md names "!!!").
  // Every match holds one of these: most drafts hold none, and the pattern would try each position.
  const t = ctx.text;
  if (!(t.includes('!!!') || t.includes('!?') || t.includes('?!') || t.includes('???'))) return hits;
  for (const m of ctx.text.matchAll(/[!?]*!{3,}[!?1]*|[!?]*(?:!\?|\?!)[!?]*|\?{3,}/g)) {
    const text = m[0].includes('!') ? '.' : '?';
    hits.push({
      start: m.index,
      end: m.index + m[0].length,
      messageId: 'politeness/exclamations',
      values: { phrase: m[0] },
      fixes: [{ label: render(ctx.uiLang, 'politeness/exclamations.fix'), edits: [{ start: m.index, end: m.index + m[0].length, text }] }],
    });
  }
  return hits;
}

export const shouting: Rule = {
  id: 'politeness/shouting',
  principle: 'politeness',
  languages: ['en', 'id'],
  severity: 'warning',
  check: (ctx) => [...capsHits(ctx), ...exclamationHits(ctx)].filter((h) => !ctx.isQuoted(h.start, h.end)),
};
