// Properties every analysis must hold, whatever the text: no throw, findings point at real text,
// fixes are well-formed, fix-all ends. Checked on generated text (fast-check) and on every dev draft.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { analyze, applyFixes, fixAll, firstFixes, CORE_PRINCIPLES, SCENARIOS, SUPPORTING_PRINCIPLES, type AnalyzeOptions, type Draft, type Report } from '../../src/engine';
import { devCorpus } from './corpus';

// Words that wake the rules up, so generated drafts reach the rules' code, not just the tokenizer.
const english = ['Hi', 'Dear', 'sorry', "I'm", 'so', 'sorry', 'apologize', 'we', 'might', 'not', 'be', 'able', 'to', 'No.', 'refund', 'maybe', 'perhaps', 'let', 'me', 'know', 'what', 'you', 'think', 'your', 'fault', 'stupid', 'NOT', 'PDF', 'ASAP', 'please', 'Read', 'the', 'contract.', 'Best,', 'Regards', 'Thanks', 'at', 'some', 'point', 'instead', 'option', '$60', 'invoice', '#1042'];
const indonesian = ['Halo', 'kak', 'Bapak/Ibu', 'dengan', 'hormat', 'mohon', 'maaf', 'maafkan', 'kami', 'tidak', 'bisa', 'belum', 'mungkin', 'gak', 'nggak', 'ya', 'sih', 'dong', 'terserah', 'bukan', 'urusan', 'sebagai', 'gantinya', 'terima', 'kasih', 'pesanan', 'kakak', 'baca', 'dulu!', 'aturannya', 'bisa-bisa', 'dinego', 'kalau', 'memungkinkan', 'Salam,', 'Rp150.000'];
const exotic = ['😊', '🙏🏽', '👨‍👩‍👧', 'مرحبا', 'שלום', '\u202Eabc\u202C', 'é', 'e\u0301', '\u200B', '\uFEFF', '“', '”', '"', "'", '’', '!!!', '...', '—', '(', ')', '[', ']', ':', ';', '?', '\ud83d', '\ude00'];
const separators = [' ', ' ', ' ', '  ', '\t', '\n', '\n\n', '\r\n', '\r', '\u00A0', '', ', ', '. '];

const token = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...english) },
  { weight: 4, arbitrary: fc.constantFrom(...indonesian) },
  { weight: 2, arbitrary: fc.constantFrom(...exotic) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  // A very long "word" (a pasted link or a key mash).
  { weight: 1, arbitrary: fc.stringMatching(/^[a-zA-Z]{200,600}$/) },
  { weight: 1, arbitrary: fc.constantFrom('SHOUTING', 'NEVER', 'PAY', 'NOW', 'COD', 'DP', 'BCA') },
);

const draftText = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.tuple(token, fc.constantFrom(...separators)), { maxLength: 80 }).map((parts) => parts.map(([t, s]) => t + s).join('')) },
  { weight: 1, arbitrary: fc.stringMatching(/^[ \t\n\r\u00A0]{0,40}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 200 }) },
);

const options: fc.Arbitrary<AnalyzeOptions> = fc.record(
  {
    lang: fc.constantFrom('en' as const, 'id' as const, 'auto' as const),
    scenario: fc.constantFrom(...SCENARIOS),
    inRight: fc.boolean(),
    uiLang: fc.constantFrom('en' as const, 'id' as const),
  },
  { requiredKeys: [] },
);

const PRINCIPLES = new Set<string>([...CORE_PRINCIPLES, ...SUPPORTING_PRINCIPLES]);

/** Every invariant of one report; returns the problems so a failure names them all. */
function problemsOf(text: string, report: Report): string[] {
  const problems: string[] = [];
  for (const f of report.findings) {
    const where = `${f.rule} [${f.start}, ${f.end})`;
    if (!(Number.isInteger(f.start) && Number.isInteger(f.end) && 0 <= f.start && f.start <= f.end && f.end <= text.length)) problems.push(`${where}: range outside the text (length ${text.length})`);
    if (f.actual !== text.slice(f.start, f.end)) problems.push(`${where}: actual ${JSON.stringify(f.actual)} is not the slice`);
    if (!PRINCIPLES.has(f.principle)) problems.push(`${where}: unknown principle ${f.principle}`);
    if (!['error', 'warning', 'suggestion'].includes(f.severity)) problems.push(`${where}: bad severity ${f.severity}`);
    if (SUPPORTING_PRINCIPLES.includes(f.principle as never) && f.severity !== 'suggestion') problems.push(`${where}: a supporting principle must only suggest`);
    if (typeof f.message !== 'string' || f.message.trim() === '' || /\{\{/.test(f.message)) problems.push(`${where}: message ${JSON.stringify(f.message)} is empty or unrendered`);
    for (const fix of f.fixes) {
      if (typeof fix.label !== 'string' || fix.label.trim() === '') problems.push(`${where}: a fix has no label`);
      if (fix.edits.length === 0) problems.push(`${where}: fix "${fix.label}" has no edits`);
      fix.edits.forEach((e, i) => {
        if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start <= e.end && e.end <= text.length)) problems.push(`${where}: fix "${fix.label}" edit [${e.start}, ${e.end}) outside the text`);
        if (typeof e.text !== 'string') problems.push(`${where}: fix "${fix.label}" edit without text`);
        const next = fix.edits[i + 1];
        // Sorted, and never two edits at one point or across each other (see applyFixes).
        if (next && !(e.end <= next.start && e.start < next.start)) problems.push(`${where}: fix "${fix.label}" edits overlap or are unsorted`);
      });
    }
  }
  const core = report.findings.filter((f) => (CORE_PRINCIPLES as readonly string[]).includes(f.principle) && f.severity !== 'suggestion');
  for (const p of CORE_PRINCIPLES) {
    const expected = core.some((f) => f.principle === p && f.severity === 'error') ? 'fail' : core.some((f) => f.principle === p) ? 'warn' : 'pass';
    if (report.principles[p] !== expected) problems.push(`principle ${p} is ${report.principles[p]}, findings say ${expected}`);
  }
  return problems;
}

