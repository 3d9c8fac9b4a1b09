// Applying engine Edits inside the editor the way a user's typing would: select the exact DOM
// range, then execCommand('insertText') — it fires the trusted `input` Gmail's Closure field and
// Outlook register (autosave) and lands in the undo stack (Ctrl+Z). Only if the page refuses it do
// we fall back to beforeinput/input events around a DOM change.
import { applyEdits } from '../engine/fixes';
import type { Edit } from '../engine/types';
import type { ComposeView } from './adapter';
import { lineHunks } from './line-diff';
import { readText, toRange, type TextMap } from './text-map';

export type EditOutcome =
  | 'applied' //  the editor now holds exactly the expected text
  | 'stale' //    the draft changed since it was analyzed: nothing was touched, re-analyze
  | 'unplaced' // an edit's range could not be found in the DOM: nothing was touched
  | 'drifted'; // edits were made, but the editor reads differently than expected

/** Applies `edits`, whose offsets point into `analyzed`, to the compose body. */
export function applyEditsInEditor(view: ComposeView, analyzed: string, edits: readonly Edit[]): EditOutcome {
  const read = () => readText(view.body, view.classify);
  // A compose the page removed or re-rendered away (its panel goes on the next scan): editing it
  // would only move the user's caret out of the compose they are writing in.
  if (!view.body.isConnected) return 'stale';
  const before = read();
  if (before.text !== analyzed) return 'stale';
  if (edits.length === 0) return 'applied';
  // From the end backwards: the text before each edit is untouched, so its offsets stay valid.
  const sorted = [...edits].sort((a, b) => b.start - a.start);
  if (sorted.some((e) => !toRange(before, e.start, e.end))) return 'unplaced';
  // The map read before stays valid for the text before each edit (edits go from the end back),
  // so a long draft is not read again per edit; a range whose text no longer matches is re-read.
  let map = before;
  for (const edit of sorted) {
    // The page may close the compose on the input event of the edit before (fix-all).
    if (!view.body.isConnected) return 'drifted';
    let range = rangeHolding(map, edit, analyzed);
    if (!range) {
      map = read();
      range = toRange(map, edit.start, edit.end);
    }
    if (!range) return 'drifted';
    replaceRange(view.body, range, edit.text);
  }
  return read().text === applyEdits(analyzed, edits) ? 'applied' : 'drifted';
}

/** The range of `edit` in `map` if the DOM there still holds the analyzed text (spaces aside). */
export function rangeHolding(map: TextMap, edit: Edit, analyzed: string): Range | null {
  try {
    const range = toRange(map, edit.start, edit.end);
    if (!range || !range.startContainer.isConnected || !range.endContainer.isConnected) return null;
    const squash = (s: string) => s.replace(/\s+/g, '');
    return squash(range.toString()) === squash(analyzed.slice(edit.start, edit.end)) ? range : null;
  } catch {
    return null; // an offset beyond a node the page shortened
  }
}

/** Replaces `range` (inside `body`) with `text`, through the page's editing path. */
export function replaceRange(body: HTMLElement, range: Range, text: string): void {
  const doc = body.ownerDocument;
  const selection = doc.getSelection();
  if (doc.activeElement !== body) body.focus({ preventScroll: true });
  selection?.removeAllRanges();
  selection?.addRange(range);
  const selected = range.toString();
  const beforeDom = body.innerText ?? body.textContent;
  if (execInsert(doc, text) && (selected === text || (body.innerText ?? body.textContent) !== beforeDom)) return;
  fallbackReplace(body, range, text);
}

