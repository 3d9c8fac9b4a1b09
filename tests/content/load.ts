// Loads a snapshot of a fixture page (tests/fixtures/snapshots, taken from the shared fixtures
// after their scripts opened the composes) into happy-dom's document.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { FixtureCompose, FixtureDrafts } from '../e2e/harness';

const ROOT = resolve(import.meta.dirname, '../..');

export function loadSnapshot(name: string): Document {
  const html = readFileSync(join(ROOT, 'tests/fixtures/snapshots', `${name}.html`), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
  document.body.className = parsed.body.className;
  return document;
}

export function drafts(): FixtureDrafts {
  return JSON.parse(readFileSync(resolve(ROOT, '../shared/fixtures/drafts.json'), 'utf8')) as FixtureDrafts;
}

export function composeOf(fixture: string, id: string): FixtureCompose {
  const found = drafts().fixtures[fixture]?.composes.find((c) => c.id === id);
  if (!found) throw new Error(`no compose ${id} in ${fixture}`);
  return found;
}

/** The fixture's compose id of an element (fixture-only attribute: tests may use it, src may not). */
export function fixtureId(el: Element): string | null {
  return el.closest('[data-fixture-compose-id]')?.getAttribute('data-fixture-compose-id') ?? null;
}
