// The page's engine data (src/language-data/): the content script bundles stand-ins for both
// phrase books and the message catalogs, filled in place when the worker answers. Here the
// targets are such stand-ins and the worker is a fake that answers when the test says so.
import { describe, expect, test } from 'vitest';
import { en as enMessages } from '../../src/engine/messages/en';
import { id as idMessages } from '../../src/engine/messages/id';
import { en as enBook } from '../../src/engine/phrases/en';
import { id as idBook } from '../../src/engine/phrases/id';
import { common } from '../../src/engine/phrases/id/common';
import { languageWords } from '../../src/engine/phrases/id/language-words';
import { en as enStandIn } from '../../src/language-data/stand-ins/en-phrases';
import type { Lang } from '../../src/engine/types';
import { createLanguageData, MAX_ATTEMPTS, type LanguageTargets } from '../../src/language-data/page';
import {
  answerLanguageDataRequest,
  isMessages,
  isPhraseBook,
  languageDataRequest,
  type LanguageDataPart,
} from '../../src/language-data/protocol';

/** A worker whose answers the test releases one by one (structured-clone-like copies). */
function fakeWorker() {
  const asked: { lang: Lang; part: LanguageDataPart; answer(value?: unknown): void; fail(): void }[] = [];
  const source = (lang: Lang, part: LanguageDataPart) =>
    new Promise<unknown>((resolve, reject) => {
      const real = part === 'messages' ? { en: enMessages, id: idMessages }[lang] : { en: enBook, id: idBook }[lang];
      asked.push({ lang, part, answer: (value = structuredClone(real)) => resolve(value), fail: () => reject(new Error('no worker')) });
    });
  return { source, asked };
}

/**
 * What the content script bundles (src/language-data/stand-ins/); English messages count as
 * provided by browser.i18n. `englishBook: 'here'` as once the worker sent it.
 */
