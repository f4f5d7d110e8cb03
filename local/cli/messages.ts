// The command line's texts: Ukrainian first, English second, one catalog for both.
import type { Lang } from '../../src/domain/types';

const UK = {
  usage: 'Використання: npm run local -- <команда> [параметри]   (--help до будь-якої команди — довідка)',
  commandsTitle: 'Команди:',
  commonOptions:
    'Загальні параметри: --dir <тека> (робоча тека, типово ./workspace), --lang uk|en (мова повідомлень), --help',
  unknownCommand: 'Невідома команда «{name}». Доступні: {names}.',
  badArgs: 'Команда «{name}»: {error}. Довідка: npm run local -- {name} --help',
  badGlobalArgs: '{error}. Довідка: npm run local -- --help',
  argUnknownOption: 'параметра «{option}» немає',
  argNeedsValue: 'параметр «{option}» потребує значення: {option} <значення>',
  argTakesNoValue: 'параметр «{option}» не приймає значення',
  argUnexpected: 'зайвий аргумент «{arg}»',
  argRepeated: 'параметр «{option}» указано кілька разів',
  argUnreadable: 'не вдалося розібрати параметри',
  tooFewArgs: 'Команда «{name}» потребує аргументів: {usage}',
  tooManyArgs: 'Команда «{name}»: зайві аргументи {extra}. Використання: {usage}',
  badLang: 'Мова «{value}» не підтримується: укажіть uk або en.',

  noWorkspace:
    'У теці «{dir}» немає робочої теки ТОП-100 (файлу state.json). Створіть її: npm run local -- init --dir "{dir}"',
  badWorkspace:
    'Не вдалося відкрити робочу теку «{dir}»: її файл state.json пошкоджений або записаний іншою версією. Відновіть теку з копії або створіть нову: npm run local -- init --force --dir "{dir}"',
  noBundle: 'Немає зібраного скрипту «{file}». Зберіть його: npm run build',
  workspaceExists:
    'У теці «{dir}» уже є робоча тека ТОП-100. Щоб створити нову замість неї (усе попереднє буде втрачено), додайте --force.',
  saved: 'Збережено в «{dir}».',
  notSaved: 'Нічого не змінено.',

  badEmail: 'Адреса «{value}» не схожа на email.',
  badDateTime:
    'Не вдалося прочитати дату й час «{value}». Формат: «2024-10-01 12:00» або «01.10.2024 12:00» (київський час).',
  timeGap: '«{value}» не існує за київським часом (перехід на літній час): прийнято {chosen}.',
  timeRepeated: '«{value}» буває двічі (перехід на зимовий час): прийнято перший раз, {chosen} (літній час).',
  noSuchFile: 'Файл «{file}» не знайдено.',
  notAFile: '«{file}» — не файл.',
  emptyFile: 'Файл «{file}» порожній.',
  fileTooBig: 'Файл «{file}» завеликий: {size} МБ (найбільше {limit} МБ).',
  oldExcel:
    'Файл «{file}» — у старому форматі Excel (.xls). Збережіть його як «Книга Excel (.xlsx)» або «CSV UTF-8».',
  badXlsx:
    'Файл «{file}» не вдалося прочитати як книгу Excel (.xlsx): він пошкоджений або має інший формат. Збережіть його знову як «Книга Excel (.xlsx)» і повторіть.',
  xlsxNoSheet: 'У файлі «{file}» немає жодного аркуша.',
  notUtf8:
    'Файл «{file}» не в кодуванні UTF-8 (перший неправильний байт — у рядку {line}). Схоже, його збережено в Windows-1251 (так Excel зберігає «CSV» українською). Збережіть файл як «CSV UTF-8 (розділювач — кома)» або запустіть команду з --encoding windows-1251.',
  alreadyUtf8: 'Файл «{file}» уже в кодуванні UTF-8: приберіть --encoding windows-1251.',
  badEncoding: 'Кодування «{value}» не підтримується: укажіть utf-8 або windows-1251.',

  initDone: 'Створено робочу теку «{dir}»: головна таблиця «{name}», власник {owner}, час {now} (Київ).',
  initSetup: 'Виконано «{caption}»: {report}',
  initSettings: 'Налаштування «{secretary}» і «{replyTo}»: {owner}.',
  initNext:
    'Далі: import-members <файл>, import-cases <файл>, settings "<параметр>" "<значення>", menu "Створити таблиці членів комісії".',
  initFailed: 'Не вдалося налаштувати таблицю: {error}',

  importCasesFailed: 'Імпорт кейсів з «{file}» не виконано:\n{error}',
  importCasesDone: '{report}',
  importCasesXlsx: 'Прочитано аркуш «{sheet}» файлу «{file}», рядків: {rows}.',

  membersProblems: 'Файл «{file}» не імпортовано — виправте:\n{problems}',
  membersNoTab:
    'У головній таблиці немає аркуша «{tab}». Виконайте: npm run local -- menu "Налаштувати таблицю"',
  membersTabProblems: 'Після вставлення аркуш «{tab}» містить помилки, тому нічого не змінено:\n{problems}',
  membersDone:
    'Члени комісії з «{file}»: додано {added}, оновлено {updated}, без змін {same}; усього в аркуші {total}.',
  membersEditRefused: 'Аркуш «{tab}» не прийняв вставлення: {error}',
  warnings: 'Зауваження:',
  placeFile: 'Файл «{file}»',

  settingsUnknown: 'Параметра «{label}» немає в аркуші «{tab}». Є такі:\n{labels}',
  settingsRefused: 'Значення «{value}» не прийнято в «{label}»: {error}',
  settingsProblems:
    'Значення «{value}» для «{label}» не збережено — налаштування містять помилки:\n{problems}',
  settingsSet: '«{label}» = {value}',
  settingsDeadline: '{value} (за часовим поясом {zone})',
  settingsList: 'Налаштування ({tab}):',
  settingsNoTab:
    'У головній таблиці немає аркуша «{tab}». Виконайте: npm run local -- menu "Налаштувати таблицю"',

  menuUnknown: 'Пункту меню «{caption}» немає. Є такі:\n{captions}',
  menuItems: 'Пункти меню «{menu}»:',
  menuFailed: 'Дія «{caption}» завершилася помилкою: {error}',
  menuUserError: 'Дія «{caption}» не виконана.',
  menuDeclined: 'Дію «{caption}» скасовано: вона просить підтвердження. Щоб відповісти «Так», додайте --yes.',
  menuQuestion: 'Питання: {question}',
  menuPromptCancelled:
    'Дію «{caption}» скасовано: вона просить ввести відповідь, а відповідей дано {given}. Кожен запит потребує власної відповіді: додайте --text "<відповідь>" для кожного запиту, у порядку запитів (порожній рядок — типове значення).',
  menuExtraAnswers:
    'Дію «{caption}» не збережено: відповідей --text дано {given}, а запитів було {asked}. Кожна відповідь — для свого запиту; перевірте їх порядок і кількість.',
  menuAnsweredYes: 'Питання: {question}\nВідповідь: «Так».',
  menuAnswered: 'Запит: {question}\nВідповідь: «{answer}».',
  menuUnanswered: 'Запит без відповіді: {question}',
  menuDialog: 'Відкрито вікно «{title}» — у командному рядку воно не працює.',
  menuCsvHint: 'Щоб імпортувати CSV, виконайте: npm run local -- import-cases <файл.csv>',
  menuSidebar: 'Відкрито бічну панель «{title}»; її вміст збережено в «{file}».',
  menuEmails: 'Надіслано листів: {count}.',
  standsWritten: 'Плакати стендів (PDF, файлів: {count}) — у «{dir}».',
  menuNoMenu: 'У робочій теці немає меню ТОП-100 (onOpen не виконувався). Створіть теку знову: init --force',

  tickPast: 'Час «{until}» не пізніший за поточний час симуляції ({now}). Годинник іде лише вперед.',
  tickDone:
    'Час: {from} → {to} (Київ). Запусків тригерів: {runs}, з помилками: {errors}, надіслано листів: {emails}.',
  tickErrors: 'Помилки:',
  tickNoTrigger: 'Тригера диспетчера немає — виконайте menu "Налаштувати таблицю".',
  tickMissing: 'Укажіть час: tick --until "2024-10-01 12:00"',

  memberUnknown: 'Члена комісії {email} немає в аркуші «{tab}».',
  memberNoSheet:
    'У члена комісії {email} ще немає таблиці. Виконайте: npm run local -- menu "Створити таблиці членів комісії"',
  memberNoAccess:
    'Таблицю {email} не вдалося відкрити від імені цього члена комісії: доступу до неї в нього немає (таблицю не надано, переміщено або видалено).',
  memberWrongFile:
    'Файл «{file}» — таблиця оцінювання {owner}, а не {email}. Оцінки вносяться від імені того, чия це таблиця: виконайте member-import з адресою {ownerEmail} або візьміть файл {email}.',
  memberUnknownFile:
    'Файл «{file}» — не таблиця оцінювання {email}: у ньому «{found}», а таблиця {email} називається «{expected}». Візьміть файл, збережений командою member-export для {email}.',
  memberNoIdentity:
    'З файлу «{file}» не видно, чия це таблиця оцінювання (немає її назви ні рядка з іменем члена комісії). Візьміть файл, збережений командою member-export для {email}.',
  memberImported: 'З файлу «{file}» від імені {email} внесено змін у клітинках: {applied}.',
  memberRefused: 'Не прийнято ({count}):',
  memberNothingApplied: 'З файлу «{file}» не прийнято жодної зміни:\n{refusals}',
  memberNoChanges: 'Файл «{file}» не відрізняється від таблиці {email}: змін немає.',
  memberRowsMoved:
    'У файлі «{file}» рядки аркуша «{sheet}» переставлено: у рядку {row} кейс {found}, а в таблиці — {expected}. Оцінки вносяться за рядками, тож поверніть початковий порядок (як у завантаженому файлі) і повторіть.',
  memberCollectHint: 'Щоб зібрати оцінки, виконайте tick або menu "Зібрати оцінки зараз".',
  memberExported: 'Таблицю {email} збережено в «{file}».',
  refusedProtected: 'клітинка захищена',
  refusedInvalid: 'значення порушує правило перевірки даних',
  refusedNoSheet: 'такого аркуша в таблиці немає',
  refusedOutside: 'поза межами аркуша',
  refusedAccess: 'немає доступу до редагування',

  statusTime: 'Час симуляції: {now} (Київ).',
  statusDeadline: 'Кінцевий термін: {deadline}.',
  statusNextReminder: 'Наступне нагадування: {at}.',
  statusNoReminder: 'Нагадувань більше не заплановано.',
  statusCases:
    'Кейсів: {cases}. Оцінки: дійсних {valid}, недійсних {invalid}, неповних {incomplete}, порожніх {blank}, конфлікт інтересів {recused}.',
  statusMembers: 'Члени комісії ({count}):',
  statusMember:
    '  {name} <{email}>: {status}; таблиця {sheet}; запрошено {invited}; оцінено {scored}; помилки {errors}; активність {last}; завершено {done}',
  statusNoMembers: 'Членів комісії ще немає.',
  statusEmails: 'Листів надіслано: {count}.',
  statusExecutions: 'Виконань скрипту: {count}, з помилками: {errors}.',
  statusTrigger: 'Наступний запуск диспетчера: {at}.',
  statusNoTrigger: 'Тригера диспетчера немає.',
  statusSettingsProblems: 'Налаштування містять помилки ({count}) — нагадування не розраховано.',
  yes: 'так',
  no: 'ні',
  has: 'є',
  none: 'немає',

  exportDone: 'Записано «{csv}» (кейсів у списку: {selected}; нічия на межі: {tied}) і «{html}».',

  help_init:
    'init [--owner email] [--now "2024-09-20 09:00"] [--force]\n  Нова робоча тека: головна таблиця (локаль uk_UA), меню, «Налаштувати таблицю».\n  Рік конкурсу й дати в аркуші «Налаштування» — того самого року, що й --now.\n  --owner  секретар, власник таблиці (типово secretary@example.org)\n  --now    початковий час симуляції за Києвом (типово — зараз)\n  --force  замінити наявну робочу теку',
  help_importCases:
    'import-cases <файл.csv|файл.xlsx> [--encoding utf-8|windows-1251]\n  Імпорт кейсів тим самим шляхом, що й вікно «З файлу CSV…». CSV — у UTF-8 (з BOM чи без);\n  XLSX — перший аркуш. До 20 МБ.',
  help_importMembers:
    'import-members <файл.csv|файл.xlsx> [--encoding utf-8|windows-1251]\n  Члени комісії зі стовпцями «ПІБ», «Email», «Організація», «Статус»: нові адреси додаються,\n  наявні оновлюються на місці; стовпці скрипту (E–J) не змінюються.',
  help_settings:
    'settings ["<параметр>" ["<значення>"]]\n  Без аргументів — усі налаштування; з одним — значення параметра; з двома — вводить значення\n  в аркуш «Налаштування» як секретар і перевіряє налаштування (з помилками — не зберігає).',
  help_menu:
    'menu "<пункт меню>" [--yes] [--text <відповідь> …]\n  Пункт меню ТОП-100 від імені секретаря. --yes відповідає «Так» на підтвердження.\n  --text — відповідь на один запит (наприклад, посилання на таблицю); кілька запитів — кілька --text\n  у порядку запитів. Запит без своєї відповіді скасовує дію; зайва відповідь — теж (нічого не зберігається).',
  help_tick:
    'tick --until "2024-10-01 12:00"\n  Просуває годинник симуляції (київський час), запускаючи тригер диспетчера в його час.',
  help_memberImport:
    'member-import <email> <заповнений.xlsx>\n  Зміни з файлу члена комісії вносяться в його таблицю від його імені\n  (захист і перевірка даних діють; відхилені клітинки перелічуються).',
  help_memberExport:
    'member-export <email> [--out файл.xlsx]\n  Поточна таблиця члена комісії як .xlsx (щоб заповнити без мережі й повернути через member-import).',
  help_status:
    'status\n  Час, хід оцінювання членів комісії, кількість кейсів і оцінок, нагадування, листи, виконання.',
  help_export:
    'export [--out <тека>]\n  Зберігає робочу теку і записує top100.csv, report.html і, якщо їх зроблено, плакати стендів stands/*.pdf\n  (типово — у робочу теку).',
  summary_init: 'нова робоча тека з головною таблицею',
  summary_importCases: 'імпорт кейсів з CSV або XLSX',
  summary_importMembers: 'імпорт членів комісії з CSV або XLSX',
  summary_settings: 'перегляд і зміна налаштувань',
  summary_menu: 'пункт меню ТОП-100 від імені секретаря',
  summary_tick: 'просунути час симуляції',
  summary_memberImport: 'внести заповнений .xlsx члена комісії',
  summary_memberExport: 'таблиця члена комісії як .xlsx',
  summary_status: 'стан оцінювання',
  summary_export: 'top100.csv і report.html',
};

