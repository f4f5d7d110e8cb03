// The message catalog, Ukrainian first and English second, and the helpers that fill it in.
import { fillMessage } from './plural';
import type { Lang, Place, Problem } from './types';

/** Ukrainian: the language of the commission, the secretary and every sheet. `{name}` is a parameter. */
const uk = {
  // Where a problem is: prefixed by problem() when a place is given.
  placeSheet: 'Аркуш «{sheet}»',
  placeFile: 'Файл «{sheet}»',
  placeRow: 'рядок {row}',
  placeColumn: 'стовпець «{column}»',

  // Time
  timeZoneUnknown: 'Часовий пояс «{zone}» не підтримується. Укажіть Europe/Kyiv або UTC.',
  timeWallClockInvalid: 'Дата або час задані не числами.',

  // Scale and scores
  scaleIntegers: 'ціле число від {min} до {max}',
  scaleWithStep: 'число від {min} до {max} з кроком {step}',
  scoreBlank: 'порожньо',
  scoreFormula: 'у клітинці формула «{value}»: формули не приймаються, введіть число ({range}).',
  scoreBoolean: 'у клітинці позначка «{value}», а не бал: введіть число ({range}).',
  scoreDate:
    'значення «{value}» стало датою: в українській локалі Таблиць число з крапкою (8.5) перетворюється на дату (8 травня). Введіть {range}.',
  scoreDateFraction:
    'значення «{value}» стало датою: в українській локалі Таблиць 8.5 перетворюється на 8 травня. Введіть 8,5 (через кому) або ціле число: {range}.',
  scoreTime:
    '«{value}» — це час, а не бал: Таблиці прочитали введене як години й хвилини. Введіть бал ще раз числом ({range}).',
  scoreSerialDate:
    'клітинка показує дату «{value}», а не бал: її формат став датою. Скрипт повернув числовий формат — введіть бал ще раз ({range}).',
  scoreDateText: '«{value}» — це дата, а не бал. Введіть бал звичайним числом ({range}).',
  scorePercent: '«{value}» — це відсоток, а не бал. Введіть бал звичайним числом, без знака % ({range}).',
  scoreFormatted:
    'клітинка показує «{value}», а не число: змінено її формат (гроші, одиниці тощо). Введіть бал звичайним числом ({range}).',
  scoreText: '«{value}» — не число. Введіть лише число, без слів ({range}).',
  scoreNotNumber: '«{value}» — не число. Введіть {range}.',
  scoreOutOfRange: '«{value}» поза шкалою. Введіть {range}.',
  scoreFractionNotAllowed: '«{value}»: дробові бали не приймаються на цій шкалі. Введіть {range}.',
  scoreOffStep: '«{value}»: бал має бути кратним {step}. Введіть {range}.',

  // Settings
  settingsEmpty: '«{label}»: значення не заповнене.',
  settingsNotNumber: '«{label}»: «{value}» — не число.',
  settingsNotInteger: '«{label}»: «{value}» — має бути ціле число від {min} до {max}.',
  settingsNotNonNegative: '«{label}»: «{value}» — має бути число, не менше за 0.',
  settingsNotBoolean: '«{label}»: «{value}» — напишіть «так» або «ні».',
  settingsBadDate: '«{label}»: «{value}» — не дата. Введіть дату у форматі ДД.ММ.РРРР, наприклад 11.10.2024.',
  settingsBadDateTime:
    '«{label}»: «{value}» — не дата й час. Введіть у форматі ДД.ММ.РРРР ГГ:ХХ, наприклад 07.10.2024 23:59.',
  settingsImpossibleDate: '«{label}»: дати або часу «{value}» не існує. Перевірте день, місяць і години.',
  settingsDeadlineEndOfDay: '«{label}»: час не вказано, тож термін — о 23:59 цього дня.',
  settingsTimeGap:
    '«{label}»: {typed} не існує за київським часом (того дня годинники переводять на літній час) — прийнято {chosen} ({utc} UTC).',
  settingsTimeRepeated:
    '«{label}»: {typed} буває двічі (того дня годинники переводять на зимовий час) — прийнято перший раз, {chosen} ({utc} UTC).',
  settingsDeadlineOtherYear: '«{label}»: термін «{value}» не в {year} році. Перевірте рік.',
  settingsMeetingBeforeDeadline: '«{label}»: засідання «{value}» раніше за кінцевий термін оцінювання.',
  settingsSubmissionAfterDeadline:
    '«{label}»: прийом заявок «{value}» не може закінчуватися пізніше за кінцевий термін оцінювання ({deadline}). Укажіть раніший термін.',
  settingsBadTimeZone: '«{label}»: часовий пояс «{value}» не підтримується. Укажіть Europe/Kyiv або UTC.',
  settingsScaleOrder: 'Шкала: мінімум ({min}) має бути меншим за максимум ({max}).',
  settingsScaleStepPositive: '«{label}»: крок «{value}» має бути більшим за 0.',
  settingsScaleStepDivides:
    '«{label}»: крок {step} не ділить шкалу від {min} до {max} на рівні частини. Наприклад, для шкали 0–10 підходить крок 1 або 0,5.',
  settingsWeightPositive: '«{label}»: вага «{value}» має бути додатним числом.',
  settingsUnknownMode: '«{label}»: «{value}» — невідомий режим. Напишіть {choices}.',
  settingsKRequired: '«{label}»: для режиму «k членів на кейс» укажіть k — ціле число від 1.',
  settingsQuorumAboveK:
    'Кворум ({quorum}) більший за кількість членів на кейс (k = {k}): жоден кейс не набере кворуму. Зменште кворум або збільште k.',
  settingsBadOffsets:
    '«{label}»: «{part}» — не кількість днів. Напишіть цілі числа від 0 через кому, наприклад «7, 3, 1, 0».',
  settingsBadTieBreak:
    '«{label}»: «{part}» — невідомий показник. Можна: медіана, кількість оцінок, критерій 1, критерій 2, критерій 3, критерій 4, менший розкид.',
  settingsTieBreakRepeated: '«{label}»: показник «{part}» повторюється; враховано перший.',
  settingsUnknownGrouping: '«{label}»: «{value}» — невідоме групування. Напишіть {choices}.',
  settingsBadEmail: '«{label}»: «{value}» — не схоже на адресу електронної пошти.',
  settingsBadFolderId:
    '«{label}»: «{value}» — не схоже на ID папки. Скопіюйте частину посилання на папку після /folders/.',
  settingsDuplicateLabel: 'Параметр «{label}» повторюється в рядках {first} і {second}. Залиште один рядок.',
  settingsMissingRow: 'Немає рядка «{label}». Додайте його (стандартне значення: «{default}»).',
  settingsMissingRowDefault: 'Немає рядка «{label}»; використано стандартне значення «{default}».',
  settingsUnknownRow: 'Рядок «{label}» не є відомим параметром і не враховується.',
  settingsInvalid: 'Налаштування містять помилки.',

  // Cases
  casesNoHeader: 'Таблиця порожня: не знайдено рядка із заголовками стовпців.',
  casesMissingColumn: 'немає обов’язкового стовпця «{column}». Розпізнаються заголовки: {synonyms}.',
  casesDuplicateColumn:
    'стовпець «{column}» трапляється двічі (стовпці {first} і {second}); використано перший.',
  casesRequiredEmpty: 'не заповнено. Без цього кейс не можна імпортувати.',
  casesTextTooLong:
    'текст «{value}» має {length} {length#символ|символи|символів}, більше за межу клітинки ({limit}). Скоротіть його.',
  casesDuplicateId: 'ID «{value}» уже є в рядку {other}. ID кейсу має бути унікальним.',
  casesBadContactEmail:
    '«{value}» — не схоже на адресу електронної пошти. Кейс імпортовано; виправте адресу.',
  casesUnknownApplicantType:
    '«{value}» — невідомий тип заявника. Напишіть: департамент, райдержадміністрація (РДА) або громадська організація (ГО, ОСББ, благодійний фонд). Кейс імпортовано без типу.',
  casesUnknownDistrict:
    'район «{value}» не знайдено серед районів Києва ({districts}). Значення збережено як є.',
  casesBadPhone:
    '«{value}» — не схоже на номер телефону (потрібно 9–15 цифр, наприклад +380 44 123 45 67). Кейс імпортовано; виправте номер.',
  casesLikelyDuplicate:
    'схоже на повтор рядка {other}: схожа назва «{value}» і та сама організація «{organisation}».',
  casesNone: 'У таблиці немає жодного кейсу.',
  csvMisencoded:
    'Файл «{file}», схоже, збережено не в UTF-8 (наприклад, у Windows-1251 з Excel). Збережіть його як «CSV UTF-8» і імпортуйте знову.',

  // Members
  membersNoHeader: 'Таблиця порожня: не знайдено рядка із заголовками стовпців.',
  membersMissingColumn: 'немає обов’язкового стовпця «{column}».',
  membersNameEmpty: 'ПІБ не заповнено; у листах буде звертання без імені.',
  membersEmailEmpty: 'email не заповнено.',
  membersBadEmail: '«{value}» — не схоже на адресу електронної пошти.',
  membersDuplicateEmail: 'адреса «{value}» уже є в рядку {other}. Кожен член комісії має бути один раз.',
  membersUnknownStatus: '«{value}» — невідомий статус. Напишіть {choices}.',
  membersNone: 'У таблиці немає жодного члена комісії.',

  // Assignment
  assignNoActiveMembers: 'Немає жодного активного члена комісії: розподіляти кейси немає кому.',
  assignBadK: 'Кількість членів на кейс «{k}» має бути цілим числом від 1.',
  assignTooFewEligible:
    'Кейс {caseId} «{title}»: його можуть оцінювати лише {eligible} {eligible#член|члени|членів} комісії без конфлікту інтересів, а потрібно {k}. Зменште k або додайте членів комісії.',
  assignCaseWithoutReviewers:
    'Кейс {caseId} «{title}» не оцінює жоден член комісії: у всіх конфлікт інтересів.',

  // Public list
  groupUnspecified: 'Не вказано',

  // The workflows' interface
  menuTitle: 'ТОП-100',
  menuSetup: 'Підготувати таблицю',
  menuImportCases: 'Імпортувати кейси…',
  menuDistribute: 'Розподілити кейси',
  menuCreateSheets: 'Створити аркуші членів комісії',
  menuSendInvitations: 'Надіслати запрошення',
  menuCollect: 'Зібрати оцінки зараз',
  menuDashboard: 'Панель прогресу',
  menuCloseEvaluation: 'Закрити оцінювання',
  menuBuildRating: 'Сформувати рейтинг',
  menuPublish: 'Сформувати список ТОП-100',
  menuInstallTriggers: 'Увімкнути автоматичні дії',
  statusValid: 'дійсна',
  statusInvalid: 'недійсна',
  statusIncomplete: 'неповна',
  statusBlank: 'не заповнено',
  statusRecused: 'конфлікт інтересів',
  flagBelowQuorum: 'нижче кворуму',
  flagTieAtCutoff: 'нічия на межі відбору',
  flagHighDisagreement: 'велика розбіжність оцінок',
  yes: 'так',
  no: 'ні',
  columnCriterion: 'К{n}',
  columnConflict: 'Конфлікт інтересів',
  columnComment: 'Коментар',
  columnStatus: 'Статус',
  columnProblems: 'Помилки',
  progressLine:
    'Оцінено {valid} з {assigned}; конфлікт інтересів: {recused}; з помилками: {invalid}; неповних: {incomplete}.',
  progressDone: 'Дякуємо! Усі кейси оцінено.',
  deadlineLine: 'Кінцевий термін: {deadline} (київський час).',
  deadlinePassed: 'Термін оцінювання минув {deadline}; зміни більше не приймаються.',
  scoreProblemLine: 'К{criterion}: {reason}',
  settingsHaveErrors:
    'Налаштування містять помилки ({count}). Виправте їх на аркуші «Налаштування» і повторіть.',
  tiedAtCutoffNote:
    'На межі відбору однаковий результат мають {count} {count#кейс|кейси|кейсів} на {seats} {seats#місце|місця|місць}: рішення за комісією.',
  publicListNote: 'Загальний список без місць.',
  belowQuorumNote: 'Кейсів нижче кворуму: {count}.',

  // The scoring rules as «Рейтинг» states them and «Журнал» records their changes
  ruleScale: 'шкала',
  ruleWeight: 'вага К{criterion}',
  ruleWeights: 'ваги',
  ruleQuorum: 'кворум',
  ruleWinners: 'кількість переможців',
  ruleNormalization: 'нормалізація (z)',
  ruleTieBreak: 'порядок за рівності',
  ruleDisagreement: 'поріг розкиду',
  ruleConflicts: 'конфліктів у «Конфлікти»',
  ruleYes: 'так',
  ruleNo: 'ні',
} as const;

