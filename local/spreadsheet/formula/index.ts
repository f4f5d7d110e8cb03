// A small formula engine for the formulas this project writes: arithmetic, comparisons, '&', references and
// ranges (optionally on another sheet of the same file) and a fixed set of functions.
//
// Functions: SUM AVERAGE MIN MAX COUNT COUNTA COUNTBLANK COUNTIF ROUND ABS IF IFERROR AND OR NOT ROWS COLUMNS
// CONCATENATE LEN. Any other function (IMPORTXML, IMPORTRANGE, HYPERLINK, TEXT …) or a bare name evaluates to
// the error value #NAME?; a formula that does not parse evaluates to #ERROR! (Sheets' "Formula parse error").
// Reference: https://support.google.com/docs/table/25273 (function list), error values per
// https://support.google.com/docs/answer/3093340 (#N/A, #REF!, #DIV/0!, #VALUE!, #NAME?).
//
// By concern: values.ts (what a formula computes with), tokens.ts and parse.ts (text into a tree), coerce.ts
// (operands), functions.ts, evaluate.ts, rewrite.ts (references moved by copies and structural edits).

export { FError, BLANK } from './values';
export type { FValue, FormulaHost } from './values';
export { evaluateFormula } from './evaluate';
export { offsetFormula, shiftFormula, sheetPrefix, renameSheetInFormula, moveRefsInFormula } from './rewrite';
