// Edits applied in the editor: exact text result, formatting and signature/quote untouched,
// stale drafts refused, the page told through input events; diffEdits round-trips.
import { afterEach, describe, expect, test, vi } from 'vitest';
import fc from 'fast-check';
import { applyEdits } from '../../src/engine/fixes';
import type { ComposeView } from '../../src/content/adapter';
import { applyEditsInEditor, diffEdits } from '../../src/content/edit';
import { gmailAdapter } from '../../src/content/hosts/gmail/adapter';
import { outlookAdapter } from '../../src/content/hosts/outlook/adapter';
import { readText } from '../../src/content/text-map';
import { fixtureId, loadSnapshot } from './load';

const textOf = (view: ComposeView) => readText(view.body, view.classify).text;

function viewOf(snapshot: string, id: string): ComposeView {
  const adapter = snapshot.startsWith('gmail') ? gmailAdapter : outlookAdapter;
  return adapter.findComposes(loadSnapshot(snapshot)).find((v) => fixtureId(v.body) === id)!;
}

function editFor(text: string, actual: string, replacement: string) {
  const start = text.indexOf(actual);
  expect(start).toBeGreaterThanOrEqual(0);
  return { start, end: start + actual.length, text: replacement };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each([
  ['gmail-reply', 'r1', 'Maybe we could look at a partial refund if you really insist. ', ''],
  ['gmail-compose', 'c1', "I'm so sorry, I really am, but we", 'We'],
  ['outlook-reply', 'r1', 'Read the booking terms before you book next time.', 'Please check the booking terms before your next booking.'],
  ['outlook-compose', 'c1', 'at some point after that', 'by 5 December'],
])('%s %s', (snapshot, id, actual, replacement) => {
  test('changes exactly the intended text; signature and quote stay byte for byte', () => {
    const view = viewOf(snapshot, id);
    const before = textOf(view);
    const html = view.body.innerHTML;
    const tailStart = html.search(/gmail_signature|id="Signature"/);
    const tail = html.slice(tailStart);
    const edit = editFor(before, actual, replacement);
    expect(applyEditsInEditor(view, before, [edit])).toBe('applied');
    expect(textOf(view)).toBe(applyEdits(before, [edit]));
    expect(view.body.innerHTML.endsWith(tail)).toBe(true);
  });

  test('the page hears a cancelable beforeinput and an input (the fallback path)', () => {
    const view = viewOf(snapshot, id);
    const seen: string[] = [];
    for (const type of ['beforeinput', 'input']) view.body.addEventListener(type, (e) => seen.push(`${e.type}:${(e as InputEvent).inputType}`));
    const before = textOf(view);
    applyEditsInEditor(view, before, [editFor(before, actual, replacement)]);
    expect(seen).toEqual(['beforeinput:insertReplacementText', 'input:insertReplacementText']);
  });
});

describe('guards', () => {
  test('a compose no longer in the page is not edited, and the caret stays where the user put it', () => {
    const view = viewOf('gmail-compose', 'c1');
    const doc = view.body.ownerDocument;
    const before = textOf(view);
    const elsewhere = doc.createElement('div');
    elsewhere.textContent = 'another draft';
    doc.body.append(elsewhere);
    doc.getSelection()!.collapse(elsewhere.firstChild, 3);
    view.root.remove();
    const html = view.body.innerHTML;
    expect(applyEditsInEditor(view, before, [editFor(before, 'Hi Dana', 'Dear Dana')])).toBe('stale');
    expect(view.body.innerHTML).toBe(html);
    expect(doc.getSelection()!.anchorNode).toBe(elsewhere.firstChild);
  });

  test('the page closing the compose on the first edit stops the rest of a multi-edit fix', () => {
    const view = viewOf('gmail-compose', 'c1');
    const before = textOf(view);
    view.body.addEventListener('input', () => view.root.remove(), { once: true });
    const edits = [editFor(before, 'Hi Dana', 'Dear Dana'), editFor(before, 'Saturday', 'Sunday')];
    expect(applyEditsInEditor(view, before, edits)).toBe('drifted');
    // Only the last edit (applied first) went in, before the compose went away.
    expect(textOf(view)).toBe(applyEdits(before, [edits[1]!]));
  });

  test('a draft that changed since analysis is not edited', () => {
    const view = viewOf('gmail-compose', 'c1');
    const before = textOf(view);
    const html = view.body.innerHTML;
    expect(applyEditsInEditor(view, `${before} (older)`, [{ start: 0, end: 2, text: 'Hello' }])).toBe('stale');
    expect(view.body.innerHTML).toBe(html);
  });

  test('an edit the map cannot place leaves the draft untouched', () => {
    const view = viewOf('gmail-compose', 'c1');
    const before = textOf(view);
    const html = view.body.innerHTML;
    expect(applyEditsInEditor(view, before, [{ start: 0, end: 2, text: 'Hey' }, { start: 5, end: before.length + 5, text: '' }])).toBe('unplaced');
    expect(view.body.innerHTML).toBe(html);
  });

  test('an editor that handles beforeinput itself (cancels it) is left to do so', () => {
    const view = viewOf('gmail-compose', 'c1');
    view.body.addEventListener('beforeinput', (e) => e.preventDefault());
    const before = textOf(view);
    expect(applyEditsInEditor(view, before, [editFor(before, 'Hi Dana', 'Dear Dana')])).toBe('drifted');
    expect(textOf(view)).toBe(before);
  });

  test('several edits in one fix land at the right places, bold kept outside them', () => {
    document.body.innerHTML = '<div contenteditable="true" role="textbox"><div>Sorry, <b>we</b> cannot.</div><div><br></div><div>Sorry again.</div></div>';
    const [view] = outlookAdapter.findComposes(document);
    const before = textOf(view!);
    const edits = [editFor(before, 'Sorry, ', ''), editFor(before, 'Sorry again.', 'Thanks.')];
    expect(applyEditsInEditor(view!, before, edits)).toBe('applied');
    expect(textOf(view!)).toBe('we cannot.\n\nThanks.');
    expect(view!.body.querySelector('b')?.textContent).toBe('we');
  });

  test('execCommand is used first when the page supports it', () => {
    const view = viewOf('outlook-compose', 'c1');
    const before = textOf(view);
    const calls: string[] = [];
    // A stand-in for Chromium's insertText: replace the selection, fire a trusted-looking input.
    (document as unknown as { execCommand: (c: string, u: boolean, v: string) => boolean }).execCommand = (command, _ui, value) => {
      calls.push(`${command}:${value}`);
      const range = document.getSelection()!.getRangeAt(0);
      range.deleteContents();
      range.insertNode(document.createTextNode(value));
      view.body.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: value, bubbles: true }));
      return true;
    };
    const beforeinputs: Event[] = [];
    view.body.addEventListener('beforeinput', (e) => beforeinputs.push(e));
    try {
      expect(applyEditsInEditor(view, before, [editFor(before, 'Hi Gregory', 'Dear Gregory')])).toBe('applied');
    } finally {
      delete (document as unknown as { execCommand?: unknown }).execCommand;
    }
    expect(calls).toEqual(['insertText:Dear Gregory']);
    expect(beforeinputs).toHaveLength(0);
  });
});

describe('diffEdits', () => {
  test('one changed word in one line gives one small edit', () => {
    expect(diffEdits('a b c\n\nsorry x', 'a b c\n\nsad x')).toEqual([{ start: 7, end: 12, text: 'sad' }]);
  });

  test('edits applied to the old text always give the new text', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é') , maxLength: 30 });
    fc.assert(fc.property(text, text, (before, after) => applyEdits(before, diffEdits(before, after)) === after));
  });
});
