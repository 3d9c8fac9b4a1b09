// What a rule module is and what it reports. A rule reports a message id, a range and fixes;
// the engine adds the principle, the severity (after the user's settings), `actual` and the
// rendered message.
import type { Fix, Lang, Principle, Severity } from './types';
import type { RuleContext } from './context';

export type RuleHit = {
  start: number;
  end: number;
  /** Key into the message catalog, e.g. "politeness/shouting". */
  messageId: string;
  values?: Record<string, string | number>;
  fixes?: Fix[];
  /** Overrides the rule's default severity for this hit (e.g. error for profanity). */
  severity?: Severity;
};

export type Rule = {
  id: string;
  principle: Principle;
  languages: readonly Lang[];
  /** warning/error for core principles, suggestion for supporting ones. */
  severity: Severity;
  check(ctx: RuleContext): RuleHit[];
};
