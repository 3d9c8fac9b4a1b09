// Message catalogs are templates with {{named}} values; nothing is built by gluing strings.
import type { Lang } from '../types';
import { en } from './en';
import { id } from './id';

const catalogs: Record<Lang, Record<string, string>> = { en, id };

export function render(lang: Lang, key: string, values: Record<string, string | number> = {}): string {
  const template = catalogs[lang][key] ?? catalogs.en[key] ?? key;
  // Most messages and every fix label hold no value: no pattern to run.
  if (!template.includes('{{')) return template;
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => String(values[name] ?? ''));
}

export function hasMessage(lang: Lang, key: string): boolean {
  return key in catalogs[lang];
}
