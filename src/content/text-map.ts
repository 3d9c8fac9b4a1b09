// DOM → plain text in the corpus format (one line per line-level block or <br>, paragraphs
// separated by one blank line, trimmed), with a map from every text offset back to a DOM point so
// an engine Edit can become a DOM Range. It walks the body once: cheap enough for every keystroke.
import type { BodyPart } from './adapter';

/** A run of `length` characters of `text` starting at `start`, copied from `node` at `offset`. */
export type TextSegment = { start: number; node: Text; offset: number; length: number };

export type TextMap = {
  text: string;
  segments: readonly TextSegment[];
};

type Line = { text: string; segments: TextSegment[] }; // segment.start is relative to the line here

// Elements that start and end a line of their own (what Gmail and Outlook put in a body).
const BLOCKS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGURE', 'FOOTER', 'FORM',
  'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE',
  'TBODY', 'TD', 'TH', 'THEAD', 'TR', 'UL',
]);
const INVISIBLE = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'TITLE', 'IMG', 'svg']);
const SIGNATURE_DELIMITER = /^\s*--\s*$/;

export function readText(body: Element, classify: (el: Element) => BodyPart): TextMap {
  const lines: Line[] = [];
  let current: Line = { text: '', segments: [] };
  let open = false; // the current line has started (it has text, or a <br> will end it)

  const endLine = (force: boolean) => {
    if (!force && !open) return;
    lines.push(current);
    current = { text: '', segments: [] };
    open = false;
  };
  const addText = (node: Text) => {
    const data = node.data;
    // Source-formatting whitespace between blocks is not text the user typed.
    if (/^[\s]*$/.test(data) && /[\n\r\t]/.test(data)) return;
    if (!data) return;
    current.segments.push({ start: current.text.length, node, offset: 0, length: data.length });
    // One character in, one character out, so offsets stay exact.
    current.text += data.replace(/[\n\r\t\u00a0]/g, ' ');
    open = true;
  };
  const dropDelimiterLine = () => {
    endLine(false);
    for (let i = lines.length - 1; i >= 0; i--) {
      const line = lines[i]!;
      if (line.text === '') continue;
      if (SIGNATURE_DELIMITER.test(line.text)) lines.splice(i, 1);
      return;
    }
  };
  const walk = (parent: Node): boolean => {
    for (let child = parent.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        addText(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const part = classify(el);
      if (part === 'stop') return false;
      if (part === 'signature') {
        dropDelimiterLine();
        continue;
      }
      if (part === 'skip') {
        endLine(false);
        continue;
      }
      if (el.tagName === 'BR') {
        endLine(true);
        continue;
      }
      if (INVISIBLE.has(el.tagName)) continue;
      const block = BLOCKS.has(el.tagName);
      if (block) endLine(false);
      const more = walk(el);
      if (block) endLine(false);
      if (!more) return false;
    }
    return true;
  };
  walk(body);
  endLine(false);
  return join(lines);
}

/** Joins lines with "\n", keeping at most one blank line in a row and none at either end. */
function join(lines: Line[]): TextMap {
  let text = '';
  const segments: TextSegment[] = [];
  let blankPending = false;
  for (const line of lines) {
    if (line.text.trim() === '') {
      blankPending = text !== '';
      continue;
    }
    if (text !== '') text += blankPending ? '\n\n' : '\n';
    blankPending = false;
    for (const s of line.segments) segments.push({ ...s, start: s.start + text.length });
    text += line.text;
  }
  return trimEdges({ text, segments });
}

function trimEdges(map: TextMap): TextMap {
  const lead = map.text.length - map.text.trimStart().length;
  const text = map.text.trim();
  const segments: TextSegment[] = [];
  for (const s of map.segments) {
    // Clip each segment to [lead, lead + text.length) and shift it to the trimmed text.
    const from = Math.max(s.start, lead);
    const to = Math.min(s.start + s.length, lead + text.length);
    if (to <= from) continue;
    segments.push({ node: s.node, start: from - lead, offset: s.offset + (from - s.start), length: to - from });
  }
  return { text, segments };
}

type DomPoint = { node: Text; offset: number };

/** The DOM point where text offset `at` begins (`edge: 'start'`) or ends (`edge: 'end'`). */
export function domPoint(map: TextMap, at: number, edge: 'start' | 'end'): DomPoint | null {
  const segs = map.segments;
  if (edge === 'start') {
    const inside = segs.find((s) => s.start <= at && at < s.start + s.length);
    if (inside) return { node: inside.node, offset: inside.offset + at - inside.start };
    // On a line break or at the end: right after the text before it.
    const before = segs.filter((s) => s.start + s.length <= at).at(-1);
    return before ? { node: before.node, offset: before.offset + before.length } : null;
  }
  const inside = segs.find((s) => s.start < at && at <= s.start + s.length);
  if (inside) return { node: inside.node, offset: inside.offset + at - inside.start };
  // Just after a line break, or before any text: right before the text after it.
  const after = segs.find((s) => s.start >= at);
  return after ? { node: after.node, offset: after.offset } : null;
}

/** A DOM Range covering text [start, end), or null when the map cannot place it. */
export function toRange(map: TextMap, start: number, end: number): Range | null {
  if (start < 0 || end < start || end > map.text.length) return null;
  const from = domPoint(map, start, 'start');
  const to = start === end ? from : domPoint(map, end, 'end');
  if (!from || !to) return null;
  const range = from.node.ownerDocument.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}
