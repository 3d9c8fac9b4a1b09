// Walls of text: one paragraph so long the decision drowns in it.
import type { Rule, RuleHit } from '../../rule';
import { wordsInEach } from './word-count';

export const WALL_WORDS = { en: 120, id: 100 } as const;

export const wallOfText: Rule = {
  id: 'clarity/wall-of-text',
  principle: 'clarity',
  languages: ['en', 'id'],
  severity: 'warning',
  check(ctx) {
    const limit = WALL_WORDS[ctx.lang];
    const counts = wordsInEach(ctx, ctx.paragraphs);
    const hits: RuleHit[] = [];
    ctx.paragraphs.forEach((p, k) => {
      const n = counts[k]!;
      if (n > limit) hits.push({ start: p.start, end: Math.min(p.end, p.start + 80), messageId: 'clarity/wall-of-text', values: { words: n, limit } });
    });
    return hits;
  },
};
