// A forced UI language's catalog, asked of the service worker by the content script. The worker
// bundles both catalogs (its size costs nothing in the page) and answers over runtime messaging:
// no fetch, nothing web-accessible.
import type { Lang } from '../engine/types';
import { runtimeCatalog, type Catalog } from './format';

export const CATALOG_REQUEST = 'sopan/ui-catalog';

export type CatalogRequest = { type: typeof CATALOG_REQUEST; lang: Lang };

export function catalogRequest(lang: Lang): CatalogRequest {
  return { type: CATALOG_REQUEST, lang };
}

/** The worker's answer: the catalog a well-formed request names, or undefined (not ours to answer). */
export function answerCatalogRequest(message: unknown, catalogs: Record<Lang, Catalog>): Catalog | undefined {
  const request = message as Partial<CatalogRequest> | null;
  if (request?.type !== CATALOG_REQUEST) return undefined;
  if (request.lang !== 'en' && request.lang !== 'id') return undefined;
  return runtimeCatalog(catalogs[request.lang]);
}

/** Checks what came back before the page trusts it: an object of `{ message: string }` entries. */
export function isCatalog(value: unknown): value is Catalog {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.values(value).every((entry) => typeof (entry as { message?: unknown } | null)?.message === 'string');
}
