// The «Кейси» tab: its columns, importing a table or CSV of cases, Kyiv's districts and applicant types.
export { CASES_SHEET, CASE_COLUMNS, CELL_TEXT_LIMIT, type CaseField } from './columns';
export {
  APPLICANT_TYPE_WORDS,
  KYIV_DISTRICTS,
  looksLikePhone,
  normalizeDistrict,
  parseApplicantType,
} from './applicant';
export { newCaseIds } from './ids';
export { likelyDuplicateOf, similarKeys, similarTitles, titleKey, type TitleKey } from './duplicates';
export { parseCaseTable, type CaseImportOptions } from './import';
export { looksMisencoded, parseCsv } from './csv';
