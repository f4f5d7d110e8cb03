// What a spreadsheet holds, as plain data: cells and their rules, filters and filter views, comments, protections,
// toasts and the warnings people passed through; the default sizes and the limits' errors.

import { GasError } from '../../world';
import type { Rect } from '../a1';
import type { Literal } from '../format';

export type CriteriaType = 'NUMBER_BETWEEN' | 'VALUE_IN_LIST' | 'CHECKBOX' | 'DATE_IS_VALID_DATE';

/** A data validation rule as stored on cells. */
export interface RuleData {
  type: CriteriaType;
  /** NUMBER_BETWEEN: [start, end]; VALUE_IN_LIST: the items. */
  values: (number | string)[];
  showDropdown?: boolean;
  allowInvalid: boolean;
  helpText: string;
}

export interface Cell {
  /** A literal value; dates are serial numbers under a date format. */
  v?: Literal;
  /** A formula, with its leading '='. */
  f?: string;
  nf?: string;
  note?: string;
  bg?: string;
  bold?: boolean;
  fc?: string;
  wrap?: boolean;
  ha?: string;
  va?: string;
  dv?: RuleData;
}

/** The formatting properties of a cell (what Format → … sets and Paste special → Format only pastes). */
export const FORMAT_KEYS = ['nf', 'bg', 'bold', 'fc', 'wrap', 'ha', 'va'] as const;

/**
 * A filter condition, named after the Sheets API's ConditionType
 * (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/other#conditiontype).
 */
export interface FilterCondition {
  type:
    | 'BLANK'
    | 'NOT_BLANK'
    | 'TEXT_CONTAINS'
    | 'TEXT_EQ'
    | 'NUMBER_GREATER'
    | 'NUMBER_LESS'
    | 'NUMBER_EQ'
    | 'NUMBER_BETWEEN';
  values?: (string | number)[];
}

/** Filter by values (the display values to hide) and/or by condition (rows that fail it are hidden). */
export interface FilterCriteria {
  hiddenValues?: string[];
  condition?: FilterCondition;
}

/** A sheet's basic filter: its range (first row = header), criteria by absolute column, rows it hides. */
export interface FilterData {
  range: Rect;
  criteria: Record<number, FilterCriteria>;
  hiddenRows: number[];
}

/** A saved filter view: it changes what its viewer sees, never the sheet (Sheets API FilterView). */
export interface FilterViewData {
  id: number;
  sheetId: number;
  title: string;
  range: Rect;
  criteria: Record<number, FilterCriteria>;
  sortSpecs: { column: number; ascending: boolean }[];
  createdBy: string;
}

/** Insert → Comment: a discussion anchored to a cell, outside the cell's content. */
export interface CommentData {
  id: number;
  sheetId: number;
  row: number;
  col: number;
  author: string;
  text: string;
  at: number;
}

export interface ProtectionData {
  id: number;
  type: 'RANGE' | 'SHEET';
  sheetId: number;
  /** For a range protection. */
  rect?: Rect;
  description: string;
  /** null: "the permissions mirror those of the spreadsheet itself" until the script changes the list. */
  editors: string[] | null;
  warningOnly: boolean;
  /** For a sheet protection. */
  unprotected: Rect[];
}

export interface Toast {
  at: number;
  msg: string;
  title: string;
  timeoutSeconds: number;
}

export interface ProtectionWarning {
  at: number;
  user: string;
  sheetName: string;
  a1: string;
  description: string;
}

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;
export const MAX_CELL_CHARS = 50_000;

export function cellLimitError(limit: number): GasError {
  return new GasError(
    `This action would increase the number of cells in the workbook above the limit of ${limit} cells.`,
  );
}

export function tooLongError(): GasError {
  return new GasError(
    `Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`,
  );
}

/** The outcome of checking whether a person may edit some cells. */
export interface EditCheck {
  allowed: boolean;
  /** Warning-only protections the edit passes through. */
  warnings: ProtectionData[];
}
