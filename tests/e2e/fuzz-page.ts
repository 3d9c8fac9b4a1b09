// Helpers the browser fuzz test installs in the fixture page's own world. They read a compose's
// draft the way the fixtures' drafts.json defines it (lines of blocks and <br>s, blank runs
// collapsed, trimmed, nothing from the signature or quoted history on) with a map from each text
// offset to a DOM point, so the test can put the caret or a selection at a text offset and type
// with real keys. Written independently of the content script's reader: the two must agree.
export type FuzzHelpers = {
  /** The draft of compose `id` as the test reads it. */
  text(id: string): string;
  /** Focuses the compose and puts the caret at text offset `at`, or selects [at, end). */
  select(id: string, at: number, end?: number): boolean;
};

/** Runs in the page (serialized by addInitScript): no closures over test code. */
export function installFuzzHelpers(): void {
  // Where the user's draft ends: signature, quoted history, Outlook's reply header.
  // New Outlook prefixes ids inside the body (x_Signature) and wraps the history in a container.
  const STOP =
    '.gmail_signature, .gmail_quote, .gmail_extra, br[clear="all"], [id$="Signature"], [id$="appendonsend"], [id$="divRplyFwdMsg"], #mail-editor-reference-message-container, hr, .ajR';
  const BLOCK = /^(DIV|P|BLOCKQUOTE|LI|UL|OL|H[1-6]|PRE|TABLE|TBODY|TR|TD)$/;
  type Seg = { start: number; node: Text; length: number };
  type Map = { text: string; segs: Seg[] };

  const bodyOf = (id: string) => document.querySelector<HTMLElement>(`[data-fixture-compose-id="${id}"] [contenteditable="true"]`);

  function read(body: HTMLElement): Map {
    const lines: { text: string; segs: Seg[] }[] = [];
    let line = { text: '', segs: [] as Seg[] };
    let open = false;
    const end = (force: boolean) => {
      if (!force && !open) return;
      lines.push(line);
      line = { text: '', segs: [] };
      open = false;
    };
    const walk = (parent: Node): boolean => {
      for (let child = parent.firstChild; child; child = child.nextSibling) {
        if (child instanceof Text) {
          if (!child.data || (/^\s*$/.test(child.data) && /[\n\r\t]/.test(child.data))) continue;
          line.segs.push({ start: line.text.length, node: child, length: child.data.length });
          line.text += child.data.replace(/[\n\r\t\u00a0]/g, ' ');
          open = true;
          continue;
        }
        if (!(child instanceof Element)) continue;
        if (child.matches(STOP)) return false;
        if (child.tagName === 'BR') {
          end(true);
          continue;
        }
        const block = BLOCK.test(child.tagName);
        if (block) end(false);
        const more = walk(child);
        if (block) end(false);
        if (!more) return false;
      }
      return true;
    };
    walk(body);
    end(false);
    let text = '';
    const segs: Seg[] = [];
    let blank = false;
    for (const l of lines) {
      if (l.text.trim() === '') {
        blank = text !== '';
        continue;
      }
      if (text) text += blank ? '\n\n' : '\n';
      blank = false;
      for (const s of l.segs) segs.push({ ...s, start: s.start + text.length });
      text += l.text;
    }
    const lead = text.length - text.trimStart().length;
    return { text: text.trim(), segs: segs.map((s) => ({ ...s, start: s.start - lead })) };
  }

  /** The DOM point of text offset `at`: inside a text node, or at the end of the one before. */
  function point(map: Map, at: number, edge: 'start' | 'end'): [Node, number] | null {
    const inside = map.segs.find((s) => (edge === 'start' ? s.start <= at && at < s.start + s.length : s.start < at && at <= s.start + s.length));
    const seg = inside ?? map.segs.find((s) => s.start <= at && at <= s.start + s.length);
    return seg ? [seg.node, at - seg.start] : null;
  }

  const helpers: FuzzHelpers = {
    text: (id) => {
      const body = bodyOf(id);
      return body ? read(body).text : '';
    },
    select: (id, at, endAt = at) => {
      const body = bodyOf(id);
      if (!body) return false;
      body.focus();
      const selection = getSelection()!;
      const map = read(body);
      if (map.segs.length === 0) {
        // An empty draft: the caret goes on its first (empty) line.
        const br = body.querySelector('br');
        if (!br?.parentNode) return false;
        selection.collapse(br.parentNode, Array.prototype.indexOf.call(br.parentNode.childNodes, br));
        return true;
      }
      const from = point(map, at, 'start');
      const to = endAt === at ? from : point(map, endAt, 'end');
      if (!from || !to) return false;
      selection.setBaseAndExtent(from[0], from[1], to[0], to[1]);
      return true;
    },
  };
  (window as unknown as { __fuzz: FuzzHelpers }).__fuzz = helpers;
}
