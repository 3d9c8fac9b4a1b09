// Apologies in every form, grovelling (with or without the word "sorry") and apologies whose
// object is the business's own policy. Quoted or negated apologies ("no need to apologize") do
// not count.
import type { PhraseBook } from '../phrases/book';
import type { Span } from '../text/segment';
import { findIn, overlapsAny, sentencesNear, wordsBefore } from './find';
import { APOLOGY_WORDS, GROVEL_WORDS } from './reading-bits';

const NO_SPANS: readonly Span[] = [];

/**
 * Words before a grovel phrase searched for a hypothetical lead ("…and then let you down") or for
 * thanks it belongs to ("terima kasih yang sebesar-besarnya").
 */
const GROVEL_LEAD_REACH = 2;

export type ApologyReading = {
  apologies: Span[];
  grovels: Span[];
  /** Apology phrases whose object is the policy, price or decision itself. */
  policyApologies: Span[];
};

/** Words an apology may reach across before naming its object ("sorry for having to ask"). */
const POLICY_REACH = 60;

/** `marks`: readingMarks of `sentences` (the apology and grovel bits); without them the sentences near a match are found here. */
export function readApologies(text: string, sentences: readonly Span[], book: PhraseBook, quotes: readonly Span[], marks?: Int32Array | null): ApologyReading {
  const m = book.meaning;
  const apologies: Span[] = [];
  const grovels: Span[] = [];
  const policyApologies: Span[] = [];
  const near = marks ? sentences : sentencesNear(sentences, [m.apologies, m.grovels]);
  for (let i = 0; i < near.length; i++) {
    const may = marks ? marks[i]! & (APOLOGY_WORDS | GROVEL_WORDS) : APOLOGY_WORDS | GROVEL_WORDS;
    if (may === 0) continue;
    const sentence = near[i]!;
    const found = may & APOLOGY_WORDS ? findIn(text, sentence, m.apologies, { quotes, negators: m.negators, window: 3 }) : NO_SPANS;
    if (may & GROVEL_WORDS) {
      for (const g of findIn(text, sentence, m.grovels, { quotes })) {
        if (!wordsBefore(text, g.start, GROVEL_LEAD_REACH).some((w) => m.hypotheticalLeads.includes(w) || m.gratitudeHeads.includes(w))) grovels.push(g);
      }
    }
    for (const hit of found) {
      // "Please forgive us" is one grovel, not a grovel plus an apology.
      if (overlapsAny(apologies, hit.start, hit.end)) continue;
      apologies.push(hit);
      const reach = text.slice(hit.end, Math.min(sentence.end, hit.end + POLICY_REACH));
      // The object follows the apology in its own clause ("maaf atas aturan kami"); after a comma
      // the apology has only softened what comes next ("Mohon maaf, harga tidak bisa ditawar").
      const clause = reach.split(/[.;:!?,]/)[0] ?? '';
      // "Sorry in advance for the long email": said ahead of time, the apology names no policy.
      const objects = findIn(clause, { start: 0, end: clause.length, text: clause }, m.policyObjects, { quotes: [] }).filter(
        (o) => !(m.courtesyObjects.includes(o.text.toLowerCase()) && clause.slice(0, o.start).trim() === ''),
      );
      if (objects.length > 0 && !opensStatement(clause, objects[0]!, m)) policyApologies.push(hit);
    }
  }
  return { apologies: dedupe(apologies), grovels: dedupe(grovels), policyApologies };
}

/**
 * "maaf ya kak harga udah pas": with only chat particles and an address between them, the apology
 * opens a statement about the price, as "Mohon maaf, harga …" does with its comma. An act of ours
 * after it ("maaf ya harus minta DP") is still what the apology is for.
 */
function opensStatement(clause: string, object: Span, m: PhraseBook['meaning']): boolean {
  if (m.policyActs.includes(object.text.toLowerCase())) return false;
  const between = clause.slice(0, object.start).toLowerCase().split(/\s+/).filter(Boolean);
  return between.length > 0 && between.every((w) => m.openerWords.includes(w));
}

function dedupe(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) if (!overlapsAny(out, s.start, s.end)) out.push(s);
  return out;
}
