// The «Налаштування» tab: its rows (label, value, explanation), the 2024 defaults, and validation into Settings.
import { problem, type MessageKey } from './messages';
import { cellText, isBlankCell, isDate, quoteValue } from './table';
import { isValidEmail, normalizeName, sanitizeHeader } from './text';
import {
  formatDateTime,
  instantToWallClock,
  isKnownTimeZone,
  isRealWallClock,
  localDateKey,
  resolveWallClock,
  wallClockOfDateCell,
  wallClockToInstant,
  type WallClock,
} from './time';
import type {
  AssignmentMode,
  Criterion,
  Place,
  Problem,
  PublicGrouping,
  Result,
  Settings,
  TieBreakKey,
} from './types';

export const SETTINGS_SHEET = 'Налаштування';
export const SETTINGS_HEADER = ['Параметр', 'Значення', 'Пояснення'];
const VALUE_COLUMN = SETTINGS_HEADER[1];

type CriterionNumber = 1 | 2 | 3 | 4;
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

const YES_WORDS = ['так', 'true', 'yes', '1', 'увімкнено', 'істина'];
const NO_WORDS = ['ні', 'false', 'no', '0', 'вимкнено', 'хибність'];

const DEFAULT_INVITE_BODY = [
  'Добрий день, {{name}}!',
  '',
  'Запрошуємо вас оцінити кейси конкурсу «{{title}}» {{year}} року.',
  'Ваш аркуш оцінювання: {{link}}',
  'Кейсів для оцінювання: {{cases}}.',
  '',
  'Кожен кейс оцінюється за критеріями:',
  '{{criteria}}',
  '',
  'Будь ласка, заповніть аркуш до {{deadline}}. Якщо у вас конфлікт інтересів щодо кейсу, позначте його — такий кейс ви не оцінюєте.',
  '',
  'З повагою,',
  '{{sender}}',
].join('\n');

const DEFAULT_WINNER_BODY = [
  'Добрий день, {{name}}!',
  '',
  'Рішенням комісії (протокол № {{protocol}} від {{meeting}}) кейс «{{case}}» ({{organisation}}) увійшов до загального списку кращих кейсів конкурсу «{{title}}» {{year}} року (кейсів у списку: {{winners}}).',
  '',
  'Диплом — у вкладенні до цього листа.',
  '',
  'Нагородження переможців: {{ceremonyDate}}, {{ceremonyPlace}}.',
  'Список кращих кейсів: {{page}}',
  '',
  'З повагою,',
  '{{sender}}',
].join('\n');

/** The catalog's foreword (the secretary edits it in «Налаштування»); each line is a paragraph. */
const DEFAULT_CATALOG_FOREWORD = [
  'ТОП-100 — це традиція міста Києва відзначати кращі успішні кейси реалізації громадських ініціатив у столиці щодо вирішення питань місцевого значення.',
  'У {{year}} році від структурних підрозділів виконавчого органу Київської міської ради (Київської міської державної адміністрації), районних в місті Києві державних адміністрацій та інститутів громадянського суспільства надійшло пропозицій кейсів: {{received}}. Члени комісії ({{members}}) оцінили кожен кейс за чотирма критеріями:',
  '{{criteria}}',
  'На засіданні {{meeting}} (протокол № {{protocol}}) комісія затвердила перелік кращих кейсів загальним списком без визначення місць (кейсів у переліку: {{count}}). У каталозі вони згруповані {{by}}, у кожному розділі — за абеткою.',
  'QR-код біля кожного кейсу відкриває його сторінку в переліку кращих кейсів на сайті.',
].join('\n');

const DEFAULT_REMINDER_BODY = [
  'Добрий день, {{name}}!',
  '',
  'Нагадуємо: оцінювання кейсів конкурсу «{{title}}» {{year}} року триває до {{deadline}}.',
  'Залишилося оцінити: {{remaining}} з {{cases}}.',
  'Ваш аркуш оцінювання: {{link}}',
  '',
  'З повагою,',
  '{{sender}}',
].join('\n');

