// What a person's edit comes to: Sheets' refusals and their messages, the outcome of an accepted edit, and the
// permits and edited cells an edit records.

import type { Rect } from '../a1';
import type { EditCheck, SheetModel } from '../model';

/** Sheets' dialog when an edit touches a protected cell or object. */
export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove protection if you need to edit.';
/** Sheets' prompt for a warning-only protection (the simulated person confirms it). */
export const WARNING_MESSAGE =
  "Heads up! You are trying to edit a part of this sheet that shouldn't be changed accidentally.";
/** Sorting across vertically merged cells (wording inferred from the Sheets UI). */
export const SORT_MERGED_MESSAGE = 'Sorry, you can’t sort a range that contains vertically merged cells.';

export type RefusalReason = 'no-access' | 'read-only' | 'protected' | 'invalid' | 'structure';

/** An edit the Sheets UI would not accept; nothing was changed. */
export class EditRefused extends Error {
  constructor(
    readonly reason: RefusalReason,
    message: string,
    readonly a1: string,
  ) {
    super(message);
    this.name = 'EditRefused';
  }
}

export interface EditOutcome {
  /** Descriptions of warning-only protections the edit passed through. */
  warnings: string[];
  /** Cells (A1) whose new value breaks a validation rule that only warns. */
  invalid: string[];
}

/** A new or copied tab. */
export interface TabOutcome extends EditOutcome {
  sheetName: string;
}

/** A filter view and the rows its viewer now sees, in the order shown. */
export interface FilterViewOutcome extends EditOutcome {
  viewId: number;
  rows: number[];
}

/** A sort key as the Sort range dialog takes it: a column letter of the range. */
export interface SortKey {
  column: string;
  ascending?: boolean;
}

/**
 * Ctrl+V pastes everything (values, formulas with relative references moved, formats, validation, notes,
 * merges); Paste special pastes one part (https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request#pastetype:
 * "PASTE_FORMAT: Paste the format and data validation only").
 */
export type PasteMode = 'normal' | 'values' | 'format' | 'formula' | 'validation';

/** A permission the edit needed: the check and where it applied (warnings are recorded against it). */
export interface Permit {
  check: EditCheck;
  sheet: SheetModel;
  rect: Rect;
}

/** Cells whose content changed, for the edit event (value/oldValue only for a single cell). */
export interface Edit {
  sheet: SheetModel;
  rect: Rect;
  value?: string;
  oldValue?: string;
}
