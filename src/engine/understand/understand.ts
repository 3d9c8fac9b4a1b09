// What the draft does, sentence by sentence: declines, ends service, offers something instead,
// admits a mistake, apologizes. Rules and scenario inference share this reading.
import type { PhraseBook } from '../phrases/book';
import type { Span } from '../text/segment';
import type { Layout } from './layout';

export type Understanding = {
  /** Sentences that decline, refuse or cannot fully meet the request. */
  declines: Span[];
  /** Sentences that end the service or the relationship. */
  terminations: Span[];
  /** Sentences that state a rule, term or boundary. */
  rules: Span[];
  /** Sentences offering an alternative, option, referral or concrete next step. */
  alternatives: Span[];
  /** Apology phrases (every form), outside quotations. */
  apologies: Span[];
  /** The business admits its own mistake ("our mistake", "kesalahan kami"). */
  admitsFault: boolean;
};

export function understand(
  _text: string,
  _sentences: Span[],
  _layout: Layout,
  _phrases: PhraseBook,
  _quotes: Span[],
): Understanding {
  return { declines: [], terminations: [], rules: [], alternatives: [], apologies: [], admitsFault: false };
}
