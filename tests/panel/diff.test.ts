import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sideOf, tokenize, wordDiff } from '../../src/panel/diff';
import { fixPreview } from '../../src/panel/Findings';

describe('wordDiff', () => {
  const cases: [string, string, string, [string, string][]][] = [
    ['identical', 'Thanks, Budi.', 'Thanks, Budi.', [['same', 'Thanks, Budi.']]],
    ['a removed word', 'we cannot maybe do that', 'we cannot do that', [['same', 'we cannot '], ['del', 'maybe '], ['same', 'do that']]],
    ['a replaced word, deletion first', 'Sorry for the delay.', 'Thank you for waiting.', [['del', 'Sorry '], ['ins', 'Thank you '], ['same', 'for '], ['del', 'the delay'], ['ins', 'waiting'], ['same', '.']]],
    ['punctuation is its own token', 'No, sorry!!!', 'No, sorry.', [['same', 'No, sorry'], ['del', '!!!'], ['ins', '.']]],
    ['Indonesian reduplication stays one word', 'Mohon maaf-maaf kak', 'Mohon maaf kak', [['same', 'Mohon '], ['del', 'maaf-maaf '], ['ins', 'maaf '], ['same', 'kak']]],
  ];
  it.each(cases)('%s', (_name, before, after, expected) => {
    expect(wordDiff(before, after).map((p) => [p.kind, p.text])).toEqual(expected);
  });

  it('rebuilds both sides exactly, for any two texts', () => {
    const word = fc.constantFrom('we', 'cannot', 'Sorry', 'maaf', 'kak', ',', '.', ' ', '\n', 'tidak', 'bisa', 'refund');
    const text = fc.array(word, { maxLength: 40 }).map((w) => w.join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const parts = wordDiff(a, b);
        expect(sideOf(parts, 'before')).toBe(a);
        expect(sideOf(parts, 'after')).toBe(b);
      }),
    );
  });

  it('stays correct and fast on a very long draft (falls back to one replace in the middle)', () => {
    const a = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(' ');
    const b = Array.from({ length: 3000 }, (_, i) => `v${i}`).join(' ');
    const started = performance.now();
    const parts = wordDiff(a, b);
    expect(performance.now() - started).toBeLessThan(500);
    expect(sideOf(parts, 'before')).toBe(a);
    expect(sideOf(parts, 'after')).toBe(b);
  });

  it('tokenizes words, spaces and punctuation', () => {
    expect(tokenize("  Don't  shout! Ok")).toEqual(['  ', "Don't  ", 'shout', '! ', 'Ok']);
  });
});

describe('fixPreview', () => {
  it('shows the change with a few words of context, never the whole draft', () => {
    const text = 'Dear Budi,\nThank you for your order. Unfortunately we cannot maybe refund the deposit this time. Best, Sari';
    const start = text.indexOf('maybe ');
    const parts = fixPreview(text, { label: 'x', edits: [{ start, end: start + 6, text: '' }] });
    expect(sideOf(parts, 'before')).toBe('Unfortunately we cannot maybe refund the deposit');
    expect(sideOf(parts, 'after')).toBe('Unfortunately we cannot refund the deposit');
  });
});
