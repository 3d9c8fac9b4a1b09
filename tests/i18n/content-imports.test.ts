// What the content script's import chain may not reach: both UI catalogs (a forced language's
// catalog comes from the worker) and webextension-polyfill (the page uses browser/chrome directly).
// Either would cost every mail page several KB gzipped (issue 6: content script ≤ 60 KB gzipped).
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
// Value imports and re-exports only: `import type` / `export type` ship no code.
const IMPORT = /^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveModule(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((p) => existsSync(p) && !p.endsWith('/') && /\.(tsx?|json)$/.test(p));
}

/** Every module (and bare package) the entry reaches through value imports. */
function reach(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    if (file.endsWith('.json')) continue;
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      if (!spec!.startsWith('.')) packages.add(spec!);
      else {
        const target = resolveModule(file, spec!);
        if (target) todo.push(target);
      }
    }
  }
  return { files: new Set([...files].map((f) => relative(ROOT, f))), packages };
}

describe("the content script's import chain", () => {
  const content = reach(join(ROOT, 'src/content/main.ts'));
  const options = reach(join(ROOT, 'src/options/main.tsx'));

  it('is walked for real (so the checks below can fail)', () => {
    expect(content.files).toContain('src/i18n/choose.ts');
    expect(content.packages).toContain('preact');
    // The options page does bundle the catalogs: the walk finds them where they are.
    expect(options.files).toContain('public/_locales/en/messages.json');
  });

  it('reaches neither UI catalog nor webextension-polyfill', () => {
    expect([...content.files].filter((f) => f.startsWith('public/_locales/') || f === 'src/i18n/catalog.ts')).toEqual([]);
    expect(content.packages).not.toContain('webextension-polyfill');
  });
});
