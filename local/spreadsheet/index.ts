// The emulated SpreadsheetApp: what the host wires into the script's globals and what drivers and tests use.

export { SpreadsheetStore } from './store';
export type { CreateOptions } from './store';
export { SpreadsheetModel, SheetModel } from './model';
export type {
  Cell,
  RuleData,
  ProtectionData,
  Toast,
  ProtectionWarning,
  CriteriaType,
  FilterCondition,
  FilterCriteria,
  CommentData,
} from './model';
export {
  createSpreadsheetApp,
  Spreadsheet,
  Sheet,
  Range,
  Protection,
  ProtectionType,
  DataValidationCriteria,
} from './services';
export type { SpreadsheetAppOptions } from './services';
export { DataValidation, DataValidationBuilder } from './validation';
export { UiRecorder, Menu, Button, ButtonSet } from './ui';
export type {
  ButtonName,
  ButtonSetName,
  MenuEntry,
  RecordedMenu,
  RecordedAlert,
  RecordedPrompt,
  RecordedHtml,
} from './ui';
export {
  userSession,
  UserSpreadsheet,
  EditRefused,
  PROTECTED_MESSAGE,
  WARNING_MESSAGE,
  SORT_MERGED_MESSAGE,
} from './user';
export type {
  UserSession,
  EditOutcome,
  TabOutcome,
  FilterViewOutcome,
  SortKey,
  PasteMode,
  RefusalReason,
} from './user';
export { exportXlsx, readXlsx, importXlsxAsEdits } from './xlsx';
export type { XlsxSheet, XlsxValidation, ImportResult } from './xlsx';
