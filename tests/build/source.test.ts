// @vitest-environment node
// A static guard beside the security e2e: no source file hands text to an HTML parser, so no
// draft or settings text can reach one. (Preact's own dangerouslySetInnerHTML branch is in the
// bundle — web-ext lint warns about it — but nothing of ours passes that prop.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { ROOT } from './build';

const HTML_SINKS = /\b(innerHTML|outerHTML|insertAdjacentHTML|dangerouslySetInnerHTML|createContextualFragment|document\.write(ln)?|parseFromString|srcdoc)\b|\beval\s*\(|new Function\s*\(/;

function sources(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.(ts|tsx|js|mjs|html)$/.test(file))
    .map((file) => join(dir, file));
}

test('no source under src/ uses an HTML sink or evaluates strings', () => {
  const files = sources(join(ROOT, 'src'));
  expect(files.length).toBeGreaterThan(20);
  const offenders = files.flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .map((line, i) => ({ line, at: `${file.slice(ROOT.length + 1)}:${i + 1}` }))
      .filter(({ line }) => HTML_SINKS.test(line) && !/^\s*(\/\/|\*)/.test(line))
      .map(({ at, line }) => `${at}: ${line.trim()}`),
  );
  expect(offenders).toEqual([]);
});

test('the guard recognizes each sink', () => {
  for (const line of ['el.innerHTML = text', 'x.insertAdjacentHTML("beforeend", t)', '<div dangerouslySetInnerHTML={{ __html: t }} />', 'eval(code)']) {
    expect(HTML_SINKS.test(line), line).toBe(true);
  }
  expect(HTML_SINKS.test('el.textContent = text')).toBe(false);
});
