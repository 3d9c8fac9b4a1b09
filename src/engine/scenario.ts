// Infers what the draft is doing (the scenario) and whether the business is in the right, from
// the sentence roles understand/ found. Ending service outranks everything; an admitted mistake
// makes a complaint reply; a decline is a refusal unless it answers a complaint.
import type { RuleContext } from './context';
import { hasAny } from './text/match';
import type { Span } from './text/segment';
import type { Scenario } from './types';

type Base = Omit<RuleContext, 'scenario' | 'inRight'>;

/** Distinct complaint signals ("sorry to hear", "refund", "keluhan") that make a decline a complaint reply. */
const COMPLAINT_SIGNALS = 2;
/** Rule sentences that make a draft a statement of house rules rather than a reply to one request. */
const RULES_STATED = 2;
/** Distinct citations of what was agreed that, with no rule stated, answer a complaint no one named. */
const CITATIONS = 2;
/** A subject that answers a message ("Re: …", "Balas: …"): a rule sentence there may be a refusal's reason. */
const REPLY = /^\s*(?:re|balas|aw|fw|fwd)\s*:/i;
/** A formal reply headed as a response to the customer's letter ("Tanggapan atas Keberatan …"). */
const RESPONSE = /^\s*tanggapan\b/i;

export function inferScenario(ctx: Base): Scenario {
  const m = ctx.meaning;
  // A hedged give-away beside a citation answers a grievance only where nothing is declined: with a
  // decline it is a refusal that wavers ("I'd rather not throw the hour in for free, I suppose").
  const waversOnTerms = m.declines.length === 0 && m.citesAgreement && wavers(ctx);
  const complaintSignals = m.complaintSignals + (complainedSubject(ctx) ? 1 : 0) + (waversOnTerms ? 1 : 0);
  if (m.terminations.length > 0) return 'termination';
  if (m.admitsFault) return 'complaint-wrong';
  // "Waduh iya kak, dari fotonya nugget-nya udah lembek 😢 maaf ya kak": the complaint confirmed and
  // apologized for, with nothing declined and no agreement pointed at, is owned.
  if (m.confirmsComplaint && m.declines.length === 0 && !m.citesAgreement) return 'complaint-wrong';
  // "Sorry for the hassle. I'll remake both panels at no charge": put right at our cost, with
  // nothing declined and nothing agreed cited, the mistake was ours though no admission is spelled out;
  // so too after "Betul kak, …" confirming the complaint without an apology.
  const answersComplaint = m.apologies.length > 0 || m.complaintSignals > 0 || m.opensConfirming;
  if (m.redoneFree && m.declines.length === 0 && !m.citesAgreement && answersComplaint) return 'complaint-wrong';
  // "Betul kak, paketnya telat 3 hari … Sebagai gantinya kami kasih voucher": the complaint confirmed and
  // made up for, with nothing declined and nothing agreed cited, is owned though no apology is said.
  const complained = m.complaintSignals > 0 || complainedSubject(ctx);
  if (m.opensConfirming && complained && m.alternatives.length > 0 && m.declines.length === 0 && !m.citesAgreement) return 'complaint-wrong';
  // A decline that points at what the customer signed or approved answers a complaint with one signal less.
  const signalsNeeded = m.citesAgreement ? COMPLAINT_SIGNALS - 1 : COMPLAINT_SIGNALS;
  if (m.declines.length > 0) {
    if (answersRequest(ctx)) return 'refusal';
    if (complaintSignals >= signalsNeeded) return 'complaint-right';
    // "Mulai bulan depan kami tidak menerima pembayaran tunai": a rule from now on, said to no one in
    // particular, refuses no request ("…jahitan dari toko Ibu lagi" still does).
    const rulesOnly = m.declines.every((s) => (standingRule(ctx, s) || toGroup(ctx)) && !hasAny(s.text, ctx.phrases.politeness.you));
    return rulesOnly ? 'boundary' : 'refusal';
  }
  // "That is the fabric you picked and signed off" answering one complaint signal: the reply defends what was agreed.
  if (complaintSignals >= signalsNeeded) return 'complaint-right';
  // "The engraving reads as typed on your order form, as submitted": a reply that points twice at
  // what the customer agreed to defends it, though it never names the complaint; under a
  // "Tanggapan atas …" subject the terms it quotes are the ones it defends, not new rules.
  if (m.agreementCitations >= CITATIONS && (m.rules.length === 0 || RESPONSE.test(ctx.subject))) return 'complaint-right';
  // "A 25% deposit holds the date; the quote is valid until 30 April": the deposit of a quote or a
  // confirmed booking is a term of this deal; a rule that starts from a date is still a boundary.
  // A rule on contact or conduct ("Stop messaging our hosts on their personal numbers") is no term of the booking it confirms.
  const { ruleStarts, conductRules } = ctx.phrases.meaning;
  const termsOfThisDeal = m.statesDeal && !m.rules.some((r) => hasAny(r.text, ruleStarts) || hasAny(r.text, conductRules));
  if (m.rules.length > 0 && !termsOfThisDeal) return 'boundary';
  // "Ketentuan sewa mobil pengantin" over "kalau bisa jangan pakai lakban…": rules worded so softly
  // that no sentence reads as one are still what the message sets out.
  if (announces(ctx.subject) && hasAny(ctx.subject, ctx.phrases.meaning.ruleSubjects)) return 'boundary';
  return 'other';
}

