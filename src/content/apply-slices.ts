// Many edits on a very long draft (fix-all, Undo) applied over several tasks: each edit goes
// through the page's editing path (edit.ts) and costs several milliseconds in a 100,000-character
// editor, so hundreds of them in one task would freeze the page for seconds. Each task first
// checks that the editor still reads as it did when the task before ended: if the user typed in
// between, the rest is left alone and their typing kept.
import { applyEdits } from '../engine/fixes';
import type { Edit } from '../engine/types';
import type { ComposeView } from './adapter';
import { rangeHolding, replaceRange, type EditOutcome } from './edit';
import type { Later } from './schedule';
import { readText, toRange } from './text-map';

/** Editing time per task, leaving room for the page's own input handlers within 50 ms. */
export const SLICE_BUDGET_MS = 20;

export function applyEditsInSlices(
  view: ComposeView,
  analyzed: string,
  edits: readonly Edit[],
  later: Later,
  done: (outcome: EditOutcome) => void,
  budgetMs = SLICE_BUDGET_MS,
): void {
  const read = () => readText(view.body, view.classify);
  // From the end backwards: the text before each edit is untouched, so its offsets stay valid.
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  // What the editor read when the last task ended. The editor may lay an edit out a little
  // differently than the engine's text (a removed line leaving an empty one): the text before
  // the next edit is what counts, and it is untouched by the edits after it.
  let lastRead = analyzed;
  let next = 0;
  const step = () => {
    try {
      if (!view.body.isConnected) return done(next === 0 ? 'stale' : 'drifted');
      const started = performance.now();
      let map = read();
      if (map.text !== lastRead) return done(next === 0 ? 'stale' : 'drifted');
      if (next === 0 && sorted.some((e) => !toRange(map, e.start, e.end))) return done('unplaced');
      do {
        const edit = sorted[next]!;
        let range = rangeHolding(map, edit, analyzed);
        if (!range) range = toRange((map = read()), edit.start, edit.end);
        if (!range) return done('drifted');
        replaceRange(view.body, range, edit.text);
        next++;
      } while (next < sorted.length && performance.now() - started < budgetMs && view.body.isConnected);
      lastRead = read().text;
      if (next < sorted.length) return later(step);
      done(lastRead === applyEdits(analyzed, edits) ? 'applied' : 'drifted');
    } catch {
      done('drifted');
    }
  };
  step();
}
