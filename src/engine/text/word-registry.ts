// The words of the phrase patterns, each filed under a small integer key. The word index
// (word-index.ts) tags every word run of a draft with its word's key, so the matcher compares
// numbers, not strings.

/**
 * A word of the registry, filed by `hashOf(word)`: the first word of a compiled pattern (`first`:
 * the index lists the runs where it stands), or another word of a pattern with a plan.
 */
export type RegistryWord = { word: string; key: number; first: boolean; hash: number };

const INITIAL_SLOTS = 1 << 13;

// Open addressing over two typed arrays (hash and key per slot, key -1 when free): a run's
// lookup reads two numbers, not a bucket array. Kept at most half full.
export const registry = {
  slotHashes: new Int32Array(INITIAL_SLOTS),
  slotKeys: new Int32Array(INITIAL_SLOTS).fill(-1),
  /** Words by key: a word's key is its position here. */
  entries: [] as RegistryWord[],
  /** Bumped whenever words are filed: an index built before lacks their keys. */
  version: 0,
  /** Bumped when the registry starts afresh: keys handed out before mean nothing. */
  generation: 0,
};

/** FNV-1a over UTF-16 units: what the word index computes on a run while it scans it. */
export function hashOf(word: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193);
  return hash;
}

/** The entry of `word` (lower-case); filed afresh when `create`, else undefined when unknown. */
export function registryWord(word: string, create: boolean): RegistryWord | undefined {
  const hash = hashOf(word);
  const { slotHashes, slotKeys, entries } = registry;
  const mask = slotKeys.length - 1;
  let slot = hash & mask;
  for (let key = slotKeys[slot]!; key !== -1; key = slotKeys[slot]!) {
    if (slotHashes[slot] === hash && entries[key]!.word === word) return entries[key];
    slot = (slot + 1) & mask;
  }
  if (!create) return undefined;
  const entry: RegistryWord = { word, key: entries.length, first: false, hash };
  entries.push(entry);
  slotHashes[slot] = hash;
  slotKeys[slot] = entry.key;
  if (entries.length * 2 > slotKeys.length) refile(slotKeys.length * 2);
  return entry;
}

function refile(size: number): void {
  const slotHashes = new Int32Array(size);
  const slotKeys = new Int32Array(size).fill(-1);
  for (const entry of registry.entries) {
    let slot = entry.hash & (size - 1);
    while (slotKeys[slot] !== -1) slot = (slot + 1) & (size - 1);
    slotHashes[slot] = entry.hash;
    slotKeys[slot] = entry.key;
  }
  registry.slotHashes = slotHashes;
  registry.slotKeys = slotKeys;
}

/** Forgets every word: keys start again from 0 in a new generation. */
export function clearRegistry(): void {
  registry.slotHashes = new Int32Array(INITIAL_SLOTS);
  registry.slotKeys = new Int32Array(INITIAL_SLOTS).fill(-1);
  registry.entries = [];
  registry.generation++;
  registry.version++;
}