function criterionRows(n: CriterionNumber): SettingRow[] {
  return [
    {
      key: `criterion${n}Title`,
      label: `Критерій ${n}: назва`,
      defaultValue: PROTOCOL_CRITERIA[n - 1],
      explanation: 'Формулювання критерію з протоколу; так його бачать члени комісії.',
      required: true,
      allowEmpty: false,
    },
    {
      key: `criterion${n}Description`,
      label: `Критерій ${n}: пояснення`,
      defaultValue: '',
      explanation: 'Необов’язкова підказка для членів комісії до цього критерію.',
      required: false,
      allowEmpty: true,
    },
    {
      key: `criterion${n}Weight`,
      label: `Критерій ${n}: вага`,
      defaultValue: 1,
      explanation: 'Додатне число. Загальний бал = сума балів за критеріями, помножених на їхні ваги.',
      required: true,
      allowEmpty: false,
    },
  ];
}

/** The rows of «Налаштування» in the order the script writes them. */
export const SETTINGS_ROWS: SettingRow[] = [
  {
    key: 'year',
    label: 'Рік',
    defaultValue: 2024,
    explanation: 'Рік конкурсу; з нього починаються ID кейсів (2024-001).',
    required: true,
    allowEmpty: false,
  },
  {
    key: 'title',
    label: 'Назва',
    defaultValue: 'ТОП-100 — ярмарок кращих кейсів партнерства влади та громади',
    explanation: 'Назва конкурсу в листах, аркушах і каталозі.',
    required: true,
    allowEmpty: false,
  },
  {
    key: 'deadline',
    label: 'Кінцевий термін оцінювання',
    defaultValue: '07.10.2024 23:59',
    explanation:
      'Дата й час (ДД.ММ.РРРР ГГ:ХХ) за часовим поясом нижче. Без часу — до 23:59 цього дня. Після терміну аркуші закриваються.',
    required: true,
    allowEmpty: false,
  },
  {
    key: 'submissionDeadline',
    label: 'Кінцевий термін подання заявок',
    defaultValue: '31.08.2024 23:59',
    explanation:
      'Дата й час (ДД.ММ.РРРР ГГ:ХХ) за часовим поясом нижче, коли форма заявок закривається сама. Має бути раніше за термін оцінювання. Порожньо — форму закриваєте вручну.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'timeZone',
    label: 'Часовий пояс',
    defaultValue: 'Europe/Kyiv',
    explanation: 'Europe/Kyiv (київський час, з переходом на літній) або UTC.',
    required: false,
    allowEmpty: false,
  },
  {
    key: 'meetingDate',
    label: 'Дата засідання',
    defaultValue: '11.10.2024',
    explanation: 'Дата засідання комісії, що затверджує рейтинг (ДД.ММ.РРРР). Можна не заповнювати.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'winners',
    label: 'Кількість переможців',
    defaultValue: 100,
    explanation: 'Скільки кращих кейсів входить до загального списку без місць.',
    required: true,
    allowEmpty: false,
  },
  {
    key: 'scaleMin',
    label: 'Шкала: мінімум',
    defaultValue: 0,
    explanation: 'Найменший бал за критерій.',
    required: true,
    allowEmpty: false,
  },
  {
    key: 'scaleMax',
    label: 'Шкала: максимум',
    defaultValue: 10,
    explanation: 'Найбільший бал за критерій.',
    required: true,
    allowEmpty: false,
  },
  {
    key: 'scaleStep',
    label: 'Шкала: крок',
    defaultValue: 1,
    explanation: '1 — лише цілі бали; 0,5 — дозволено половинки (8,5). Крок має ділити діапазон шкали.',
    required: true,
    allowEmpty: false,
  },
  ...criterionRows(1),
  ...criterionRows(2),
  ...criterionRows(3),
  ...criterionRows(4),
  {
    key: 'quorum',
    label: 'Кворум (мінімум дійсних оцінок)',
    defaultValue: 5,
    explanation:
      'Кейс із меншою кількістю дійсних оцінок позначається і не входить до рейтингу. Конфлікт інтересів не рахується.',
    required: true,
    allowEmpty: false,
  },
  {
    key: 'assignmentMode',
    label: 'Режим розподілу',
    defaultValue: 'усі оцінюють усі',
    explanation:
      '«усі оцінюють усі» — кожен член комісії оцінює кожен кейс; «k членів на кейс» — кожен кейс оцінюють k членів.',
    required: true,
    allowEmpty: false,
  },
  {
    key: 'assignmentK',
    label: 'Членів на кейс (k)',
    defaultValue: 5,
    explanation: 'Лише для режиму «k членів на кейс»: скільки членів комісії оцінюють кожен кейс.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'assignmentSeed',
    label: 'Зерно розподілу',
    defaultValue: 2024,
    explanation: 'Лише для режиму «k членів на кейс»: ціле число; те саме зерно дає той самий розподіл.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'reminderOffsets',
    label: 'Нагадування (днів до терміну)',
    defaultValue: '7, 3, 1, 0',
    explanation:
      'За скільки днів до терміну надсилати нагадування тим, хто ще не завершив; через кому. 0 — у день терміну.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'reminderHour',
    label: 'Година нагадувань',
    defaultValue: 10,
    explanation: 'Година (0–23) за часовим поясом, коли надсилаються нагадування.',
    required: false,
    allowEmpty: false,
  },
  {
    key: 'driveFolderId',
    label: 'Папка на Диску (ID)',
    defaultValue: '',
    explanation:
      'ID папки Google Диска для аркушів членів комісії (частина посилання після /folders/). Порожньо — папку буде створено.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'senderName',
    label: 'Ім’я відправника',
    defaultValue: 'Департамент суспільних комунікацій КМДА',
    explanation: 'Як підписано листи і від кого вони приходять.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'replyTo',
    label: 'Адреса для відповідей',
    defaultValue: '',
    explanation: 'Куди надходять відповіді на листи. Можна не заповнювати.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'secretaryEmail',
    label: 'Email секретаря',
    defaultValue: '',
    explanation: 'Адреса секретаря комісії для зведень і повідомлень про помилки.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'tieBreak',
    label: 'Порядок розв’язання нічиїх',
    defaultValue: 'медіана, кількість оцінок, критерій 1, критерій 3',
    explanation:
      'Якщо середні бали рівні, кейси порівнюються за цими показниками по черзі: медіана, кількість оцінок, критерій 1–4, менший розкид. Порядок рядків і ID ніколи не вирішують.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'normalization',
    label: 'Нормалізація (z-оцінки)',
    defaultValue: 'ні',
    explanation:
      '«так» — у рейтингу поруч із середнім показується бал, вирівняний за суворістю кожного члена комісії. Рейтинг визначає середній бал.',
    required: false,
    allowEmpty: false,
  },
  {
    key: 'disagreementThreshold',
    label: 'Поріг розбіжності (бали)',
    defaultValue: 15,
    explanation:
      'Якщо різниця між найвищим і найнижчим загальним балом кейсу більша за поріг, кейс позначається для обговорення.',
    required: false,
    allowEmpty: false,
  },
  {
    key: 'publicGrouping',
    label: 'Групування публічного списку',
    defaultValue: 'за алфавітом',
    explanation: '«за алфавітом», «за районом» або «за категорією». Публічний список не має місць і балів.',
    required: false,
    allowEmpty: false,
  },
  {
    key: 'inviteSubject',
    label: 'Лист-запрошення: тема',
    defaultValue: '{{title}} {{year}}: запрошення до оцінювання кейсів',
    explanation:
      'Підстановки: {{name}} {{link}} {{deadline}} {{cases}} {{criteria}} {{title}} {{year}} {{sender}}.',
    required: false,
    allowEmpty: false,
  },
  {
    key: 'inviteBody',
    label: 'Лист-запрошення: текст',
    defaultValue: DEFAULT_INVITE_BODY,
    explanation: 'Текст запрошення; підстановки ті самі, що в темі.',
    required: false,
    allowEmpty: false,
  },
  {
    key: 'reminderSubject',
    label: 'Нагадування: тема',
    defaultValue: 'Нагадування: оцінювання кейсів {{title}} триває до {{deadline}}',
    explanation: 'Підстановки: ті самі, що в запрошенні, і {{remaining}} — скільки кейсів ще не оцінено.',
    required: false,
    allowEmpty: false,
  },
  {
    key: 'reminderBody',
    label: 'Нагадування: текст',
    defaultValue: DEFAULT_REMINDER_BODY,
    explanation: 'Текст нагадування; надсилається лише тим, хто ще не завершив.',
    required: false,
    allowEmpty: false,
  },
  {
    key: 'meetingPlace',
    label: 'Місце засідання',
    defaultValue: 'в режимі онлайн',
    explanation: 'Де проходить засідання, що затверджує рейтинг; так і записується в протоколі.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'chairName',
    label: 'Голова комісії',
    defaultValue: '',
    explanation:
      'Ім’я та ПРІЗВИЩЕ голови комісії для підпису протоколу. Можна не заповнювати: лишиться місце для підпису.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'secretaryName',
    label: 'Секретар комісії',
    defaultValue: '',
    explanation: 'Ім’я та ПРІЗВИЩЕ секретаря комісії для підпису протоколу.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'publicPageUrl',
    label: 'Адреса публічної сторінки',
    defaultValue: '',
    explanation:
      'Адреса веб-застосунку зі списком кращих кейсів (Розширення → Apps Script → Розгорнути → Нове розгортання → Веб-застосунок). Потрібна для листів переможцям і QR-коду в каталозі.',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'ceremonyDate',
    label: 'Нагородження: дата і час',
    defaultValue: '',
    explanation:
      'Коли відбудеться нагородження переможців, як написати в листі (наприклад, «18 жовтня 2024 року о 12:00»).',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'ceremonyPlace',
    label: 'Нагородження: місце',
    defaultValue: '',
    explanation: 'Де відбудеться нагородження (адреса або назва місця).',
    required: false,
    allowEmpty: true,
  },
  {
    key: 'winnerSubject',
    label: 'Лист переможцю: тема',
    defaultValue: '{{title}} {{year}}: кейс «{{case}}» — серед кращих',
    explanation:
      'Підстановки: {{name}} {{case}} {{organisation}} {{protocol}} {{meeting}} {{winners}} {{title}} {{year}} {{ceremonyDate}} {{ceremonyPlace}} {{page}} {{sender}}.',
    required: false,
    allowEmpty: false,
  },
  {
    key: 'winnerBody',
    label: 'Лист переможцю: текст',
    defaultValue: DEFAULT_WINNER_BODY,
    explanation:
      'Текст листа контактній особі кейсу; диплом (PDF) додається до листа. Підстановки ті самі, що в темі.',
    required: false,
    allowEmpty: false,
  },
  {
    key: 'catalogForeword',
    label: 'Каталог: передмова',
    defaultValue: DEFAULT_CATALOG_FOREWORD,
    explanation:
      'Передмова каталогу кращих практик; кожен рядок — абзац. Підстановки: {{year}} {{title}} {{received}} {{members}} {{criteria}} {{count}} {{meeting}} {{protocol}} {{by}}.',
    required: false,
    allowEmpty: false,
  },
];

