// The service worker's side of ./protocol.ts: it bundles the data the page does not (its size
// costs nothing in the page). vite.config.ts lets only this file import the real engine data.
import { en as enMessages } from '../engine/messages/en';
import { id as idMessages } from '../engine/messages/id';
import { en as enPhrases } from '../engine/phrases/en';
import { id as idPhrases } from '../engine/phrases/id';
import { answerLanguageDataRequest, type LanguageDataSet } from './protocol';

const data: LanguageDataSet = {
  en: { messages: enMessages, phrases: enPhrases },
  id: { messages: idMessages, phrases: idPhrases },
};

/** The part a language-data request asks for, or undefined (not such a request). */
export function answerLanguageData(message: unknown): unknown {
  return answerLanguageDataRequest(message, data);
}
