// The browser fuzz's oracle on its own (Node, no browser): if it were wrong, the fuzz would pass
// corrupted drafts or fail correct ones.
import { describe, expect, test } from 'vitest';
import { caretSpots, inserted, markup, normalize, phrase, prng, replacements, touchesMustKeep, type Compose } from './fuzz-model';

const compose = (text: string, mustKeep: string[] = []): Compose => ({ id: 'c1', text, mustKeep, undo: null, dirty: false });

describe('prng', () => {
  test('the same seed gives the same sequence; another seed another one', () => {
    const take = (seed: number) => Array.from({ length: 8 }, prng(seed).next);
    expect(take(20261123)).toEqual(take(20261123));
    expect(take(20261123)).not.toEqual(take(20261124));
    for (const x of take(7)) expect(x >= 0 && x < 1).toBe(true);
  });
});

describe('normalize (the drafts.json format)', () => {
  test.each([
    ['a\n\n\n\nb', 'a\n\nb'],
    ['a\n \nb', 'a\n\nb'],
    ['\n\n a\u00a0b \n', 'a b'],
    ['a\nb', 'a\nb'],
    ['', ''],
  ])('%j → %j', (input, output) => {
    expect(normalize(input)).toBe(output);
  });
});

describe('caret spots', () => {
  test('never between the two line breaks of a blank line, inside an emoji or a must-keep string', () => {
    const spots = caretSpots(compose('ab\n\n🙂 $35 fee', ['$35']));
    expect(spots).toContain(2); // end of the first line
    expect(spots).not.toContain(3); // inside the blank line
    expect(spots).toContain(4); // start of the third line
    expect(spots).not.toContain(5); // between the emoji's two code units
    expect(spots).toContain(7); // just before "$35"
    expect(spots).not.toContain(8);
    expect(spots).not.toContain(9);
    expect(spots).toContain(10); // just after "$35"
  });

  test('a deletion may not cut into a must-keep string, touching it from outside is fine', () => {
    const c = compose('pay $35 now', ['$35']);
    expect(touchesMustKeep(c, 0, 5)).toBe(true);
    expect(touchesMustKeep(c, 6, 8)).toBe(true);
    expect(touchesMustKeep(c, 0, 4)).toBe(false);
    expect(touchesMustKeep(c, 7, 11)).toBe(false);
  });
});

describe('expected drafts', () => {
  test('a previewed change may apply at any place its "before" text occurs', () => {
    expect(replacements('sorry. sorry.', 'sorry', 'thanks')).toEqual(['thanks. sorry.', 'sorry. thanks.']);
    expect(replacements('abc', 'x', 'y')).toEqual([]);
  });

  test('an insert adds text in one place and changes nothing else', () => {
    expect(inserted('Hi Dana,\n\nNo refund.', 'Hi Dana,\n\nThanks.\n\nNo refund.')).toBe('Thanks.\n\n');
    expect(inserted('No refund.', 'Hi,\n\nNo refund.')).toBe('Hi,\n\n');
    expect(inserted('No refund.', 'No refund. Ever.')).toBe(' Ever.');
    expect(inserted('No refund.', 'No refunds.')).toBe('s');
    expect(inserted('No refund.', 'No credit.')).toBeNull(); // a replacement
    expect(inserted('No refund.', 'No fund.')).toBeNull(); // a deletion
    expect(inserted('No refund.', 'No refund.')).toBeNull();
  });
});

describe('what the user types and pastes', () => {
  test('markup wraps words in inline tags and keeps the text', () => {
    const rng = prng(3);
    for (let i = 0; i < 50; i++) {
      const text = phrase(rng, false).trim();
      const html = markup(rng, text);
      expect(html.replace(/<[^>]+>/g, '')).toBe(text);
    }
  });

  test('typed phrases have no line break; pasted ones sometimes do', () => {
    const rng = prng(11);
    const typed = Array.from({ length: 100 }, () => phrase(rng, false));
    const pasted = Array.from({ length: 100 }, () => phrase(rng, true));
    expect(typed.some((p) => p.includes('\n'))).toBe(false);
    expect(pasted.some((p) => p.includes('\n'))).toBe(true);
  });
});
