// Fails on a UI key missing in either locale, on a t('key') in src missing from the catalogs,
// and on a key built from an engine id (principle, scenario, status, insert) that has no message.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalogs } from '../../src/i18n/catalog';
import { CORE_PRINCIPLES, LANGS, SCENARIOS, SUPPORTING_PRINCIPLES } from '../../src/engine/types';
import { insertKey, langKey, principleGoodKey, principleKey, ruleKey, scenarioKey, statusKey } from '../../src/panel/keys';
import { rules } from '../../src/engine/rules/registry';
import { HOUSE_RULE_KINDS, SEVERITIES, UI_LANG_CHOICES } from '../../src/settings/schema';
import { PROBLEM_CODES } from '../../src/settings/validate';
import type { InsertKind } from '../../src/panel/contract';

const root = join(import.meta.dirname, '..', '..');
const en = catalogs.en;
const id = catalogs.id;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every literal key passed to t(...) or i18n.t(...) in src. */
function literalKeys(): { key: string; file: string }[] {
  const found: { key: string; file: string }[] = [];
  for (const file of sourceFiles(join(root, 'src'))) {
    const code = readFileSync(file, 'utf8');
    for (const m of code.matchAll(/\bt\(\s*'([A-Za-z0-9_@]+)'/g)) found.push({ key: m[1]!, file: relative(root, file) });
  }
  return found;
}

const INSERT_KINDS: InsertKind[] = ['greeting', 'thanks', 'alternative', 'house-rule', 'closing'];
const builtKeys = [
  ...[...CORE_PRINCIPLES, ...SUPPORTING_PRINCIPLES].map(principleKey),
  ...CORE_PRINCIPLES.map(principleGoodKey),
  ...(['pass', 'warn', 'fail'] as const).map(statusKey),
  ...SCENARIOS.map(scenarioKey),
  ...INSERT_KINDS.map(insertKey),
  ...LANGS.map(langKey),
  ...UI_LANG_CHOICES.map((c) => `choice_${c}`),
  ...HOUSE_RULE_KINDS.map((k) => `houseRule_${k.replace(/-/g, '_')}`),
  ...SEVERITIES.map((s) => `severity_${s}`),
  ...PROBLEM_CODES.map((c) => `importProblem_${c.replace(/-/g, '_')}`),
];

describe('locales', () => {
  it('have the same keys in English and Indonesian', () => {
    expect(Object.keys(id).filter((k) => !(k in en)), 'in id only').toEqual([]);
    expect(Object.keys(en).filter((k) => !(k in id)), 'missing in id').toEqual([]);
  });

  it('keep the manifest keys', () => {
    for (const catalog of [en, id]) expect(Object.keys(catalog)).toEqual(expect.arrayContaining(['extName', 'extDescription', 'commandTogglePanel']));
  });

  it('have a non-empty message for every key, and the same placeholders in both languages', () => {
    for (const [key, entry] of Object.entries(en)) {
      expect(entry.message.trim(), key).not.toBe('');
      expect(id[key]?.message.trim(), key).not.toBe('');
      const names = (msg: string) => [...msg.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1]!.toLowerCase()).sort();
      expect(names(id[key]!.message), key).toEqual(names(entry.message));
      for (const name of names(entry.message)) expect(Object.keys(entry.placeholders ?? {}), `${key} placeholder ${name}`).toContain(name);
    }
  });

  it('contain every key the source passes to t()', () => {
    const keys = literalKeys();
    expect(keys.length).toBeGreaterThan(20);
    const missing = keys.filter(({ key }) => !(key in en) || !(key in id)).map(({ key, file }) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('name every rule of the registry for the options page, in both languages', () => {
    expect(rules.map((r) => ruleKey(r.id)).filter((key) => !(key in en) || !(key in id))).toEqual([]);
  });

  it('contain every key built from engine and settings ids', () => {
    expect(builtKeys.filter((key) => !(key in en) || !(key in id))).toEqual([]);
  });
});
