// Sopan's own changes to the draft (a fix, fix-all, an insert) and the panel's Undo of the last
// one. Many edits on a long draft go over several tasks, and no check reads the draft half-edited.
import type { Edit } from '../engine/types';
import type { ComposeView } from './adapter';
import { applyEditsInSlices } from './apply-slices';
import { applyEditsInEditor, diffEdits, type EditOutcome } from './edit';
import type { Later } from './schedule';
import { readText } from './text-map';

export type DraftEdits = {
  /** Applies edits made for `analyzed`, remembering the draft before for Undo. */
  edit(analyzed: string, edits: Edit[]): void;
  /** Puts back the draft before Sopan's last change; false if `text` is no longer what it left. */
  undo(text: string): boolean;
  /** Whether Undo may run on `text`: once the user has typed, it would lose their words, and is forgotten. */
  canUndo(text: string): boolean;
  /** True while a long apply runs over several tasks. */
  applying(): boolean;
};

type Options = {
  /** Drafts longer than this are edited in slices when there are several edits. */
  partsFrom: number;
  slice: Later;
  /** Runs after every apply, done or not, so the panel re-checks the draft. */
  changed: () => void;
};

export function createDraftEdits(view: ComposeView, { partsFrom, slice, changed }: Options, signal: AbortSignal): DraftEdits {
  let last: { before: string; after: string } | null = null;
  let applying = false;

  const apply = (analyzed: string, edits: Edit[], then: (outcome: EditOutcome) => void) => {
    if (analyzed.length <= partsFrom || edits.length <= 1) {
      then(applyEditsInEditor(view, analyzed, edits));
      return changed();
    }
    applying = true;
    applyEditsInSlices(view, analyzed, edits, slice, (outcome) => {
      applying = false;
      if (!signal.aborted) then(outcome);
      changed();
    });
  };

  return {
    edit(analyzed, edits) {
      apply(analyzed, edits, (outcome) => {
        if (outcome === 'applied') last = { before: analyzed, after: readText(view.body, view.classify).text };
      });
    },
    undo(text) {
      if (!last || text !== last.after) return false;
      apply(text, diffEdits(text, last.before), (outcome) => {
        if (outcome === 'applied') last = null;
      });
      return true;
    },
    canUndo(text) {
      if (last && text !== last.after) last = null;
      return last !== null;
    },
    applying: () => applying,
  };
}
