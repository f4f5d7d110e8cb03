// The settings rows the stages after the selection read (meeting place, names, the public page, the ceremony, letters).
import { SETTINGS_ROWS, type StageSettingKey } from './settings';
import { cellText } from './table';
import { normalizeName } from './text';

export type StageSettings = Record<StageSettingKey, string>;

const KEYS: StageSettingKey[] = [
  'meetingPlace',
  'chairName',
  'secretaryName',
  'publicPageUrl',
  'ceremonyDate',
  'ceremonyPlace',
  'winnerSubject',
  'winnerBody',
  'catalogForeword',
];

/**
 * The rows found by their label (any case, spacing or punctuation, as parseSettings finds them) in the whole tab
 * (getValues from A1); a row that is missing gives its default, so a spreadsheet set up before these rows existed
 * still works.
 */
export function stageSettings(rows: unknown[][]): StageSettings {
  const out = {} as StageSettings;
  for (const key of KEYS) {
    const def = SETTINGS_ROWS.find((r) => r.key === key)!;
    const label = normalizeName(def.label);
    const row = rows.find((r) => normalizeName(cellText(r?.[0])) === label);
    const value = row ? cellText(row[1]) : '';
    out[key] = value !== '' || (row && def.allowEmpty) ? value : String(def.defaultValue);
  }
  return out;
}
