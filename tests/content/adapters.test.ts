// Each adapter against page snapshots of the shared fixtures: which composes it finds, and the
// analyzed text (draft only: no signature, no quote, no read view) compared with drafts.json.
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { HostAdapter } from '../../src/content/adapter';
import { adapterFor } from '../../src/content/hosts';
import { gmailAdapter } from '../../src/content/hosts/gmail/adapter';
import { outlookAdapter } from '../../src/content/hosts/outlook/adapter';
import { readText } from '../../src/content/text-map';
import { composeOf, fixtureId, loadSnapshot } from './load';

type Case = { snapshot: string; fixture: string; adapter: HostAdapter; ids: string[] };
const CASES: Case[] = [
  { snapshot: 'gmail-compose', fixture: 'gmail-compose.html', adapter: gmailAdapter, ids: ['c2', 'c1'] },
  { snapshot: 'gmail-id', fixture: 'gmail-id.html', adapter: gmailAdapter, ids: ['c1'] },
  { snapshot: 'gmail-reply', fixture: 'gmail-reply.html', adapter: gmailAdapter, ids: ['r1', 'c1'] },
  { snapshot: 'gmail-popout', fixture: 'gmail-compose.html', adapter: gmailAdapter, ids: ['c1'] },
  { snapshot: 'gmail-fullscreen', fixture: 'gmail-compose.html', adapter: gmailAdapter, ids: ['c1'] },
  { snapshot: 'outlook-compose', fixture: 'outlook-compose.html', adapter: outlookAdapter, ids: ['c1', 'c2'] },
  { snapshot: 'outlook-reply', fixture: 'outlook-reply.html', adapter: outlookAdapter, ids: ['r1'] },
];

describe.each(CASES)('$snapshot', ({ snapshot, fixture, adapter, ids }) => {
  test('finds exactly the open composes, each inside its own compose window', () => {
    const views = adapter.findComposes(loadSnapshot(snapshot));
    expect(views.map((v) => fixtureId(v.body))).toEqual(ids);
    for (const view of views) {
      expect(view.root.contains(view.body)).toBe(true);
      expect(view.body.isContentEditable || view.body.getAttribute('contenteditable') === 'true').toBe(true);
    }
  });

  test.each(ids)('compose %s: the analyzed text is the draft, without signature or quote', (id) => {
    const view = adapter.findComposes(loadSnapshot(snapshot)).find((v) => fixtureId(v.body) === id)!;
    const expected = composeOf(fixture, id);
    const { text } = readText(view.body, view.classify);
    expect(text).toBe(expected.draft);
    for (const banned of expected.mustNotAnalyze) expect(text).not.toContain(banned);
  });

  test('the panel host goes beside the editor, inside the compose window, outside the email', () => {
    for (const view of adapter.findComposes(loadSnapshot(snapshot))) {
      const host = document.createElement('div');
      view.placePanel(host);
      expect(view.root.contains(host)).toBe(true);
      expect(view.body.contains(host)).toBe(false);
      expect(host.closest('[contenteditable]')).toBeNull();
    }
  });
});

describe('subject and recipient', () => {
  test('Gmail dialog: subject box and the recipient chip name', () => {
    const view = gmailAdapter.findComposes(loadSnapshot('gmail-compose')).find((v) => fixtureId(v.body) === 'c1')!;
    expect(view.readSubject()).toBe(composeOf('gmail-compose.html', 'c1').subject);
    expect(view.readRecipientName()).toBe('Dana Whitfield');
  });

  test('Gmail empty compose: no subject, no recipient, no exception', () => {
    const view = gmailAdapter.findComposes(loadSnapshot('gmail-compose')).find((v) => fixtureId(v.body) === 'c2')!;
    expect(view.readSubject()).toBe('');
    expect(view.readRecipientName()).toBeUndefined();
  });

  test('Gmail inline reply: the "Re:" subject and the customer as recipient', () => {
    const view = gmailAdapter.findComposes(loadSnapshot('gmail-reply')).find((v) => fixtureId(v.body) === 'r1')!;
    expect(view.readSubject()).toBe('Re: Logo project: final files');
    expect(view.readRecipientName()).toBe('Marcus Reid');
  });

  test('Gmail in Indonesian: the same selectors work with localized labels', () => {
    const view = gmailAdapter.findComposes(loadSnapshot('gmail-id'))[0]!;
    expect(view.readRecipientName()).toBe('Rina Kusuma');
    expect(view.readSubject()).toBe(composeOf('gmail-id.html', 'c1').subject);
  });

  test('Outlook new mail: the subject field value and the recipient well', () => {
    const view = outlookAdapter.findComposes(loadSnapshot('outlook-compose')).find((v) => fixtureId(v.body) === 'c1')!;
    view.root.querySelector<HTMLInputElement>('input.ms-TextField-field')!.value = 'Ending our cleaning service';
    expect(view.readSubject()).toBe('Ending our cleaning service');
    expect(view.readRecipientName()).toBe('Gregory Hale');
  });

  test('Outlook inline reply: no subject field, the conversation heading instead', () => {
    const view = outlookAdapter.findComposes(loadSnapshot('outlook-reply'))[0]!;
    expect(view.readSubject()).toBe('No-show fee on my card');
    expect(view.readRecipientName()).toBe('Priya Nair');
  });
});

describe('robustness', () => {
  test('a page without composes gives none, and an odd body reads as empty text', () => {
    document.body.innerHTML = '<div role="main"><p>Inbox</p></div>';
    expect(gmailAdapter.findComposes(document)).toEqual([]);
    expect(outlookAdapter.findComposes(document)).toEqual([]);
    document.body.innerHTML = '<div contenteditable="true" role="textbox"></div>';
    const [view] = outlookAdapter.findComposes(document);
    expect(readText(view!.body, view!.classify).text).toBe('');
    expect(view!.readSubject()).toBe('');
  });

  test('the Outlook read view (aria-label "Message body", not editable) is never a compose', () => {
    const doc = loadSnapshot('outlook-reply');
    expect(doc.querySelectorAll('[aria-label="Message body"]').length).toBe(2);
    expect(outlookAdapter.findComposes(doc)).toHaveLength(1);
  });

  test('selectors use no aria-label text and no Outlook hashed class', () => {
    for (const file of ['hosts/gmail/selectors.ts', 'hosts/outlook/selectors.ts']) {
      const source = readFileSync(resolve(import.meta.dirname, '../../src/content', file), 'utf8');
      const code = source.replace(/\/\/.*$/gm, '');
      expect(code).not.toMatch(/aria-label/);
      expect(code).not.toMatch(/dMm6A|dFCbN/);
    }
  });

  test('hosts map to their adapter, other sites to none', () => {
    expect(adapterFor('mail.google.com')?.id).toBe('gmail');
    expect(adapterFor('outlook.office365.com')?.id).toBe('outlook');
    expect(adapterFor('outlook.live.com')?.id).toBe('outlook');
    expect(adapterFor('example.com')).toBeNull();
  });
});
