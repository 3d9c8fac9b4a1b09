// The fuzz test's model of a draft, in Node: the seeded random source, what a user types or
// pastes, where a caret can go, and what a draft must read after each action (the oracle).
// Kept apart from the browser code so the oracle itself is tested (fuzz-model.test.ts).

/** mulberry32: small, fast, and the same sequence for the same seed on every machine. */
export function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)]! };
}
export type Rng = ReturnType<typeof prng>;

// What a user types or pastes: both languages, punctuation, an emoji, a line break now and then.
const WORDS = ['thanks', 'we', 'can', 'offer', 'a', 'refund', 'next', 'week', 'kami', 'bisa', 'kirim', 'ulang', 'besok', 'Terima', 'kasih', 'sorry', 'maaf', 'ya', 'OK', '12', '€5', '🙂', 'café'];
export function phrase(rng: Rng, lines: boolean): string {
  const out: string[] = [];
  for (let i = 1 + rng.int(5); i > 0; i--) out.push(rng.pick(WORDS));
  let s = out.join(' ');
  if (rng.next() < 0.3) s += rng.pick(['.', ',', '!', '?']);
  if (lines && rng.next() < 0.3) s += rng.pick(['\n', '\n\n']) + rng.pick(WORDS);
  return rng.next() < 0.5 ? ` ${s}` : s;
}

const INLINE_TAGS = [['<b>', '</b>'], ['<i>', '</i>'], ['<a href="https://example.com/terms">', '</a>'], ['<span style="color:#b00">', '</span>']] as const;

/** `text` with inline markup around some of its words; its text is unchanged. */
export function markup(rng: Rng, text: string): string {
  const words = text.split(' ').map((w) => {
    if (rng.next() >= 0.5) return w;
    const [open, close] = rng.pick(INLINE_TAGS);
    return `${open}${w}${close}`;
  });
  return words.join(' ');
}

/** The draft as drafts.json defines it: blank-only lines collapse to one blank line, trimmed. */
export function normalize(text: string): string {
  let out = '';
  let blank = false;
  for (const line of text.replace(/\u00a0/g, ' ').split('\n')) {
    if (line.trim() === '') {
      blank = out !== '';
      continue;
    }
    if (out) out += blank ? '\n\n' : '\n';
    blank = false;
    out += line;
  }
  return out.trim();
}

/** What the test knows of a compose; `dirty`: edited by keyboard since the panel last showed `text`. */
export type Compose = { id: string; text: string; mustKeep: string[]; undo: { before: string; after: string } | null; dirty: boolean };

/** Caret offsets the page can place: not inside a blank line, not inside an emoji or a must-keep string. */
export function caretSpots(c: Compose): number[] {
  const spots: number[] = [];
  const kept = c.mustKeep.flatMap((k) => occurrences(c.text, k).map((at) => [at, at + k.length] as const));
  for (let p = 0; p <= c.text.length; p++) {
    if (c.text[p - 1] === '\n' && c.text[p] === '\n') continue;
    if (/[\udc00-\udfff]/.test(c.text[p] ?? '')) continue;
    if (kept.some(([s, e]) => s < p && p < e)) continue;
    spots.push(p);
  }
  return spots;
}

/** True when removing [start, end) would cut into a must-keep string. */
export function touchesMustKeep(c: Compose, start: number, end: number): boolean {
  return c.mustKeep.some((k) => occurrences(c.text, k).some((at) => at < end && start < at + k.length));
}

export function occurrences(text: string, part: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(part); part && at >= 0; at = text.indexOf(part, at + 1)) out.push(at);
  return out;
}

/** What `after` adds to `before` in one place, or null when it is not `before` plus one insertion. */
export function inserted(before: string, after: string): string | null {
  let head = 0;
  while (head < before.length && before[head] === after[head]) head++;
  let tail = 0;
  while (tail < before.length - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  return head + tail === before.length && after.length > before.length ? after.slice(head, after.length - tail) : null;
}

/** Every result a shown before → after change can have on `text` (one per place `before` occurs). */
export function replacements(text: string, before: string, after: string): string[] {
  return occurrences(text, before).map((at) => normalize(text.slice(0, at) + after + text.slice(at + before.length)));
}
