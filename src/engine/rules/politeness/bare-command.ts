// Bare commands: a sentence that opens with an imperative verb and has no softener ("Read the
// contract.", "Baca dulu notanya!"). A leading vocative ("Kak,", "Tom,") does not hide it.
// Indonesian verbs take suffixes (-kan, -i, -lah, -in) and may be followed by "dulu", so the
// verb list holds base forms and the pattern adds the morphology.
import type { RuleContext } from '../../context';
import { render } from '../../messages/render';
import type { Rule, RuleHit } from '../../rule';
import { hasAny } from '../../text/match';
import type { Span } from '../../text/segment';
import { alternation } from '../../understand/find';
import { capitalize, inBody } from '../clarity/text-edits';

const VOCATIVE = /^(?:(?:kak|kakak|pak|bu|mas|mbak|bapak|ibu|sis|gan)(?:\s+\p{Lu}\p{L}*)?|\p{Lu}\p{L}+)\s*,\s*/iu;
const FIRST_PERSON_AGENT = /^\s+(?:kami|saya|aku|kita|we|i)\b/i;

// Built once per verb list (a regex per sentence cost ~0.1 ms per 1k words).
const commandPatterns = new WeakMap<readonly string[], RegExp>();
const exceptionPatterns = new WeakMap<readonly string[], RegExp>();

/** The verb pattern, sticky: tried where the sentence (or the words after its vocative) starts. */
function commandPattern(ctx: RuleContext): RegExp {
  const list = ctx.phrases.politeness.commandVerbs;
  let re = commandPatterns.get(list);
  if (!re) {
    const suffix = ctx.lang === 'id' ? '(?:kan|i|lah|in|kanlah)?' : '';
    re = new RegExp(`${alternation(list)}${suffix}(?![\\p{L}\\p{N}_\\-'’])`, 'iuy');
    commandPatterns.set(list, re);
  }
  return re;
}

function exceptionPattern(list: readonly string[]): RegExp {
  let re = exceptionPatterns.get(list);
  if (!re) {
    re = new RegExp(`^${alternation(list)}`, 'iu');
    exceptionPatterns.set(list, re);
  }
  return re;
}

const LIST_ITEM = /^\s*(?:\d+[.)]|[-*•–])\s*$/;

/**
 * False when what comes before the first comma (where a vocative ends: it holds none) surely is no
 * vocative: an ASCII character that is neither a letter nor a space, or a third word. Read in place,
 * as most sentences fail here; any other character leaves it to the pattern.
 */
function mayOpenWithVocative(text: string, comma: number): boolean {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < comma; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return true;
    const lower = code | 0x20;
    if (lower >= 0x61 && lower <= 0x7a) {
      if (!inWord && ++words > 2) return false;
      inWord = true;
    } else if (code === 0x20 || (code >= 0x09 && code <= 0x0d)) inWord = false;
    else return false;
  }
  return true;
}

function commandIn(ctx: RuleContext, sentence: Span): RuleHit | null {
  // A vocative ends in a comma: without one in the sentence, none is looked for.
  const comma = sentence.text.indexOf(',');
  const vocative = comma >= 0 && mayOpenWithVocative(sentence.text, comma) ? sentence.text.match(VOCATIVE) : null;
  const offset = vocative && !/^(?:please|mohon|tolong)\b/i.test(vocative[0]) ? vocative[0].length : 0;
  // Most sentences open with no command verb: that is checked first, in place.
  const pattern = commandPattern(ctx);
  pattern.lastIndex = offset;
  const verb = pattern.exec(sentence.text);
  if (!verb) return null;
  // A list item ("1. Send it tomorrow…") is an option or a step the writer lays out, not an order.
  const lineStart = ctx.text.lastIndexOf('\n', sentence.start - 1) + 1;
  if (LIST_ITEM.test(ctx.text.slice(lineStart, sentence.start)) || /^\s*(?:\d+[.)]|[-*•–])\s/.test(sentence.text)) return null;
  const rest = sentence.text.slice(offset);
  const book = ctx.phrases.politeness;
  if (FIRST_PERSON_AGENT.test(rest.slice(verb[0].length)) || /^\s*:/.test(rest.slice(verb[0].length))) return null;
  if (exceptionPattern(book.commandExceptions).test(rest) || hasAny(sentence.text, book.softeners)) return null;
  const start = sentence.start + offset;
  if (ctx.isQuoted(start, sentence.end)) return null;
  const soft = capitalize(book.softenedCommand);
  const lowered = offset > 0 ? book.softenedCommand : soft;
  const firstChar = ctx.text[start]!;
  return {
    start,
    end: sentence.end,
    messageId: 'politeness/bare-command',
    values: { phrase: sentence.text.slice(offset) },
    fixes: [
      {
        label: render(ctx.uiLang, 'politeness/bare-command.fix'),
        edits: [{ start, end: start + 1, text: `${lowered} ${firstChar.toLocaleLowerCase()}` }],
      },
    ],
  };
}

export const bareCommand: Rule = {
  id: 'politeness/bare-command',
  principle: 'politeness',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    // A loop, not flatMap: an array per sentence cost more than the check of most sentences.
    const hits: RuleHit[] = [];
    for (const s of ctx.sentences) {
      if (!inBody(ctx, s.start, s.end)) continue;
      const hit = commandIn(ctx, s);
      if (hit) hits.push(hit);
    }
    return hits;
  },
};
