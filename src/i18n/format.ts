// chrome.i18n-format catalog entries and their formatting, apart from the bundled catalogs so the
// content script can format a catalog it was sent without shipping both catalogs itself.
export type MessageEntry = { message: string; description?: string; placeholders?: Record<string, { content: string; example?: string }> };
export type Catalog = Record<string, MessageEntry>;

/** Named placeholders `$name$` whose content is `$1`..`$9`, resolved exactly as browser.i18n does. */
export function formatMessage(entry: MessageEntry, substitutions: string | string[] = []): string {
  const values = typeof substitutions === 'string' ? [substitutions] : substitutions;
  const positional = (text: string) => text.replace(/\$(\d)/g, (_m, n: string) => values[Number(n) - 1] ?? '');
  const placeholders = new Map(Object.entries(entry.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));
  return entry.message
    .replace(/\$([A-Za-z0-9_@]+)\$/g, (match, name: string) => {
      const content = placeholders.get(name.toLowerCase());
      return content === undefined ? match : positional(content);
    })
    .replace(/\$\$/g, '$');
}

/** The catalog without what only translators read (descriptions, examples): what a page is sent. */
export function runtimeCatalog(catalog: Catalog): Catalog {
  const out: Catalog = {};
  for (const [key, { message, placeholders }] of Object.entries(catalog)) {
    out[key] = placeholders
      ? { message, placeholders: Object.fromEntries(Object.entries(placeholders).map(([name, { content }]) => [name, { content }])) }
      : { message };
  }
  return out;
}