export type MessageKey = keyof typeof UK;

const EN: Record<MessageKey, string> = {
  usage: 'Usage: npm run local -- <command> [options]   (--help after any command for help)',
  commandsTitle: 'Commands:',
  commonOptions:
    'Common options: --dir <folder> (the workspace, default ./workspace), --lang uk|en (message language), --help',
  unknownCommand: 'Unknown command «{name}». Available: {names}.',
  badArgs: 'Command «{name}»: {error}. Help: npm run local -- {name} --help',
  badGlobalArgs: '{error}. Help: npm run local -- --help',
  argUnknownOption: 'there is no option «{option}»',
  argNeedsValue: 'option «{option}» needs a value: {option} <value>',
  argTakesNoValue: 'option «{option}» takes no value',
  argUnexpected: 'unexpected argument «{arg}»',
  argRepeated: 'option «{option}» is given more than once',
  argUnreadable: 'the options could not be read',
  tooFewArgs: 'Command «{name}» needs arguments: {usage}',
  tooManyArgs: 'Command «{name}»: extra arguments {extra}. Usage: {usage}',
  badLang: 'Language «{value}» is not supported: use uk or en.',

  noWorkspace:
    'The folder «{dir}» holds no ТОП-100 workspace (no state.json). Create one: npm run local -- init --dir "{dir}"',
  badWorkspace:
    'Could not open the workspace «{dir}»: its state.json is damaged or was written by another version ({error}). Restore the folder from a copy or create a new one: npm run local -- init --force --dir "{dir}"',
  noBundle: 'The built script «{file}» is missing. Build it: npm run build',
  workspaceExists:
    'The folder «{dir}» already holds a ТОП-100 workspace. To replace it with a new one (losing everything in it), add --force.',
  saved: 'Saved in «{dir}».',
  notSaved: 'Nothing was changed.',

  badEmail: '«{value}» does not look like an email address.',
  badDateTime:
    'Could not read the date and time «{value}». Format: «2024-10-01 12:00» or «01.10.2024 12:00» (Kyiv time).',
  timeGap: '«{value}» does not exist in Kyiv time (the clocks go forward): {chosen} is used.',
  timeRepeated: '«{value}» happens twice (the clocks go back): the first, {chosen} (summer time), is used.',
  noSuchFile: 'File «{file}» not found.',
  notAFile: '«{file}» is not a file.',
  emptyFile: 'File «{file}» is empty.',
  fileTooBig: 'File «{file}» is too large: {size} MB (at most {limit} MB).',
  oldExcel:
    'File «{file}» is in the old Excel format (.xls). Save it as «Excel Workbook (.xlsx)» or «CSV UTF-8».',
  badXlsx:
    'File «{file}» could not be read as an Excel workbook (.xlsx): it is damaged or in another format. Save it again as «Excel Workbook (.xlsx)» and try again.',
  xlsxNoSheet: 'File «{file}» has no sheets.',
  notUtf8:
    'File «{file}» is not UTF-8 (the first bad byte is on line {line}). It looks like Windows-1251 (how Excel saves «CSV» in Ukrainian). Save it as «CSV UTF-8 (comma delimited)» or run the command with --encoding windows-1251.',
  alreadyUtf8: 'File «{file}» is already UTF-8: drop --encoding windows-1251.',
  badEncoding: 'Encoding «{value}» is not supported: use utf-8 or windows-1251.',

  initDone: 'Created the workspace «{dir}»: master spreadsheet «{name}», owner {owner}, time {now} (Kyiv).',
  initSetup: 'Ran «{caption}»: {report}',
  initSettings: 'Settings «{secretary}» and «{replyTo}»: {owner}.',
  initNext:
    'Next: import-members <file>, import-cases <file>, settings "<setting>" "<value>", menu "Створити таблиці членів комісії".',
  initFailed: 'Setting up the spreadsheet failed: {error}',

  importCasesFailed: 'Cases from «{file}» were not imported:\n{error}',
  importCasesDone: '{report}',
  importCasesXlsx: 'Read sheet «{sheet}» of «{file}», rows: {rows}.',

  membersProblems: 'File «{file}» was not imported — fix these:\n{problems}',
  membersNoTab: 'The master has no «{tab}» tab. Run: npm run local -- menu "Налаштувати таблицю"',
  membersTabProblems: 'After the paste the «{tab}» tab has errors, so nothing was changed:\n{problems}',
  membersDone:
    'Members from «{file}»: {added} added, {updated} updated, {same} unchanged; {total} in the tab.',
  membersEditRefused: 'The «{tab}» tab refused the paste: {error}',
  warnings: 'Notes:',
  placeFile: 'File «{file}»',

  settingsUnknown: 'There is no setting «{label}» in the «{tab}» tab. These exist:\n{labels}',
  settingsRefused: 'The value «{value}» was refused in «{label}»: {error}',
  settingsProblems: 'The value «{value}» for «{label}» was not saved — the settings have errors:\n{problems}',
  settingsSet: '«{label}» = {value}',
  settingsDeadline: '{value} (time zone {zone})',
  settingsList: 'Settings ({tab}):',
  settingsNoTab: 'The master has no «{tab}» tab. Run: npm run local -- menu "Налаштувати таблицю"',

  menuUnknown: 'There is no menu item «{caption}». These exist:\n{captions}',
  menuItems: 'Items of the «{menu}» menu:',
  menuFailed: 'The action «{caption}» failed: {error}',
  menuUserError: 'The action «{caption}» was not done.',
  menuDeclined: 'The action «{caption}» was cancelled: it asks for confirmation. To answer «Yes», add --yes.',
  menuQuestion: 'Question: {question}',
  menuPromptCancelled:
    'The action «{caption}» was cancelled: it asks for more answers than were given ({given}). Every prompt needs its own answer: add --text "<answer>" for each prompt, in the order they are asked (an empty string takes the default).',
  menuExtraAnswers:
    'The action «{caption}» was not saved: --text answers given: {given}; prompts asked: {asked}. Each answer is for its own prompt; check their order and number.',
  menuAnsweredYes: 'Question: {question}\nAnswer: «Yes».',
  menuAnswered: 'Prompt: {question}\nAnswer: «{answer}».',
  menuUnanswered: 'Prompt left without an answer: {question}',
  menuDialog: 'A dialog «{title}» opened — it does not work on the command line.',
  menuCsvHint: 'To import a CSV, run: npm run local -- import-cases <file.csv>',
  menuSidebar: 'The sidebar «{title}» opened; its content is saved in «{file}».',
  menuEmails: 'Emails sent: {count}.',
  standsWritten: 'The stands’ posters (PDF, files: {count}) are in «{dir}».',
  menuNoMenu: 'The workspace has no ТОП-100 menu (onOpen never ran). Create it again: init --force',

  tickPast: 'The time «{until}» is not later than the simulated time ({now}). The clock only goes forward.',
  tickDone: 'Time: {from} → {to} (Kyiv). Trigger runs: {runs}, with errors: {errors}, emails sent: {emails}.',
  tickErrors: 'Errors:',
  tickNoTrigger: 'There is no dispatcher trigger — run menu "Налаштувати таблицю".',
  tickMissing: 'Give the time: tick --until "2024-10-01 12:00"',

  memberUnknown: 'There is no member {email} in the «{tab}» tab.',
  memberNoSheet:
    'Member {email} has no spreadsheet yet. Run: npm run local -- menu "Створити таблиці членів комісії"',
  memberNoAccess:
    'The spreadsheet of {email} could not be opened as that member: they have no access to it (not shared, moved or deleted).',
  memberWrongFile:
    'File «{file}» is the evaluation spreadsheet of {owner}, not of {email}. Scores are entered as the person whose spreadsheet it is: run member-import with {ownerEmail}, or take the file of {email}.',
  memberUnknownFile:
    'File «{file}» is not the evaluation spreadsheet of {email}: it is «{found}», while theirs is «{expected}». Take the file member-export saved for {email}.',
  memberNoIdentity:
    "File «{file}» does not show whose evaluation spreadsheet it is (neither its title nor the line with the member's name). Take the file member-export saved for {email}.",
  memberImported: 'Cells changed from «{file}» as {email}: {applied}.',
  memberRefused: 'Refused ({count}):',
  memberNothingApplied: 'Not a single change from «{file}» was accepted:\n{refusals}',
  memberNoChanges: 'File «{file}» does not differ from the spreadsheet of {email}: no changes.',
  memberRowsMoved:
    'In «{file}» the rows of sheet «{sheet}» were reordered: row {row} holds case {found}, the spreadsheet has {expected}. Scores are entered row by row, so restore the original order (as downloaded) and try again.',
  memberCollectHint: 'To collect the scores, run tick or menu "Зібрати оцінки зараз".',
  memberExported: 'The spreadsheet of {email} saved as «{file}».',
  refusedProtected: 'the cell is protected',
  refusedInvalid: 'the value breaks the data validation rule',
  refusedNoSheet: 'no such sheet in the spreadsheet',
  refusedOutside: 'outside the sheet',
  refusedAccess: 'no edit access',

  statusTime: 'Simulated time: {now} (Kyiv).',
  statusDeadline: 'Deadline: {deadline}.',
  statusNextReminder: 'Next reminder: {at}.',
  statusNoReminder: 'No more reminders scheduled.',
  statusCases:
    'Cases: {cases}. Evaluations: {valid} valid, {invalid} invalid, {incomplete} incomplete, {blank} blank, {recused} conflict of interest.',
  statusMembers: 'Members ({count}):',
  statusMember:
    '  {name} <{email}>: {status}; sheet {sheet}; invited {invited}; scored {scored}; errors {errors}; activity {last}; done {done}',
  statusNoMembers: 'No members yet.',
  statusEmails: 'Emails sent: {count}.',
  statusExecutions: 'Script executions: {count}, with errors: {errors}.',
  statusTrigger: 'Next dispatcher run: {at}.',
  statusNoTrigger: 'There is no dispatcher trigger.',
  statusSettingsProblems: 'The settings have errors ({count}) — reminders not computed.',
  yes: 'yes',
  no: 'no',
  has: 'yes',
  none: 'none',

  exportDone: 'Written «{csv}» (cases in the list: {selected}; tied at the cut-off: {tied}) and «{html}».',

  help_init:
    'init [--owner email] [--now "2024-09-20 09:00"] [--force]\n  A new workspace: the master spreadsheet (uk_UA locale), the menu, «Налаштувати таблицю».\n  The year and the dates in «Налаштування» are those of --now.\n  --owner  the secretary who owns the master (default secretary@example.org)\n  --now    the simulated start time in Kyiv (default: now)\n  --force  replace an existing workspace',
  help_importCases:
    'import-cases <file.csv|file.xlsx> [--encoding utf-8|windows-1251]\n  Imports cases the same way as the «З файлу CSV…» dialog. CSV in UTF-8 (BOM or not);\n  XLSX: the first sheet. Up to 20 MB.',
  help_importMembers:
    "import-members <file.csv|file.xlsx> [--encoding utf-8|windows-1251]\n  Members with columns «ПІБ», «Email», «Організація», «Статус»: new addresses are appended,\n  existing ones updated in place; the script's columns (E–J) are never touched.",
  help_settings:
    'settings ["<setting>" ["<value>"]]\n  No arguments: every setting; one: that setting\'s value; two: types the value into «Налаштування»\n  as the secretary and validates the settings (not saved when they have errors).',
  help_menu:
    'menu "<menu item>" [--yes] [--text <answer> …]\n  A ТОП-100 menu item as the secretary. --yes answers «Yes» to a confirmation.\n  --text answers one prompt (a spreadsheet link, say); several prompts, several --text in the order\n  asked. A prompt without its own answer cancels the action; so does an answer left over (nothing is saved).',
  help_tick:
    'tick --until "2024-10-01 12:00"\n  Moves the simulated clock (Kyiv time), firing the dispatcher trigger at its times.',
  help_memberImport:
    "member-import <email> <filled.xlsx>\n  A member's offline-filled file entered into their spreadsheet as their own edits\n  (protection and data validation apply; refused cells are listed).",
  help_memberExport:
    "member-export <email> [--out file.xlsx]\n  The member's current spreadsheet as .xlsx (to fill offline and bring back with member-import).",
  help_status:
    "status\n  The time, each member's progress, case and evaluation counts, reminders, emails, executions.",
  help_export:
    'export [--out <folder>]\n  Saves the workspace and writes top100.csv, report.html and, once made, the stands’ posters stands/*.pdf\n  (default: into the workspace).',
  summary_init: 'a new workspace with a master spreadsheet',
  summary_importCases: 'import cases from CSV or XLSX',
  summary_importMembers: 'import members from CSV or XLSX',
  summary_settings: 'view and change settings',
  summary_menu: 'a ТОП-100 menu item as the secretary',
  summary_tick: 'move the simulated time forward',
  summary_memberImport: "enter a member's filled .xlsx",
  summary_memberExport: "a member's spreadsheet as .xlsx",
  summary_status: 'where the evaluation stands',
  summary_export: 'top100.csv and report.html',
};

