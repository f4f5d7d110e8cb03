// The secretary's texts for taking submissions through the form and starting a new season.
import type { Message } from './message';

export const SECRETARY_SEASON = {
  // Submissions through the form (workflow/submissions/)
  menuIntake: { uk: 'Прийом заявок', en: 'Submissions' },
  menuIntakeForm: { uk: 'Створити форму', en: 'Create the form' },
  menuIntakeClose: { uk: 'Закрити прийом заявок', en: 'Close submissions' },
  formCreatedReport: {
    params: ['url', 'edit', 'responses', 'cases', 'register', 'state'],
    uk: 'Форму заявок створено.\nПосилання для заявників: {url}\nРедагування форми: {edit}\n\nВідповіді надходять на аркуш «{responses}»; кожна заявка після перевірки стає рядком «{cases}» з ID, а що сталося з кожною відповіддю — на аркуші «{register}». Заявник отримує лист із номером кейсу.\n{state}',
    en: 'The submission form is made.\nLink for applicants: {url}\nEdit the form: {edit}\n\nResponses arrive in the «{responses}» tab; each one, once checked, becomes a row of «{cases}» with an ID, and what became of every response is in «{register}». The applicant gets an email with the case number.\n{state}',
  },
  formExistsReport: {
    params: ['url', 'edit', 'state'],
    uk: 'Форму заявок уже створено.\nПосилання для заявників: {url}\nРедагування форми: {edit}\n{state}',
    en: 'The submission form already exists.\nLink for applicants: {url}\nEdit the form: {edit}\n{state}',
  },
  formStateOpen: {
    params: ['deadline'],
    uk: 'Форма закриється сама: {deadline}.',
    en: 'The form closes by itself: {deadline}.',
  },
  formStateOpenNoDeadline: {
    uk: 'Кінцевого терміну подання заявок немає: закрийте форму через «ТОП-100 → Прийом заявок → Закрити прийом заявок».',
    en: 'No submission deadline: close the form with «TOP-100 → Submissions → Close submissions».',
  },
  formStateClosed: { params: ['at'], uk: 'Прийом заявок завершено {at}.', en: 'Submissions closed on {at}.' },
  formDeadlinePassed: {
    params: ['deadline'],
    uk: 'Кінцевий термін подання заявок ({deadline}) уже минув. Укажіть новий у рядку «Кінцевий термін подання заявок» аркуша «Налаштування» (або залиште його порожнім) і спробуйте ще раз.',
    en: 'The submission deadline ({deadline}) has passed. Give a new one in the «Кінцевий термін подання заявок» row of «Налаштування» (or leave it empty) and try again.',
  },
  formAfterDistribution: {
    uk: 'Таблиці членів комісії вже створено: нові заявки не потраплять до цьогорічного оцінювання, тож форму не створено й не відкрито.',
    en: "The members' sheets exist already: new applications would not reach this year's evaluation, so the form is neither made nor reopened.",
  },
  formNotCreated: {
    uk: 'Форму заявок ще не створено: «ТОП-100 → Прийом заявок → Створити форму».',
    en: 'No submission form yet: «TOP-100 → Submissions → Create the form».',
  },
  formCloseConfirm: {
    uk: 'Закрити прийом заявок зараз? Форма перестане приймати відповіді; заявки, що вже надійшли, буде оброблено.',
    en: 'Close submissions now? The form stops taking responses; those already in are taken in.',
  },
  formClosedReport: {
    params: ['total', 'accepted', 'duplicates', 'rejected'],
    uk: 'Прийом заявок завершено: форма більше не приймає відповідей.\nНадійшло заявок: {total}; прийнято: {accepted} (з них можливих повторів: {duplicates}); потребують рішення: {rejected}.',
    en: 'Submissions closed: the form takes no more responses.\nApplications: {total}; accepted: {accepted} (possible repeats among them: {duplicates}); awaiting a decision: {rejected}.',
  },
  formAlreadyClosed: {
    params: ['at'],
    uk: 'Прийом заявок уже завершено {at}.',
    en: 'Submissions were closed on {at}.',
  },
  actFormCreated: { uk: 'Форму заявок створено', en: 'Submission form made' },
  formCreatedDetails: {
    params: ['url', 'deadline'],
    uk: '{url}; закриється: {deadline}',
    en: '{url}; closes: {deadline}',
  },
  actFormReopened: { uk: 'Форму заявок відкрито знову', en: 'Submission form reopened' },
  actFormClosed: { uk: 'Прийом заявок завершено', en: 'Submissions closed' },
  formClosedDetails: {
    params: ['how', 'total', 'accepted', 'rejected'],
    uk: '{how}; заявок: {total}, прийнято: {accepted}, потребують рішення: {rejected}',
    en: '{how}; applications: {total}, accepted: {accepted}, awaiting a decision: {rejected}',
  },
  formClosedByDeadline: {
    params: ['deadline'],
    uk: 'у кінцевий термін {deadline}',
    en: 'at the deadline {deadline}',
  },
  formClosedBySecretary: { uk: 'вручну', en: 'by hand' },
  actSubmission: { uk: 'Заявку прийнято', en: 'Application accepted' },
  submissionDetails: {
    params: ['id', 'title', 'organisation'],
    uk: '{id} «{title}» — {organisation}',
    en: '{id} «{title}» — {organisation}',
  },
  actSubmissionDuplicate: { uk: 'Заявка: можливий повтор', en: 'Application: possible repeat' },
  actSubmissionRejected: { uk: 'Заявку не прийнято', en: 'Application not accepted' },
  submissionRejectedDetails: {
    params: ['response', 'title', 'reasons'],
    uk: 'відповідь {response} («{title}»): {reasons}',
    en: 'response {response} («{title}»): {reasons}',
  },
  actSubmissionLate: { uk: 'Заявка після розподілу', en: 'Application after distribution' },
  submissionDuplicateNote: {
    params: ['other', 'title'],
    uk: 'схоже на {other} «{title}»: та сама організація, схожа назва — вирішіть, чи це той самий кейс',
    en: 'looks like {other} «{title}»: the same organisation, a similar title — decide whether it is the same case',
  },
  submissionLateNote: {
    params: ['responses'],
    uk: 'надійшла після створення таблиць членів комісії: до «Кейсів» не додано (відповідь збережено у формі й на аркуші «{responses}»)',
    en: "arrived after the members' sheets were made: not added to «Кейси» (the response is kept in the form and in «{responses}»)",
  },
  confirmSent: { params: ['at'], uk: 'надіслано {at}', en: 'sent {at}' },
  confirmNoEmail: { uk: 'не надіслано: немає правильної адреси', en: 'not sent: no valid address' },
  confirmWaiting: { uk: 'чекає на ліміт листів', en: 'waiting for the mail quota' },
  confirmUnconfirmed: {
    uk: 'не підтверджено (перевірте «Надіслані» в Gmail)',
    en: 'not confirmed (check Gmail’s Sent)',
  },
  sourceForm: { uk: 'Форма заявок', en: 'Submission form' },
  panelSubmissions: { uk: 'Заявки через форму', en: 'Applications through the form' },
  panelSubmissionsOpen: {
    params: ['deadline'],
    uk: 'Форма приймає заявки до {deadline}.',
    en: 'The form takes applications until {deadline}.',
  },
  panelSubmissionsOpenNoDeadline: {
    uk: 'Форма приймає заявки (закривається вручну).',
    en: 'The form takes applications (closed by hand).',
  },
  panelSubmissionsClosed: { params: ['at'], uk: 'Прийом завершено {at}.', en: 'Closed on {at}.' },
  panelSubmissionsCounts: {
    params: ['total', 'accepted', 'duplicates', 'rejected'],
    uk: 'Надійшло {total}; прийнято {accepted} (можливих повторів {duplicates}); потребують рішення {rejected}.',
    en: 'Arrived {total}; accepted {accepted} (possible repeats {duplicates}); awaiting a decision {rejected}.',
  },
  panelSubmissionsPerDay: { uk: 'За днями', en: 'By day' },
  panelSubmissionsPerDistrict: { uk: 'За районами', en: 'By district' },
  panelSubmissionsPerType: { uk: 'За типом заявника', en: 'By applicant type' },
  panelSubmissionsForm: { uk: 'Відкрити форму', en: 'Open the form' },

  // A new season from this one (workflow/nextSeason.ts)
  menuNewSeason: { uk: 'Новий сезон…', en: 'New season…' },
  nextYearPrompt: {
    params: ['default'],
    uk: 'Рік нового сезону.\nПорожньо — {default}.',
    en: 'The new season’s year.\nEmpty — {default}.',
  },
  nextSubmissionPrompt: {
    params: ['zone', 'default'],
    uk: 'Кінцевий термін подання заявок нового сезону (ДД.ММ.РРРР ГГ:ХХ, {zone}).\nПорожньо — {default}; «-» — без терміну (форму закриваєте вручну).',
    en: 'The new season’s submission deadline (DD.MM.YYYY HH:MM, {zone}).\nEmpty — {default}; «-» — none (the form is closed by hand).',
  },
  nextDeadlinePrompt: {
    params: ['zone', 'default'],
    uk: 'Кінцевий термін оцінювання нового сезону (ДД.ММ.РРРР ГГ:ХХ, {zone}).\nПорожньо — {default}.',
    en: 'The new season’s evaluation deadline (DD.MM.YYYY HH:MM, {zone}).\nEmpty — {default}.',
  },
  nextMeetingPrompt: {
    params: ['default'],
    uk: 'Дата засідання комісії нового сезону (ДД.ММ.РРРР).\nПорожньо — {default}; «-» — без дати.',
    en: 'The new season’s meeting date (DD.MM.YYYY).\nEmpty — {default}; «-» — none.',
  },
  nextSeasonNone: { uk: 'немає', en: 'none' },
  nextSeasonConfirm: {
    params: ['year', 'submission', 'deadline', 'meeting'],
    uk: 'Створити головну таблицю сезону {year}?\nЗаявки до: {submission}\nОцінювання до: {deadline}\nЗасідання: {meeting}\n\nДо неї перейдуть налаштування, критерії, шаблони листів, члени комісії (зі статусами) і стенди; кейсів, оцінок, рейтингу, журналу й файлів цього року там не буде. Цьогорічна таблиця стане архівом: її аркуші будуть лише для перегляду.',
    en: "Create the master spreadsheet of the {year} season?\nSubmissions until: {submission}\nEvaluation until: {deadline}\nMeeting: {meeting}\n\nIt gets the settings, criteria, letter templates, members (with their status) and stands; none of this year's cases, scores, rating, journal or files. This year's spreadsheet becomes the archive: its tabs become read-only.",
  },
  nextSeasonReport: {
    params: ['year', 'url'],
    uk: 'Головну таблицю сезону {year} створено: {url}\n\nЩо далі:\n1. Відкрийте нову таблицю за посиланням (вона у вашому Google Диску).\n2. Запустіть «ТОП-100 → Налаштувати таблицю» і надайте дозвіл: у нової таблиці власний скрипт, тож Google попросить дозволу ще раз.\n3. Перевірте «Налаштування» (рік, терміни, назва) і «Члени комісії» (статуси).\n4. Коли оголошення буде готове — «ТОП-100 → Прийом заявок → Створити форму».\n\nЦьогорічну таблицю збережено як архів: аркуші лише для перегляду, примітка на «Налаштуванні» веде до нової таблиці.',
    en: "The master of the {year} season is made: {url}\n\nNext:\n1. Open the new spreadsheet (it is in your Google Drive).\n2. Run «TOP-100 → Set up the spreadsheet» and grant access: the new spreadsheet has its own script, so Google asks again.\n3. Check «Налаштування» (year, deadlines, title) and «Члени комісії» (status).\n4. When the announcement is ready — «TOP-100 → Submissions → Create the form».\n\nThis year's spreadsheet is kept as the archive: read-only tabs, a note on «Налаштування» leads to the new one.",
  },
  nextSeasonFormCopy: {
    params: ['name', 'url'],
    uk: 'Разом із таблицею Google скопіював форму заявок («{name}»): її від’єднано від нової таблиці й закрито. Видаліть її з Google Диска: {url}',
    en: 'Google copied the submission form with the spreadsheet («{name}»): it is unlinked from the new spreadsheet and closed. Delete it from Google Drive: {url}',
  },
  nextSeasonAlready: {
    params: ['year', 'url'],
    uk: 'Головну таблицю сезону {year} уже створено: {url}\nВідкрийте її та запустіть «ТОП-100 → Налаштувати таблицю».',
    en: 'The master of the {year} season exists already: {url}\nOpen it and run «TOP-100 → Set up the spreadsheet».',
  },
  seasonNotClosed: {
    uk: 'Новий сезон створюють після завершення оцінювання цього року («ТОП-100 → Завершити оцінювання»), щоб цьогорічна таблиця стала повним архівом. Нічого не змінено.',
    en: "A new season is made after this year's evaluation is closed («TOP-100 → Close the evaluation»), so this year's spreadsheet is a whole archive. Nothing changed.",
  },
  seasonJobsPending: {
    uk: 'Ще створюються дипломи або каталог цього року: дочекайтеся їх завершення (автоматичний запуск кожні 10 хв) і спробуйте ще раз. Нічого не змінено.',
    en: "This year's certificates or catalog are still being made: wait until they are done (the automatic run every 10 minutes) and try again. Nothing changed.",
  },
  nextSeasonBadYear: {
    params: ['value', 'year', 'next'],
    uk: 'Рік нового сезону «{value}» не підходить: потрібен рік після {year}, наприклад {next}. Нічого не змінено.',
    en: 'The new season’s year «{value}» will not do: a year after {year} is needed, e.g. {next}. Nothing changed.',
  },
  nextSeasonPast: {
    params: ['deadline'],
    uk: 'Кінцевий термін оцінювання нового сезону ({deadline}) уже минув. Нічого не змінено.',
    en: 'The new season’s evaluation deadline ({deadline}) has passed. Nothing changed.',
  },
  nextSeasonProblems: {
    params: ['problems'],
    uk: 'Нового сезону не створено — виправте:\n{problems}',
    en: 'No new season was made — correct:\n{problems}',
  },
  archiveNote: {
    params: ['year', 'at', 'next', 'url'],
    uk: 'Архів сезону {year}: таблиця лише для перегляду з {at}. Новий сезон {next}: {url}',
    en: 'Archive of the {year} season: read-only since {at}. The {next} season: {url}',
  },
  archiveProtection: {
    params: ['year', 'url'],
    uk: 'ТОП-100 {year}: архів сезону, лише для перегляду. Новий сезон: {url}',
    en: 'TOP-100 {year}: season archive, read-only. New season: {url}',
  },
  actNextSeason: { uk: 'Новий сезон створено', en: 'New season made' },
  nextSeasonDetails: {
    params: ['year', 'url', 'tabs'],
    uk: 'з головної таблиці сезону {year}: {url}; перенесено: {tabs}',
    en: 'from the master of the {year} season: {url}; carried over: {tabs}',
  },
} satisfies Record<string, Message>;