const ROW_BY_KEY = new Map<SettingKey, SettingRow>(SETTINGS_ROWS.map((r) => [r.key, r]));

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

function wordKey(s: string): string {
  return normalizeName(s).replace(/\s+/g, '');
}

function matchWord<K extends string>(table: Record<K, string[]>, text: string): K | null {
  const wanted = wordKey(text);
  for (const key of Object.keys(table) as K[]) {
    if (table[key].some((w) => wordKey(w) === wanted)) return key;
  }
  return null;
}

interface Found {
  row: number;
  raw: unknown;
  /** The cell as the secretary sees it (getDisplayValues), when known. */
  display?: string;
}

type DateParse =
  | { ok: true; wall: Required<WallClock>; hasTime: boolean; instant?: number }
  | { ok: false; impossible: boolean };

const DAY_FIRST = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[\s,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A date (and maybe a time) as a date cell, `07.10.2024 23:59`, or ISO 8601. A date cell is read from what
 * it shows when that is a day-first date: Sheets cannot hold a time the clocks skip (31.03 03:30 in Kyiv),
 * and the Date it hands back may already be an hour off; the text is what the secretary typed.
 */
function parseDateValue(raw: unknown, display?: string): DateParse {
  if (isDate(raw) && display && DAY_FIRST.test(display.trim())) return parseDateValue(display.trim());
  if (isDate(raw)) {
    if (Number.isNaN(raw.getTime())) return { ok: false, impossible: false };
    const wall = wallClockOfDateCell(raw);
    return { ok: true, wall, hasTime: wall.hour !== 0 || wall.minute !== 0 || wall.second !== 0 };
  }
  if (typeof raw !== 'string') return { ok: false, impossible: false };
  const text = raw.trim();
  let m = DAY_FIRST.exec(text);
  let wall: Required<WallClock>;
  let offset: string | undefined;
  if (m) {
    wall = {
      year: +m[3],
      month: +m[2],
      day: +m[1],
      hour: +(m[4] ?? 0),
      minute: +(m[5] ?? 0),
      second: +(m[6] ?? 0),
    };
  } else if ((m = ISO.exec(text))) {
    wall = {
      year: +m[1],
      month: +m[2],
      day: +m[3],
      hour: +(m[4] ?? 0),
      minute: +(m[5] ?? 0),
      second: +(m[6] ?? 0),
    };
    offset = m[7];
  } else {
    return { ok: false, impossible: false };
  }
  if (!isRealWallClock(wall)) return { ok: false, impossible: true };
  const hasTime = m[4] !== undefined && m[4] !== '';
  if (offset) {
    // An explicit offset names the instant itself.
    const sign = offset === 'Z' || offset === 'z' ? 0 : offset.startsWith('-') ? -1 : 1;
    const digits = offset.replace(/[^0-9]/g, '');
    const minutes = sign === 0 ? 0 : sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2)));
    return { ok: true, wall, hasTime, instant: wallClockToInstant(wall, 'UTC') - minutes * 60000 };
  }
  return { ok: true, wall, hasTime };
}