function standIns({ englishBook = 'stand-in' }: { englishBook?: 'here' | 'stand-in' } = {}) {
  return {
    en: { phrases: englishBook === 'here' ? (structuredClone(enBook) as object) : { ...enStandIn } },
    id: { messages: {} as Record<string, string>, phrases: { common, meaning: { languageWords } } as object },
  } satisfies LanguageTargets;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('language data in the page', () => {
  test('no phrase book is bundled: an English draft waits for the English one, asked once, then is ready', async () => {
    const worker = fakeWorker();
    const targets = standIns();
    const data = createLanguageData(worker.source, undefined, targets);
    let detected = 0;
    expect(data.status('en', () => (detected++, 'en'))).toBe('waiting');
    expect(data.status('en', () => (detected++, 'en'))).toBe('waiting');
    await settle();
    expect(worker.asked.map((a) => `${a.lang}/${a.part}`)).toEqual(['en/phrases']);
    worker.asked[0]!.answer();
    await settle();
    expect(targets.en.phrases).toEqual(enBook);
    expect(data.status('en', () => (detected++, 'en'))).toBe('ready');
    // The Indonesian book is still missing, so the draft's language is still read.
    expect(detected).toBe(3);
  });

  test('with the English book here, an English draft with an English UI is ready without asking', () => {
    const worker = fakeWorker();
    const data = createLanguageData(worker.source, undefined, standIns({ englishBook: 'here' }));
    expect(data.status('en', () => 'en')).toBe('ready');
    expect(worker.asked).toEqual([]);
  });

  test('an Indonesian UI waits for its messages, asked once, then is ready with them in place', async () => {
    const worker = fakeWorker();
    const targets = standIns({ englishBook: 'here' });
    let arrivals = 0;
    const data = createLanguageData(worker.source, () => arrivals++, targets);
    expect(data.status('id', () => 'en')).toBe('waiting');
    expect(data.status('id', () => 'en')).toBe('waiting');
    await settle();
    expect(worker.asked.map((a) => `${a.lang}/${a.part}`)).toEqual(['id/messages']);
    worker.asked[0]!.answer();
    await settle();
    expect(arrivals).toBe(1);
    expect(targets.id.messages).toEqual(idMessages);
    expect(data.status('id', () => 'en')).toBe('ready');
  });

  test('an Indonesian draft waits for the phrase book, which then is the real one, in its order', async () => {
    const worker = fakeWorker();
    const targets = standIns({ englishBook: 'here' });
    const data = createLanguageData(worker.source, undefined, targets);
    expect(data.status('en', () => 'id')).toBe('waiting');
    await settle();
    expect(worker.asked.map((a) => `${a.lang}/${a.part}`)).toEqual(['id/phrases']);
    worker.asked[0]!.answer();
    await settle();
    expect(targets.id.phrases).toEqual(idBook);
    expect(Object.keys(targets.id.phrases)).toEqual(Object.keys(idBook));
    // Every book is here: the draft's language is no longer even asked.
    expect(data.status('en', () => { throw new Error('not needed'); })).toBe('ready');
  });

  test('load() resolves once the part is here, at once if it already is', async () => {
    const worker = fakeWorker();
    const data = createLanguageData(worker.source, undefined, standIns({ englishBook: 'here' }));
    await data.load('en', 'phrases');
    const loading = data.load('id', 'phrases');
    expect(data.load('id', 'phrases')).toBe(loading);
    await settle();
    worker.asked[0]!.answer();
    await expect(loading).resolves.toBeUndefined();
    expect(worker.asked.length).toBe(1);
  });

  test('a malformed answer is not used: nothing is filled and the next check asks again', async () => {
    const worker = fakeWorker();
    const targets = standIns();
    let changes = 0;
    const data = createLanguageData(worker.source, () => void changes++, targets);
    data.status('id', () => 'id');
    await settle();
    worker.asked.find((a) => a.part === 'messages')!.answer({ 'politeness/insult': 42 });
    worker.asked.find((a) => a.part === 'phrases')!.answer({ common: {} });
    await settle();
    expect(targets.id.messages).toEqual({});
    expect(Object.keys(targets.id.phrases)).toEqual(['common', 'meaning']);
    expect(changes).toBe(2);
    expect(data.status('id', () => 'id')).toBe('waiting');
    await settle();
    expect(worker.asked.length).toBe(4);
  });

  test('when the worker keeps failing, findings speak the language browser.i18n gave; a phrase book is still asked for', async () => {
    const worker = fakeWorker();
    const targets = { ...standIns(), en: { messages: {} as Record<string, string> } };
    const data = createLanguageData(worker.source, undefined, targets);
    expect(data.provide('en', 'messages', structuredClone(enMessages))).toBe(true);
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect(data.status('id', () => 'en')).toBe('waiting');
      await settle();
      worker.asked.at(-1)!.fail();
      await settle();
    }
    expect(data.status('id', () => 'en')).toBe('ready');
    expect(targets.id.messages).toEqual(enMessages);
    expect(data.status('id', () => 'id')).toBe('waiting');
    await settle();
    expect(worker.asked.at(-1)).toMatchObject({ lang: 'id', part: 'phrases' });
  });

  test('each failure re-runs the waiting check, which asks again; after MAX_ATTEMPTS the draft is "unavailable" and nothing more is asked', async () => {
    const worker = fakeWorker();
    let status = '';
    // As the controller does: a change re-checks the draft.
    const data = createLanguageData(worker.source, () => void (status = data.status('en', () => 'id')), standIns({ englishBook: 'here' }));
    status = data.status('en', () => 'id');
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      expect(status).toBe('waiting');
      await settle();
      worker.asked.at(-1)!.fail();
      await settle();
    }
    expect(status).toBe('unavailable');
    expect(worker.asked.map((a) => `${a.lang}/${a.part}`)).toEqual(Array(MAX_ATTEMPTS).fill('id/phrases'));
    expect(data.status('en', () => 'en')).toBe('ready');
    expect(data.status('en', () => 'id')).toBe('unavailable');
    await settle();
    expect(worker.asked.length).toBe(MAX_ATTEMPTS);
  });

  test('messages that keep failing with no other language to fall back on are "unavailable", not asked forever', async () => {
    const worker = fakeWorker();
    const targets = { ...standIns(), en: { messages: {} as Record<string, string> } };
    const data = createLanguageData(worker.source, () => void data.status('id', () => 'en'), targets);
    expect(data.status('id', () => 'en')).toBe('waiting');
    for (let i = 0; i < MAX_ATTEMPTS; i++) {
      await settle();
      worker.asked.at(-1)!.fail();
    }
    await settle();
    expect(data.status('id', () => 'en')).toBe('unavailable');
    expect(worker.asked.length).toBe(MAX_ATTEMPTS);
  });

  test("the browser's own language's messages, provided at load, need no request; bad ones are refused", () => {
    const worker = fakeWorker();
    const targets = { ...standIns(), en: { messages: {} as Record<string, string> } };
    const data = createLanguageData(worker.source, undefined, targets);
    expect(data.provide('id', 'messages', { 'politeness/insult': 7 })).toBe(false);
    expect(data.provide('id', 'messages', structuredClone(idMessages))).toBe(true);
    expect(targets.id.messages).toEqual(idMessages);
    expect(data.status('id', () => 'en')).toBe('ready');
    expect(worker.asked).toEqual([]);
  });

  test('a source that throws is a failure, never an exception in the page', async () => {
    const data = createLanguageData(() => { throw new Error('extension context invalidated'); }, undefined, standIns());
    expect(() => data.status('id', () => 'id')).not.toThrow();
    await settle();
    await expect(data.load('id', 'messages')).rejects.toThrow('invalidated');
  });

  test('with the bundled data (tests, Node) everything is ready and nothing is asked', () => {
    const worker = fakeWorker();
    const data = createLanguageData(worker.source);
    expect(data.status('id', () => 'id')).toBe('ready');
    expect(worker.asked).toEqual([]);
  });
});

