// One-click inserts offered by the panel whatever the findings: a greeting, a thank-you opener,
// a house rule, a warm closing, an alternative. Each is one Edit placed where it belongs, in the
// draft's language, or null when the draft already has it (or there is nowhere sensible to put it).
import { baseContext, type RuleContext } from './context';
import { detectLang } from './lang';
import { closingEdit, greetingLine } from './rules/politeness/missing-frame';
import { houseRuleSentence } from './rules/supporting/rules';
import { afterDecision, afterGreeting } from './rules/supporting/place';
import type { AnalyzeOptions, Draft, Edit } from './types';

export const INSERT_KINDS = ['greeting', 'thanks', 'house-rule', 'closing', 'alternative'] as const;
export type InsertKind = (typeof INSERT_KINDS)[number];

/** What an insert reads: the analysis context before scenario inference. */
export type InsertInput = Omit<RuleContext, 'scenario' | 'inRight'>;

function pick(input: InsertInput, index: number | undefined): InsertInput {
  if (index === undefined) return input;
  // The user chose one of their saved house rules: put it first.
  const rules = input.settings.houseRules ?? [];
  const chosen = rules[index];
  return chosen ? { ...input, settings: { ...input.settings, houseRules: [chosen] } } : input;
}

export function insertEdit(kind: InsertKind, input: InsertInput, index?: number): Edit | null {
  const t = input.phrases.supporting.templates;
  switch (kind) {
    case 'greeting':
      return input.layout.greeting ? null : { start: 0, end: 0, text: `${greetingLine(input)}\n\n` };
    case 'thanks':
      return afterGreeting(input, t.thanks);
    case 'house-rule':
      return afterDecision(input, houseRuleSentence(pick(input, index)));
    case 'closing':
      return closingEdit(input, input.layout.closing === null);
    case 'alternative':
      // TODO(helper B): call the exported insert of src/engine/rules/alternative/insert.ts once it exists.
      return null;
  }
}

/** The public entry: the edit for one insert on a draft, analyzed as `analyze` would. */
export function insertion(kind: InsertKind, draft: Draft, options: AnalyzeOptions = {}, index?: number): Edit | null {
  const text = typeof draft?.body === 'string' ? draft.body : '';
  const subject = draft?.subject ?? '';
  const lang = options.lang === 'en' || options.lang === 'id' ? options.lang : detectLang(`${subject}\n${text}`);
  const input = baseContext({ text, subject, recipientName: draft?.recipientName, lang, uiLang: options.uiLang ?? lang, settings: options.settings ?? {} });
  return insertEdit(kind, input, index);
}
