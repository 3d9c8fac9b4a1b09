// The text map: DOM → corpus-format text, and every text offset back to the DOM.
import { describe, expect, test } from 'vitest';
import type { BodyPart } from '../../src/content/adapter';
import { gmailAdapter } from '../../src/content/hosts/gmail/adapter';
import { outlookAdapter } from '../../src/content/hosts/outlook/adapter';
import { readText, toRange, type TextMap } from '../../src/content/text-map';
import { loadSnapshot } from './load';

const plain = (): BodyPart => 'text';

function body(html: string): HTMLElement {
  document.body.innerHTML = `<div contenteditable="true">${html}</div>`;
  return document.body.firstElementChild as HTMLElement;
}

/** Every segment reads back from its DOM node exactly (modulo nbsp/newline → space). */
function expectSegmentsExact(map: TextMap): void {
  for (const s of map.segments) {
    const fromDom = s.node.data.slice(s.offset, s.offset + s.length).replace(/[\n\r\t\u00a0]/g, ' ');
    expect(map.text.slice(s.start, s.start + s.length)).toBe(fromDom);
  }
}

describe('text extraction', () => {
  test.each([
    ['one div per line, empty div = blank line', '<div>Hi,</div><div><br></div><div>Body.</div>', 'Hi,\n\nBody.'],
    ['<br> ends a line', 'line one<br>line two<br><br>para', 'line one\nline two\n\npara'],
    ['a trailing <br> in a block is not an extra line', '<div>a<br></div><div>b</div>', 'a\nb'],
    ['runs of blank lines collapse to one', '<div>a</div><div><br></div><div><br></div><div><br></div><div>b</div>', 'a\n\nb'],
    ['leading and trailing blanks are trimmed', '<div><br></div><div>  a</div><div>b  </div><div><br></div>', 'a\nb'],
    ['inline formatting stays inside the line', '<div>We <b>cannot</b> do <a href="#">this</a>.</div>', 'We cannot do this.'],
    ['paragraph elements', '<p>One</p><p>Two</p>', 'One\nTwo'],
    ['nbsp reads as a space', '<div>a\u00a0\u00a0b</div>', 'a  b'],
    ['source-formatting whitespace between blocks is ignored', '<div>a</div>\n  <div>b</div>', 'a\nb'],
    ['empty body', '<div><br></div>', ''],
  ])('%s', (_name, html, expected) => {
    const map = readText(body(html), plain);
    expect(map.text).toBe(expected);
    expectSegmentsExact(map);
  });

  test('Gmail legacy signature: the bare "-- " line before it goes too', () => {
    const el = body('<div dir="ltr"><div>Thanks</div><br clear="all"><div><br></div>-- <br><div class="gmail_signature">Sam<br>Studio</div></div>');
    expect(readText(el, classifyGmail()).text).toBe('Thanks');
  });

  test('Gmail: a "--" line the user wrote mid-draft stays when no signature follows it', () => {
    const el = body('<div>a</div><div>--</div><div>b</div>');
    expect(readText(el, classifyGmail()).text).toBe('a\n--\nb');
  });

  test('Gmail: older div.gmail_extra quote is left out', () => {
    const el = body('<div>Reply</div><div class="gmail_extra"><br><div class="gmail_quote">On Mon wrote:<blockquote>old</blockquote></div></div>');
    expect(readText(el, classifyGmail()).text).toBe('Reply');
  });

  test('Outlook: everything from #appendonsend on is left out, including siblings after the quote header', () => {
    const el = body('<div>Hi</div><div id="Signature"><p>Me</p></div><div id="appendonsend"></div><hr><div id="divRplyFwdMsg">From: x</div><div>original</div>');
    expect(readText(el, classifyOutlook()).text).toBe('Hi');
  });

  test('Outlook: the x_-prefixed ids of forwarded/newer markup are recognized', () => {
    const el = body('<div>Hi</div><div id="x_divRplyFwdMsg">From: x</div><div>original</div>');
    expect(readText(el, classifyOutlook()).text).toBe('Hi');
  });
});

describe('offset map → DOM range', () => {
  test('every word of a real Gmail draft maps to a DOM range holding exactly that word', () => {
    const view = gmailAdapter.findComposes(loadSnapshot('gmail-reply')).find((v) => v.root.contains(v.body))!;
    const map = readText(view.body, view.classify);
    expectSegmentsExact(map);
    for (const m of map.text.matchAll(/\S+/g)) {
      const range = toRange(map, m.index, m.index + m[0].length)!;
      expect(range.toString()).toBe(m[0]);
    }
  });

  test('a range across a bold boundary and across lines covers the same characters', () => {
    const el = body('<div>We <b>really</b> cannot</div><div><br></div><div>Sorry again</div>');
    const map = readText(el, plain);
    expect(map.text).toBe('We really cannot\n\nSorry again');
    expect(toRange(map, 3, 16)!.toString()).toBe('really cannot');
    const across = toRange(map, 10, 23)!;
    expect(across.startContainer.textContent).toBe(' cannot');
    expect(across.endContainer.textContent).toBe('Sorry again');
    expect(across.endOffset).toBe(5);
  });

  test('insertion points: line start, line end, end of text', () => {
    const el = body('<div>ab</div><div>cd</div>');
    const map = readText(el, plain);
    const atLineStart = toRange(map, 3, 3)!;
    expect([atLineStart.startContainer.textContent, atLineStart.startOffset, atLineStart.collapsed]).toEqual(['cd', 0, true]);
    const atLineEnd = toRange(map, 2, 2)!;
    expect([atLineEnd.startContainer.textContent, atLineEnd.startOffset]).toEqual(['ab', 2]);
    const atEnd = toRange(map, 5, 5)!;
    expect([atEnd.startContainer.textContent, atEnd.startOffset]).toEqual(['cd', 2]);
  });

  test('out-of-bounds ranges and an empty body give null, not an exception', () => {
    const map = readText(body('<div>ab</div>'), plain);
    expect(toRange(map, 1, 9)).toBeNull();
    expect(toRange(map, -1, 1)).toBeNull();
    expect(toRange(readText(body(''), plain), 0, 0)).toBeNull();
  });

  test('offsets after trimming still point at the right characters', () => {
    const map = readText(body('<div>   lead</div><div>x</div>'), plain);
    expect(map.text).toBe('lead\nx');
    expect(toRange(map, 0, 4)!.toString()).toBe('lead');
  });
});

function classifyGmail(): (el: Element) => BodyPart {
  document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true" g_editable="true" id="probe"></div>');
  const view = gmailAdapter.findComposes(document).find((v) => v.body.id === 'probe')!;
  view.body.remove();
  return view.classify;
}

function classifyOutlook(): (el: Element) => BodyPart {
  document.body.insertAdjacentHTML('beforeend', '<div contenteditable="true" role="textbox" id="probe"></div>');
  const view = outlookAdapter.findComposes(document).find((v) => v.body.id === 'probe')!;
  view.body.remove();
  return view.classify;
}
