// The rows of «Налаштування» the script writes: each setting's label, 2024 value and explanation, in order.
import { PROTOCOL_CRITERIA, type CriterionNumber, type SettingKey, type SettingRow } from './schema';
import {
  DEFAULT_CATALOG_FOREWORD,
  DEFAULT_INVITE_BODY,
  DEFAULT_REMINDER_BODY,
  DEFAULT_WINNER_BODY,
} from './letters';

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

export const ROW_BY_KEY = new Map<SettingKey, SettingRow>(SETTINGS_ROWS.map((r) => [r.key, r]));
