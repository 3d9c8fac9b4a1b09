// Applying engine Edits inside the editor the way a user's typing would: select the exact DOM
// range, then execCommand('insertText') — it fires the trusted `input` Gmail's Closure field and
// Outlook register (autosave) and lands in the undo stack (Ctrl+Z). Only if the page refuses it do
// we fall back to beforeinput/input events around a DOM change.
import { applyEdits } from '../engine/fixes';
import type { Edit } from '../engine/types';
import type { ComposeView } from './adapter';
import { readText, toRange } from './text-map';

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
  for (const edit of sorted) {
    // The page may close the compose on the input event of the edit before (fix-all).
    if (!view.body.isConnected) return 'drifted';
    const range = toRange(read(), edit.start, edit.end);
    if (!range) return 'drifted';
    replaceRange(view.body, range, edit.text);
  }
  return read().text === applyEdits(analyzed, edits) ? 'applied' : 'drifted';
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
 * The smallest edits turning `before` into `after`: per line when both have the same lines (so a
 * fix-all touches only the words it changes and keeps formatting elsewhere), else one span.
 */
export function diffEdits(before: string, after: string): Edit[] {
  if (before === after) return [];
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length !== b.length) return [spanEdit(before, after, 0)];
  const edits: Edit[] = [];
  let offset = 0;
  a.forEach((line, i) => {
    const next = b[i]!;
    if (line !== next) edits.push(spanEdit(line, next, offset));
    offset += line.length + 1;
  });
  return edits;
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
