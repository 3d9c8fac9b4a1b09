// Findings grouped by principle. Each says in one line what is wrong and under which principle,
// offers its fixes (previewed on hover and on focus), "ignore here" and "turn this check off".
// Hovering or focusing a finding asks the content script to highlight its range in the draft.
import { useState } from 'preact/hooks';
import { applyEdits } from '../engine/fixes';
import { CORE_PRINCIPLES, SUPPORTING_PRINCIPLES, type Finding, type Fix, type Principle } from '../engine/types';
import { ignoreKey, type I18n, type PanelActions } from './contract';
import { DiffView } from './Diff';
import { wordDiff, type DiffPart } from './diff';
import { principleKey } from './keys';

const ORDER: readonly Principle[] = [...CORE_PRINCIPLES, ...SUPPORTING_PRINCIPLES];
/**
 * Findings drawn per group until the user asks for more: a very long draft can have hundreds,
 * and drawing them all at once would freeze the page (bench/page.mjs: ~90 ms for a 100k draft).
 */
export const GROUP_LIMIT = 15;

type Props = { findings: Finding[]; text: string; ignored: ReadonlySet<string>; i18n: I18n; actions: PanelActions };

export function visibleFindings(findings: readonly Finding[], ignored: ReadonlySet<string>): Finding[] {
  return findings.filter((f) => !ignored.has(ignoreKey(f)));
}

export function Findings({ findings, text, ignored, i18n, actions }: Props) {
  const shown = visibleFindings(findings, ignored);
  const groups = ORDER.map((p) => ({ principle: p, items: shown.filter((f) => f.principle === p) })).filter((g) => g.items.length);
  const [expanded, setExpanded] = useState<ReadonlySet<Principle>>(new Set());
  return (
    <div class="findings">
      {groups.map((group) => {
        const all = expanded.has(group.principle);
        const items = all ? group.items : group.items.slice(0, GROUP_LIMIT);
        const hidden = group.items.length - items.length;
        return (
          <section key={group.principle} class="group" data-sopan-group={group.principle} aria-label={i18n.t(principleKey(group.principle))}>
            <h3>{i18n.t(principleKey(group.principle))}</h3>
            <ul>
              {items.map((finding) => (
                <FindingItem key={`${finding.rule}@${finding.start}`} finding={finding} text={text} i18n={i18n} actions={actions} />
              ))}
            </ul>
            {hidden > 0 && (
              <button type="button" class="quiet" data-sopan-show-more onClick={() => setExpanded(new Set([...expanded, group.principle]))}>
                {i18n.t('showMoreFindings', String(hidden))}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}

function FindingItem({ finding, text, i18n, actions }: { finding: Finding; text: string; i18n: I18n; actions: PanelActions }) {
  const [previewed, setPreviewed] = useState<number | null>(null);
  const principle = i18n.t(principleKey(finding.principle));
  const previewId = `sopan-preview-${finding.rule.replace(/\W/g, '-')}-${finding.start}`;
  return (
    <li
      class={`finding severity-${finding.severity}`}
      data-sopan-finding={finding.rule}
      data-principle={finding.principle}
      data-start={finding.start}
      data-end={finding.end}
      onMouseEnter={() => actions.highlight(finding)}
      onMouseLeave={() => actions.highlight(null)}
      onFocusIn={() => actions.highlight(finding)}
      onFocusOut={() => actions.highlight(null)}
    >
      <p class="reason">
        <span class="reason-principle">{i18n.t('reasonPrinciple', principle)}</span> {finding.message}
      </p>
      <div class="actions">
        {finding.fixes.map((fix, i) => (
          <span key={i} class="fix-wrap">
            <button
              type="button"
              class="fix primary"
              data-sopan-fix
              aria-label={i18n.t('applyFixLabel', fix.label)}
              aria-describedby={previewed === i ? previewId : undefined}
              onMouseEnter={() => setPreviewed(i)}
              onMouseLeave={() => setPreviewed(null)}
              onFocus={() => setPreviewed(i)}
              onBlur={() => setPreviewed(null)}
              onClick={() => actions.applyFix(finding, fix)}
            >
              {fix.label}
            </button>
            {previewed === i && (
              <span class="fix-preview" id={previewId} role="tooltip" data-sopan-fix-preview>
                <DiffView parts={fixPreview(text, fix)} i18n={i18n} />
              </span>
            )}
          </span>
        ))}
        <button type="button" class="quiet" data-sopan-ignore aria-label={i18n.t('ignoreHereLabel', finding.actual)} onClick={() => actions.ignore(finding)}>
          {i18n.t('ignoreHere')}
        </button>
        <button type="button" class="quiet" data-sopan-disable-rule aria-label={i18n.t('turnOffLabel', principle)} onClick={() => actions.disableRule(finding.rule)}>
          {i18n.t('turnOff')}
        </button>
      </div>
    </li>
  );
}

/** Words of context kept on each side of a fix in its preview, so the change reads in place. */
const CONTEXT_WORDS = 3;
const CONTEXT_CHARS = 40;

/** The fix's neighbourhood before and after: whole words plus a few words of context. */
export function fixPreview(text: string, fix: Fix): DiffPart[] {
  if (!fix.edits.length) return [];
  const first = Math.min(...fix.edits.map((e) => e.start));
  const last = Math.max(...fix.edits.map((e) => e.end));
  const start = contextStart(text, first);
  const end = contextEnd(text, last);
  const before = text.slice(start, end);
  const after = applyEdits(before, fix.edits.map((e) => ({ ...e, start: e.start - start, end: e.end - start })));
  return wordDiff(before, after);
}

function contextStart(text: string, from: number): number {
  const space = (i: number) => /\s/.test(text[i]!);
  let i = from;
  while (i > 0 && !space(i - 1)) i--; // the word the fix starts in
  for (let words = 0; words < CONTEXT_WORDS && i > 0 && from - i < CONTEXT_CHARS; words++) {
    let j = i;
    while (j > 0 && space(j - 1) && text[j - 1] !== '\n') j--;
    if (j === i) break; // a line break: the context stays in its paragraph
    while (j > 0 && !space(j - 1)) j--;
    i = j;
  }
  return i;
}

function contextEnd(text: string, from: number): number {
  const space = (i: number) => /\s/.test(text[i]!);
  let i = from;
  while (i < text.length && !space(i) && i > 0 && !space(i - 1)) i++; // the word the fix ends in
  for (let words = 0; words < CONTEXT_WORDS && i < text.length && i - from < CONTEXT_CHARS; words++) {
    let j = i;
    while (j < text.length && space(j) && text[j] !== '\n') j++;
    if (j === i && (j >= text.length || space(j))) break;
    while (j < text.length && !space(j)) j++;
    i = j;
  }
  return i;
}
