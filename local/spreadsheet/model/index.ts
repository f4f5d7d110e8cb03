// The spreadsheet data model: sheets of cells (values, formulas, formats, notes, validation), protections,
// structural edits and the rules that bind people but never the script. Services and user sessions share it.
//
// By concern: types.ts (the plain data), cell.ts (copies), rules.ts (filter conditions, validation), sheet.ts
// (SheetModel), and SpreadsheetModel in layers: file.ts ← protection.ts ← values.ts ← structure.ts ← filters.ts ←
// spreadsheet.ts (persistence).

export type {
  CriteriaType,
  RuleData,
  Cell,
  FilterCondition,
  FilterCriteria,
  FilterData,
  FilterViewData,
  CommentData,
  ProtectionData,
  Toast,
  ProtectionWarning,
  EditCheck,
} from './types';
export {
  FORMAT_KEYS,
  DEFAULT_ROWS,
  DEFAULT_COLUMNS,
  DEFAULT_COLUMN_WIDTH,
  DEFAULT_ROW_HEIGHT,
  MAX_CELL_CHARS,
  cellLimitError,
  tooLongError,
} from './types';
export { cloneCell, formatOf, cloneFilter } from './cell';
export { conditionHolds, ruleViolated } from './rules';
export { SheetModel } from './sheet';
export { SpreadsheetModel } from './spreadsheet';
