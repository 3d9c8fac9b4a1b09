// The words of the phrase patterns, each filed under a small integer key. The word index
// (word-index.ts) tags every word run of a draft with its word's key, so the matcher compares
// numbers, not strings.

/**
 * A word of the registry, filed by `hashOf(word)`: the first word of a compiled pattern (`first`:
 * the index lists the runs where it stands, by `firstId`: first words are numbered apart, -1 for
 * any other word), another word of a pattern, or a word of language evidence (`evidence`: which
 * language's, as lang-words.ts numbers them; 0 none). `at`: where its characters stand in
 * `registry.chars`.
 */
export type RegistryWord = { word: string; key: number; first: boolean; firstId: number; evidence: number; hash: number; at: number };

const INITIAL_SLOTS = 1 << 13;
/** Numbers per slot in `registry.slots`: hash, key (-1 when free), the word's offset in `chars`, its length (+ FIRST, + evidence). */
export const SLOT = 4;
/** Added to a slot's length when its word is a first word. */
export const FIRST = 1 << 16;
/** A slot's evidence stands from this bit of its length on: `(slot length >> EVIDENCE_SHIFT)`. */
export const EVIDENCE_SHIFT = 17;

// Open addressing over one typed array, kept at most half full. A slot holds all a run's lookup
// reads (its four numbers share a cache line) and the word's characters stand in one flat array:
// the word index looks up every run of a draft, and between two analyses the rest of the work
// pushes these tables out of the cache, so each cache line read per run costs (one line for the
// slot and one for the characters, where hash, key, entry object and string took four or five).
export const registry = {
  slots: freeSlots(INITIAL_SLOTS),
  /** The words' characters, one after another (`RegistryWord.at`). */
  chars: new Uint16Array(1 << 14),
  charCount: 0,
  /** Words by key: a word's key is its position here. */
  entries: [] as RegistryWord[],
  /** How many words are first words (`markFirst`). */
  firstWords: 0,
  /** Bumped whenever words are filed: an index built before lacks their keys. */
  version: 0,
  /** Bumped when the registry starts afresh: keys handed out before mean nothing. */
  generation: 0,
};

function freeSlots(count: number): Int32Array {
  const slots = new Int32Array(count * SLOT);
  for (let at = 1; at < slots.length; at += SLOT) slots[at] = -1;
  return slots;
}

/** FNV-1a over UTF-16 units: what the word index computes on a run while it scans it. */
export function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

/** The slot (index into `registry.slots`) of `word`, or the free slot where it would go. */
function slotOf(word: string, hash: number): number {
  const { slots, entries } = registry;
  const mask = slots.length / SLOT - 1;
  let slot = hash & mask;
  for (let key = slots[slot * SLOT + 1]!; key !== -1; key = slots[slot * SLOT + 1]!) {
    if (slots[slot * SLOT] === hash && entries[key]!.word === word) break;
    slot = (slot + 1) & mask;
  }
  return slot * SLOT;
}

/** The entry of `word` (lower-case); filed afresh when `create`, else undefined when unknown. */
export function registryWord(word: string, create: boolean): RegistryWord | undefined {
  const hash = hashOf(word);
  const at = slotOf(word, hash);
  const { slots, entries } = registry;
  if (slots[at + 1] !== -1) return entries[slots[at + 1]!];
  if (!create) return undefined;
  const entry: RegistryWord = { word, key: entries.length, first: false, firstId: -1, evidence: 0, hash, at: storeChars(word) };
  entries.push(entry);
  fill(slots, at, entry);
  if (entries.length * 2 > slots.length / SLOT) refile((slots.length / SLOT) * 2);
  return entry;
}

/** Marks a word as a pattern's first word, in its entry and its slot. */
export function markFirst(entry: RegistryWord): void {
  if (entry.first) return;
  entry.first = true;
  entry.firstId = registry.firstWords++;
  registry.slots[slotOf(entry.word, entry.hash) + 3]! |= FIRST;
}

/** Files which language's evidence a word is (lang-words.ts), in its entry and its slot. */
export function markEvidence(entry: RegistryWord, evidence: number): void {
  entry.evidence = evidence;
  fill(registry.slots, slotOf(entry.word, entry.hash), entry);
}

function storeChars(word: string): number {
  let { chars } = registry;
  const at = registry.charCount;
  if (at + word.length > chars.length) {
    const more = new Uint16Array(Math.max(2 * chars.length, at + word.length));
    more.set(chars);
    registry.chars = chars = more;
  }
  for (let i = 0; i < word.length; i++) chars[at + i] = word.charCodeAt(i);
  registry.charCount = at + word.length;
  return at;
}

function fill(slots: Int32Array, at: number, entry: RegistryWord): void {
  slots[at] = entry.hash;
  slots[at + 1] = entry.key;
  slots[at + 2] = entry.at;
  slots[at + 3] = entry.word.length + (entry.first ? FIRST : 0) + (entry.evidence << EVIDENCE_SHIFT);
}

function refile(size: number): void {
  const slots = freeSlots(size);
  for (const entry of registry.entries) {
    let slot = entry.hash & (size - 1);
    while (slots[slot * SLOT + 1] !== -1) slot = (slot + 1) & (size - 1);
    fill(slots, slot * SLOT, entry);
  }
  registry.slots = slots;
}

/** Forgets every word: keys start again from 0 in a new generation. */
export function clearRegistry(): void {
  registry.slots = freeSlots(INITIAL_SLOTS);
  registry.charCount = 0;
  registry.entries = [];
  registry.firstWords = 0;
  registry.generation++;
  registry.version++;
}
