export { catalogI18n, catalogs } from './catalog';
export { formatMessage, runtimeCatalog, type Catalog, type MessageEntry } from './format';
export { createI18n, type BrowserI18n, type CatalogSource, type PreparedI18n } from './choose';
export { answerCatalogRequest, catalogRequest, isCatalog, CATALOG_REQUEST } from './remote';
