// Message catalogs are templates with {{named}} values; nothing is built by gluing strings.
import type { Lang } from '../types';
import { en } from './en';
import { id } from './id';

const catalogs: Record<Lang, Record<string, string>> = { en, id };

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/;

/** A template cut at its {{names}} (split keeps the names: text at even places, names at odd). */
const piecesOf = (template: string): readonly string[] => template.split(PLACEHOLDER);

/**
 * Each catalog's own messages, cut once when the engine loads: one map lookup per message, not a
 * keyed read of the catalog object and a test for placeholders on every call.
 */
const cut: Record<Lang, Map<string, readonly string[]>> = {
  en: new Map(Object.keys(en).map((key) => [key, piecesOf(en[key]!)])),
  id: new Map(Object.keys(id).map((key) => [key, piecesOf(id[key]!)])),
};

/** Templates that are no catalog's own message (a key shown as itself), cut on first use. */
const otherPieces = new Map<string, readonly string[]>();

export function render(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  let pieces = cut[lang].get(key);
  if (!pieces) {
    const template = catalogs[lang][key] ?? catalogs.en[key] ?? key;
    // Most messages and every fix label hold no value: no pattern to run.
    if (!template.includes('{{')) return template;
    pieces = otherPieces.get(template);
    if (!pieces) otherPieces.set(template, (pieces = piecesOf(template)));
  }
  let out = pieces[0]!;
  for (let k = 1; k < pieces.length; k += 2) out += String(values[pieces[k]!] ?? '') + pieces[k + 1]!;
  return out;
}

export function hasMessage(lang: Lang, key: string): boolean {
  return key in catalogs[lang];
}
