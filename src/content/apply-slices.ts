// Many edits on a very long draft (fix-all, Undo) applied over several tasks: each edit goes
// through the page's editing path (edit.ts) and costs several milliseconds in a 100,000-character
// editor, so hundreds of them in one task would freeze the page for seconds. Each task first
// checks that the editor's text is as the task before left it: if the user typed in between,
// the rest is left alone and their typing kept.
import { applyEdits } from '../engine/fixes';
import type { Edit } from '../engine/types';
import type { ComposeView } from './adapter';
import { rangeHolding, replaceRange, type EditOutcome } from './edit';
import type { Later } from './schedule';
import { readText, toRange, type TextMap } from './text-map';

/** Editing time per task, leaving room for the page's own input handlers within 50 ms. */
export const SLICE_BUDGET_MS = 15;

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
  // The map stays valid for the text before the next edit, which the edits after it never
  // touch; a range whose text no longer matches is read again. Between tasks, the body's raw
  // text (cheap, no layout) tells whether anyone else changed the draft.
  let map: TextMap | null = null;
  let leftAs = '';
  let next = 0;
  const step = () => {
    try {
      if (!view.body.isConnected) return done(next === 0 ? 'stale' : 'drifted');
      const started = performance.now();
      if (!map) {
        map = read();
        if (map.text !== analyzed) return done('stale');
        if (sorted.some((e) => !toRange(map!, e.start, e.end))) return done('unplaced');
      } else if (view.body.textContent !== leftAs) {
        return done('drifted');
      }
      do {
        const edit = sorted[next]!;
        let range = rangeHolding(map, edit, analyzed);
        if (!range) range = toRange((map = read()), edit.start, edit.end);
        if (!range) return done('drifted');
        replaceRange(view.body, range, edit.text);
        next++;
      } while (next < sorted.length && performance.now() - started < budgetMs && view.body.isConnected);
      if (next < sorted.length) {
        leftAs = view.body.textContent ?? '';
        return later(step);
      }
      done(read().text === applyEdits(analyzed, edits) ? 'applied' : 'drifted');
    } catch {
      done('drifted');
    }
  };
  // The first slice too: the click that asked for the edits has just read the whole draft.
  later(step);
}