/** Reads the typed values out of the found rows, collecting every problem rather than stopping at the first. */
class SettingsReader {
  readonly problems: Problem[] = [];
  readonly warnings: Problem[] = [];

  constructor(private readonly found: Map<SettingKey, Found>) {}

  place(key: SettingKey): Place {
    const f = this.found.get(key);
    return f ? { sheet: SETTINGS_SHEET, row: f.row, column: VALUE_COLUMN } : { sheet: SETTINGS_SHEET };
  }

  fail(key: SettingKey, code: MessageKey, params: Record<string, string | number> = {}): undefined {
    const f = this.found.get(key);
    const label = (ROW_BY_KEY.get(key) as SettingRow).label;
    this.problems.push(
      problem(code, { label, value: f ? quoteValue(f.raw) : '', ...params }, this.place(key)),
    );
    return undefined;
  }

  warn(key: SettingKey, code: MessageKey, params: Record<string, string | number> = {}): void {
    const f = this.found.get(key);
    const label = (ROW_BY_KEY.get(key) as SettingRow).label;
    this.warnings.push(
      problem(code, { label, value: f ? quoteValue(f.raw) : '', ...params }, this.place(key)),
    );
  }

  raw(key: SettingKey): unknown {
    const f = this.found.get(key);
    return f ? f.raw : (ROW_BY_KEY.get(key) as SettingRow).defaultValue;
  }

