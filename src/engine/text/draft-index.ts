// The draft under analysis and its word index. Rules mostly search one sentence at a time
// (`findAll(sentence.text, list, sentence.start)`); such a piece is looked up in the draft's index
// instead of one of its own.
import { buildIndex, isLowSurrogate, isWordCode, type TextIndex } from './word-index';
import { registry } from './word-registry';

export const draft = {
  text: '',
  index: undefined as TextIndex | null | undefined,
  /** Counts `useDocument` calls: matches stamped with it are this draft's. */
  stamp: 0,
};

/** Offsets of pieces already found to be the draft's, with their text. */
const draftPieces = new Map<number, string>();
// Rules and the understanding ask about one sentence after another, several lists each.
let lastPiece = '';
let lastPieceOffset = -1;

/**
 * Tells the matcher which draft is being analyzed (context.ts calls this once per analysis). Its
 * index is built afresh on first use: no analysis reuses another's, as when the user types.
 */
export function useDocument(text: string): void {
  draft.text = text;
  draft.index = undefined;
  draftPieces.clear();
  lastPiece = '';
  lastPieceOffset = -1;
  draft.stamp++;
}

/** The index of the draft when `text` is the piece of it at `offset`, cut between words. */
export function draftIndexFor(text: string, offset: number): TextIndex | null {
  if (!isDocumentPiece(text, offset)) return null;
  if (draft.index === undefined || (draft.index && draft.index.version !== registry.version)) draft.index = buildIndex(draft.text);
  return draft.index;
}

/** Pieces up to this long, in drafts under 2^20 characters, are filed by offset and length (a small integer key). */
const PIECE_KEY = 1024;

function isDocumentPiece(text: string, offset: number): boolean {
  if (offset === lastPieceOffset && text === lastPiece) return true;
  const key = draft.text.length < 2 ** 20 && text.length < PIECE_KEY ? offset * PIECE_KEY + text.length : -1;
  if (key < 0 || draftPieces.get(key) !== text) {
    if (!isPieceOfDocument(text, offset)) return false;
    if (key >= 0) draftPieces.set(key, text);
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
  // The piece's first and last word runs must be the draft's: no word (or character) cut at an edge.
  if (offset > 0) {
    if (isLowSurrogate(doc.charCodeAt(offset))) return false;
    const prev = doc.charCodeAt(offset - 1);
    const pair = isLowSurrogate(prev) && offset >= 2 && doc.charCodeAt(offset - 2) >= 0xd800 && doc.charCodeAt(offset - 2) <= 0xdbff;
    const last = pair ? doc.codePointAt(offset - 2)! : prev;
    if (isWordCode(last)) return false;
  }
  if (end < doc.length && (isLowSurrogate(doc.charCodeAt(end)) || isWordCode(doc.codePointAt(end)!))) return false;
  return doc.startsWith(text, offset);
}