/** "Re: Why was I charged?", "Balas: Paket rusak": a reply whose subject names the grievance. */
function complainedSubject(ctx: Base): boolean {
  return REPLY.test(ctx.subject) && hasAny(ctx.subject, ctx.phrases.meaning.complaintSubjects);
}

/**
 * "Maybe we could knock some off if it's a problem": a hedged give-away (a concession word in a
 * hedged sentence). Beside a citation of what was agreed, it answers a grievance.
 */
function wavers(ctx: Base): boolean {
  const { hedges, concessions } = ctx.phrases.firmness;
  return ctx.sentences.some((s) => s.start >= ctx.layout.bodyStart && s.end <= ctx.layout.bodyEnd && hasAny(s.text, concessions) && hasAny(s.text, hedges));
}

/**
 * A decline that is a house rule: it starts from a date, is one of several rules the draft states
 * ("Kami tidak melayani chat di luar jam kerja. Jam operasional kami…") or a rule in a message that
 * answers no one, or is an item under a rules heading ("ini aturan booking kami:"). One rule
 * sentence alone in a reply may be the reason for a refusal.
 */
function standingRule(ctx: Base, sentence: Span): boolean {
  const rules = ctx.meaning.rules;
  return (
    hasAny(sentence.text, ctx.phrases.meaning.ruleStarts) ||
    ((rules.length >= RULES_STATED || announces(ctx.subject)) && rules.includes(sentence)) ||
    // "We do not hold items for more than 48 hours. From now on, holds need a deposit…": a message
    // that answers no one and states several rules is a rules message, its declines among them.
    (announces(ctx.subject) && rules.length >= RULES_STATED) ||
    // "DP 50% wajib dibayar saat order. Tanpa DP, pesanan belum masuk antrean.": the rule's consequence.
    (announces(ctx.subject) && rules.some((r) => r.end <= sentence.start)) ||
    rules.some((r) => r.end <= sentence.start && r.text.trimEnd().endsWith(':'))
  );
}

/**
 * "Perihal Permintaan Penyemprotan Ulang", "Pengajuan refund pesanan #TBL-20931": the subject names
 * the customer's request, so a decline answers that request: no complaint reply, nor a rule said to
 * no one, whatever words it meets ("Permohonan Maaf atas …" names our apology, not a request).
 */
function answersRequest(ctx: Base): boolean {
  const m = ctx.phrases.meaning;
  return hasAny(ctx.subject, m.requestSubjects) && !hasAny(ctx.subject, m.requestSubjectExceptions);
}

/**
 * "Hi all, … Anything left on desks after 6pm won't be moved": a message greeting a group, answering
 * no one, announces rules; what it declines is among them.
 */
function toGroup(ctx: Base): boolean {
  return !REPLY.test(ctx.subject) && hasAny(ctx.text.slice(0, ctx.layout.bodyStart), ctx.phrases.meaning.groupAddresses);
}

/** A subject that is there and answers no one: "Aturan kelas", not "Re: …" (nor a subject not yet typed). */
function announces(subject: string): boolean {
  return subject.trim() !== '' && !REPLY.test(subject);
}

export function inferInRight(ctx: Base, scenario: Scenario): boolean {
  if (scenario === 'complaint-wrong') return false;
  return !ctx.meaning.admitsFault;
}
