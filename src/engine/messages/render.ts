// Message catalogs are templates with {{named}} values; nothing is built by gluing strings.
import type { Lang } from '../types';
import { en } from './en';
import { id } from './id';

const catalogs: Record<Lang, Record<string, string>> = { en, id };

const PLACEHOLDER = /\{\{\s*(\w+)\s*\}\}/;

/** Templates cut at their {{names}} once (split keeps the names: text at even places, names at odd). */
const templatePieces = new Map<string, string[]>();

export function render(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  const template = catalogs[lang][key] ?? catalogs.en[key] ?? key;
  // Most messages and every fix label hold no value: no pattern to run.
  if (!template.includes('{{')) return template;
  let pieces = templatePieces.get(template);
  if (!pieces) templatePieces.set(template, (pieces = template.split(PLACEHOLDER)));
  let out = pieces[0]!;
  for (let k = 1; k < pieces.length; k += 2) out += String(values[pieces[k]!] ?? '') + pieces[k + 1]!;
  return out;
}

export function hasMessage(lang: Lang, key: string): boolean {
  return key in catalogs[lang];
}
