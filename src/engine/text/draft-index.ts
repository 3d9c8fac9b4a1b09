// The draft under analysis and its word index. Rules mostly search one sentence at a time
// (`findAll(sentence.text, list, sentence.start)`); such a piece is looked up in the draft's index
// instead of one of its own.
import type { Span } from './segment';
import { ints } from './int-slab';
import { buildIndex, isLowSurrogate, isWordCode, type TextIndex } from './word-index';
import { registry } from './word-registry';

export const draft = {
  text: '',
  index: undefined as TextIndex | null | undefined,
  /** Counts `useDocument` calls: matches stamped with it are this draft's. */
  stamp: 0,
};

/**
 * Pieces already found to be the draft's, by key (offset and length, see `PIECE_KEY`), in one of
 * PIECES places picked by the key (another piece may take the place: it is then checked again).
 * A place holds a piece of this draft only when its stamp is the draft's: no clearing between
 * drafts (a map cleared per analysis grew again entry by entry).
 */
const PIECES = 256;
const pieceKeys = new Int32Array(PIECES);
const pieceStamps = new Int32Array(PIECES).fill(-1);
const pieceTexts: string[] = new Array<string>(PIECES).fill('');
// Rules and the understanding ask about one sentence after another, several lists each.
let lastPiece = '';
let lastPieceOffset = -1;
/** The draft's sentences whose edges fall between words: pieces by construction, found by bisection. */
let sentences: readonly Span[] = [];
/** Their starts, bisected instead of the span objects (a few cache lines, not one per step). */
let sentenceStarts: Int32Array = new Int32Array(0);
/** The sentence list given to `useDocument` when every one of them is a piece of the draft. */
let allPieces: readonly Span[] | null = null;
/** Lists kept from `allPieces` in order (`keptPieces`): sorted and apart, each a piece too. */
let keptFromPieces = new WeakSet<readonly Span[]>();

/**
 * Tells the matcher which draft is being analyzed (context.ts calls this once per analysis). Its
 * index is built afresh on first use: no analysis reuses another's, as when the user types.
 * `sentenceSpans` (sorted and apart, each sliced from `text`) need no check that they are the
 * draft's: checking each (a comparison and a map entry) cost 1-3% of an analysis. `index` is
 * the text's index when the caller built one (language detection does).
 */
export function useDocument(text: string, sentenceSpans: readonly Span[] = [], index?: TextIndex | null): void {
  draft.text = text;
  draft.index = index && index.text === text ? index : undefined;
  lastPiece = '';
  lastPieceOffset = -1;
  draft.stamp++;
  sentences = sentenceSpans.filter((s) => s.text.length > 0 && edgesBetweenWords(text, s.start, s.end));
  allPieces = sentences.length === sentenceSpans.length ? sentenceSpans : null;
  keptFromPieces = new WeakSet();
  sentenceStarts = ints(sentences.length);
  lastSentence = 0;
  for (let k = 0; k < sentences.length; k++) sentenceStarts[k] = sentences[k]!.start;
}

/**
 * True when `list` is the sentence list the draft was given with (sorted and apart), or kept from
 * it in order (`keptPieces`), and each is a piece of the draft (`isDraftPiece` holds for every
 * one): the sentences a match overlaps can then be found from the matches.
 */
export function areDraftPieces(list: readonly Span[]): boolean {
  return list === allPieces || keptFromPieces.has(list);
}

/** `from.filter(keep)`, and when `from` are the draft's pieces (`areDraftPieces`) so is the result. */
export function keptPieces(from: readonly Span[], keep: (sentence: Span) => boolean): Span[] {
  const kept = from.filter(keep);
  if (areDraftPieces(from)) keptFromPieces.add(kept);
  return kept;
}

/** Where the last sentence asked about stands in `sentences`: callers mostly go through them in order. */
let lastSentence = 0;

/** The sentence at `offset` when it is `text`: the one asked about last or the next, else by bisection. */
function isSentence(text: string, offset: number): boolean {
  let at = lastSentence;
  if (at >= sentenceStarts.length || sentenceStarts[at] !== offset) {
    if (at + 1 < sentenceStarts.length && sentenceStarts[at + 1] === offset) at++;
    else {
      let hi = sentenceStarts.length;
      at = 0;
      while (at < hi) {
        const mid = (at + hi) >> 1;
        if (sentenceStarts[mid]! < offset) at = mid + 1;
        else hi = mid;
      }
    }
  }
  const found = sentences[at];
  if (found === undefined || found.start !== offset) return false;
  lastSentence = at;
  return found.text === text;
}

/** The index of the draft when `text` is the piece of it at `offset`, cut between words. */
export function draftIndexFor(text: string, offset: number): TextIndex | null {
  return isDocumentPiece(text, offset) ? draftIndex() : null;
}

/** `draftIndexFor(draft.text, 0)`, without asking whether the draft is a piece of itself. */
export function draftIndex(): TextIndex | null {
  if (draft.text.length === 0) return null;
  if (draft.index === undefined || (draft.index && draft.index.version !== registry.version)) draft.index = buildIndex(draft.text, true);
  return draft.index;
}

/** Pieces up to this long, in drafts under 2^20 characters, are filed by offset and length (a small integer key). */
const PIECE_KEY = 1024;

function isDocumentPiece(text: string, offset: number): boolean {
  if (offset === lastPieceOffset && text === lastPiece) return true;
  if (isSentence(text, offset)) {
    lastPiece = text;
    lastPieceOffset = offset;
    return true;
  }
  const key = draft.text.length < 2 ** 20 && text.length < PIECE_KEY ? offset * PIECE_KEY + text.length : -1;
  const place = key < 0 ? -1 : Math.imul(key, 0x9e3779b1) >>> 24;
  if (place < 0 || pieceStamps[place] !== draft.stamp || pieceKeys[place] !== key || pieceTexts[place] !== text) {
    if (!isPieceOfDocument(text, offset)) return false;
    if (place >= 0) {
      pieceStamps[place] = draft.stamp;
      pieceKeys[place] = key;
      pieceTexts[place] = text;
    }
  }
  lastPiece = text;
  lastPieceOffset = offset;
  return true;
}

function isPieceOfDocument(text: string, offset: number): boolean {
  const doc = draft.text;
  const end = offset + text.length;
  if (text.length === 0 || end > doc.length) return false;
  if (text === doc) return offset === 0;
  return edgesBetweenWords(doc, offset, end) && doc.startsWith(text, offset);
}

/** The piece [offset, end) of `doc` cuts no word (or character) at an edge. */
function edgesBetweenWords(doc: string, offset: number, end: number): boolean {
  if (offset > 0) {
    if (isLowSurrogate(doc.charCodeAt(offset))) return false;
    const prev = doc.charCodeAt(offset - 1);
    const pair = isLowSurrogate(prev) && offset >= 2 && doc.charCodeAt(offset - 2) >= 0xd800 && doc.charCodeAt(offset - 2) <= 0xdbff;
    const last = pair ? doc.codePointAt(offset - 2)! : prev;
    if (isWordCode(last)) return false;
  }
  return !(end < doc.length && (isLowSurrogate(doc.charCodeAt(end)) || isWordCode(doc.codePointAt(end)!)));
}