export type MessageKey = keyof typeof uk;

const en: Record<MessageKey, string> = {
  placeSheet: 'Sheet «{sheet}»',
  placeFile: 'File «{sheet}»',
  placeRow: 'row {row}',
  placeColumn: 'column «{column}»',

  timeZoneUnknown: 'Time zone «{zone}» is not supported. Use Europe/Kyiv or UTC.',
  timeWallClockInvalid: 'The date or time is not given as numbers.',

  scaleIntegers: 'a whole number from {min} to {max}',
  scaleWithStep: 'a number from {min} to {max} in steps of {step}',
  scoreBlank: 'blank',
  scoreFormula: 'the cell holds the formula «{value}»: formulas are not accepted, type a number ({range}).',
  scoreBoolean: 'the cell holds the mark «{value}», not a score: type a number ({range}).',
  scoreDate:
    '«{value}» became a date: in the Ukrainian locale Sheets turns a number with a point (8.5) into a date (8 May). Type {range}.',
  scoreDateFraction:
    '«{value}» became a date: in the Ukrainian locale Sheets turns 8.5 into 8 May. Type 8,5 (with a comma) or a whole number: {range}.',
  scoreTime:
    '«{value}» is a time, not a score: Sheets read the entry as hours and minutes. Type the score again as a number ({range}).',
  scoreSerialDate:
    'the cell shows the date «{value}», not a score: its format became a date. The script put the number format back — type the score again ({range}).',
  scoreDateText: '«{value}» is a date, not a score. Type the score as a plain number ({range}).',
  scorePercent:
    '«{value}» is a percentage, not a score. Type the score as a plain number, without % ({range}).',
  scoreFormatted:
    'the cell shows «{value}», not a number: its format was changed (money, units …). Type the score as a plain number ({range}).',
  scoreText: '«{value}» is not a number. Type just the number, no words ({range}).',
  scoreNotNumber: '«{value}» is not a number. Type {range}.',
  scoreOutOfRange: '«{value}» is off the scale. Type {range}.',
  scoreFractionNotAllowed: '«{value}»: fractions are not allowed on this scale. Type {range}.',
  scoreOffStep: '«{value}»: the score must be a multiple of {step}. Type {range}.',

  settingsEmpty: '«{label}»: the value is empty.',
  settingsNotNumber: '«{label}»: «{value}» is not a number.',
  settingsNotInteger: '«{label}»: «{value}» must be a whole number from {min} to {max}.',
  settingsNotNonNegative: '«{label}»: «{value}» must be a number not below 0.',
  settingsNotBoolean: '«{label}»: «{value}»: write «так» (yes) or «ні» (no).',
  settingsBadDate: '«{label}»: «{value}» is not a date. Use DD.MM.YYYY, e.g. 11.10.2024.',
  settingsBadDateTime:
    '«{label}»: «{value}» is not a date and time. Use DD.MM.YYYY HH:MM, e.g. 07.10.2024 23:59.',
  settingsImpossibleDate:
    '«{label}»: the date or time «{value}» does not exist. Check the day, month and hours.',
  settingsDeadlineEndOfDay: '«{label}»: no time given, so the deadline is 23:59 that day.',
  settingsTimeGap:
    '«{label}»: {typed} does not exist in Kyiv time (the clocks go forward that day) — {chosen} is used ({utc} UTC).',
  settingsTimeRepeated:
    '«{label}»: {typed} happens twice (the clocks go back that day) — the first is used, {chosen} ({utc} UTC).',
  settingsDeadlineOtherYear: '«{label}»: the deadline «{value}» is not in {year}. Check the year.',
  settingsMeetingBeforeDeadline: '«{label}»: the meeting «{value}» is before the evaluation deadline.',
  settingsSubmissionAfterDeadline:
    '«{label}»: submissions «{value}» cannot close after the evaluation deadline ({deadline}). Give an earlier time.',
  settingsBadTimeZone: '«{label}»: time zone «{value}» is not supported. Use Europe/Kyiv or UTC.',
  settingsScaleOrder: 'Scale: the minimum ({min}) must be below the maximum ({max}).',
  settingsScaleStepPositive: '«{label}»: the step «{value}» must be above 0.',
  settingsScaleStepDivides:
    '«{label}»: the step {step} does not divide the scale from {min} to {max} evenly. For a 0–10 scale, a step of 1 or 0.5 works.',
  settingsWeightPositive: '«{label}»: the weight «{value}» must be a positive number.',
  settingsUnknownMode: '«{label}»: «{value}» is not a known mode. Write {choices}.',
  settingsKRequired: '«{label}»: the «k members per case» mode needs k, a whole number from 1.',
  settingsQuorumAboveK:
    'The quorum ({quorum}) is above the number of members per case (k = {k}): no case can reach it. Lower the quorum or raise k.',
  settingsBadOffsets:
    '«{label}»: «{part}» is not a number of days. Write whole numbers from 0 separated by commas, e.g. «7, 3, 1, 0».',
  settingsBadTieBreak:
    '«{label}»: «{part}» is not a known measure. Allowed: median, number of evaluations, criterion 1–4, lower spread (in Ukrainian).',
  settingsTieBreakRepeated: '«{label}»: the measure «{part}» is repeated; the first one counts.',
  settingsUnknownGrouping: '«{label}»: «{value}» is not a known grouping. Write {choices}.',
  settingsBadEmail: '«{label}»: «{value}» does not look like an email address.',
  settingsBadFolderId:
    '«{label}»: «{value}» does not look like a folder ID. Copy the part of the folder link after /folders/.',
  settingsDuplicateLabel: 'The setting «{label}» appears in rows {first} and {second}. Keep one row.',
  settingsMissingRow: 'The row «{label}» is missing. Add it (default value: «{default}»).',
  settingsMissingRowDefault: 'The row «{label}» is missing; the default «{default}» is used.',
  settingsUnknownRow: 'The row «{label}» is not a known setting and is ignored.',
  settingsInvalid: 'The settings contain errors.',

  casesNoHeader: 'The table is empty: no row of column headers was found.',
  casesMissingColumn: 'the required column «{column}» is missing. Recognised headers: {synonyms}.',
  casesDuplicateColumn:
    'the column «{column}» appears twice (columns {first} and {second}); the first is used.',
  casesRequiredEmpty: 'is empty. The case cannot be imported without it.',
  casesTextTooLong:
    'the text «{value}» has {length} characters, more than a cell holds ({limit}). Shorten it.',
  casesDuplicateId: 'the ID «{value}» is already in row {other}. A case ID must be unique.',
  casesBadContactEmail:
    '«{value}» does not look like an email address. The case is imported; correct the address.',
  casesUnknownApplicantType:
    '«{value}» is not a known applicant type. Write: department, district administration or civil-society organisation (in Ukrainian). The case is imported without a type.',
  casesUnknownDistrict:
    "the district «{value}» is not one of Kyiv's districts ({districts}). The value is kept as it is.",
  casesBadPhone:
    '«{value}» does not look like a phone number (9–15 digits, e.g. +380 44 123 45 67). The case is imported; correct the number.',
  casesLikelyDuplicate:
    'looks like a repeat of row {other}: a similar title «{value}» and the same organisation «{organisation}».',
  casesNone: 'The table holds no cases.',
  csvMisencoded:
    'The file «{file}» seems not to be saved in UTF-8 (e.g. Windows-1251 from Excel). Save it as «CSV UTF-8» and import it again.',

  membersNoHeader: 'The table is empty: no row of column headers was found.',
  membersMissingColumn: 'the required column «{column}» is missing.',
  membersNameEmpty: 'the name is empty; emails will greet the member without a name.',
  membersEmailEmpty: 'the email is empty.',
  membersBadEmail: '«{value}» does not look like an email address.',
  membersDuplicateEmail: 'the address «{value}» is already in row {other}. Each member must appear once.',
  membersUnknownStatus: '«{value}» is not a known status. Write {choices}.',
  membersNone: 'The table holds no commission members.',

  assignNoActiveMembers: 'There is no active commission member to give the cases to.',
  assignBadK: 'The number of members per case «{k}» must be a whole number from 1.',
  assignTooFewEligible:
    'Case {caseId} «{title}»: only {eligible} members without a conflict of interest can evaluate it, but {k} are needed. Lower k or add members.',
  assignCaseWithoutReviewers:
    'Case {caseId} «{title}» has no member to evaluate it: everyone has a conflict of interest.',

  groupUnspecified: 'Not specified',

  menuTitle: 'TOP-100',
  menuSetup: 'Prepare the spreadsheet',
  menuImportCases: 'Import cases…',
  menuDistribute: 'Distribute the cases',
  menuCreateSheets: "Create the members' sheets",
  menuSendInvitations: 'Send the invitations',
  menuCollect: 'Collect the scores now',
  menuDashboard: 'Progress dashboard',
  menuCloseEvaluation: 'Close the evaluation',
  menuBuildRating: 'Build the rating',
  menuPublish: 'Build the TOP-100 list',
  menuInstallTriggers: 'Turn on automatic actions',
  statusValid: 'valid',
  statusInvalid: 'invalid',
  statusIncomplete: 'incomplete',
  statusBlank: 'not filled in',
  statusRecused: 'conflict of interest',
  flagBelowQuorum: 'below quorum',
  flagTieAtCutoff: 'tie at the cut-off',
  flagHighDisagreement: 'high disagreement',
  yes: 'yes',
  no: 'no',
  columnCriterion: 'C{n}',
  columnConflict: 'Conflict of interest',
  columnComment: 'Comment',
  columnStatus: 'Status',
  columnProblems: 'Problems',
  progressLine:
    'Scored {valid} of {assigned}; conflicts of interest: {recused}; with errors: {invalid}; incomplete: {incomplete}.',
  progressDone: 'Thank you! Every case is scored.',
  deadlineLine: 'Deadline: {deadline} (Kyiv time).',
  deadlinePassed: 'The evaluation closed at {deadline}; changes are no longer accepted.',
  scoreProblemLine: 'C{criterion}: {reason}',
  settingsHaveErrors:
    'The settings contain errors ({count}). Correct them in the «Налаштування» sheet and try again.',
  tiedAtCutoffNote:
    'At the cut-off {count} cases share the same result for {seats} seats: the commission decides.',
  publicListNote: 'A general list without places.',
  belowQuorumNote: 'Cases below quorum: {count}.',

  ruleScale: 'scale',
  ruleWeight: 'weight of C{criterion}',
  ruleWeights: 'weights',
  ruleQuorum: 'quorum',
  ruleWinners: 'number of winners',
  ruleNormalization: 'normalisation (z)',
  ruleTieBreak: 'order on equal means',
  ruleDisagreement: 'disagreement threshold',
  ruleConflicts: 'conflicts in «Конфлікти»',
  ruleYes: 'yes',
  ruleNo: 'no',
};

