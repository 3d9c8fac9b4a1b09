// The adapters against Sopan's own fixture pages (tests/fixtures/pages): Gmail forward and
// reply-all with the older gmail_extra quote, new-Outlook markup without the usual ids, and
// compose windows whose editor is an iframe (read as "unreadable", never guessed at).
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ComposeView, HostAdapter } from '../../src/content/adapter';
import { gmailAdapter } from '../../src/content/hosts/gmail/adapter';
import { outlookAdapter } from '../../src/content/hosts/outlook/adapter';
import { readText } from '../../src/content/text-map';
import { NEVER_ANALYZED, OWN_PAGES } from '../fixtures/pages/expected';
import { fixtureId } from './load';


function load(page: string): Document {
  const html = readFileSync(resolve(import.meta.dirname, '../fixtures/pages', page), 'utf8');
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.documentElement.replaceChildren(document.importNode(parsed.head, true), document.importNode(parsed.body, true));
  return document;
}

describe.each([
  ['gmail-forward-replyall.html', gmailAdapter],
  ['outlook-new.html', outlookAdapter],
] as [keyof typeof OWN_PAGES, HostAdapter][])('%s', (page, adapter) => {
  const expected = OWN_PAGES[page] as Record<string, { text: string; subject: string; recipient: string } | null>;

  test('finds every compose window, readable or not', () => {
    const views = adapter.findComposes(load(page));
    expect(views.map((v) => fixtureId(v.root)).sort()).toEqual(Object.keys(expected).sort());
  });

  test.each(Object.keys(expected))('%s', (id) => {
    const view = adapter.findComposes(load(page)).find((v) => fixtureId(v.root) === id) as ComposeView;
    const want = expected[id];
    if (!want) {
      expect(view.unreadable).toBe(true);
      const host = document.createElement('div');
      view.placePanel(host);
      expect(view.root.contains(host)).toBe(true);
      return;
    }
    expect(view.unreadable).toBeFalsy();
    const { text } = readText(view.body, view.classify);
    expect(text).toBe(want.text);
    for (const banned of NEVER_ANALYZED) expect(text).not.toContain(banned);
    expect(view.readSubject()).toBe(want.subject);
    expect(view.readRecipientName()).toBe(want.recipient);
  });
});