function checkDraft(draft: Draft, opts: AnalyzeOptions): void {
  const report = analyze(draft, opts);
  expect(problemsOf(draft.body, report)).toEqual([]);
  if (opts.scenario) expect(report.scenario).toBe(opts.scenario);
  if (opts.inRight !== undefined) expect(report.inRight).toBe(opts.inRight);
  if (opts.lang === 'en' || opts.lang === 'id') expect(report.lang).toBe(opts.lang);
  // Applying every first fix at once keeps the text a string and never throws.
  const once = applyFixes(draft.body, firstFixes(report.findings));
  expect(typeof once.text).toBe('string');
  const fixed = fixAll(draft, opts);
  expect(typeof fixed).toBe('string');
  // The fixed draft is itself a valid input.
  expect(problemsOf(fixed, analyze({ ...draft, body: fixed }, opts))).toEqual([]);
}

describe('analyze on arbitrary text', () => {
  test('never throws; ranges, actual, fixes and statuses hold; fix-all terminates', () => {
    fc.assert(
      fc.property(draftText, fc.option(fc.string({ maxLength: 40 }), { nil: undefined }), options, (body, subject, opts) => {
        checkDraft(subject === undefined ? { body } : { body, subject }, opts);
      }),
      { numRuns: 300 },
    );
  });

  test('a recipient name of any shape does not break it', () => {
    fc.assert(
      fc.property(draftText, fc.string({ unit: 'grapheme', maxLength: 30 }), (body, recipientName) => {
        expect(problemsOf(body, analyze({ body, recipientName }))).toEqual([]);
      }),
      { numRuns: 100 },
    );
  });

  test.each([
    ['empty', ''],
    ['only whitespace', ' \n\t\r\n \u00A0 '],
    ['one emoji', '🙏'],
    ['a lone surrogate', '\ud83d'],
    ['RTL only', 'مرحبا بك، شكرا'],
    ['one 10,000-letter word', 'a'.repeat(10_000)],
    ['mixed newlines', 'Hi Ana,\r\n\r\nSorry, no.\rWe MIGHT not refund it!!!\n\nBest,\r\nDana'],
  ])('%s', (_name, body) => {
    checkDraft({ body }, {});
    checkDraft({ body }, { lang: 'id', scenario: 'refusal', inRight: true });
  });

  test('invariants catch a broken report (the check itself can fail)', () => {
    const text = 'We MIGHT not refund it.';
    const broken: Report = {
      lang: 'en',
      scenario: 'refusal',
      inRight: true,
      principles: { clarity: 'pass', politeness: 'pass', alternative: 'pass', 'over-apology': 'pass', firmness: 'pass' },
      findings: [
        { principle: 'firmness', rule: 'r', severity: 'warning', start: 3, end: 8, actual: 'might', message: 'm', fixes: [{ label: 'f', edits: [{ start: 3, end: 8, text: 'x' }, { start: 5, end: 30, text: 'y' }] }] },
      ],
    };
    expect(problemsOf(text, broken)).toEqual([
      'r [3, 8): actual "might" is not the slice',
      'r [3, 8): fix "f" edits overlap or are unsorted',
      'r [3, 8): fix "f" edit [5, 30) outside the text',
      'principle firmness is pass, findings say warn',
    ]);
  });
});

describe('analyze on every dev draft', () => {
  const drafts = devCorpus();
  test('the corpus is there', () => expect(drafts.length).toBeGreaterThanOrEqual(60));

  test.each(drafts.map((d) => [d.id, d] as const))('%s', (_id, d) => {
    checkDraft({ subject: d.subject, body: d.body }, {});
    checkDraft({ subject: d.subject, body: d.body }, { lang: d.lang === 'en' ? 'id' : 'en', scenario: d.scenario, inRight: !d.business_in_right });
  });
});
