// «Налаштування»'s schema: the tab's name and columns, the settings' keys and rows, the words each choice takes.
import type { AssignmentMode, PublicGrouping, TieBreakKey } from '../types';

export const SETTINGS_SHEET = 'Налаштування';
export const SETTINGS_HEADER = ['Параметр', 'Значення', 'Пояснення'];
export const VALUE_COLUMN = SETTINGS_HEADER[1];

export type CriterionNumber = 1 | 2 | 3 | 4;
export type SettingKey =
  | 'year'
  | 'title'
  | 'deadline'
  | 'submissionDeadline'
  | 'timeZone'
  | 'meetingDate'
  | 'winners'
  | 'scaleMin'
  | 'scaleMax'
  | 'scaleStep'
  | `criterion${CriterionNumber}Title`
  | `criterion${CriterionNumber}Description`
  | `criterion${CriterionNumber}Weight`
  | 'quorum'
  | 'assignmentMode'
  | 'assignmentK'
  | 'assignmentSeed'
  | 'reminderOffsets'
  | 'reminderHour'
  | 'driveFolderId'
  | 'senderName'
  | 'replyTo'
  | 'secretaryEmail'
  | 'tieBreak'
  | 'normalization'
  | 'disagreementThreshold'
  | 'publicGrouping'
  | 'inviteSubject'
  | 'inviteBody'
  | 'reminderSubject'
  | 'reminderBody'
  | StageSettingKey;

/** Rows read by the stages after the selection (approval, protocol, publication, winners, catalog). */
export type StageSettingKey =
  | 'meetingPlace'
  | 'chairName'
  | 'secretaryName'
  | 'publicPageUrl'
  | 'ceremonyDate'
  | 'ceremonyPlace'
  | 'winnerSubject'
  | 'winnerBody'
  | 'catalogForeword';

export interface SettingRow {
  key: SettingKey;
  /** Column A, matched on reading regardless of case, spacing, punctuation and apostrophes. */
  label: string;
  /** The 2024 value, as written into column B. */
  defaultValue: string | number | boolean;
  /** Column C, for the secretary. */
  explanation: string;
  /** A required row must be in the tab; an optional one falls back to its default with a warning. */
  required: boolean;
  /** Whether column B may be left empty. */
  allowEmpty: boolean;
}

/** The criteria in the protocol's wording (protocol No. 1 of 23.09.2024). */
export const PROTOCOL_CRITERIA = [
  'актуальність, вплив отриманих кейсів на вирішення питань місцевого значення',
  'інноваційність методів і підходів, оригінальність, новизна та креативність',
  'значення кейсів для територіальної громади міста Києва',
  'рівень залучення інституту громадянського суспільства до реалізації кейсів, можливість адаптації та поширення методики',
];

/** The words the secretary writes for each choice; the first one is what the script writes. */
export const ASSIGNMENT_MODE_WORDS: Record<AssignmentMode['kind'], string[]> = {
  all: ['усі оцінюють усі', 'всі оцінюють усі', 'всі оцінюють всі', 'усі', 'всі', 'all'],
  perCase: ['k членів на кейс', 'к членів на кейс', 'k на кейс', 'perCase', 'k'],
};

export const GROUPING_WORDS: Record<PublicGrouping, string[]> = {
  alphabetical: ['за алфавітом', 'алфавіт', 'алфавітний', 'alphabetical'],
  district: ['за районом', 'за районами', 'район', 'district'],
  category: ['за категорією', 'за категоріями', 'категорія', 'category'],
};

export const TIE_BREAK_WORDS: Record<TieBreakKey, string[]> = {
  median: ['медіана', 'median'],
  validCount: ['кількість оцінок', 'кількість дійсних оцінок', 'validCount'],
  criterion1: ['критерій 1', 'к1', 'criterion1'],
  criterion2: ['критерій 2', 'к2', 'criterion2'],
  criterion3: ['критерій 3', 'к3', 'criterion3'],
  criterion4: ['критерій 4', 'к4', 'criterion4'],
  lowerSpread: ['менший розкид', 'розкид', 'lowerSpread'],
};

export const YES_WORDS = ['так', 'true', 'yes', '1', 'увімкнено', 'істина'];
export const NO_WORDS = ['ні', 'false', 'no', '0', 'вимкнено', 'хибність'];