/** A text in both languages; what is printed depends on --lang. */
export interface Text {
  uk: string;
  en: string;
}

/** A parameter may itself differ by language (a list of problems, «так»/«yes»). */
export type Param = string | number | Text;

const fill = (template: string, params: Record<string, Param>, lang: Lang): string =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    if (!Object.prototype.hasOwnProperty.call(params, name)) return whole;
    const v = params[name];
    return typeof v === 'object' ? v[lang] : String(v);
  });

export function t(key: MessageKey, params: Record<string, Param> = {}): Text {
  return { uk: fill(UK[key], params, 'uk'), en: fill(EN[key], params, 'en') };
}

/** The same words in both languages (a text the script produced only in Ukrainian, a path, a number). */
export const same = (s: string): Text => ({ uk: s, en: s });

/** Lines joined in each language. */
export function lines(texts: Text[]): Text {
  return { uk: texts.map((x) => x.uk).join('\n'), en: texts.map((x) => x.en).join('\n') };
}

/** A bulleted list, one item a line (problems carry both languages already). */
export function bullets(items: Text[]): Text {
  return lines(items.map((x) => ({ uk: `  • ${x.uk}`, en: `  • ${x.en}` })));
}

/** An error a person can fix: its message names the problem and the place; exit code 1 (2 for usage). */
export class CliError extends Error {
  constructor(
    readonly text: Text,
    readonly exitCode = 1,
  ) {
    super(text.en);
    this.name = 'CliError';
  }
}
