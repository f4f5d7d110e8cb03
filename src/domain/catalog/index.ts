// «Каталог кращих успішних практик …» as a publication: a cover with two QR codes, the foreword (a template in
// «Налаштування»), contents with page numbers, and a section per group with each case on a page of its own — its
// description, results and contacts as text, and a QR code to its entry on the public page.
export {
  caseUrl,
  catalogEntries,
  districtLabel,
  groupCount,
  splitDescription,
  type CatalogEntry,
  type CatalogGrouping,
} from './entries';
export { CATALOG_PAGE, QR_CASE_PX, QR_COVER_PX } from './layout';
export { catalogPages, type CatalogFront, type CatalogPage } from './pages';
