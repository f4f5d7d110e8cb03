// The rules of the editable cells (К1–К4 on the scale, the conflict checkbox), each naming its case.
import type { GasPorts } from '../ports';
import type { Settings } from '../../domain/types';
import { formatNumberUk, formatScale } from '../../domain/score';
import { witnessText } from '../../domain/witness';
import { ui } from '../../domain/messages';

type DataValidationRule = GoogleAppsScript.Sheets.Schema.DataValidationRule;

const scoreHelp = (id: string, k: number, settings: Settings): string =>
  witnessText(id, ui('scoreHelpCriterion', { criterion: k, scale: formatScale(settings.scale) }));
const conflictHelp = (id: string): string => witnessText(id, ui('conflictHelp'));

/**
 * The rules of the editable cells, row by row, as the Sheets API writes them into a new file: К1–К4 on the scale
 * (strict: Sheets refuses anything else as it is typed) and the conflict checkbox, each naming its case in the help
 * text the member sees. The bounds are written as typed in the file's locale (uk_UA: 0,5).
 */
export function memberRules(ids: readonly string[], settings: Settings): DataValidationRule[][] {
  const bounds = [settings.scale.min, settings.scale.max].map((x) => ({
    userEnteredValue: formatNumberUk(x),
  }));
  return ids.map((id) => [
    ...[1, 2, 3, 4].map((k) => ({
      condition: { type: 'NUMBER_BETWEEN', values: bounds },
      inputMessage: scoreHelp(id, k, settings),
      strict: true,
    })),
    { condition: { type: 'BOOLEAN' }, inputMessage: conflictHelp(id) },
  ]);
}

/** The same rules built with SpreadsheetApp, to put them back on a member's file after a sort. */
export function memberValidations(
  g: GasPorts,
  ids: readonly string[],
  settings: Settings,
): GoogleAppsScript.Spreadsheet.DataValidation[][] {
  const score = (id: string, k: number): GoogleAppsScript.Spreadsheet.DataValidation =>
    g.SpreadsheetApp.newDataValidation()
      .requireNumberBetween(settings.scale.min, settings.scale.max)
      .setAllowInvalid(false)
      .setHelpText(scoreHelp(id, k, settings))
      .build();
  const conflict = (id: string): GoogleAppsScript.Spreadsheet.DataValidation =>
    g.SpreadsheetApp.newDataValidation().requireCheckbox().setHelpText(conflictHelp(id)).build();
  return ids.map((id) => [score(id, 1), score(id, 2), score(id, 3), score(id, 4), conflict(id)]);
}
