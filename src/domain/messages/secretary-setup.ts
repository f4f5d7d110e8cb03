// What the secretary reads while setting up: the settings' checks, importing cases and members, the templates' checks.
import type { Message } from './message';

export const SECRETARY_SETUP = {
  // Where a problem is: prefixed by problem() when a place is given.
  placeSheet: { params: ['sheet'], uk: 'Аркуш «{sheet}»', en: 'Sheet «{sheet}»' },
  placeFile: { params: ['sheet'], uk: 'Файл «{sheet}»', en: 'File «{sheet}»' },
  placeRow: { params: ['row'], uk: 'рядок {row}', en: 'row {row}' },
  placeColumn: { params: ['column'], uk: 'стовпець «{column}»', en: 'column «{column}»' },

  // Time
  timeZoneUnknown: {
    params: ['zone'],
    uk: 'Часовий пояс «{zone}» не підтримується. Укажіть Europe/Kyiv або UTC.',
    en: 'Time zone «{zone}» is not supported. Use Europe/Kyiv or UTC.',
  },
  timeWallClockInvalid: {
    uk: 'Дата або час задані не числами.',
    en: 'The date or time is not given as numbers.',
  },

  // Settings
  settingsEmpty: {
    params: ['label'],
    uk: '«{label}»: значення не заповнене.',
    en: '«{label}»: the value is empty.',
  },
  settingsNotNumber: {
    params: ['label', 'value'],
    uk: '«{label}»: «{value}» — не число.',
    en: '«{label}»: «{value}» is not a number.',
  },
  settingsNotInteger: {
    params: ['label', 'value', 'min', 'max'],
    uk: '«{label}»: «{value}» — має бути ціле число від {min} до {max}.',
    en: '«{label}»: «{value}» must be a whole number from {min} to {max}.',
  },
  settingsNotNonNegative: {
    params: ['label', 'value'],
    uk: '«{label}»: «{value}» — має бути число, не менше за 0.',
    en: '«{label}»: «{value}» must be a number not below 0.',
  },
  settingsNotBoolean: {
    params: ['label', 'value'],
    uk: '«{label}»: «{value}» — напишіть «так» або «ні».',
    en: '«{label}»: «{value}»: write «так» (yes) or «ні» (no).',
  },
  settingsBadDate: {
    params: ['label', 'value'],
    uk: '«{label}»: «{value}» — не дата. Введіть дату у форматі ДД.ММ.РРРР, наприклад 11.10.2024.',
    en: '«{label}»: «{value}» is not a date. Use DD.MM.YYYY, e.g. 11.10.2024.',
  },
  settingsBadDateTime: {
    params: ['label', 'value'],
    uk: '«{label}»: «{value}» — не дата й час. Введіть у форматі ДД.ММ.РРРР ГГ:ХХ, наприклад 07.10.2024 23:59.',
    en: '«{label}»: «{value}» is not a date and time. Use DD.MM.YYYY HH:MM, e.g. 07.10.2024 23:59.',
  },
  settingsImpossibleDate: {
    params: ['label', 'value'],
    uk: '«{label}»: дати або часу «{value}» не існує. Перевірте день, місяць і години.',
    en: '«{label}»: the date or time «{value}» does not exist. Check the day, month and hours.',
  },
  settingsDeadlineEndOfDay: {
    params: ['label'],
    uk: '«{label}»: час не вказано, тож термін — о 23:59 цього дня.',
    en: '«{label}»: no time given, so the deadline is 23:59 that day.',
  },
  settingsTimeGap: {
    params: ['label', 'typed', 'chosen', 'utc'],
    uk: '«{label}»: {typed} не існує за київським часом (того дня годинники переводять на літній час) — прийнято {chosen} ({utc} UTC).',
    en: '«{label}»: {typed} does not exist in Kyiv time (the clocks go forward that day) — {chosen} is used ({utc} UTC).',
  },
  settingsTimeRepeated: {
    params: ['label', 'typed', 'chosen', 'utc'],
    uk: '«{label}»: {typed} буває двічі (того дня годинники переводять на зимовий час) — прийнято перший раз, {chosen} ({utc} UTC).',
    en: '«{label}»: {typed} happens twice (the clocks go back that day) — the first is used, {chosen} ({utc} UTC).',
  },
  settingsDeadlineOtherYear: {
    params: ['label', 'value', 'year'],
    uk: '«{label}»: термін «{value}» не в {year} році. Перевірте рік.',
    en: '«{label}»: the deadline «{value}» is not in {year}. Check the year.',
  },
  settingsMeetingBeforeDeadline: {
    params: ['label', 'value'],
    uk: '«{label}»: засідання «{value}» раніше за кінцевий термін оцінювання.',
    en: '«{label}»: the meeting «{value}» is before the evaluation deadline.',
  },
  settingsSubmissionAfterDeadline: {
    params: ['label', 'value', 'deadline'],
    uk: '«{label}»: прийом заявок «{value}» не може закінчуватися пізніше за кінцевий термін оцінювання ({deadline}). Укажіть раніший термін.',
    en: '«{label}»: submissions «{value}» cannot close after the evaluation deadline ({deadline}). Give an earlier time.',
  },
  settingsBadTimeZone: {
    params: ['label', 'value'],
    uk: '«{label}»: часовий пояс «{value}» не підтримується. Укажіть Europe/Kyiv або UTC.',
    en: '«{label}»: time zone «{value}» is not supported. Use Europe/Kyiv or UTC.',
  },
  settingsScaleOrder: {
    params: ['min', 'max'],
    uk: 'Шкала: мінімум ({min}) має бути меншим за максимум ({max}).',
    en: 'Scale: the minimum ({min}) must be below the maximum ({max}).',
  },
  settingsScaleStepPositive: {
    params: ['label', 'value'],
    uk: '«{label}»: крок «{value}» має бути більшим за 0.',
    en: '«{label}»: the step «{value}» must be above 0.',
  },
  settingsScaleStepDivides: {
    params: ['label', 'step', 'min', 'max'],
    uk: '«{label}»: крок {step} не ділить шкалу від {min} до {max} на рівні частини. Наприклад, для шкали 0–10 підходить крок 1 або 0,5.',
    en: '«{label}»: the step {step} does not divide the scale from {min} to {max} evenly. For a 0–10 scale, a step of 1 or 0.5 works.',
  },
  settingsWeightPositive: {
    params: ['label', 'value'],
    uk: '«{label}»: вага «{value}» має бути додатним числом.',
    en: '«{label}»: the weight «{value}» must be a positive number.',
  },
  settingsUnknownMode: {
    params: ['label', 'value', 'choices'],
    uk: '«{label}»: «{value}» — невідомий режим. Напишіть {choices}.',
    en: '«{label}»: «{value}» is not a known mode. Write {choices}.',
  },
  settingsKRequired: {
    params: ['label'],
    uk: '«{label}»: для режиму «k членів на кейс» укажіть k — ціле число від 1.',
    en: '«{label}»: the «k members per case» mode needs k, a whole number from 1.',
  },
  settingsQuorumAboveK: {
    params: ['quorum', 'k'],
    uk: 'Кворум ({quorum}) більший за кількість членів на кейс (k = {k}): жоден кейс не набере кворуму. Зменште кворум або збільште k.',
    en: 'The quorum ({quorum}) is above the number of members per case (k = {k}): no case can reach it. Lower the quorum or raise k.',
  },
  settingsBadOffsets: {
    params: ['label', 'part'],
    uk: '«{label}»: «{part}» — не кількість днів. Напишіть цілі числа від 0 через кому, наприклад «7, 3, 1, 0».',
    en: '«{label}»: «{part}» is not a number of days. Write whole numbers from 0 separated by commas, e.g. «7, 3, 1, 0».',
  },
  settingsBadTieBreak: {
    params: ['label', 'part'],
    uk: '«{label}»: «{part}» — невідомий показник. Можна: медіана, кількість оцінок, критерій 1, критерій 2, критерій 3, критерій 4, менший розкид.',
    en: '«{label}»: «{part}» is not a known measure. Allowed: median, number of evaluations, criterion 1–4, lower spread (in Ukrainian).',
  },
  settingsTieBreakRepeated: {
    params: ['label', 'part'],
    uk: '«{label}»: показник «{part}» повторюється; враховано перший.',
    en: '«{label}»: the measure «{part}» is repeated; the first one counts.',
  },
  settingsUnknownGrouping: {
    params: ['label', 'value', 'choices'],
    uk: '«{label}»: «{value}» — невідоме групування. Напишіть {choices}.',
    en: '«{label}»: «{value}» is not a known grouping. Write {choices}.',
  },
  settingsBadEmail: {
    params: ['label', 'value'],
    uk: '«{label}»: «{value}» — не схоже на адресу електронної пошти.',
    en: '«{label}»: «{value}» does not look like an email address.',
  },
  settingsBadFolderId: {
    params: ['label', 'value'],
    uk: '«{label}»: «{value}» — не схоже на ID папки. Скопіюйте частину посилання на папку після /folders/.',
    en: '«{label}»: «{value}» does not look like a folder ID. Copy the part of the folder link after /folders/.',
  },
  settingsDuplicateLabel: {
    params: ['label', 'first', 'second'],
    uk: 'Параметр «{label}» повторюється в рядках {first} і {second}. Залиште один рядок.',
    en: 'The setting «{label}» appears in rows {first} and {second}. Keep one row.',
  },
  settingsMissingRow: {
    params: ['label', 'default'],
    uk: 'Немає рядка «{label}». Додайте його (стандартне значення: «{default}»).',
    en: 'The row «{label}» is missing. Add it (default value: «{default}»).',
  },
  settingsMissingRowDefault: {
    params: ['label', 'default'],
    uk: 'Немає рядка «{label}»; використано стандартне значення «{default}».',
    en: 'The row «{label}» is missing; the default «{default}» is used.',
  },
  settingsUnknownRow: {
    params: ['label'],
    uk: 'Рядок «{label}» не є відомим параметром і не враховується.',
    en: 'The row «{label}» is not a known setting and is ignored.',
  },
  settingsInvalid: { uk: 'Налаштування містять помилки.', en: 'The settings contain errors.' },

  // Cases
  casesNoHeader: {
    uk: 'Таблиця порожня: не знайдено рядка із заголовками стовпців.',
    en: 'The table is empty: no row of column headers was found.',
  },
  casesMissingColumn: {
    params: ['column', 'synonyms'],
    uk: 'немає обов’язкового стовпця «{column}». Розпізнаються заголовки: {synonyms}.',
    en: 'the required column «{column}» is missing. Recognised headers: {synonyms}.',
  },
  casesDuplicateColumn: {
    params: ['column', 'first', 'second'],
    uk: 'стовпець «{column}» трапляється двічі (стовпці {first} і {second}); використано перший.',
    en: 'the column «{column}» appears twice (columns {first} and {second}); the first is used.',
  },
  casesRequiredEmpty: {
    uk: 'не заповнено. Без цього кейс не можна імпортувати.',
    en: 'is empty. The case cannot be imported without it.',
  },
  casesTextTooLong: {
    params: ['value', 'length', 'limit'],
    uk: 'текст «{value}» має {length} {length#символ|символи|символів}, більше за межу клітинки ({limit}). Скоротіть його.',
    en: 'the text «{value}» has {length} characters, more than a cell holds ({limit}). Shorten it.',
  },
  casesDuplicateId: {
    params: ['value', 'other'],
    uk: 'ID «{value}» уже є в рядку {other}. ID кейсу має бути унікальним.',
    en: 'the ID «{value}» is already in row {other}. A case ID must be unique.',
  },
  casesBadContactEmail: {
    params: ['value'],
    uk: '«{value}» — не схоже на адресу електронної пошти. Кейс імпортовано; виправте адресу.',
    en: '«{value}» does not look like an email address. The case is imported; correct the address.',
  },
  casesUnknownApplicantType: {
    params: ['value'],
    uk: '«{value}» — невідомий тип заявника. Напишіть: департамент, райдержадміністрація (РДА) або громадська організація (ГО, ОСББ, благодійний фонд). Кейс імпортовано без типу.',
    en: '«{value}» is not a known applicant type. Write: department, district administration or civil-society organisation (in Ukrainian). The case is imported without a type.',
  },
  casesUnknownDistrict: {
    params: ['value', 'districts'],
    uk: 'район «{value}» не знайдено серед районів Києва ({districts}). Значення збережено як є.',
    en: "the district «{value}» is not one of Kyiv's districts ({districts}). The value is kept as it is.",
  },
  casesBadPhone: {
    params: ['value'],
    uk: '«{value}» — не схоже на номер телефону (потрібно 9–15 цифр, наприклад +380 44 123 45 67). Кейс імпортовано; виправте номер.',
    en: '«{value}» does not look like a phone number (9–15 digits, e.g. +380 44 123 45 67). The case is imported; correct the number.',
  },
  casesLikelyDuplicate: {
    params: ['other', 'value', 'organisation'],
    uk: 'схоже на повтор рядка {other}: схожа назва «{value}» і та сама організація «{organisation}».',
    en: 'looks like a repeat of row {other}: a similar title «{value}» and the same organisation «{organisation}».',
  },
  casesNone: { uk: 'У таблиці немає жодного кейсу.', en: 'The table holds no cases.' },

  // Members
  membersNoHeader: {
    uk: 'Таблиця порожня: не знайдено рядка із заголовками стовпців.',
    en: 'The table is empty: no row of column headers was found.',
  },
  membersMissingColumn: {
    params: ['column'],
    uk: 'немає обов’язкового стовпця «{column}».',
    en: 'the required column «{column}» is missing.',
  },
  membersNameEmpty: {
    uk: 'ПІБ не заповнено; у листах буде звертання без імені.',
    en: 'the name is empty; emails will greet the member without a name.',
  },
  membersEmailEmpty: { uk: 'email не заповнено.', en: 'the email is empty.' },
  membersBadEmail: {
    params: ['value'],
    uk: '«{value}» — не схоже на адресу електронної пошти.',
    en: '«{value}» does not look like an email address.',
  },
  membersDuplicateEmail: {
    params: ['value', 'other'],
    uk: 'адреса «{value}» уже є в рядку {other}. Кожен член комісії має бути один раз.',
    en: 'the address «{value}» is already in row {other}. Each member must appear once.',
  },
  membersUnknownStatus: {
    params: ['value', 'choices'],
    uk: '«{value}» — невідомий статус. Напишіть {choices}.',
    en: '«{value}» is not a known status. Write {choices}.',
  },
  membersNone: { uk: 'У таблиці немає жодного члена комісії.', en: 'The table holds no commission members.' },

  // Assignment
  assignNoActiveMembers: {
    uk: 'Немає жодного активного члена комісії: розподіляти кейси немає кому.',
    en: 'There is no active commission member to give the cases to.',
  },
  assignBadK: {
    params: ['k'],
    uk: 'Кількість членів на кейс «{k}» має бути цілим числом від 1.',
    en: 'The number of members per case «{k}» must be a whole number from 1.',
  },
  assignTooFewEligible: {
    params: ['caseId', 'title', 'eligible', 'k'],
    uk: 'Кейс {caseId} «{title}»: його можуть оцінювати лише {eligible} {eligible#член|члени|членів} комісії без конфлікту інтересів, а потрібно {k}. Зменште k або додайте членів комісії.',
    en: 'Case {caseId} «{title}»: only {eligible} members without a conflict of interest can evaluate it, but {k} are needed. Lower k or add members.',
  },
  assignCaseWithoutReviewers: {
    params: ['caseId', 'title'],
    uk: 'Кейс {caseId} «{title}» не оцінює жоден член комісії: у всіх конфлікт інтересів.',
    en: 'Case {caseId} «{title}» has no member to evaluate it: everyone has a conflict of interest.',
  },
  menuSendInvitations: { uk: 'Надіслати запрошення', en: 'Send the invitations' },
  menuCloseEvaluation: { uk: 'Закрити оцінювання', en: 'Close the evaluation' },
  setupMissingTab: {
    params: ['tab'],
    uk: 'Немає аркуша «{tab}». Запустіть «ТОП-100 → Налаштувати таблицю».',
    en: 'The «{tab}» tab is missing. Run TOP-100 → Set up the spreadsheet.',
  },
  casesNeedImport: {
    params: ['tab'],
    uk: 'У аркуші «{tab}» є кейси без ID. Запустіть «ТОП-100 → Імпортувати кейси → З аркуша «Кейси»», щоб перевірити їх і присвоїти ID.',
    en: 'The «{tab}» tab has cases without an ID. Run TOP-100 → Import cases → From the «Кейси» tab.',
  },
  setupReport: {
    params: ['created', 'filled'],
    uk: 'Таблицю налаштовано.\nСтворено аркуші: {created}\nЗаповнено заголовки: {filled}\nІснуючі дані не змінено.',
    en: 'Set up.\nTabs created: {created}\nHeaders filled: {filled}\nExisting data unchanged.',
  },
  setupDetails: {
    params: ['created', 'filled', 'trigger'],
    uk: 'створено аркуші: {created}; заповнено: {filled}; тригер диспетчера: {trigger}',
    en: 'tabs created: {created}; filled: {filled}; dispatcher trigger: {trigger}',
  },
  sourceTab: { params: ['tab'], uk: 'аркуш «{tab}»', en: 'tab «{tab}»' },
  sourceSheet: { params: ['id'], uk: 'Google-таблиця {id}', en: 'Google Sheet {id}' },
  importReport: {
    params: ['count', 'source', 'warnings'],
    uk: 'Імпортовано кейсів: {count} (джерело: {source}).\nПопереджень: {warnings}.',
    en: 'Imported cases: {count} (source: {source}).\nWarnings: {warnings}.',
  },
  importDetails: {
    params: ['count', 'source', 'warnings'],
    uk: 'кейсів: {count}; джерело: {source}; попереджень: {warnings}',
    en: 'cases: {count}; source: {source}; warnings: {warnings}',
  },
  importEmpty: {
    params: ['source'],
    uk: 'Джерело «{source}» порожнє: немає жодного рядка з кейсами.',
    en: 'The source «{source}» is empty: no rows with cases.',
  },
  importTooBig: {
    params: ['source', 'size'],
    uk: 'Файл «{source}» завеликий ({size} {size#символ|символи|символів}). Завантажте його в Google-таблицю та імпортуйте за посиланням.',
    en: 'The file «{source}» is too large ({size} characters). Upload it to a Google Sheet and import by link.',
  },
  importEncoding: {
    params: ['source'],
    uk: 'Файл «{source}» схоже збережено не в UTF-8 (наприклад, Windows-1251): літери відображаються неправильно. Збережіть його в Excel як «CSV UTF-8 (розділювач — кома)» і спробуйте ще раз.',
    en: 'The file «{source}» does not look like UTF-8 (e.g. Windows-1251). Save it from Excel as "CSV UTF-8" and try again.',
  },
  importBadLink: {
    params: ['value'],
    uk: 'Не вдалося розпізнати посилання на Google-таблицю: «{value}». Скопіюйте адресу з рядка браузера.',
    en: 'Not a Google Sheets link: «{value}». Copy the address from the browser.',
  },
  importNoAccess: {
    params: ['value', 'error'],
    uk: 'Не вдалося відкрити таблицю «{value}»: {error}. Перевірте, що вона надана вам у доступ.',
    en: 'Could not open «{value}»: {error}. Check that it is shared with you.',
  },
  importAfterDistribution: {
    uk: 'Таблиці членів комісії вже створено, тож список кейсів змінювати не можна: це змінило б їхні завдання. Нові кейси додайте наступного року або зверніться до адміністратора.',
    en: "Members' sheets already exist, so the list of cases cannot change: it would change their assignments.",
  },
  importSheetPrompt: {
    uk: 'Вставте посилання на Google-таблицю з кейсами (перший аркуш, перший рядок — заголовки):',
    en: 'Paste the link of the Google Sheet with the cases (first tab, headers in the first row):',
  },
  folderName: {
    params: ['year'],
    uk: 'ТОП-100 {year} — таблиці оцінювання',
    en: 'TOP-100 {year} — evaluation sheets',
  },
  folderCreated: { params: ['id'], uk: 'створено папку на Диску {id}', en: 'Drive folder created {id}' },
  folderUnreachable: {
    params: ['value'],
    uk: 'Папка на Диску з ID «{value}» (Налаштування) недоступна для скрипта. Залиште це поле порожнім — скрипт створить власну папку.',
    en: 'The Drive folder «{value}» (settings) is not reachable by the script. Leave the field empty and the script creates its own.',
  },
  noActiveMembers: {
    uk: 'В аркуші «Члени комісії» немає жодного активного члена комісії.',
    en: 'The «Члени комісії» tab has no active member.',
  },
  noCases: {
    uk: 'В аркуші «Кейси» немає кейсів. Спершу імпортуйте кейси.',
    en: 'The «Кейси» tab has no cases. Import the cases first.',
  },
  conflictDetectedNote: {
    uk: 'організація члена комісії збігається з заявником',
    en: "the member's organisation matches the applicant",
  },
  conflictsDetected: {
    params: ['count'],
    uk: 'виявлено конфліктів інтересів за організацією: {count}',
    en: 'conflicts of interest detected by organisation: {count}',
  },

  // Templates: checked before any letter or document is made from them
  templateInSettings: {
    params: ['row', 'label'],
    uk: 'Аркуш «Налаштування», рядок {row} («{label}»)',
    en: 'The «Налаштування» tab, row {row} («{label}»)',
  },
  templateInDocument: {
    params: ['url'],
    uk: 'Шаблон диплома ({url})',
    en: 'The certificate template ({url})',
  },
  templateCertificate: { uk: 'шаблон диплома', en: 'the certificate template' },
  templateWhoCase: { params: ['id', 'title'], uk: 'кейсу {id} «{title}»', en: 'case {id} «{title}»' },
  templateUnknown: {
    params: ['where', 'placeholder', 'known'],
    uk: '{where}: {placeholder} — невідома підстановка, її показали б людям як є. Можливі підстановки: {known}. Виправте текст. Нічого не зроблено.',
    en: '{where}: {placeholder} is not a known placeholder; people would see it as it is. Placeholders: {known}. Correct the text. Nothing was done.',
  },
  templateBraces: {
    params: ['where', 'text', 'example'],
    uk: '{where}: «{text}» — фігурні дужки без підстановки, їх показали б людям як є. Підстановку пишуть у подвійних фігурних дужках, наприклад {example}. Нічого не зроблено.',
    en: '{where}: «{text}» has braces that are no placeholder; people would see them as they are. A placeholder is written in double braces, e.g. {example}. Nothing was done.',
  },
  templateEmptySetting: {
    params: ['row', 'source', 'template', 'placeholder'],
    uk: 'Аркуш «Налаштування», рядок {row} («{source}»): порожньо, а {template} містить {placeholder} — люди отримали б неповний текст. Заповніть цей рядок. Нічого не зроблено.',
    en: 'The «Налаштування» tab, row {row} («{source}»): empty, but {template} holds {placeholder}; people would get an incomplete text. Fill in this row. Nothing was done.',
  },
  templateEmptyValue: {
    params: ['where', 'placeholder', 'who'],
    uk: '{where} містить {placeholder}, а для {who} це значення порожнє — текст вийшов би неповним. Заповніть його. Нічого не зроблено.',
    en: '{where} holds {placeholder}, but for {who} the value is empty; the text would be incomplete. Fill it in. Nothing was done.',
  },
} satisfies Record<string, Message>;