  display(key: SettingKey): string | undefined {
    return this.found.get(key)?.display;
  }

  isBlank(key: SettingKey): boolean {
    return isBlankCell(this.raw(key));
  }

  /** The raw value, or a problem when a value is required and the cell is empty. */
  present(key: SettingKey): unknown {
    const raw = this.raw(key);
    if (isBlankCell(raw)) {
      if (!(ROW_BY_KEY.get(key) as SettingRow).allowEmpty) this.fail(key, 'settingsEmpty');
      return undefined;
    }
    return raw;
  }

  text(key: SettingKey): string | undefined {
    const raw = this.present(key);
    return raw === undefined ? undefined : cellText(raw);
  }

  number(key: SettingKey): number | undefined {
    const raw = this.present(key);
    if (raw === undefined) return undefined;
    if (typeof raw === 'number') return Number.isFinite(raw) ? raw : this.fail(key, 'settingsNotNumber');
    if (typeof raw === 'string' && /^[+-]?\d+(?:[.,]\d+)?$/.test(raw.trim()))
      return Number(raw.trim().replace(',', '.'));
    return this.fail(key, 'settingsNotNumber');
  }

  integer(key: SettingKey, min: number, max: number): number | undefined {
    const raw = this.present(key);
    if (raw === undefined) return undefined;
    const n =
      typeof raw === 'number'
        ? raw
        : typeof raw === 'string' && /^[+-]?\d+$/.test(raw.trim())
          ? Number(raw.trim())
          : NaN;
    if (!Number.isInteger(n) || n < min || n > max) return this.fail(key, 'settingsNotInteger', { min, max });
    return n;
  }

