// Engine warm-up: the first analysis in a page used to cost ~100 ms of CPU, nearly all of it
// regular expressions compiled on first use (a long task on a big draft, a slow first check).
// `createWarmUp` does that work ahead in small steps, so a caller can spread it over idle
// callbacks: each call runs steps until its deadline and says whether more remain. Only caches
// are filled: every analysis gives the same report with or without a warm-up.
import { analyze } from './analyze';
import { baseContext, type RuleContext } from './context';
import { rules } from './rules/registry';
import { inferInRight, inferScenario } from './scenario';
import { phraseBook } from './phrases/book';
import { quotedSpans, useDocument, warmCandidates, warmList } from './text/match';
import { sentences } from './text/segment';
import { findLayout } from './understand/layout';
import { understand } from './understand/understand';
import type { Lang } from './types';

/** What a step may still use: an IdleDeadline fits. */
export type WarmDeadline = { timeRemaining(): number };

/** Runs warm-up steps (at least one) until `deadline` has no time left; true while some remain. */
export type WarmUp = (deadline: WarmDeadline) => boolean;

// Short drafts touching each part of the engine (greeting, apology, refusal, alternative, rule,
// closing), so every rule runs once and compiles the patterns it builds itself.
const SAMPLES: Record<Lang, string> = {
  en: 'Hi Sam,\n\nI’m so sorry, but we can’t refund the order. Maybe we could offer a voucher instead? Our policy is that returns close after 30 days.\n\nBest regards,\nDina',
  id: 'Halo Bu Sari,\n\nMohon maaf, kami tidak bisa mengembalikan dana pesanan ini. Sebagai gantinya kami bisa memberi voucher. Mulai bulan depan, pesanan wajib dibayar di muka.\n\nSalam,\nDina',
};

/** Every list of strings in a phrase book, however deeply grouped. */
function listsIn(value: unknown, out: (readonly string[])[] = []): (readonly string[])[] {
  if (Array.isArray(value)) {
    if (value.every((v) => typeof v === 'string')) out.push(value as readonly string[]);
    else for (const v of value) listsIn(v, out);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) listsIn(v, out);
  }
  return out;
}

/** One analysis of the sample, cut where analyze() allows: the context, each rule, then the whole. */
function analysisSteps(lang: Lang): (() => void)[] {
  const text = SAMPLES[lang];
  let ctx: RuleContext | undefined;
  const steps = [
    // The context's parts first, one step each (understanding is the costliest), then the context.
    () => {
      useDocument(text);
      findLayout(text, phraseBook(lang));
    },
    () => {
      useDocument(text);
      understand(text, sentences(text), findLayout(text, phraseBook(lang)), phraseBook(lang), quotedSpans(text));
    },
    () => {
      const base = baseContext({ text, subject: '', recipientName: undefined, lang, uiLang: lang, settings: {} });
      const scenario = inferScenario(base);
      ctx = { ...base, scenario, inRight: inferInRight(base, scenario) };
    },
  ];
  for (const rule of rules) if (rule.languages.includes(lang)) steps.push(() => void rule.check(ctx!));
  steps.push(() => void analyze({ subject: '', body: SAMPLES[lang] }, { lang }));
  return steps;
}

/** A warm-up for `langs`, most likely language first. */
export function createWarmUp(langs: readonly Lang[] = ['en', 'id']): WarmUp {
  const steps: (() => void)[] = [];
  for (const lang of langs) {
    for (const list of listsIn(phraseBook(lang))) steps.push(() => warmList(list));
  }
  // Per-word patterns of the lists, then one analysis per language (patterns rules build
  // themselves), then the per-word patterns those added.
  const candidatesStep = (deadline: WarmDeadline) => warmCandidates(() => deadline.timeRemaining());
  let next = 0;
  let analysesQueued = false;
  let finished = false;
  // Each call runs at least one step, so even a deadline with no time left makes progress.
  return (deadline) => {
    do {
      if (finished) return false;
      if (next < steps.length) steps[next++]!();
      else if (!candidatesStep(deadline)) {
        if (analysesQueued) finished = true;
        else {
          analysesQueued = true;
          for (const lang of langs) steps.push(...analysisSteps(lang));
        }
      }
    } while (deadline.timeRemaining() > 0);
    return !finished;
  };
}
