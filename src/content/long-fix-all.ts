// Fix-all of a long draft, made part by part in the background once its check is done, so the
// click on "Fix all" does not analyze 100,000 characters at once: first the polished text, then
// the edits Apply makes and the preview's word diff. A newer draft or re-check drops it.
import type { AnalyzeOptions, Edit } from '../engine/types';
import { wordDiffSteps, type DiffPart } from '../panel/diff';
import { diffEdits } from './edit';
import { joinParts, type Part } from './parts';
import { asTheEditorReads, polishPart, type Polisher } from './polish';
import type { Later } from './schedule';

/** The polished text of `text`, then (when made) the edits and the preview's diff. */
export type PolishedLong = { text: string; after: string; edits?: Edit[]; diff?: DiffPart[] };

/** How long each background step of the preview's word diff may run. */
const DIFF_SLICE_MS = 8;

export type LongFixAll = {
  /** Starts on `text`; `isCurrent` turns false once the draft it was made for is gone. */
  prepare(text: string, parts: readonly Part[], pinned: AnalyzeOptions, polish: Polisher, isCurrent: () => boolean): void;
  /** What was made for exactly `text`, if anything. */
  madeFor(text: string): PolishedLong | null;
  drop(): void;
};

export function createLongFixAll(slice: Later, signal: AbortSignal): LongFixAll {
  let made: PolishedLong | null = null;
  const live = (isCurrent: () => boolean) => !signal.aborted && isCurrent();

  /** The edits, then the word diff in slices of DIFF_SLICE_MS. */
  const prepareEdits = (prepared: PolishedLong, isCurrent: () => boolean) => {
    if (!live(isCurrent)) return;
    try {
      prepared.edits = diffEdits(prepared.text, prepared.after);
    } catch {
      return;
    }
    const steps = wordDiffSteps(prepared.text, prepared.after);
    const step = () => {
      if (!live(isCurrent)) return;
      try {
        const until = performance.now() + DIFF_SLICE_MS;
        for (;;) {
          const next = steps.next();
          if (next.done) return void (prepared.diff = next.value);
          if (performance.now() >= until) return slice(step);
        }
      } catch {
        // The preview then diffs on demand.
      }
    };
    slice(step);
  };

  return {
    prepare(text, parts, pinned, polish, isCurrent) {
      const texts: string[] = [];
      const step = () => {
        if (!live(isCurrent)) return;
        try {
          texts.push(polishPart(parts[texts.length]!.text, pinned, polish));
          if (texts.length < parts.length) return slice(step);
          const prepared: PolishedLong = { text, after: asTheEditorReads(joinParts(text, parts, texts)) };
          made = prepared;
          slice(() => prepareEdits(prepared, isCurrent));
        } catch {
          // Fix-all then polishes on demand.
        }
      };
      slice(step);
    },
    madeFor: (text) => (made?.text === text ? made : null),
    drop() {
      made = null;
    },
  };
}