function execInsert(doc: Document, text: string): boolean {
  try {
    if (typeof doc.execCommand !== 'function') return false;
    // insertText with '' is a no-op in some engines; 'delete' removes the selection as Backspace does.
    return text === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

/** For editors where execCommand is unavailable: the InputEvent protocol Slate/CKEditor follow. */
function fallbackReplace(body: HTMLElement, range: Range, text: string): void {
  const doc = body.ownerDocument;
  const init = { inputType: 'insertReplacementText', data: text, bubbles: true, composed: true };
  const proceed = body.dispatchEvent(new InputEvent('beforeinput', { ...init, cancelable: true }));
  // A cancelled beforeinput means the editor applied the change from its own model.
  if (!proceed) return;
  range.deleteContents();
  const fragment = doc.createDocumentFragment();
  text.split('\n').forEach((line, i) => {
    if (i > 0) fragment.append(doc.createElement('br'));
    if (line) fragment.append(doc.createTextNode(line));
  });
  const last = fragment.lastChild;
  range.insertNode(fragment);
  if (last) {
    const selection = doc.getSelection();
    selection?.removeAllRanges();
    const caret = doc.createRange();
    caret.setStartAfter(last);
    selection?.addRange(caret);
  }
  body.dispatchEvent(new InputEvent('input', init));
}

/**
 * The smallest edits turning `before` into `after`: per line where lines changed in place (so a
 * fix-all touches only the words it changes and keeps formatting elsewhere), one span per run of
 * lines added or removed (line-diff.ts).
 */
export function diffEdits(before: string, after: string): Edit[] {
  if (before === after) return [];
  const a = before.split('\n');
  const b = after.split('\n');
  const hunks = a.length === b.length ? [{ aStart: 0, aEnd: a.length, bStart: 0, bEnd: b.length }] : lineHunks(a, b);
  const starts: number[] = [];
  let at = 0;
  for (const line of a) starts.push(at), (at += line.length + 1);
  starts.push(before.length + 1); // where a line after the last would start
  const edits: Edit[] = [];
  for (const h of hunks) {
    if (h.aEnd - h.aStart === h.bEnd - h.bStart) {
      for (let i = 0; i < h.aEnd - h.aStart; i++) {
        const line = a[h.aStart + i]!;
        const next = b[h.bStart + i]!;
        if (line !== next) edits.push(spanEdit(line, next, starts[h.aStart + i]!));
      }
      continue;
    }
    const added = b.slice(h.bStart, h.bEnd).join('\n');
    if (h.aEnd === h.aStart) {
      // Lines only added: before the next old line, or after the last one.
      edits.push(h.aStart < a.length ? spanEdit('', `${added}\n`, starts[h.aStart]!) : spanEdit('', `\n${added}`, before.length));
    } else if (h.bEnd === h.bStart) {
      // Lines only removed, with one of the line breaks around them.
      const from = h.aEnd < a.length ? starts[h.aStart]! : Math.max(0, starts[h.aStart]! - 1);
      const to = h.aEnd < a.length ? starts[h.aEnd]! : before.length;
      edits.push(spanEdit(before.slice(from, to), '', from));
    } else {
      const from = starts[h.aStart]!;
      edits.push(spanEdit(before.slice(from, starts[h.aEnd]! - 1), added, from));
    }
  }
  return joinTouching(before, edits);
}

/** Lines added before an empty line and the line break after it removed meet at one point: one edit. */
function joinTouching(before: string, edits: Edit[]): Edit[] {
  const out: Edit[] = [];
  for (const e of edits) {
    const last = out.at(-1);
    if (last && e.start <= last.end) out[out.length - 1] = { start: last.start, end: Math.max(last.end, e.end), text: last.text + before.slice(last.end, e.start) + e.text };
    else out.push(e);
  }
  return out;
}

function spanEdit(before: string, after: string, offset: number): Edit {
  let head = 0;
  while (head < before.length && head < after.length && before[head] === after[head]) head++;
  let tail = 0;
  while (
    tail < before.length - head &&
    tail < after.length - head &&
    before[before.length - 1 - tail] === after[after.length - 1 - tail]
  ) tail++;
  // Whole words: an edit inside a word would read oddly in the undo history and the spell checker.
  while (head > 0 && /\S/.test(before[head - 1]!)) head--;
  while (tail > 0 && /\S/.test(before[before.length - tail]!)) tail--;
  return { start: offset + head, end: offset + before.length - tail, text: after.slice(head, after.length - tail) };
}
