export { catalogI18n, catalogs, formatMessage, type Catalog, type MessageEntry } from './catalog';
export { createI18n, type BrowserI18n } from './choose';