export const MESSAGES: { uk: Record<MessageKey, string>; en: Record<MessageKey, string> } = { uk, en };

/**
 * A catalog message with its `{param}`s filled (numbers the Ukrainian way, `{n#форма|форми|форм}` agreeing with
 * the number n: see fillMessage); a parameter not given stays visible as `{param}`.
 */
export function msg(
  key: MessageKey,
  params: Record<string, string | number> = {},
  lang: Lang = 'uk',
): string {
  return fillMessage(MESSAGES[lang][key], params, lang);
}

/** «Аркуш «Кейси», рядок 5, стовпець «Назва»» — the place a person goes to fix something. */
export function placeText(place: Place, lang: Lang = 'uk'): string {
  const parts = [msg(place.file ? 'placeFile' : 'placeSheet', { sheet: place.sheet }, lang)];
  if (place.row !== undefined) parts.push(msg('placeRow', { row: place.row }, lang));
  if (place.column !== undefined && place.column !== '')
    parts.push(msg('placeColumn', { column: place.column }, lang));
  return parts.join(', ');
}

/** A problem in both languages; with a place, each text starts with it so a message alone is enough to act on. */
export function problem(
  code: MessageKey,
  params: Record<string, string | number> = {},
  place?: Place,
): Problem {
  const text = (lang: Lang): string =>
    place ? `${placeText(place, lang)}: ${msg(code, params, lang)}` : msg(code, params, lang);
  const p: Problem = { code, uk: text('uk'), en: text('en') };
  if (place) p.place = place;
  return p;
}
