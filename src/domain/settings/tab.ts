// Writing «Налаштування» and finding a setting's place in it: what a message tells the secretary to fill.
import { ROW_BY_KEY, SETTINGS_ROWS } from './defaults';
import { SETTINGS_HEADER, SETTINGS_SHEET, VALUE_COLUMN, type SettingKey } from './schema';
import { cellText } from '../table';
import { normalizeName } from '../text';
import type { Place } from '../types';

/** The row number (1-based, header in row 1) of a setting in the layout the script writes. */
export function settingsPlace(key: SettingKey): number {
  const i = SETTINGS_ROWS.findIndex((r) => r.key === key);
  if (i < 0) throw new Error(`Unknown setting ${key}`);
  return i + 2;
}

/** The label a setting has in column A. */
export function settingLabel(key: SettingKey): string {
  const r = ROW_BY_KEY.get(key);
  if (!r) throw new Error(`Unknown setting ${key}`);
  return r.label;
}

/**
 * The place of a setting's value in the tab as it stands (rows found by their label, as parseSettings finds them;
 * `rows` from A1), or where the script writes it when the row is missing: what a message tells the secretary to fill.
 */
export function settingPlaceIn(rows: unknown[][], key: SettingKey): Place {
  const label = normalizeName(settingLabel(key));
  const i = rows.findIndex((r) => normalizeName(cellText(r?.[0])) === label);
  return { sheet: SETTINGS_SHEET, row: i >= 0 ? i + 1 : settingsPlace(key), column: VALUE_COLUMN };
}

/** The tab as the script writes it: the header, then every row with its 2024 value and explanation. */
export function defaultSettingsRows(): (string | number | Date | boolean)[][] {
  return [SETTINGS_HEADER.slice(), ...SETTINGS_ROWS.map((r) => [r.label, r.defaultValue, r.explanation])];
}
