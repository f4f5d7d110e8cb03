// A simulated person working in the Sheets UI of one spreadsheet, with Google's rules.
//
// Sharing decides who may open and edit; protection binds people who are not its editors
// (https://developers.google.com/apps-script/reference/spreadsheet/protection); data validation rejects or
// flags their input (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setAllowInvalid(Boolean)).
// Every accepted change marks the file modified, goes into this person's undo history and emits the events
// that fire onEdit/onChange (https://developers.google.com/apps-script/guides/triggers/events#google_sheets_events).
// A refused one changes nothing and throws EditRefused with Sheets' message.
//
// The operations, by menu (sheet names and A1 notation throughout; each returns an EditOutcome):
//   cells      type · paste (text from outside) · setCheckbox · clear (Delete) · setNote · addComment ·
//              setNumberFormat · setBackground · setValidation (Data → Data validation) · merge · unmerge
//   clipboard  copy · cut · pasteCells (Ctrl+V, or Paste special: values / format / formula / validation)
//   data       sort (Sort range, by one or several columns) · sortSheet · createFilter · setFilterCriteria ·
//              sortFilter · removeFilter · createFilterView (only this person's view)
//   rows, cols insertRowsAfter · deleteRows · insertColumnsAfter · deleteColumns · hideRows · unhideRows ·
//              hideColumns · unhideColumns · resizeRows · resizeColumns · freeze
//   tabs       addSheet · renameSheet · deleteSheet · duplicateSheet · moveSheet · hideSheet · showSheet
//   edit       undo (Ctrl+Z) · redo (Ctrl+Y)
//   reading    read · readDisplay · formulas · notes · backgrounds · validations · invalid · merges · filter ·
//              hiddenRows · hiddenColumns · filterViewRows · canEdit · sheetNames
//
// By concern, one file each (every edit goes through core.ts): cells.ts, clipboard.ts, sort-filter.ts (data),
// structure.ts (rows, columns and tabs), undo.ts (edit), reading.ts; session.ts opens the file for a person.

export { PROTECTED_MESSAGE, WARNING_MESSAGE, SORT_MERGED_MESSAGE, EditRefused } from './types';
export type { RefusalReason, EditOutcome, TabOutcome, FilterViewOutcome, SortKey, PasteMode } from './types';
export { UserSpreadsheet, userSession } from './session';
export type { UserSession } from './session';