  choice<K extends string>(key: SettingKey, table: Record<K, string[]>, code: MessageKey): K | undefined {
    const text = this.text(key);
    if (text === undefined) return undefined;
    const found = matchWord(table, text);
    if (found === null) {
      return this.fail(key, code, {
        choices: (Object.keys(table) as K[]).map((k) => `«${table[k][0]}»`).join(', '),
      });
    }
    return found;
  }

  boolean(key: SettingKey): boolean | undefined {
    const raw = this.present(key);
    if (raw === undefined) return undefined;
    if (typeof raw === 'boolean') return raw;
    const word = wordKey(cellText(raw));
    if (YES_WORDS.some((w) => wordKey(w) === word)) return true;
    if (NO_WORDS.some((w) => wordKey(w) === word)) return false;
    return this.fail(key, 'settingsNotBoolean');
  }

  email(key: SettingKey): string | undefined {
    const text = this.text(key);
    if (text === undefined) return '';
    if (!isValidEmail(text)) return this.fail(key, 'settingsBadEmail');
    return text.toLowerCase();
  }
}

function parseOffsets(reader: SettingsReader): number[] | undefined {
  if (reader.isBlank('reminderOffsets')) return [];
  const raw = reader.raw('reminderOffsets');
  const parts =
    typeof raw === 'number'
      ? [String(raw)]
      : cellText(raw)
          .split(/[,;\s]+/)
          .filter((p) => p !== '');
  const days: number[] = [];
  for (const p of parts) {
    if (!/^\d+$/.test(p) || Number(p) > 365)
      return reader.fail('reminderOffsets', 'settingsBadOffsets', { part: p });
    if (!days.includes(Number(p))) days.push(Number(p));
  }
  return days.sort((a, b) => b - a);
}

