// «Засідання»'s words and columns: the kinds of item, the standings and decisions, the head rows and the header.
import type { CaseId } from '../types';
import { ui } from '../messages';

/** The tab (script-made; the secretary fills the vote, decision and note columns and the head's values). */
export const MEETING_TAB = 'Засідання';

export type AgendaKind = 'tie' | 'borderline' | 'belowQuorum' | 'conflict';
/** Where the rating puts a case now: in the list, out of it, or tied across the cut-off (the commission decides). */
export type Standing = 'in' | 'out' | 'tie';
export type Decision = 'include' | 'exclude' | 'defer';

export interface AgendaItem {
  kind: AgendaKind;
  caseId: CaseId;
  title: string;
  organisation: string;
  position: number | null;
  mean: number | null;
  validCount: number;
  spread: number | null;
  standing: Standing;
  /** Share of the stability analysis' resamples with the case in the list, %; null when not analysed. */
  frequency: number | null;
  /** The mean after the borderline round (see round.ts), and how many members changed their scores. */
  roundMean: number | null;
  roundChanged: string;
  /** Why the item is on the agenda, in words. */
  details: string;
}

/** Columns of the items' table; the secretary's are «За» … «Примітка». */
export const MEETING_HEADERS = [
  '№',
  'Питання',
  'ID кейсу',
  'Назва кейсу',
  'Організація-заявник',
  'Позиція',
  'Середній бал',
  'Дійсних оцінок',
  'Розкид',
  'Зараз у списку',
  'Частота в списку (аналіз стабільності), %',
  'Середній бал після повторного оцінювання',
  'Змінили оцінки (повторне оцінювання)',
  'Чому в порядку денному',
  '«За»',
  '«Проти»',
  '«Утрималися»',
  '«Не голосували»',
  'Рішення',
  'Примітка (ВИСТУПИЛИ)',
  'Перевірка',
] as const;

export const MEETING_COL = {
  number: 0,
  kind: 1,
  caseId: 2,
  title: 3,
  standing: 9,
  for: 14,
  against: 15,
  abstained: 16,
  notVoting: 17,
  decision: 18,
  note: 19,
  check: 20,
} as const;

/** The labels of the head rows, in column A; their values are in column B. */
export const MEETING_LABELS = {
  present: 'Присутні члени комісії',
  places: 'Місць у списку',
  explanation: 'Пояснення зміни кількості місць',
  rating: 'Рейтинг, за яким підготовлено',
  round: 'Повторне оцінювання межових кейсів',
} as const;

/** Rows above the header: title, the five labelled rows, a blank row. The header is row 8, items from row 9. */
export const MEETING_HEAD_ROWS = 7;
export const MEETING_FIRST_ITEM_ROW = MEETING_HEAD_ROWS + 2;

/** The decision words the secretary types (a dropdown offers the first of each). */
export const DECISION_WORDS: Record<Decision, string[]> = {
  include: ['включити', 'включено', 'залишити', 'include'],
  exclude: ['виключити', 'виключено', 'не включати', 'exclude'],
  defer: ['відкласти', 'відкладено', 'defer'],
};

export const decisionWord = (d: Decision): string => DECISION_WORDS[d][0];

export const standingText = (s: Standing): string =>
  ui(s === 'in' ? 'meetingStandingIn' : s === 'tie' ? 'meetingStandingTie' : 'meetingStandingOut');

export const kindText = (k: AgendaKind): string => ui(`meetingKind_${k}`);
