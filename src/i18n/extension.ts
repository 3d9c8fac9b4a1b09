// The extension's I18n (content script, options page): only extension code imports this file,
// since the extension API is missing anywhere else.
import { extensionApi } from './webext';
import type { Lang } from '../engine/types';
import type { LangChoice } from '../settings/schema';
import { createI18n, type CatalogSource, type PreparedI18n } from './choose';
import type { Catalog } from './format';
import { catalogRequest, isCatalog } from './remote';

export function extensionI18n(settings: { current(): { uiLang?: LangChoice } } | undefined, source: CatalogSource, onCatalog?: () => void): PreparedI18n {
  const browser = extensionApi();
  return createI18n(() => settings?.current().uiLang ?? 'auto', browser.i18n, source, onCatalog);
}

/** The content script's CatalogSource: the service worker sends the catalog (see remote.ts). */
export async function catalogFromWorker(lang: Lang): Promise<Catalog> {
  const browser = extensionApi();
  const answer: unknown = await browser.runtime.sendMessage(catalogRequest(lang));
  if (!isCatalog(answer)) throw new Error(`no UI catalog for ${lang}`);
  return answer;
}