function parseTieBreak(reader: SettingsReader): TieBreakKey[] | undefined {
  if (reader.isBlank('tieBreak')) return [];
  const parts = cellText(reader.raw('tieBreak'))
    .split(/[,;\n]+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  const keys: TieBreakKey[] = [];
  let ok = true;
  for (const p of parts) {
    const key = matchWord(TIE_BREAK_WORDS, p);
    if (key === null) {
      reader.fail('tieBreak', 'settingsBadTieBreak', { part: p });
      ok = false;
    } else if (keys.includes(key)) {
      reader.warn('tieBreak', 'settingsTieBreakRepeated', { part: p });
    } else {
      keys.push(key);
    }
  }
  return ok ? keys : undefined;
}

function parseDeadline(
  reader: SettingsReader,
  timeZone: string,
  key: 'deadline' | 'submissionDeadline' = 'deadline',
): Date | undefined {
  const raw = reader.present(key);
  if (raw === undefined) return undefined;
  const parsed = parseDateValue(raw, reader.display(key));
  if (!parsed.ok)
    return reader.fail(key, parsed.impossible ? 'settingsImpossibleDate' : 'settingsBadDateTime');
  if (parsed.instant !== undefined) return new Date(parsed.instant);
  let wall = parsed.wall;
  if (!parsed.hasTime) {
    // A deadline given as a day means the end of that day, not its first minute.
    wall = { ...wall, hour: 23, minute: 59, second: 0 };
    reader.warn(key, 'settingsDeadlineEndOfDay');
  }
  const { instant, kind } = resolveWallClock(wall, timeZone);
  if (kind !== 'exact')
    reader.warn(key, kind === 'gap' ? 'settingsTimeGap' : 'settingsTimeRepeated', {
      typed: formatDateTime(wallClockToInstant(wall, 'UTC'), 'UTC'),
      chosen: formatDateTime(instant, timeZone),
      utc: formatDateTime(instant, 'UTC'),
    });
  return new Date(instant);
}

function parseMeetingDate(reader: SettingsReader, timeZone: string): Date | null | undefined {
  if (reader.isBlank('meetingDate')) return null;
  const parsed = parseDateValue(reader.raw('meetingDate'), reader.display('meetingDate'));
  if (!parsed.ok)
    return reader.fail('meetingDate', parsed.impossible ? 'settingsImpossibleDate' : 'settingsBadDate');
  const w = parsed.wall;
  // The meeting is a day: its local midnight.
  return new Date(
    wallClockToInstant({ year: w.year, month: w.month, day: w.day, hour: 0, minute: 0 }, timeZone),
  );
}

function locateRows(
  rows: unknown[][],
  reader: { problems: Problem[]; warnings: Problem[] },
  displays?: string[][],
): Map<SettingKey, Found> {
  const byLabel = new Map<string, SettingRow>();
  for (const r of SETTINGS_ROWS) byLabel.set(normalizeName(r.label), r);
  const headerLabel = normalizeName(SETTINGS_HEADER[0]);
  const found = new Map<SettingKey, Found>();
  rows.forEach((cells, i) => {
    const row = i + 1;
    const label = cellText(cells?.[0]);
    if (label === '') return;
    const norm = normalizeName(label);
    if (norm === headerLabel) return;
    const def = byLabel.get(norm);
    if (!def) {
      reader.warnings.push(
        problem('settingsUnknownRow', { label: quoteValue(label) }, { sheet: SETTINGS_SHEET, row }),
      );
      return;
    }
    const earlier = found.get(def.key);
    if (earlier) {
      reader.problems.push(
        problem(
          'settingsDuplicateLabel',
          { label: def.label, first: earlier.row, second: row },
          { sheet: SETTINGS_SHEET, row },
        ),
      );
      return;
    }
    const display = displays?.[i]?.[1];
    found.set(def.key, {
      row,
      raw: cells.length > 1 ? cells[1] : '',
      ...(display !== undefined ? { display } : {}),
    });
  });
  for (const def of SETTINGS_ROWS) {
    if (found.has(def.key)) continue;
    const params = { label: def.label, default: quoteValue(def.defaultValue) };
    if (def.required) reader.problems.push(problem('settingsMissingRow', params, { sheet: SETTINGS_SHEET }));
    else reader.warnings.push(problem('settingsMissingRowDefault', params, { sheet: SETTINGS_SHEET }));
  }
  return found;
}

/**
 * Validates the «Налаштування» tab (getValues of the whole tab, from A1, and optionally its display values
 * for the date cells) into Settings. Rows are found by
 * their label in any order; unknown rows are ignored with a warning. Every problem names the row, the
 * label and the value; any problem means no settings.
 */
export function parseSettings(rows: unknown[][], displays?: string[][]): Result<Settings> {
  const collected = { problems: [] as Problem[], warnings: [] as Problem[] };
  const found = locateRows(rows, collected, displays);
  const r = new SettingsReader(found);

  const year = r.integer('year', 2000, 2100);
  const title = r.text('title');
  let timeZone = 'Europe/Kyiv';
  const tzText = r.text('timeZone');
  if (tzText !== undefined) {
    if (isKnownTimeZone(tzText)) timeZone = tzText;
    else r.fail('timeZone', 'settingsBadTimeZone');
  }
  const deadline = parseDeadline(r, timeZone);
  const submissionDeadline = r.isBlank('submissionDeadline')
    ? null
    : parseDeadline(r, timeZone, 'submissionDeadline');
  if (submissionDeadline && deadline && submissionDeadline.getTime() >= deadline.getTime())
    r.fail('submissionDeadline', 'settingsSubmissionAfterDeadline', {
      deadline: formatDateTime(deadline.getTime(), timeZone),
    });
  const meetingDate = parseMeetingDate(r, timeZone);
  const winners = r.integer('winners', 1, 100000);

  const min = r.number('scaleMin');
  const max = r.number('scaleMax');
  const step = r.number('scaleStep');
  if (min !== undefined && max !== undefined && min >= max)
    r.fail('scaleMax', 'settingsScaleOrder', { min, max });
  if (step !== undefined && step <= 0) r.fail('scaleStep', 'settingsScaleStepPositive');
  else if (min !== undefined && max !== undefined && step !== undefined && min < max) {
    const steps = (max - min) / step;
    if (Math.abs(steps - Math.round(steps)) > 1e-9)
      r.fail('scaleStep', 'settingsScaleStepDivides', { min, max, step });
  }

  const criteria: Criterion[] = [];
  for (const n of [1, 2, 3, 4] as CriterionNumber[]) {
    const criterionTitle = r.text(`criterion${n}Title`);
    const description = r.text(`criterion${n}Description`) ?? '';
    const weight = r.number(`criterion${n}Weight`);
    if (weight !== undefined && weight <= 0) r.fail(`criterion${n}Weight`, 'settingsWeightPositive');
    criteria.push({ index: n, title: criterionTitle ?? '', description, weight: weight ?? 1 });
  }

  const quorum = r.integer('quorum', 1, 10000);
  const modeKind = r.choice('assignmentMode', ASSIGNMENT_MODE_WORDS, 'settingsUnknownMode');
  let assignment: AssignmentMode | undefined;
  const k = r.isBlank('assignmentK') ? undefined : r.integer('assignmentK', 1, 10000);
  const seed = r.isBlank('assignmentSeed') ? (year ?? 0) : r.integer('assignmentSeed', 0, 2 ** 31 - 1);
  if (modeKind === 'all') assignment = { kind: 'all' };
  else if (modeKind === 'perCase') {
    if (r.isBlank('assignmentK')) r.fail('assignmentK', 'settingsKRequired');
    else if (k !== undefined && seed !== undefined) {
      assignment = { kind: 'perCase', k, seed };
      if (quorum !== undefined && quorum > k) r.fail('quorum', 'settingsQuorumAboveK', { quorum, k });
    }
  }

  const reminderOffsetsDays = parseOffsets(r);
  const reminderHour = r.integer('reminderHour', 0, 23);
  const driveFolderId = r.text('driveFolderId') ?? '';
  if (driveFolderId !== '' && !/^[A-Za-z0-9_-]{10,}$/.test(driveFolderId))
    r.fail('driveFolderId', 'settingsBadFolderId');
  const senderName = sanitizeHeader(r.text('senderName') ?? '');
  const replyTo = r.email('replyTo');
  const secretaryEmail = r.email('secretaryEmail');
  const tieBreak = parseTieBreak(r);
  const normalization = r.boolean('normalization');
  const disagreementThreshold = r.number('disagreementThreshold');
  if (disagreementThreshold !== undefined && disagreementThreshold < 0)
    r.fail('disagreementThreshold', 'settingsNotNonNegative');
  const publicGrouping = r.choice('publicGrouping', GROUPING_WORDS, 'settingsUnknownGrouping');
  const inviteSubject = r.text('inviteSubject');
  const inviteBody = r.text('inviteBody');
  const reminderSubject = r.text('reminderSubject');
  const reminderBody = r.text('reminderBody');

  if (deadline && year !== undefined && instantToWallClock(deadline.getTime(), timeZone).year !== year) {
    r.warn('deadline', 'settingsDeadlineOtherYear', { year });
  }
  if (
    deadline &&
    meetingDate &&
    localDateKey(meetingDate.getTime(), timeZone) < localDateKey(deadline.getTime(), timeZone)
  ) {
    r.warn('meetingDate', 'settingsMeetingBeforeDeadline');
  }

  const problems = [...collected.problems, ...r.problems];
  const warnings = [...collected.warnings, ...r.warnings];
  if (
    problems.length > 0 ||
    year === undefined ||
    title === undefined ||
    deadline === undefined ||
    submissionDeadline === undefined ||
    meetingDate === undefined ||
    winners === undefined ||
    min === undefined ||
    max === undefined ||
    step === undefined ||
    quorum === undefined ||
    assignment === undefined ||
    reminderOffsetsDays === undefined ||
    reminderHour === undefined ||
    replyTo === undefined ||
    secretaryEmail === undefined ||
    tieBreak === undefined ||
    normalization === undefined ||
    disagreementThreshold === undefined ||
    publicGrouping === undefined ||
    inviteSubject === undefined ||
    inviteBody === undefined ||
    reminderSubject === undefined ||
    reminderBody === undefined
  ) {
    // Every missing value has recorded its problem; the fallback only guards against a silent failure.
    return {
      ok: false,
      problems: problems.length > 0 ? problems : [problem('settingsInvalid', {}, { sheet: SETTINGS_SHEET })],
    };
  }
  return {
    ok: true,
    warnings,
    value: {
      year,
      title,
      deadline,
      submissionDeadline,
      timeZone,
      meetingDate,
      winners,
      scale: { min, max, step },
      criteria,
      quorum,
      assignment,
      reminderOffsetsDays,
      reminderHour,
      driveFolderId,
      senderName,
      replyTo,
      secretaryEmail,
      tieBreak,
      normalization,
      disagreementThreshold,
      publicGrouping,
      templates: { inviteSubject, inviteBody, reminderSubject, reminderBody },
    },
  };
}

/** The 2024 settings, as the default tab parses. */
export function defaultSettings(): Settings {
  const parsed = parseSettings(defaultSettingsRows());
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.en).join('\n'));
  return parsed.value;
}
