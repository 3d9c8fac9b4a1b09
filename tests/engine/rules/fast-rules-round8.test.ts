// Round 8's fast paths in the rules must give exactly what the code they replaced gave: each
// reference below is that code, run on random texts built from pieces that hit every branch.
import fc from 'fast-check';
import { expect, test } from 'vitest';
import type { RuleContext } from '../../../src/engine/context';
import { holdsFacts, negated, spaceParted, wordsBefore } from '../../../src/engine/rules/clarity/text-edits';
import { mayOpenWithSubject, replacementKey } from '../../../src/engine/rules/firmness/hedge';
import { wordsIn, wordsInEach } from '../../../src/engine/rules/clarity/word-count';
import { sortByRange } from '../../../src/engine/analyze';
import { baseContext } from '../../../src/engine/context';
import { inferInRight, inferScenario } from '../../../src/engine/scenario';
import { rules } from '../../../src/engine/rules/registry';
import type { RuleHit } from '../../../src/engine/rule';
import { devCorpus } from '../corpus';
import { decisionSentences } from '../../../src/engine/rules/firmness/scope';
import { firstDecision } from '../../../src/engine/rules/clarity/buried-decision';
import { endAnalysis } from '../../../src/engine/rules/per-analysis';
import { sentencePart } from '../../../src/engine/rules/politeness/dismissive';
import type { Finding } from '../../../src/engine/types';

const pieces = [
  'a', 'Z', 'É', 'é', 'ß', 'Ł', 'ſ', '9', ' ', '  ', '\n', '\t', '\u00a0', '\u2028', '.', ',', ';', ':', '(', ')', '"', '“', '”',
  "'", '’', '!', '?', '-', '𝐀', '😅', 'Anda', 'ibu', 'I', 'not', "don't", 'tidak', 'we', 'Tom', 'kak', 'Rp', 'might', 'won’t',
];
const text = fc.array(fc.constantFrom(...pieces), { maxLength: 30 }).map((p) => p.join(''));

const ADDRESS_WORDS = new Set(['i', 'you', 'your', 'anda', 'bapak', 'ibu', 'kak', 'kakak', 'pak', 'bu', 'mas', 'mbak']);

/** holdsFacts as first written: split, filter, a pattern per word. */
function referenceHoldsFacts(t: string): boolean {
  if (/\d/.test(t)) return true;
  const words = t.split(/[\s,;:()"“”]+/).filter(Boolean).slice(1);
  return words.some((w) => /^\p{Lu}/u.test(w) && !ADDRESS_WORDS.has(w.toLowerCase().replace(/[^\p{L}]/gu, '')));
}

test('holdsFacts reads words in place as the split did', () => {
  fc.assert(fc.property(text, (t) => {
      expect(holdsFacts(t)).toBe(referenceHoldsFacts(t));
    }), { numRuns: 5000 });
});

const EN_NEGATORS = ['not', 'never', "don't", "doesn't", "isn't", "wasn't", "aren't", 'no', 'without'];
const ID_NEGATORS = ['tidak', 'bukan', 'tak', 'gak', 'nggak', 'enggak', 'ga', 'jangan', 'tanpa', 'belum'];

/** negated as first written: the clause sliced out after the last comma, then read. */
function referenceNegated(t: string, lang: 'en' | 'id', pos: number, window: number): boolean {
  const negators = lang === 'en' ? EN_NEGATORS : ID_NEGATORS;
  const clause = t.slice(Math.max(0, pos - 80), pos).split(',').at(-1) ?? '';
  return wordsBefore(clause, clause.length, window).some((w) => negators.includes(w) || w.endsWith("n't"));
}

test('negated reads the clause in place as the sliced copy did', () => {
  const long = fc.array(fc.constantFrom(...pieces), { maxLength: 80 }).map((p) => p.join(''));
  fc.assert(
    fc.property(long, fc.nat(), fc.constantFrom<'en' | 'id'>('en', 'id'), fc.integer({ min: 1, max: 3 }), (t, at, lang, window) => {
      const pos = t.length === 0 ? 0 : at % (t.length + 1);
      const ctx = { text: t, lang } as RuleContext;
      expect(negated(ctx, pos, window)).toBe(referenceNegated(t, lang, pos, window));
    }),
    { numRuns: 5000 },
  );
});

test('a hedge is keyed as the patterns keyed it', () => {
  fc.assert(
    fc.property(text, (t) => {
      expect(replacementKey(t)).toBe(t.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
    }),
    { numRuns: 5000 },
  );
});

test('wordsInEach counts each piece as wordsIn does, in order or not', () => {
  const long = fc.array(fc.constantFrom(...pieces, '🏻', '\ufe0f', 'kak Tom', 'one two'), { maxLength: 60 }).map((p) => p.join(''));
  const cuts = fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 12 });
  fc.assert(
    fc.property(long, cuts, fc.boolean(), (t, raw, ordered) => {
      const ctx = { text: t } as RuleContext;
      const spans = raw.map(([a, b]) => {
        const x = a % (t.length + 1);
        const y = b % (t.length + 1);
        return { start: Math.min(x, y), end: Math.max(x, y) };
      });
      if (ordered) spans.sort((p, q) => p.start - q.start || p.end - q.end);
      expect(wordsInEach(ctx, spans)).toEqual(spans.map((s) => wordsIn(ctx, s.start, s.end)));
    }),
    { numRuns: 5000 },
  );
});

test('spaceParted reads a trimmed text as split(/\\s+/) did', () => {
  fc.assert(
    fc.property(text, (raw) => {
      const t = raw.trim();
      expect(spaceParted(t)).toEqual({ first: t.toLowerCase().split(/\s+/)[0] ?? '', count: t.split(/\s+/).filter(Boolean).length });
    }),
    { numRuns: 5000 },
  );
});

test('sortByRange orders findings as the built-in stable sort does', () => {
  const range = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 }));
  fc.assert(
    fc.property(fc.array(range, { maxLength: 80 }), (ranges) => {
      const findings = ranges.map(([start, end], k) => ({ start, end, rule: String(k) }) as unknown as Finding);
      const expected = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
      sortByRange(findings);
      expect(findings).toEqual(expected);
    }),
    { numRuns: 3000 },
  );
});