describe('language data protocol', () => {
  const data = { en: { messages: enMessages, phrases: enBook }, id: { messages: idMessages, phrases: idBook } };

  test('the worker answers a well-formed request with the part it names, and nothing else', () => {
    expect(answerLanguageDataRequest(languageDataRequest('id', 'messages'), data)).toBe(idMessages);
    expect(answerLanguageDataRequest(languageDataRequest('id', 'phrases'), data)).toBe(idBook);
    for (const message of [null, 'x', { type: 'sopan/ui-catalog', lang: 'id' }, { ...languageDataRequest('id', 'phrases'), lang: 'fr' }, { ...languageDataRequest('id', 'phrases'), part: 'rules' }]) {
      expect(answerLanguageDataRequest(message, data)).toBeUndefined();
    }
  });

  test('checks what came back: a catalog of strings, a whole book of string lists', () => {
    expect(isMessages(idMessages)).toBe(true);
    for (const bad of [{}, [], null, { a: 1 }]) expect(isMessages(bad)).toBe(false);
    expect(isPhraseBook(structuredClone(idBook))).toBe(true);
    expect(isPhraseBook(structuredClone(enBook))).toBe(true);
    expect(isPhraseBook({ ...idBook, meaning: { ...idBook.meaning, declines: 42 } })).toBe(false);
    // A composed family's parts are a map of lists; deeper nesting or other values are not a book's.
    expect(isPhraseBook({ ...idBook, meaning: { ...idBook.meaning, declines: { tidak: ['bisa'] } } })).toBe(true);
    expect(isPhraseBook({ ...idBook, meaning: { ...idBook.meaning, declines: { tidak: [['bisa']] } } })).toBe(false);
    expect(isPhraseBook({ ...idBook, meaning: { ...idBook.meaning, declines: { tidak: 3 } } })).toBe(false);
    expect(isPhraseBook({ ...idBook, meaning: { ...idBook.meaning, declines: ['tidak bisa', 3] } })).toBe(false);
    const { politeness: _, ...withoutGroup } = idBook;
    expect(isPhraseBook(withoutGroup)).toBe(false);
    expect(isPhraseBook({ common, meaning: { languageWords } })).toBe(false);
    expect(isPhraseBook({ ...enStandIn })).toBe(false);
  });
});
