// «Налаштування»: the schema and defaults, the tab as the script writes it, and its validation into Settings.
export {
  ASSIGNMENT_MODE_WORDS,
  GROUPING_WORDS,
  PROTOCOL_CRITERIA,
  SETTINGS_HEADER,
  SETTINGS_SHEET,
  TIE_BREAK_WORDS,
  type SettingKey,
  type SettingRow,
  type StageSettingKey,
} from './schema';
export { SETTINGS_ROWS } from './defaults';
export { defaultSettingsRows, settingLabel, settingPlaceIn, settingsPlace } from './tab';
export { defaultSettings, parseSettings } from './parse';