test('sentencePart reads out from the phrase as the patterns found the part', () => {
  const long = fc.array(fc.constantFrom(...pieces, '\n', '?!', ';'), { maxLength: 40 }).map((p) => p.join(''));
  fc.assert(
    fc.property(long, fc.nat(), fc.nat(), (t, a, b) => {
      const x = a % (t.length + 1);
      const y = b % (t.length + 1);
      const [start, end] = [Math.min(x, y), Math.max(x, y)];
      const from = Math.max(t.slice(0, start).search(/[^.!?;\n]*$/u), 0);
      const after = t.slice(end).search(/[.!?;\n]/u);
      expect(sentencePart(t, start, end)).toBe(t.slice(from, after < 0 ? undefined : end + after));
    }),
    { numRuns: 5000 },
  );
});

test('rules asked about two drafts in turn answer each as if asked alone (one memo per analysis)', () => {
  const drafts = devCorpus().slice(0, 12);
  const contextOf = (d: (typeof drafts)[number]): RuleContext => {
    const base = baseContext({ text: d.body, subject: d.subject, recipientName: undefined, lang: d.lang, uiLang: d.lang, settings: {} });
    const scenario = inferScenario(base);
    return { ...base, scenario, inRight: inferInRight(base, scenario) };
  };
  for (let k = 0; k + 1 < drafts.length; k += 2) {
    const [a, b] = [drafts[k]!, drafts[k + 1]!];
    const alone = [a, b].map((d) => {
      endAnalysis();
      const ctx = contextOf(d);
      return rules.filter((r) => r.languages.includes(d.lang)).map((r) => r.check(ctx));
    });
    endAnalysis();
    const [ctxA, ctxB] = [contextOf(a), contextOf(b)];
    const inTurn: [RuleHit[][], RuleHit[][]] = [[], []];
    for (const rule of rules) {
      if (rule.languages.includes(a.lang)) inTurn[0].push(rule.check(ctxA));
      if (rule.languages.includes(b.lang)) inTurn[1].push(rule.check(ctxB));
    }
    expect(inTurn).toEqual(alone);
  }
});

test('decisionSentences and firstDecision order the decisions as the spread, filter and sort did', () => {
  const spans = fc.array(fc.integer({ min: 0, max: 9 }).map((start) => ({ start, end: start + 1, text: 'x' })), { maxLength: 40 });
  fc.assert(
    fc.property(spans, spans, spans, fc.constantFrom('boundary', 'refusal'), (declines, terminations, rules, scenario) => {
      const ctx = { text: 'x'.repeat(12), scenario, meaning: { declines, terminations, rules } } as unknown as RuleContext;
      const seen = new Set<number>();
      const expected = [...declines, ...terminations, ...(scenario === 'boundary' ? rules : [])]
        .filter((s) => !seen.has(s.start) && (seen.add(s.start), true))
        .sort((a, b) => a.start - b.start);
      const found = decisionSentences(ctx);
      expect(found).toEqual(expected);
      found.forEach((s, k) => expect(s).toBe(expected[k]));
      expect(firstDecision(ctx)).toBe([...declines, ...terminations].sort((a, b) => a.start - b.start)[0]);
    }),
    { numRuns: 3000 },
  );
});

test('mayOpenWithSubject says false only where reading 20, 40 or 60 characters finds no listed word', () => {
  const list = ['why', 'what else', 'if', 'but if', 'kalau', 'you', 'kami'];
  const part = fc.constantFrom(...list, ...list.map((w) => w.toUpperCase()), ' ', ',', '\n', '\u00a0', 'x', 'K', '\u212a', 'é', 'a', '  ');
  fc.assert(
    fc.property(fc.array(part, { maxLength: 30 }), fc.nat(8), (parts, cut) => {
      const t = parts.join('');
      const end = Math.min(cut, t.length);
      if (mayOpenWithSubject(t, end, list)) return;
      for (const reach of [20, 40, 60]) {
        const after = t.slice(end, end + reach).toLowerCase().replace(/^[\s,]+/, '');
        expect(list.some((w) => after.startsWith(`${w} `))).toBe(false);
      }
    }),
    { numRuns: 5000 },
  );
});
