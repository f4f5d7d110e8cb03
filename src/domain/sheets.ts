// The master spreadsheet contract: tab names and column layouts the script reads and writes.

export const TAB = {
  settings: 'Налаштування',
  members: 'Члени комісії',
  cases: 'Кейси',
  conflicts: 'Конфлікти',
  scores: 'Оцінки',
  rating: 'Рейтинг',
  top: 'ТОП-100',
  journal: 'Журнал',
  ledger: 'Службове',
  stability: 'Стабільність',
  agreement: 'Узгодженість',
} as const;

export type TabKey = keyof typeof TAB;

/** «Оцінки»: one row per member × assigned case, ordered by member then case ID. Script only. */
export const SCORE_HEADERS = [
  'ID кейсу',
  'Член комісії',
  'К1',
  'К2',
  'К3',
  'К4',
  'Сума',
  'Конфлікт інтересів',
  'Коментар',
  'Статус',
  'Зібрано',
  'Зауваження',
] as const;
export const SCORE_COL = {
  caseId: 0,
  member: 1,
  k1: 2,
  total: 6,
  conflict: 7,
  comment: 8,
  status: 9,
  collectedAt: 10,
  note: 11,
} as const;

/** Status words in «Оцінки», by evaluation status. */
export const STATUS_UK = {
  valid: 'дійсна',
  incomplete: 'неповна',
  invalid: 'недійсна',
  blank: 'порожня',
  recused: 'конфлікт інтересів',
} as const;

export const CONFLICT_HEADERS = ['Email члена комісії', 'ID кейсу', 'Джерело', 'Примітка'] as const;
export const CONFLICT_SOURCE_UK = { manual: 'вручну', affiliation: 'за організацією' } as const;

export const RATING_HEADERS = [
  'Позиція',
  'ID кейсу',
  'Назва кейсу',
  'Організація-заявник',
  'Район',
  'К1 (середнє)',
  'К2 (середнє)',
  'К3 (середнє)',
  'К4 (середнє)',
  'Середній бал',
  'Медіана',
  'Дійсних оцінок',
  'Розкид',
  'Станд. відхилення',
  'Нормалізований бал (z)',
  'Рішення',
  'Позначки',
] as const;

export const TOP_HEADERS = ['Назва кейсу', 'Організація-заявник', 'Район', 'Категорія'] as const;

/** «Затверджений список»: the list the commission approved, frozen (protected, its SHA-256 logged). Script only. */
export const APPROVED_TAB = 'Затверджений список';
export const APPROVED_LABELS = {
  meeting: 'Дата засідання',
  protocol: 'Протокол №',
  approvedAt: 'Затверджено',
  hash: 'Контрольна сума (SHA-256)',
  tie: 'Нічия на межі: кейси, місць, обрано',
} as const;
export const APPROVED_HEADERS = [
  'ID кейсу',
  'Назва кейсу',
  'Організація-заявник',
  'Район',
  'Категорія',
  'Підстава',
] as const;

/** «Стабільність» (script only): two lines of title and reading rules, then one row per case, borderline cases first. */
export const STABILITY_HEADERS = [
  'ID кейсу',
  'Назва кейсу',
  'Позиція',
  'У списку зараз',
  'Частота в списку (повторні вибірки), %',
  'За середнім',
  'За z-оцінками',
  'За медіаною',
  'За усіченим середнім',
  'Висновок',
  'Чому межовий',
] as const;
export const STABILITY_HEADER_ROW = 3;

/** «Узгодженість» (script only): alpha per criterion and for the total, then each member against the others. */
export const AGREEMENT_ALPHA_HEADERS = [
  'Показник',
  'Альфа Кріппендорфа',
  'Оцінок у розрахунку',
  'Кейсів',
  'Що це означає',
] as const;
export const AGREEMENT_MEMBER_HEADERS = [
  'Член комісії',
  'Email',
  'Дійсних оцінок',
  'Спільних кейсів з іншими',
  'Суворість, бали суми',
  'Узгодженість з іншими (r)',
  'Що це означає',
] as const;

export const JOURNAL_HEADERS = ['Час', 'Дія', 'Хто', 'Деталі'] as const;

/** «Службове» (hidden): the ledger of side effects that must happen exactly once (emails). */
export const LEDGER_HEADERS = ['Ключ', 'Стан', 'Час', 'Деталі'] as const;
export const LEDGER_STATE = { sending: 'надсилається', sent: 'надіслано', failed: 'помилка' } as const;

/** The member's own spreadsheet. */
export const MEMBER_SHEET = {
  scoring: 'Оцінювання',
  instructions: 'Інструкція',
  /** Rows above the table: 1 = progress line, 2 = headers. */
  headerRow: 2,
  firstDataRow: 3,
} as const;

export const MEMBER_SHEET_HEADERS = [
  'ID',
  'Назва кейсу',
  'Організація-заявник',
  'Тип заявника',
  'Район',
  'Категорія',
  'Опис',
  'Матеріали',
  'К1',
  'К2',
  'К3',
  'К4',
  'Конфлікт інтересів',
  'Коментар',
  'Перевірка',
] as const;

export const MEMBER_COL = {
  id: 1,
  firstScore: 9,
  conflict: 13,
  comment: 14,
  check: 15,
  count: 15,
} as const;

/** «Члени комісії»: the secretary's four columns, then the script's six (1-based column numbers). */
export const MEMBER_HEADERS = [
  'ПІБ',
  'Email',
  'Організація',
  'Статус',
  'Таблиця',
  'Запрошено',
  'Оцінено',
  'Помилки',
  'Остання активність',
  'Завершено',
] as const;
export const MEMBER_SCRIPT_COL = {
  first: 5,
  link: 5,
  invitedAt: 6,
  scored: 7,
  invalid: 8,
  lastActivity: 9,
  done: 10,
  count: 6,
} as const;
