// The workflows' texts (menus, alerts, journal, member sheets, emails): Ukrainian first, English second.
import { fillMessage } from './plural';
import type { ApplicantType, Lang, Place, Problem } from './types';

const UK = {
  menuTitle: 'ТОП-100',
  menuSetup: 'Налаштувати таблицю',
  menuImport: 'Імпортувати кейси',
  menuImportTab: 'З аркуша «Кейси»',
  menuImportSheet: 'З іншої Google-таблиці…',
  menuImportCsv: 'З файлу CSV…',
  menuCreateSheets: 'Створити таблиці членів комісії',
  menuInvite: 'Надіслати запрошення',
  menuCollect: 'Зібрати оцінки зараз',
  menuRemind: 'Надіслати нагадування зараз',
  menuPanel: 'Панель прогресу',
  menuClose: 'Завершити оцінювання',
  menuRating: 'Обчислити рейтинг',
  menuCheck: 'Перевірка системи',

  busy: 'Зараз працює інша дія ТОП-100 (наприклад, автоматичний збір оцінок). Спробуйте ще раз за хвилину.',
  yes: 'так',
  no: 'ні',
  weight: 'вага',
  openMySheet: 'Відкрити мою таблицю оцінювання',
  openMaster: 'Відкрити головну таблицю',

  setupMissingTab: 'Немає аркуша «{tab}». Запустіть «ТОП-100 → Налаштувати таблицю».',
  casesNeedImport:
    'У аркуші «{tab}» є кейси без ID. Запустіть «ТОП-100 → Імпортувати кейси → З аркуша «Кейси»», щоб перевірити їх і присвоїти ID.',
  setupReport:
    'Таблицю налаштовано.\nСтворено аркуші: {created}\nЗаповнено заголовки: {filled}\nІснуючі дані не змінено.',
  setupDetails: 'створено аркуші: {created}; заповнено: {filled}; тригер диспетчера: {trigger}',

  sourceTab: 'аркуш «{tab}»',
  sourceSheet: 'Google-таблиця {id}',
  importReport: 'Імпортовано кейсів: {count} (джерело: {source}).\nПопереджень: {warnings}.',
  importDetails: 'кейсів: {count}; джерело: {source}; попереджень: {warnings}',
  importEmpty: 'Джерело «{source}» порожнє: немає жодного рядка з кейсами.',
  importTooBig:
    'Файл «{source}» завеликий ({size} {size#символ|символи|символів}). Завантажте його в Google-таблицю та імпортуйте за посиланням.',
  importEncoding:
    'Файл «{source}» схоже збережено не в UTF-8 (наприклад, Windows-1251): літери відображаються неправильно. Збережіть його в Excel як «CSV UTF-8 (розділювач — кома)» і спробуйте ще раз.',
  importBadLink:
    'Не вдалося розпізнати посилання на Google-таблицю: «{value}». Скопіюйте адресу з рядка браузера.',
  importNoAccess: 'Не вдалося відкрити таблицю «{value}»: {error}. Перевірте, що вона надана вам у доступ.',
  importAfterDistribution:
    'Таблиці членів комісії вже створено, тож список кейсів змінювати не можна: це змінило б їхні завдання. Нові кейси додайте наступного року або зверніться до адміністратора.',
  importSheetPrompt:
    'Вставте посилання на Google-таблицю з кейсами (перший аркуш, перший рядок — заголовки):',

  folderName: 'ТОП-100 {year} — таблиці оцінювання',
  folderCreated: 'створено папку на Диску {id}',
  folderUnreachable:
    'Папка на Диску з ID «{value}» (Налаштування) недоступна для скрипта. Залиште це поле порожнім — скрипт створить власну папку.',
  noActiveMembers: 'В аркуші «Члени комісії» немає жодного активного члена комісії.',
  noCases: 'В аркуші «Кейси» немає кейсів. Спершу імпортуйте кейси.',
  conflictDetectedNote: 'організація члена комісії збігається з заявником',
  conflictsDetected: 'виявлено конфліктів інтересів за організацією: {count}',
  memberFileName: 'ТОП-100 {year} — оцінювання — {name}',
  memberSheetTitle: 'ТОП-100 {year} · оцінювання · {name} · термін: {deadline} (Київ)',
  memberProgressPrefix: 'Заповнено балів:',
  memberProgressOf: 'з',
  scoreHelp: 'Бал — {scale}. Порожня клітинка — ще не оцінено (не нуль).',
  protectionDescription: 'ТОП-100: змінювати можна лише бали, конфлікт інтересів і коментар',
  protectionClosed: 'ТОП-100: оцінювання завершено, таблиця лише для перегляду',
  closedNote: 'Оцінювання завершено. Дякуємо!',
  instrTitle: '{title} — {year}. Інструкція для члена комісії',
  instrHello:
    'Шановна/шановний {name}! Це ваша особиста таблиця оцінювання. Її бачите лише ви та секретар комісії.',
  instrDeadline:
    'Термін: {deadline} (за київським часом). Після цього таблиця стане доступною лише для перегляду.',
  instrCount: 'Кейсів для оцінювання: {count}.',
  instrScale: 'Оцініть кожен кейс за чотирма критеріями (стовпці К1–К4): бал — {scale}.',
  instrCriteria: 'Критерії оцінювання (протокол засідання комісії):',
  instrConflict:
    'Якщо у вас конфлікт інтересів щодо кейсу (ви працюєте в організації-заявнику тощо), поставте позначку в стовпці «Конфлікт інтересів» — ваша оцінка цього кейсу не враховуватиметься.',
  instrComment: 'Коментар — за бажанням.',
  instrCheck:
    'Стовпець «Перевірка» заповнюється автоматично кожні 10 хвилин: ✓ — оцінку прийнято; текст — що саме треба виправити (наприклад, «десять» замість 10 або 8,5 там, де потрібне ціле число).',
  instrSort:
    'Рядки можна фільтрувати (Дані → Створити вигляд фільтра): оцінки зіставляються за ID кейсу, а не за номером рядка.',
  instrSaved: 'Зберігати нічого не потрібно: Google Таблиці зберігають кожну зміну.',
  instrContact: 'Питання: {replyTo}.',

  actSetup: 'Налаштування таблиці',
  actImport: 'Імпорт кейсів',
  actImportWarning: 'Попередження імпорту',
  actFolder: 'Папка на Диску',
  actConflicts: 'Конфлікти інтересів',
  actSheetCreated: 'Створено таблицю члена комісії',
  sheetCreatedDetails: '{name} <{email}>: кейсів {count}; файл {id}',
  actSheetsPaused: 'Створення таблиць продовжиться',
  sheetsPaused:
    'залишилось створити: {remaining}; продовження — під час наступного автоматичного запуску (до 10 хв)',
  actSheetLocked: 'Таблицю закрито (член комісії вибув)',
  sheetLockedDetails: '{name} <{email}>',
  sheetsReport:
    'Таблиці членів комісії готові: створено {created}, уже були {ready}.\nВиявлено конфліктів за організацією: {conflicts}.',
  sheetsReportPartial:
    'Створено таблиць: {created}; ще {remaining} буде створено автоматично протягом 10 хвилин (ліміт часу Apps Script).\nВиявлено конфліктів за організацією: {conflicts}.',

  actInvite: 'Запрошення надіслано',
  inviteDetails: '{name} <{email}>',
  inviteConfirm: 'Надіслати запрошення всім членам комісії, які його ще не отримали?',
  inviteReport:
    'Надіслано запрошень: {sent}. Уже були надіслані: {already}. Чекають на ліміт: {waiting}.\nЗалишок денного ліміту листів: {quota}.',
  inviteUnconfirmed: 'Не підтверджено надсилання (перервано): {emails}. Перевірте «Надіслані» в Gmail.',
  actMailWaiting: 'Листи чекають на ліміт',
  mailWaiting:
    'не надіслано {count}: денний ліміт листів вичерпано (залишок {quota}); продовження — під час наступного запуску',
  actMailUnconfirmed: 'Надсилання не підтверджено',
  mailUnconfirmed:
    'лист для {email} почали надсилати, але виконання перервалось; повторно не надсилається — перевірте «Надіслані»',

  actCollect: 'Збір оцінок',
  collectDetails: 'прочитано таблиць: {files}; змінено оцінок: {changed}; недійсних: {invalid}',
  collectReport: 'Прочитано таблиць: {files}. Змінено оцінок: {changed}. Недійсних: {invalid}.',
  collectRemaining:
    'Решту таблиць ({remaining}) буде прочитано під час наступного автоматичного запуску (до 10 хв).',
  actCollectProblem: 'Проблема під час збору',
  actScore: 'Оцінку зібрано',
  actLate: 'Зміни після терміну не враховано',
  lateDetails: '{name} <{email}>: таблицю змінено після терміну; враховано оцінки, зібрані до терміну',
  fileUnreachable: 'Таблиця {name} <{email}> недоступна: {error}',
  sheetMissing: 'У таблиці {name} <{email}> немає аркуша «Оцінювання»',
  rowsMissing: 'У таблиці {name} бракує рядків кейсів ({count}): {ids}. Раніше зібрані оцінки збережено.',
  changeConflict: 'конфлікт → {value}',
  changeComment: 'коментар змінено',
  checkValid: '✓',
  checkRecused: '✓ конфлікт інтересів',
  checkIncomplete: 'Бракує: {missing}',
  checkNoId: 'Рядок без ID кейсу: бали тут не враховуються',
  checkUnknownId: 'ID «{id}» не з вашого списку: бали тут не враховуються',
  checkDuplicateId: 'ID «{id}» повторюється: враховано перший рядок',

  remindConfirm:
    'Надіслати нагадування {count} {count#членові|членам|членам} комісії з незавершеною роботою?\n{names}',
  remindNobody: 'Усі члени комісії завершили оцінювання: нагадувати нікому.',
  remindReport: 'Надіслано нагадувань: {sent}. Чекають на ліміт: {waiting}. Уже завершили: {finished}.',
  actRemind: 'Нагадування надіслано',
  remindDetails: '{name} <{email}>: залишилось кейсів {remaining} ({wave})',

  actClose: 'Оцінювання завершено',
  closeDetails: 'знімок: «{snapshot}»; закрито таблиць: {locked}; змінених після терміну: {late}',
  closeConfirm:
    'Завершити оцінювання? Буде виконано останній збір оцінок, таблиці членів комісії стануть лише для перегляду, а «Оцінки» буде збережено знімком.',
  closeAlready: 'Оцінювання вже завершено.',
  closeReport:
    'Оцінювання завершено. Закрито таблиць: {locked}.\nЗнімок: «{snapshot}».\nДо ТОП-100 увійшло {selected}; нічия на межі: {tied}.',
  closePartial:
    'Завершення триває: решту таблиць ({remaining}) буде оброблено автоматично протягом 10 хвилин.',
  closeMailSubject: '{title} {year}: оцінювання завершено',
  closeMailBody:
    'Оцінювання завершено {at}.\nДо списку увійшло кейсів: {selected}.\nНічия на межі (рішення комісії): {tied}.\nНижче кворуму: {below}.\nТаблиць, змінених після терміну: {late}.\nЗнімок оцінок: «{snapshot}».',
  snapshot: 'знімок',
  snapshotProtection: 'Знімок оцінок на момент завершення — не змінювати',

  actRating: 'Рейтинг обчислено',
  ratingDetails:
    'кейсів: {cases}; у рейтингу: {ranked}; до списку: {selected}; нічия: {tied} на {seatsForTied} {seatsForTied#місце|місця|місць}; нижче кворуму: {belowQuorum}; попередній: {provisional}',
  ratingProvisional: 'ПОПЕРЕДНІЙ рейтинг: оцінювання триває (обчислено {at})',
  ratingFinal: 'Рейтинг після завершення оцінювання (обчислено {at})',
  ratingReport:
    'Рейтинг обчислено. До списку ТОП-100 увійшло кейсів: {selected}; нічия на межі: {tied} {tied#кейс|кейси|кейсів} на {seats} {seats#місце|місця|місць}; нижче кворуму: {below} (усього кейсів: {cases}).',
  ratingReportProvisional:
    'Попередній рейтинг обчислено (оцінювання триває). Зараз до списку входить кейсів: {selected}; нічия на межі: {tied} на {seats} {seats#місце|місця|місць}; нижче кворуму: {below} (усього кейсів: {cases}).',
  decisionSelected: 'до списку',
  decisionTie: 'нічия на межі — рішення комісії',
  decisionBelowQuorum: 'нижче кворуму',
  flag_belowQuorum: 'нижче кворуму',
  flag_tieAtCutoff: 'нічия на межі',
  flag_highDisagreement: 'великий розкид оцінок',
  flag_borderline: 'межовий кейс',
  menuStability: 'Аналіз стабільності та узгодженості',
  actStability: 'Аналіз стабільності та узгодженості',
  stabilityDetails:
    'кейсів: {cases}; межових: {borderline}; стабільно в списку: {stableIn}; стабільно поза списком: {stableOut}; нижче кворуму: {belowQuorum}; повторних вибірок: {resamples} (зерно {seed}); α суми балів: {alpha}',
  stabilityReport:
    'Аналіз виконано.\nМежових кейсів: {borderline} — їх позначено в «Рейтинг» і наведено першими на аркуші «Стабільність».\nСтабільно в списку: {stableIn}; стабільно поза списком: {stableOut}; нижче кворуму: {belowQuorum}.\nУзгодженість членів комісії (α суми балів): {alpha} — {reading}. Подробиці — на аркуші «Узгодженість».',
  stabilityTitle:
    'Стабільність ТОП-{winners}: межових кейсів {borderline} — порядок денний засідання (обчислено {at})',
  stabilityProvisional: 'ПОПЕРЕДНІЙ аналіз: оцінювання триває. ',
  stabilityRules:
    'Як читати. «Частота» — у скількох із {resamples} повторних вибірок членів комісії (вибір із поверненням, зерно {seed}) кейс потрапляє до ТОП-{winners}. Стабільно в списку: кейс у списку зараз, частота ≥ {high} % і кожне правило (середнє, z-оцінки, медіана, усічене середнє) теж ставить його в список. Стабільно поза списком: кейс поза списком зараз (без нічиєї на межі), частота ≤ {low} % і жодне правило не ставить його в список. Усі інші — межові кейси: їх варто обговорити на засіданні.',
  stabilityIn: 'так',
  stabilityOut: 'ні',
  stabilityTie: 'нічия на межі',
  verdict_stableIn: 'стабільно в списку',
  verdict_borderline: 'межовий кейс',
  panelBorderline: 'Межові кейси для засідання: {count}',
  panelBorderlineNotRun: 'Межові кейси: аналіз стабільності ще не виконано.',
  verdict_stableOut: 'стабільно поза списком',
  verdict_belowQuorum: 'нижче кворуму — не ранжується',
  reason_bootstrap: 'частота {frequency} %',
  reason_rules: 'інше рішення за правилом: {rules}',
  reason_tieAtCutoff: 'нічия на межі',
  rule_mean: 'середнє',
  rule_zScore: 'z-оцінки',
  rule_median: 'медіана',
  rule_trimmedMean: 'усічене середнє',
  agreementTitle:
    'Узгодженість оцінок членів комісії: альфа Кріппендорфа, інтервальна шкала (обчислено {at})',
  agreementHelp:
    'α = 1 — члени комісії оцінюють кейси однаково; α ≈ 0 — узгодженість не більша, ніж у випадкових оцінок. Від 0,8 — висока; 0,667–0,8 — прийнятна для попередніх висновків; нижче — низька. Порожні й недійсні оцінки та конфлікт інтересів — пропуски, не нулі.',
  agreementCriterion: 'К{n}: {title}',
  agreementTotal: 'Сума балів',
  alpha_high: 'висока узгодженість',
  alpha_tentative: 'прийнятна для попередніх висновків',
  alpha_low: 'низька: рейтинг значною мірою залежить від того, хто оцінював',
  alpha_undefined:
    'недостатньо даних: немає кейсів із двома й більше дійсними оцінками або оцінки не різняться',
  agreementMembersTitle:
    'Члени комісії порівняно з іншими на тих самих кейсах. Суворість — середня різниця між сумою балів члена комісії і середнім інших (мінус — суворіше, плюс — м’якше; у межах ±{neutral} {neutral#бала|балів|балів|бала} — близько до інших). Узгодженість — кореляція із середнім інших: від 0,7 — ранжує так само, 0,4–0,7 — помірно, нижче — інакше.',
  severity_stricter: 'суворіше за інших: у середньому на {points} {points#бал|бали|балів|бала} нижче',
  severity_milder: 'м’якше за інших: у середньому на {points} {points#бал|бали|балів|бала} вище',
  severity_close: 'близько до інших (різниця {points} {points#бал|бали|балів|бала})',
  severity_unknown: 'немає спільних кейсів з іншими',
  consistency_high: 'ранжує кейси так само, як інші',
  consistency_moderate: 'помірно узгоджено з іншими',
  consistency_low: 'ранжує кейси інакше, ніж інші',
  consistency_unknown: 'замало спільних кейсів для кореляції',
  topTitle: '{title} — {year}: загальний список без місць ({count})',
  topGroup: 'Група',
  topTieHeader:
    'Нічия на межі: {count} {count#кейс|кейси|кейсів} на {seats} {seats#місце|місця|місць} — рішення комісії',

  actTick: 'Автоматичний запуск',
  actWatchdog: 'Автоматичний запуск відновлено',
  actRowRestored: 'Рядок «Оцінок» відновлено',
  rowRestored: '{name} · {id}: рядок було видалено з «Оцінок»; відновлено з таблиці члена комісії',
  watchdogDetails: 'тригер диспетчера: {check} (не запускався понад 30 хв або був відсутній)',
  protectionScriptTab: 'ТОП-100: цей аркуш заповнює скрипт; ручні зміни буде перезаписано',
  actTickError: 'Помилка автоматичного запуску',
  actFileMissing: 'Таблиця члена комісії зникла з папки',
  fileMissingDetails:
    'Таблиці {name} <{email}> немає в папці ТОП-100 (у кошику або переміщена): нові оцінки з неї не збираються; уже зібрані збережено. Відновіть її з кошика Google Диска: {link}',
  alertMailSubject: '{title}: автоматичний запуск потребує уваги',
  alertMailBody:
    'Автоматичний запуск ТОП-100 виявив проблему, яку треба виправити:\n\n{error}\n\nНаступний запуск відбудеться через 10 хвилин. Про цю саму помилку повторно лист не надсилається; її видно на панелі прогресу та в «Журналі».',
  tickBusy: 'пропущено: триває інша дія',
  actError: 'Помилка',

  actCheck: 'Перевірка системи',
  checkSettings: 'Налаштування',
  checkSettingsOk: 'рік {year}, переможців {winners}',
  checkTemplates: 'Тексти листів і передмова каталогу',
  checkTemplatesOk: 'усі підстановки відомі (текстів: {count})',
  checkSpreadsheet: 'Таблиці (створення, запис, перевірка даних, захист)',
  checkSpreadsheetOk: 'працює',
  checkScratchName: 'ТОП-100 — перевірка системи (можна видалити)',
  checkReadBackFailed: 'записане значення не прочиталось назад',
  checkDrive: 'Google Диск (доступи, кошик)',
  checkDriveOk: 'працює (доступів у тестового файлу: {perms}); тестовий файл у кошику',
  checkNoScratch: 'тестову таблицю не створено',
  checkDocuments: 'Документи (протокол, дипломи, каталог у PDF)',
  checkDocumentsOk: 'працює; тестовий PDF {bytes} {bytes#байт|байти|байтів}, документ у кошику',
  checkTriggers: 'Тригери',
  checkTriggersOk: 'працює; диспетчер: {state}; тригерів: {count}',
  checkProperties: 'Властивості скрипта',
  checkPropertiesOk: 'працює',
  checkLock: 'Блокування',
  checkLockOk: 'працює',
  checkLockBusy: 'не вдалося отримати блокування за 5 с',
  checkMail: 'Пошта',
  checkMailQuota: 'залишок денного ліміту: {quota}',
  checkMailOk: 'тестовий лист надіслано на {to}; залишок ліміту: {quota}',
  checkMailSubject: 'ТОП-100: перевірка пошти',
  checkMailBody: 'Це тестовий лист перевірки системи ТОП-100. Відповідати не потрібно.',

  panelLeft: 'До терміну: {days} дн. {hours} год. (термін {deadline})',
  panelClosed: 'Оцінювання завершено.',
  panelProblems: 'потребує виправлення: {count}',
  panelTick: 'Автоматичний збір: {at}',
  panelLoading: 'Завантаження…',
  panelCountdown: '{days} дн. {hours} год.',
  panelCountdownTo: 'до кінцевого терміну {deadline} ({zone})',
  panelRemindNone: 'Нагадувати нікому: усі завершили оцінювання або вже отримали нагадування сьогодні.',
  panelClose: 'Закрити',
  panelDeadlineZone: 'київський час',
  panelOverdue:
    'Термін минув {deadline}: оцінювання буде завершено під час наступного автоматичного запуску.',
  panelEditTerms: 'Змінити терміни…',
  panelActions: 'Дії',
  panelRemind: 'Надіслати нагадування…',
  panelRefresh: 'Оновити',
  panelWorking: 'Виконується: {action}…',
  panelUpdated: 'Оновлено: {at}',
  panelCases: 'Кейси',
  panelBelowQuorum: 'Нижче кворуму: {below} з {total}. Кворум — мінімум дійсних оцінок на кейс: {quorum}.',
  panelMembers: 'Члени комісії',
  panelNoMembers: 'Немає активних членів комісії.',
  panelBarLabel: '{name}: оцінено кейсів',
  panelScored: 'Оцінено {valid} з {assigned}',
  panelInvalid: 'недійсних: {count}',
  panelIncomplete: 'неповних: {count}',
  panelDone: 'завершено',
  panelLastActivity: 'Остання активність: {at}',
  panelNoActivity: 'Оцінок ще не зібрано.',
  panelNoSheet: 'Таблицю оцінювання ще не створено.',
  panelDispatcher: 'Автоматичний запуск',
  panelLastRun: 'Останній: {at}',
  panelNextRun: 'Наступний: ≈ {at}',
  panelNeverRun: 'Ще не запускався.',
  panelNoErrors: 'Помилок немає.',
  panelLastError: 'Остання помилка: {error}',
  panelNoTrigger: 'Тригер автоматичного запуску не встановлено. Запустіть «ТОП-100 → Налаштувати таблицю».',
  panelLate: 'Автоматичний запуск запізнюється: останній був понад {minutes} хв тому.',
  panelRemindWho: 'Членів комісії, які отримають нагадування: {count}.',
  panelRemindItem: '{name} — залишилось кейсів: {remaining}',
  panelRemindSend: 'Надіслати нагадування',
  panelCancel: 'Скасувати',
  panelCanceled: 'Скасовано: нагадування не надіслано.',
  panelRemindChanged: 'Список тих, хто має отримати нагадування, щойно змінився. Перегляньте його ще раз.',
  panelRemindClosed: 'Оцінювання завершено: нагадування більше не надсилаються.',

  menuTerms: 'Налаштування термінів…',
  termsTitle: 'Налаштування термінів',
  termsDeadline: 'Кінцевий термін оцінювання ({zone})',
  termsDate: 'Дата (ДД.ММ.РРРР)',
  termsTime: 'Час (ГГ:ХХ)',
  termsOffsets: 'Нагадування (днів до терміну)',
  termsOffsetsHelp:
    'Цілі числа через кому, наприклад 7, 3, 1, 0 (0 — у день терміну). Порожньо — без автоматичних нагадувань.',
  termsSave: 'Зберегти',
  termsSaving: 'Збереження…',
  termsSaved: 'Збережено: термін {deadline}; нагадування: {offsets}.',
  termsNoOffsets: 'не надсилаються',
  termsBadDate: 'Введіть дату у форматі ДД.ММ.РРРР, наприклад 07.10.2024.',
  termsBadTime: 'Введіть час у форматі ГГ:ХХ, наприклад 23:59.',
  termsBadOffsets: 'Введіть цілі числа днів через кому, наприклад 7, 3, 1, 0.',
  termsPast:
    'Цей термін уже минув (зараз {now}). Після збереження оцінювання завершилося б автоматично — укажіть майбутній час.',
  termsClosed: 'Оцінювання вже завершено: терміни більше не змінюються.',
  termsNoRow: 'В аркуші «{tab}» немає рядка «{label}». Запустіть «ТОП-100 → Налаштувати таблицю».',
  termsFix: 'Виправте позначені поля — нічого не збережено.',
  termsReadBack: 'Таблиця прочитала «{label}» інакше, ніж було введено; попередні значення відновлено.',
  actTerms: 'Терміни змінено',
  termsDetails: 'термін: {oldDeadline} → {deadline}; нагадування: {oldOffsets} → {offsets}',

  typeDepartment: 'структурний підрозділ КМДА',
  typeDistrict: 'районна в місті Києві державна адміністрація',
  typeCivil: 'інститут громадянського суспільства',
  // Stages II and III: approval, protocol, publication, winners, catalog
  menuApprove: 'Затвердити рейтинг…',
  menuProtocol: 'Проєкт протоколу засідання',
  menuPublish: 'Оприлюднити список',
  menuTemplate: 'Шаблон диплома',
  menuWinners: 'Дипломи й листи переможцям',
  menuCatalog: 'Каталог кращих практик',
  resultsFolderName: 'ТОП-100 {year} — результати',
  certificatesFolderName: 'ТОП-100 {year} — дипломи',
  approveNotClosed:
    'Рейтинг затверджують після завершення оцінювання: спершу «ТОП-100 → Завершити оцінювання».',
  approveNothing: 'У рейтингу немає жодного кейсу з кворумом: затверджувати нічого.',
  approveMeetingPrompt: 'Дата засідання комісії, що затвердила рейтинг (ДД.ММ.РРРР).\nПорожньо — {default}.',
  approveProtocolPrompt: 'Номер протоколу цього засідання.\nПорожньо — {default}.',
  approveTiePrompt:
    'На межі відбору однаковий результат мають {count} {count#кейс|кейси|кейсів} на {seats} {seats#місце|місця|місць}. Впишіть номери (або ID) кейсів, яких обрала комісія, — рівно {seats}, через кому:\n{list}',
  approveTieLine: '{n}. {id} «{title}» — {organisation}',
  approveConfirm:
    'Затвердити загальний список із {count} {count#кейсу|кейсів|кейсів} (протокол № {protocol} від {meeting})?\nПісля затвердження список не змінюється: оприлюднення, дипломи й каталог беруть лише його.',
  approveReport:
    'Рейтинг затверджено: {count} {count#кейс|кейси|кейсів}, протокол № {protocol} від {meeting}.\nАркуш «{tab}» захищено від змін.\nКонтрольна сума (SHA-256): {hash}',
  approveAlready:
    'Рейтинг уже затверджено ({at}): протокол № {protocol} від {meeting}, кейсів: {count}. Затверджений список не змінюється.\nSHA-256: {hash}',
  approveBadDate:
    'Дата засідання «{value}» — не дата. Введіть у форматі ДД.ММ.РРРР, наприклад 11.10.2024. Нічого не змінено.',
  approveNoDate:
    'Дату засідання не вказано (рядок «Дата засідання» в аркуші «Налаштування» теж порожній). Нічого не змінено.',
  approveBadProtocol:
    'Номер протоколу «{value}» не підходить: цифри й літери без пробілів, до 20 знаків, наприклад 2. Нічого не змінено.',
  tieChoiceUnknown:
    'Рішення щодо нічиї: «{value}» — немає серед кейсів на межі (номери від 1 до {count} або їхні ID). Нічого не змінено.',
  tieChoiceRepeated: 'Рішення щодо нічиї: кейс «{value}» названо двічі. Нічого не змінено.',
  tieChoiceCount:
    'Рішення щодо нічиї: обрано {chosen}, а місць {seats}. Назвіть рівно {seats}. Нічого не змінено.',
  actApprove: 'Рейтинг затверджено',
  approveDetails: 'протокол № {protocol} від {meeting}; кейсів: {count}; нічия: {tie}; SHA-256: {hash}',
  approveTieDetails: 'з {candidates} на {seats} {seats#місце|місця|місць} комісія обрала {chosen}',
  approvedTitle:
    '{title} {year} — затверджений загальний список без місць ({count} {count#кейс|кейси|кейсів}); перерахунок рейтингу його не змінює',
  approvedProtection: 'ТОП-100: затверджений список комісії — не змінюється',
  basisRating: 'рейтинг',
  basisCommission: 'рішення комісії (нічия на межі)',
  notApproved:
    'Рейтинг ще не затверджено: спершу «ТОП-100 → Затвердити рейтинг…». До затвердження нічого не оприлюднюється.',
  approvedTampered:
    'Аркуш «{tab}» змінено після затвердження: контрольна сума вмісту ({actual}) не збігається із записаною ({hash}). Поверніть затверджені значення (Файл → Історія версій); нічого не зроблено.',
  approvedUnknownCase:
    'Аркуш «{tab}», рядок {row}: кейсу з ID «{value}» немає в аркуші «Кейси». Нічого не зроблено.',
  ratingApprovedNote:
    'Затверджений список (протокол № {protocol} від {meeting}) не змінено: він окремо, в аркуші «{tab}».',

  protocolDocName: 'Протокол № {protocol} — {title} {year} (проєкт)',
  protocolHeading: 'ПРОТОКОЛ № {protocol}',
  protocolOf:
    'засідання комісії з відбору кращих кейсів в рамках проведення ярмарку кращих кейсів партнерства влади та громади «ТОП-100» у {year} році',
  protocolWhen: '{date}                    ____ год ____ хв                    {place}',
  protocolPresent: 'Присутні члени комісії ({count}): {names}.',
  protocolOpening:
    'СЛУХАЛИ: голову Комісії {chair}, який (яка) відкрив(ла) засідання та запропонував(ла) затвердити порядок денний:',
  protocolAgenda1:
    'Підведення підсумків оцінювання кейсів членами Комісії та затвердження рейтингу перших {winners} {winners#кращого кейсу|кращих кейсів|кращих кейсів} ярмарку «ТОП-100» у {year} році.',
  protocolAgenda2: 'Оприлюднення списку, відзначення переможців і каталог кращих практик.',
  protocolAgenda3: 'Різне.',
  protocolVote: 'ГОЛОСУВАЛИ: «за» — ____; «проти» — ____; «утрималися» — ____. Рішення ____________.',
  protocolAgendaDecided: 'ВИРІШИЛИ: затвердити запропонований порядок денний.',
  protocolItem1:
    '1. СЛУХАЛИ: секретаря Комісії {secretary}, який (яка) ознайомив(ла) членів Комісії з результатами оцінювання:',
  protocolFactReceived: 'надійшло пропозицій кейсів: {cases};',
  protocolFactEvaluated: 'оцінювали члени Комісії: {members}; дійсних оцінок: {valid};',
  protocolFactRanked:
    'кейсів у рейтингу: {ranked}; нижче кворуму ({quorum} {quorum#дійсна оцінка|дійсні оцінки|дійсних оцінок}): {below};',
  protocolFactSelected: 'кейсів, що за середнім балом увійшли до перших {winners}: {selected};',
  protocolFactTie:
    'на межі відбору однаковий результат мали {count} {count#кейс|кейси|кейсів} на {seats} {seats#місце|місця|місць}: {titles}; Комісія обрала: {chosen};',
  protocolFactList:
    'затверджується загальний список із {count} {count#кейсу|кейсів|кейсів} без визначення місць (додаток).',
  protocolItem1Decided:
    'ВИРІШИЛИ: затвердити рейтинг перших {count} {count#кращого кейсу|кращих кейсів|кращих кейсів} ярмарку «ТОП-100» у {year} році загальним списком без визначення місць (додаток).',
  protocolItem2:
    '2. СЛУХАЛИ: секретаря Комісії {secretary} щодо оприлюднення затвердженого списку, відзначення переможців (ІІ етап) та підготовки електронного видання «Каталог кращих успішних практик громадських ініціатив у вирішенні питань місцевого значення міста Києва у {year} році» (ІІІ етап).',
  protocolItem2Decided: 'ВИРІШИЛИ: інформацію взяти до відома.',
  protocolItem3: '3. Різне.',
  protocolAnnex:
    'Додаток до протоколу № {protocol} від {date}: загальний список перших {count} {count#кращого кейсу|кращих кейсів|кращих кейсів} (без визначення місць)',
  protocolColNo: '№ з/п',
  protocolChair: 'Голова Комісії                    ____________________    {name}',
  protocolSecretary: 'Секретар Комісії                    ____________________    {name}',
  protocolReport:
    'Проєкт протоколу № {protocol}: {url}\nСекретар заповнює час засідання, результати голосування та підписи.',
  protocolAlready:
    'Проєкт протоколу № {protocol} уже є: {url}\nЩоб створити його заново, видаліть цей документ із Диска.',
  actProtocol: 'Проєкт протоколу створено',
  protocolDetails: 'протокол № {protocol}: {url}',
  blankName: '____________________',

  pageTitle: 'ТОП-100 {year} — кращі кейси партнерства влади та громади Києва',
  pageHeading: 'ТОП-100 · {year}',
  pageLead:
    '{count} {count#кращий кейс|кращі кейси|кращих кейсів} партнерства влади та громади Києва, {count#затверджений|затверджені|затверджених} комісією {meeting} (протокол № {protocol}). Загальний список без місць.',
  pageSearch: 'Пошук: назва, організація, опис',
  pageDistrict: 'Район',
  pageCategory: 'Категорія',
  pageAll: 'Усі',
  pageShown: 'Показано: {shown} з {total}',
  pageNothing: 'Нічого не знайдено. Змініть пошук або фільтри.',
  pageNotYet: 'Список кращих кейсів ще не оприлюднено. Завітайте згодом.',
  pageUnavailable: 'Сторінка тимчасово недоступна. Спробуйте трохи згодом.',
  pageFooter: 'Оприлюднено {at}. Дані: {title}, Київ.',
  exportFileCsv: 'ТОП-100 {year} — затверджений список.csv',
  exportFileXlsx: 'ТОП-100 {year} — затверджений список.xlsx',
  exportFilePage: 'ТОП-100 {year} — публічна сторінка.html',
  exportSheet: 'ТОП-100 {year}',
  exportDescription: 'Опис',
  publishReport:
    'Список оприлюднено: {count} {count#кейс|кейси|кейсів}.\nСторінка: {page}\nCSV: {csv}\nXLSX: {xlsx}',
  publishNoUrl:
    'адреса з’явиться після розгортання веб-застосунку — впишіть її в рядок «Адреса публічної сторінки» (аркуш «Налаштування»)',
  actPublish: 'Список оприлюднено',
  publishDetails: 'кейсів: {count}; сторінка: {page}; CSV {csv}; XLSX {xlsx}',

  templateDocName: 'Шаблон диплома — {title} {year}',
  templateHeading: 'ДИПЛОМ',
  templateFair: 'переможця ярмарку кращих кейсів партнерства влади та громади «ТОП-100»',
  templateGiven: 'вручається',
  templateFor: 'за кейс',
  templateWhy:
    'один із {winners} {winners#кращого кейсу|кращих кейсів|кращих кейсів} партнерства влади та громади «ТОП-100» у {{year}} році',
  templateDecision: 'рішення комісії з відбору кращих кейсів, протокол № {{protocol}} від {{meeting}}',
  templateChair: 'Голова комісії',
  templateSecretary: 'Секретар комісії',
  templatePlace: 'Київ, {{date}}',
  templateReport:
    'Шаблон диплома: {url}\nПідстановки: {placeholders}. Змінюйте оформлення й текст як потрібно, лише не змінюйте підстановки у фігурних дужках.\nГерб Києва (ліворуч) і емблему Департаменту (праворуч) вставте замість двох зображень-заготовок: клацніть зображення → «Замінити зображення». Імена голови й секретаря, дата й місце нагородження беруться з аркуша «Налаштування».',
  templateCreated: 'Шаблон диплома створено',
  winnersNeedCeremony:
    'Заповніть в аркуші «Налаштування» рядки «Нагородження: дата і час» і «Нагородження: місце»: вони потрібні для листів переможцям. Нічого не зроблено.',
  winnersConfirm:
    'Створити дипломи для {count} {count#кейсу|кейсів|кейсів} затвердженого списку і надіслати кожній контактній особі лист із дипломом (кожен лист — один раз)?',
  winnersReport:
    'Дипломів готово: {made} з {count} (цього разу: {now}).\nЛистів надіслано: {mailed} (цього разу: {sent}); чекають на квоту: {waiting}.',
  winnersRemaining: 'Решту буде зроблено автоматично (запуск кожні 10 хв).',
  winnersNoContact: 'Без дійсної адреси контактної особи ({count}) — повідомте їх іншим способом:\n{list}',
  winnersUnconfirmed: 'Надсилання не підтверджено (виконання перервалося): {list}. Перевірте «Надіслані».',
  certificateName: 'Диплом {id} — {organisation}',
  actCertificate: 'Диплом створено',
  certificateDetails: '{id} «{case}»: {url}',
  actWinnerMail: 'Лист переможцю надіслано',
  winnerMailDetails: '{id} → {email}',
  actWinnersPaused: 'Дипломи: продовження',
  winnersPaused:
    'залишилось дипломів: {remaining}; листів: {letters}; продовжить наступний автоматичний запуск',
  actNoContact: 'Переможці без контакту',
  noContactLine: '{id} «{title}» ({value})',
  noContactEmpty: 'email не вказано',

  catalogTitle:
    'Каталог кращих успішних практик громадських ініціатив у вирішенні питань місцевого значення міста Києва у {year} році',
  catalogSubtitle: '«ТОП-100» — ярмарок кращих кейсів партнерства влади та громади',
  catalogCity: 'Київ — {year}',
  catalogQrCatalog: 'Каталог онлайн (PDF)',
  catalogQrPage: 'Перелік кращих кейсів на сайті',
  catalogForeword: 'Передмова',
  catalogByDistrict: 'за районами міста',
  catalogByCategory: 'за категоріями',
  catalogContents: 'Зміст',
  catalogDistrict: '{name} район',
  catalogFieldDone: 'Що зроблено',
  catalogFieldResults: 'Результати',
  catalogFieldMaterials: 'Матеріали',
  catalogFieldContacts: 'Контакти',
  catalogHead: '{where} · с.\u00a0{page}',
  catalogContinued: '{group} (продовження)',
  catalogQrCase: 'Цей кейс на сайті',
  catalogEmail: 'ел. пошта: {email}',
  catalogPhone: 'тел. {phone}',
  catalogNeedsPage:
    'Для QR-коду потрібна адреса публічної сторінки: заповніть в аркуші «Налаштування» рядок «Адреса публічної сторінки» (адреса веб-застосунку після розгортання). Нічого не зроблено.',
  catalogNeedsPublish:
    'Спершу оприлюдніть список (ТОП-100 → Оприлюднити список): каталог посилається на публічну сторінку. Нічого не зроблено.',
  catalogReport:
    'Каталог: {doc}\nPDF: {pdf}\nКейсів: {count}; розділів: {groups}.\nPDF доступний усім, хто має посилання (лише перегляд): QR-код на стендах його відкриває.',
  catalogPartial:
    'Каталог створюється: додано {done} з {count} {count#кейсу|кейсів|кейсів}. Решту додасть автоматичний запуск (кожні 10 хв).',
  actCatalog: 'Каталог створено',
  catalogDetails: 'кейсів: {count}; документ {doc}; PDF {pdf}',
  actCatalogPaused: 'Каталог: продовження',
  catalogPaused:
    'додано {done} з {count} {count#кейсу|кейсів|кейсів}; продовжить наступний автоматичний запуск',

  // Templates: checked before any letter or document is made from them
  templateInSettings: 'Аркуш «Налаштування», рядок {row} («{label}»)',
  templateInDocument: 'Шаблон диплома ({url})',
  templateCertificate: 'шаблон диплома',
  templateWhoCase: 'кейсу {id} «{title}»',
  templateUnknown:
    '{where}: {placeholder} — невідома підстановка, її показали б людям як є. Можливі підстановки: {known}. Виправте текст. Нічого не зроблено.',
  templateBraces:
    '{where}: «{text}» — фігурні дужки без підстановки, їх показали б людям як є. Підстановку пишуть у подвійних фігурних дужках, наприклад {example}. Нічого не зроблено.',
  templateEmptySetting:
    'Аркуш «Налаштування», рядок {row} («{source}»): порожньо, а {template} містить {placeholder} — люди отримали б неповний текст. Заповніть цей рядок. Нічого не зроблено.',
  templateEmptyValue:
    '{where} містить {placeholder}, а для {who} це значення порожнє — текст вийшов би неповним. Заповніть його. Нічого не зроблено.',
} as const;

export type UiKey = keyof typeof UK;

const EN: Record<UiKey, string> = {
  menuTitle: 'TOP-100',
  menuSetup: 'Set up the spreadsheet',
  menuImport: 'Import cases',
  menuImportTab: 'From the «Кейси» tab',
  menuImportSheet: 'From another Google Sheet…',
  menuImportCsv: 'From a CSV file…',
  menuCreateSheets: "Create members' sheets",
  menuInvite: 'Send invitations',
  menuCollect: 'Collect scores now',
  menuRemind: 'Send reminders now',
  menuPanel: 'Progress panel',
  menuClose: 'Close the evaluation',
  menuRating: 'Compute the rating',
  menuCheck: 'System check',
  busy: 'Another TOP-100 action is running (e.g. the automatic collection). Try again in a minute.',
  yes: 'yes',
  no: 'no',
  weight: 'weight',
  openMySheet: 'Open my evaluation sheet',
  openMaster: 'Open the master spreadsheet',
  setupMissingTab: 'The «{tab}» tab is missing. Run TOP-100 → Set up the spreadsheet.',
  casesNeedImport:
    'The «{tab}» tab has cases without an ID. Run TOP-100 → Import cases → From the «Кейси» tab.',
  setupReport: 'Set up.\nTabs created: {created}\nHeaders filled: {filled}\nExisting data unchanged.',
  setupDetails: 'tabs created: {created}; filled: {filled}; dispatcher trigger: {trigger}',
  sourceTab: 'tab «{tab}»',
  sourceSheet: 'Google Sheet {id}',
  importReport: 'Imported cases: {count} (source: {source}).\nWarnings: {warnings}.',
  importDetails: 'cases: {count}; source: {source}; warnings: {warnings}',
  importEmpty: 'The source «{source}» is empty: no rows with cases.',
  importTooBig:
    'The file «{source}» is too large ({size} characters). Upload it to a Google Sheet and import by link.',
  importEncoding:
    'The file «{source}» does not look like UTF-8 (e.g. Windows-1251). Save it from Excel as "CSV UTF-8" and try again.',
  importBadLink: 'Not a Google Sheets link: «{value}». Copy the address from the browser.',
  importNoAccess: 'Could not open «{value}»: {error}. Check that it is shared with you.',
  importAfterDistribution:
    "Members' sheets already exist, so the list of cases cannot change: it would change their assignments.",
  importSheetPrompt:
    'Paste the link of the Google Sheet with the cases (first tab, headers in the first row):',
  folderName: 'TOP-100 {year} — evaluation sheets',
  folderCreated: 'Drive folder created {id}',
  folderUnreachable:
    'The Drive folder «{value}» (settings) is not reachable by the script. Leave the field empty and the script creates its own.',
  noActiveMembers: 'The «Члени комісії» tab has no active member.',
  noCases: 'The «Кейси» tab has no cases. Import the cases first.',
  conflictDetectedNote: "the member's organisation matches the applicant",
  conflictsDetected: 'conflicts of interest detected by organisation: {count}',
  memberFileName: 'TOP-100 {year} — evaluation — {name}',
  memberSheetTitle: 'TOP-100 {year} · evaluation · {name} · deadline: {deadline} (Kyiv)',
  memberProgressPrefix: 'Scores filled:',
  memberProgressOf: 'of',
  scoreHelp: 'A score is {scale}. An empty cell means not scored yet (not zero).',
  protectionDescription: 'TOP-100: only scores, conflict of interest and comment are editable',
  protectionClosed: 'TOP-100: evaluation closed, view only',
  closedNote: 'The evaluation is closed. Thank you!',
  instrTitle: '{title} — {year}. Instructions for a commission member',
  instrHello: 'Dear {name}, this is your personal evaluation sheet. Only you and the secretary see it.',
  instrDeadline: 'Deadline: {deadline} (Kyiv time). After it the sheet becomes view-only.',
  instrCount: 'Cases to evaluate: {count}.',
  instrScale: 'Score each case on four criteria (columns К1–К4): a score is {scale}.',
  instrCriteria: 'Criteria (the commission protocol):',
  instrConflict:
    'If you have a conflict of interest with a case, tick «Конфлікт інтересів»: your scores for it are not counted.',
  instrComment: 'A comment is optional.',
  instrCheck:
    'The «Перевірка» column is filled automatically every 10 minutes: ✓ accepted; otherwise what to fix.',
  instrSort: 'You can filter rows (Data → Create a filter view): scores are matched by case ID, not by row.',
  instrSaved: 'Nothing to save: Google Sheets saves every change.',
  instrContact: 'Questions: {replyTo}.',
  actSetup: 'Set-up',
  actImport: 'Cases imported',
  actImportWarning: 'Import warning',
  actFolder: 'Drive folder',
  actConflicts: 'Conflicts of interest',
  actSheetCreated: "Member's sheet created",
  sheetCreatedDetails: '{name} <{email}>: {count} cases; file {id}',
  actSheetsPaused: 'Sheet creation continues',
  sheetsPaused: '{remaining} left; continued by the next automatic run (within 10 min)',
  actSheetLocked: 'Sheet locked (member withdrawn)',
  sheetLockedDetails: '{name} <{email}>',
  sheetsReport:
    "Members' sheets ready: created {created}, existing {ready}.\nConflicts detected by organisation: {conflicts}.",
  sheetsReportPartial:
    'Created {created}; {remaining} more are created automatically within 10 minutes.\nConflicts detected: {conflicts}.',
  actInvite: 'Invitation sent',
  inviteDetails: '{name} <{email}>',
  inviteConfirm: 'Send invitations to every member who has not received one?',
  inviteReport:
    'Invitations sent: {sent}. Already sent: {already}. Waiting for quota: {waiting}.\nEmail quota left today: {quota}.',
  inviteUnconfirmed: 'Sending not confirmed (interrupted): {emails}. Check Sent mail.',
  actMailWaiting: 'Emails wait for quota',
  mailWaiting: '{count} not sent: daily email quota used up (left {quota}); continued on the next run',
  actMailUnconfirmed: 'Sending not confirmed',
  mailUnconfirmed:
    'the email to {email} was being sent when the execution stopped; not re-sent — check Sent mail',
  actCollect: 'Scores collected',
  collectDetails: 'sheets read: {files}; scores changed: {changed}; invalid: {invalid}',
  collectReport: 'Sheets read: {files}. Scores changed: {changed}. Invalid: {invalid}.',
  collectRemaining: '{remaining} more sheets are read by the next automatic run (within 10 min).',
  actCollectProblem: 'Collection problem',
  actScore: 'Score collected',
  actLate: 'Changes after the deadline not counted',
  lateDetails: '{name} <{email}>: sheet changed after the deadline; scores collected before it are kept',
  fileUnreachable: 'Sheet of {name} <{email}> unreachable: {error}',
  sheetMissing: 'Sheet of {name} <{email}> has no «Оцінювання» tab',
  rowsMissing: 'Sheet of {name} lacks case rows ({count}): {ids}. Scores collected earlier are kept.',
  changeConflict: 'conflict → {value}',
  changeComment: 'comment changed',
  checkValid: '✓',
  checkRecused: '✓ conflict of interest',
  checkIncomplete: 'Missing: {missing}',
  checkNoId: 'Row without a case ID: not counted',
  checkUnknownId: 'ID «{id}» is not on your list: not counted',
  checkDuplicateId: 'ID «{id}» repeats: the first row counts',
  remindConfirm: 'Send a reminder to {count} members with unfinished work?\n{names}',
  remindNobody: 'Every member has finished: nobody to remind.',
  remindReport: 'Reminders sent: {sent}. Waiting for quota: {waiting}. Already finished: {finished}.',
  actRemind: 'Reminder sent',
  remindDetails: '{name} <{email}>: {remaining} cases left ({wave})',
  actClose: 'Evaluation closed',
  closeDetails: 'snapshot: «{snapshot}»; sheets locked: {locked}; changed after the deadline: {late}',
  closeConfirm:
    'Close the evaluation? A last collection runs, members’ sheets become view-only and «Оцінки» is kept as a snapshot.',
  closeAlready: 'The evaluation is already closed.',
  closeReport:
    'Evaluation closed. Sheets locked: {locked}.\nSnapshot: «{snapshot}».\nSelected: {selected}; tie at the cut-off: {tied}.',
  closePartial: 'Closing continues: {remaining} more sheets are processed automatically within 10 minutes.',
  closeMailSubject: '{title} {year}: evaluation closed',
  closeMailBody:
    'Closed at {at}.\nSelected: {selected}.\nTie at the cut-off: {tied}.\nBelow quorum: {below}.\nChanged after the deadline: {late}.\nSnapshot: «{snapshot}».',
  snapshot: 'snapshot',
  snapshotProtection: 'Scores at the close — do not edit',
  actRating: 'Rating computed',
  ratingDetails:
    'cases: {cases}; ranked: {ranked}; selected: {selected}; tie: {tied} for {seatsForTied} seats; below quorum: {belowQuorum}; provisional: {provisional}',
  ratingProvisional: 'PROVISIONAL rating: the evaluation is running (computed {at})',
  ratingFinal: 'Rating after the evaluation closed (computed {at})',
  ratingReport:
    'Rating computed. Selected {selected}; tie at the cut-off: {tied} for {seats} seats; below quorum: {below} (of {cases}).',
  ratingReportProvisional:
    'Provisional rating computed. Selected now {selected}; tie: {tied} for {seats} seats; below quorum: {below} (of {cases}).',
  decisionSelected: 'selected',
  decisionTie: 'tie at the cut-off — the commission decides',
  decisionBelowQuorum: 'below quorum',
  flag_belowQuorum: 'below quorum',
  flag_tieAtCutoff: 'tie at the cut-off',
  flag_highDisagreement: 'high disagreement',
  flag_borderline: 'borderline case',
  menuStability: 'Stability and agreement analysis',
  actStability: 'Stability and agreement analysis',
  stabilityDetails:
    'cases: {cases}; borderline: {borderline}; stable in the list: {stableIn}; stable out: {stableOut}; below quorum: {belowQuorum}; resamples: {resamples} (seed {seed}); α of the totals: {alpha}',
  stabilityReport:
    'Analysis done.\nBorderline cases: {borderline} — flagged in «Рейтинг» and listed first in «Стабільність».\nStable in the list: {stableIn}; stable out: {stableOut}; below quorum: {belowQuorum}.\nAgreement between members (α of the totals): {alpha} — {reading}. Details in «Узгодженість».',
  stabilityTitle:
    'Stability of the TOP-{winners}: {borderline} borderline cases — the meeting’s agenda (computed {at})',
  stabilityProvisional: 'PROVISIONAL analysis: the evaluation is running. ',
  stabilityRules:
    'How to read. «Frequency»: in how many of {resamples} resamples of the members (drawn with replacement, seed {seed}) the case is in the TOP-{winners}. Stable in: in the list now, frequency ≥ {high} % and every rule (mean, z-scores, median, trimmed mean) puts it in too. Stable out: out of the list now (no tie at the cut-off), frequency ≤ {low} % and no rule puts it in. All others are borderline cases for the meeting to discuss.',
  stabilityIn: 'yes',
  stabilityOut: 'no',
  stabilityTie: 'tie at the cut-off',
  verdict_stableIn: 'stable in the list',
  verdict_borderline: 'borderline case',
  panelBorderline: 'Borderline cases for the meeting: {count}',
  panelBorderlineNotRun: 'Borderline cases: the stability analysis has not run yet.',
  verdict_stableOut: 'stable out of the list',
  verdict_belowQuorum: 'below quorum — not ranked',
  reason_bootstrap: 'frequency {frequency} %',
  reason_rules: 'another decision by: {rules}',
  reason_tieAtCutoff: 'tie at the cut-off',
  rule_mean: 'mean',
  rule_zScore: 'z-scores',
  rule_median: 'median',
  rule_trimmedMean: 'trimmed mean',
  agreementTitle: 'Agreement between the members: Krippendorff’s alpha, interval metric (computed {at})',
  agreementHelp:
    'α = 1: the members score the cases alike; α ≈ 0: no more agreement than random scores. From 0.8 high; 0.667–0.8 acceptable for tentative conclusions; below, low. Blank and invalid evaluations and conflicts of interest are missing, not zeros.',
  agreementCriterion: 'C{n}: {title}',
  agreementTotal: 'Total score',
  alpha_high: 'high agreement',
  alpha_tentative: 'acceptable for tentative conclusions',
  alpha_low: 'low: the rating depends largely on who scored',
  alpha_undefined:
    'not enough data: no case with two or more valid evaluations, or no variation in the scores',
  agreementMembersTitle:
    'Each member against the others on the same cases. Severity: the mean difference between the member’s total and the others’ mean (minus: stricter, plus: milder; within ±{neutral} points: close to the others). Consistency: correlation with the others’ mean: from 0.7 ranks alike, 0.4–0.7 moderately, below differently.',
  severity_stricter: 'stricter than the others: {points} points lower on average',
  severity_milder: 'milder than the others: {points} points higher on average',
  severity_close: 'close to the others (difference {points} points)',
  severity_unknown: 'no case shared with the others',
  consistency_high: 'ranks the cases as the others do',
  consistency_moderate: 'moderately consistent with the others',
  consistency_low: 'ranks the cases differently from the others',
  consistency_unknown: 'too few shared cases for a correlation',
  topTitle: '{title} — {year}: a general list without places ({count})',
  topGroup: 'Group',
  topTieHeader: 'Tie at the cut-off: {count} cases for {seats} seats — the commission decides',
  actTick: 'Automatic run',
  actWatchdog: 'Automatic run restored',
  actRowRestored: 'Row of «Оцінки» restored',
  rowRestored: '{name} · {id}: the row was deleted from «Оцінки»; restored from the member’s sheet',
  watchdogDetails: 'dispatcher trigger: {check} (silent for over 30 min, or missing)',
  protectionScriptTab: 'TOP-100: the script fills this tab; manual edits will be overwritten',
  actTickError: 'Automatic run failed',
  actFileMissing: 'A member’s sheet left the folder',
  fileMissingDetails:
    'The sheet of {name} <{email}> is not in the TOP-100 folder (trashed or moved): new scores are not collected from it; those collected are kept. Restore it from the Drive trash: {link}',
  alertMailSubject: '{title}: the automatic run needs attention',
  alertMailBody:
    'The TOP-100 automatic run found a problem to fix:\n\n{error}\n\nThe next run is in 10 minutes. The same error is not emailed again; it shows in the progress panel and «Журнал».',
  tickBusy: 'skipped: another action is running',
  actError: 'Error',
  actCheck: 'System check',
  checkSettings: 'Settings',
  checkSettingsOk: 'year {year}, winners {winners}',
  checkTemplates: 'Letter texts and the catalog’s foreword',
  checkTemplatesOk: 'every placeholder is known ({count} texts)',
  checkSpreadsheet: 'Spreadsheets (create, write, validation, protection)',
  checkSpreadsheetOk: 'works',
  checkScratchName: 'TOP-100 — system check (can be deleted)',
  checkReadBackFailed: 'the written value did not read back',
  checkDrive: 'Google Drive (sharing, trash)',
  checkDriveOk: 'works ({perms} permissions on the scratch file); scratch file trashed',
  checkNoScratch: 'the scratch spreadsheet was not created',
  checkDocuments: 'Documents (protocol, certificates, catalog as PDF)',
  checkDocumentsOk: 'works; test PDF {bytes} bytes, the document is in the trash',
  checkTriggers: 'Triggers',
  checkTriggersOk: 'works; dispatcher: {state}; triggers: {count}',
  checkProperties: 'Script properties',
  checkPropertiesOk: 'works',
  checkLock: 'Locking',
  checkLockOk: 'works',
  checkLockBusy: 'could not get the lock within 5 s',
  checkMail: 'Email',
  checkMailQuota: 'quota left today: {quota}',
  checkMailOk: 'test email sent to {to}; quota left: {quota}',
  checkMailSubject: 'TOP-100: email check',
  checkMailBody: 'This is the TOP-100 system check email. No reply needed.',
  panelLeft: 'Time left: {days} d {hours} h (deadline {deadline})',
  panelClosed: 'The evaluation is closed.',
  panelProblems: 'to fix: {count}',
  panelTick: 'Automatic collection: {at}',
  panelLoading: 'Loading…',
  panelCountdown: '{days} d {hours} h',
  panelCountdownTo: 'to the deadline {deadline} ({zone})',
  panelRemindNone: 'Nobody to remind: everyone has finished or already had a reminder today.',
  panelClose: 'Close',
  panelDeadlineZone: 'Kyiv time',
  panelOverdue: 'The deadline passed at {deadline}: the next automatic run closes the evaluation.',
  panelEditTerms: 'Change the deadlines…',
  panelActions: 'Actions',
  panelRemind: 'Send reminders…',
  panelRefresh: 'Refresh',
  panelWorking: 'Running: {action}…',
  panelUpdated: 'Updated: {at}',
  panelCases: 'Cases',
  panelBelowQuorum:
    'Below quorum: {below} of {total}. Quorum, the minimum of valid evaluations per case: {quorum}.',
  panelMembers: 'Commission members',
  panelNoMembers: 'No active commission members.',
  panelBarLabel: '{name}: cases scored',
  panelScored: 'Scored {valid} of {assigned}',
  panelInvalid: 'invalid: {count}',
  panelIncomplete: 'incomplete: {count}',
  panelDone: 'done',
  panelLastActivity: 'Last activity: {at}',
  panelNoActivity: 'No scores collected yet.',
  panelNoSheet: 'No evaluation sheet yet.',
  panelDispatcher: 'Automatic run',
  panelLastRun: 'Last: {at}',
  panelNextRun: 'Next: ≈ {at}',
  panelNeverRun: 'Has not run yet.',
  panelNoErrors: 'No errors.',
  panelLastError: 'Last error: {error}',
  panelNoTrigger: 'The automatic run trigger is not installed. Run TOP-100 → Set up the spreadsheet.',
  panelLate: 'The automatic run is late: the last one was more than {minutes} min ago.',
  panelRemindWho: 'Members who will get a reminder: {count}.',
  panelRemindItem: '{name} — cases left: {remaining}',
  panelRemindSend: 'Send reminders',
  panelCancel: 'Cancel',
  panelCanceled: 'Cancelled: no reminder sent.',
  panelRemindChanged: 'The list of members to remind has just changed. Review it again.',
  panelRemindClosed: 'The evaluation is closed: reminders are no longer sent.',
  menuTerms: 'Deadline settings…',
  termsTitle: 'Deadline settings',
  termsDeadline: 'Evaluation deadline ({zone})',
  termsDate: 'Date (DD.MM.YYYY)',
  termsTime: 'Time (HH:MM)',
  termsOffsets: 'Reminders (days before the deadline)',
  termsOffsetsHelp:
    'Whole numbers separated by commas, e.g. 7, 3, 1, 0 (0 is the deadline day). Empty: no automatic reminders.',
  termsSave: 'Save',
  termsSaving: 'Saving…',
  termsSaved: 'Saved: deadline {deadline}; reminders: {offsets}.',
  termsNoOffsets: 'none',
  termsBadDate: 'Enter the date as DD.MM.YYYY, e.g. 07.10.2024.',
  termsBadTime: 'Enter the time as HH:MM, e.g. 23:59.',
  termsBadOffsets: 'Enter whole numbers of days separated by commas, e.g. 7, 3, 1, 0.',
  termsPast:
    'This moment has passed (now {now}). Saving it would close the evaluation automatically: choose a future time.',
  termsClosed: 'The evaluation is closed: the deadlines no longer change.',
  termsNoRow: 'The «{tab}» tab has no row «{label}». Run TOP-100 → Set up the spreadsheet.',
  termsFix: 'Fix the marked fields: nothing was saved.',
  termsReadBack:
    'The spreadsheet read «{label}» differently from what was entered; the previous values are restored.',
  actTerms: 'Deadlines changed',
  termsDetails: 'deadline: {oldDeadline} → {deadline}; reminders: {oldOffsets} → {offsets}',
  typeDepartment: 'city department',
  typeDistrict: 'district administration',
  typeCivil: 'civil-society institution',
  menuApprove: 'Approve the rating…',
  menuProtocol: 'Draft the meeting minutes',
  menuPublish: 'Publish the list',
  menuTemplate: 'Certificate template',
  menuWinners: 'Certificates and letters to the winners',
  menuCatalog: 'Catalog of best practices',
  resultsFolderName: 'TOP-100 {year} — results',
  certificatesFolderName: 'TOP-100 {year} — certificates',
  approveNotClosed:
    'The rating is approved after the evaluation is closed: first run «TOP-100 → Close the evaluation».',
  approveNothing: 'No case in the rating has a quorum: there is nothing to approve.',
  approveMeetingPrompt:
    'Date of the commission meeting that approved the rating (DD.MM.YYYY).\nEmpty — {default}.',
  approveProtocolPrompt: 'Number of the minutes of that meeting.\nEmpty — {default}.',
  approveTiePrompt:
    'At the cut-off {count} {count#case|cases} share the same result for {seats} {seats#seat|seats}. Enter the numbers (or IDs) of the cases the commission chose — exactly {seats}, separated by commas:\n{list}',
  approveTieLine: '{n}. {id} «{title}» — {organisation}',
  approveConfirm:
    'Approve the general list of {count} {count#case|cases} (minutes No. {protocol} of {meeting})?\nOnce approved the list does not change: publication, certificates and the catalog use it only.',
  approveReport:
    'Rating approved: {count} {count#case|cases}, minutes No. {protocol} of {meeting}.\nThe «{tab}» tab is protected.\nContent hash (SHA-256): {hash}',
  approveAlready:
    'The rating was approved already ({at}): minutes No. {protocol} of {meeting}, {count} cases. The approved list does not change.\nSHA-256: {hash}',
  approveBadDate:
    'The meeting date «{value}» is not a date. Use DD.MM.YYYY, e.g. 11.10.2024. Nothing changed.',
  approveNoDate: 'No meeting date given (and the «Дата засідання» setting is empty). Nothing changed.',
  approveBadProtocol:
    'The minutes number «{value}» does not fit: digits and letters without spaces, up to 20 characters, e.g. 2. Nothing changed.',
  tieChoiceUnknown:
    'Tie decision: «{value}» is not among the tied cases (numbers 1 to {count} or their IDs). Nothing changed.',
  tieChoiceRepeated: 'Tie decision: the case «{value}» is named twice. Nothing changed.',
  tieChoiceCount: 'Tie decision: {chosen} chosen for {seats} seats. Name exactly {seats}. Nothing changed.',
  actApprove: 'Rating approved',
  approveDetails: 'minutes No. {protocol} of {meeting}; cases: {count}; tie: {tie}; SHA-256: {hash}',
  approveTieDetails: 'of {candidates} for {seats} seats the commission chose {chosen}',
  approvedTitle:
    '{title} {year} — the approved general list without places ({count} cases); recomputing the rating does not change it',
  approvedProtection: 'TOP-100: the commission’s approved list — does not change',
  basisRating: 'rating',
  basisCommission: 'commission decision (tie at the cut-off)',
  notApproved:
    'The rating is not approved yet: first «TOP-100 → Approve the rating…». Nothing is published before the approval.',
  approvedTampered:
    'The «{tab}» tab changed after the approval: the content hash ({actual}) differs from the recorded one ({hash}). Restore the approved values (File → Version history); nothing was done.',
  approvedUnknownCase:
    '«{tab}» tab, row {row}: no case with ID «{value}» in the «Кейси» tab. Nothing was done.',
  ratingApprovedNote:
    'The approved list (minutes No. {protocol} of {meeting}) is unchanged: it is kept apart, in the «{tab}» tab.',

  protocolDocName: 'Minutes No. {protocol} — {title} {year} (draft)',
  protocolHeading: 'MINUTES No. {protocol}',
  protocolOf:
    'of the meeting of the commission selecting the best cases of the «TOP - 100» fair of partnership between the city authorities and the community in {year}',
  protocolWhen: '{date}                    ____ h ____ min                    {place}',
  protocolPresent: 'Commission members present ({count}): {names}.',
  protocolOpening:
    'HEARD: the chair of the Commission {chair}, who opened the meeting and proposed the agenda:',
  protocolAgenda1:
    'The results of the members’ evaluation and the approval of the rating of the first {winners} best cases of the «TOP - 100» fair in {year}.',
  protocolAgenda2: 'Publication of the list, honouring the winners and the catalog of best practices.',
  protocolAgenda3: 'Other business.',
  protocolVote: 'VOTED: for — ____; against — ____; abstained — ____. Decision ____________.',
  protocolAgendaDecided: 'DECIDED: to approve the proposed agenda.',
  protocolItem1:
    '1. HEARD: the secretary of the Commission {secretary}, who presented the results of the evaluation:',
  protocolFactReceived: 'case proposals received: {cases};',
  protocolFactEvaluated: 'commission members who evaluated: {members}; valid evaluations: {valid};',
  protocolFactRanked:
    'cases in the rating: {ranked}; below the quorum ({quorum} valid evaluations): {below};',
  protocolFactSelected: '{selected} cases are among the first {winners} by mean score;',
  protocolFactTie:
    'at the cut-off {count} cases shared the same result for {seats} seats: {titles}; the Commission chose: {chosen};',
  protocolFactList: 'a general list of {count} cases without places is approved (annex).',
  protocolItem1Decided:
    'DECIDED: to approve the rating of the first {count} best cases of the «TOP - 100» fair in {year} as a general list without places (annex).',
  protocolItem2:
    '2. HEARD: the secretary of the Commission {secretary} on publishing the approved list, honouring the winners (stage II) and preparing the electronic «Catalog of the best successful practices of civic initiatives in solving local issues of the city of Kyiv in {year}» (stage III).',
  protocolItem2Decided: 'DECIDED: to take note of the information.',
  protocolItem3: '3. Other business.',
  protocolAnnex:
    'Annex to minutes No. {protocol} of {date}: the general list of the first {count} best cases (without places)',
  protocolColNo: 'No.',
  protocolChair: 'Chair of the Commission                    ____________________    {name}',
  protocolSecretary: 'Secretary of the Commission                    ____________________    {name}',
  protocolReport:
    'Draft minutes No. {protocol}: {url}\nThe secretary fills in the meeting time, the votes and the signatures.',
  protocolAlready:
    'Draft minutes No. {protocol} exist already: {url}\nTo create them again, delete this document from Drive.',
  actProtocol: 'Draft minutes created',
  protocolDetails: 'minutes No. {protocol}: {url}',
  blankName: '____________________',

  pageTitle: 'TOP-100 {year} — the best cases of partnership between Kyiv’s authorities and the community',
  pageHeading: 'TOP-100 · {year}',
  pageLead:
    '{count} best cases of partnership between Kyiv’s authorities and the community, approved by the commission on {meeting} (minutes No. {protocol}). A general list without places.',
  pageSearch: 'Search: title, organisation, description',
  pageDistrict: 'District',
  pageCategory: 'Category',
  pageAll: 'All',
  pageShown: 'Shown: {shown} of {total}',
  pageNothing: 'Nothing found. Change the search or the filters.',
  pageNotYet: 'The list of the best cases is not published yet. Please come back later.',
  pageUnavailable: 'The page is temporarily unavailable. Please try again later.',
  pageFooter: 'Published {at}. Data: {title}, Kyiv.',
  exportFileCsv: 'TOP-100 {year} — approved list.csv',
  exportFileXlsx: 'TOP-100 {year} — approved list.xlsx',
  exportFilePage: 'TOP-100 {year} — public page.html',
  exportSheet: 'TOP-100 {year}',
  exportDescription: 'Description',
  publishReport: 'List published: {count} {count#case|cases}.\nPage: {page}\nCSV: {csv}\nXLSX: {xlsx}',
  publishNoUrl:
    'the address appears once the web app is deployed — enter it in the «Адреса публічної сторінки» setting',
  actPublish: 'List published',
  publishDetails: 'cases: {count}; page: {page}; CSV {csv}; XLSX {xlsx}',

  templateDocName: 'Certificate template — {title} {year}',
  templateHeading: 'CERTIFICATE',
  templateFair: 'of a winner of the «TOP-100» fair of partnership between the authorities and the community',
  templateGiven: 'is awarded to',
  templateFor: 'for the case',
  templateWhy:
    'one of the {winners} best cases of partnership between the authorities and the community, «TOP-100» {{year}}',
  templateDecision: 'decision of the selection commission, minutes No. {{protocol}} of {{meeting}}',
  templateChair: 'Chair of the commission',
  templateSecretary: 'Secretary of the commission',
  templatePlace: 'Kyiv, {{date}}',
  templateReport:
    'Certificate template: {url}\nPlaceholders: {placeholders}. Change the design and wording as you like; keep the placeholders in curly braces.\nPut the arms of Kyiv (left) and the Department’s emblem (right) in place of the two placeholder images: click an image → «Replace image». The names of the chair and the secretary, the date and place of the award come from the «Налаштування» tab.',
  templateCreated: 'Certificate template created',
  winnersNeedCeremony:
    'Fill in the «Нагородження: дата і час» and «Нагородження: місце» settings: the letters to the winners need them. Nothing was done.',
  winnersConfirm:
    'Create certificates for the {count} {count#case|cases} of the approved list and send each contact person a letter with the certificate (each letter once)?',
  winnersReport:
    'Certificates ready: {made} of {count} (this run: {now}).\nLetters sent: {mailed} (this run: {sent}); waiting for quota: {waiting}.',
  winnersRemaining: 'The rest is done automatically (a run every 10 minutes).',
  winnersNoContact: 'No valid contact address ({count}) — inform them another way:\n{list}',
  winnersUnconfirmed: 'Sending not confirmed (the execution stopped): {list}. Check Sent mail.',
  certificateName: 'Certificate {id} — {organisation}',
  actCertificate: 'Certificate created',
  certificateDetails: '{id} «{case}»: {url}',
  actWinnerMail: 'Letter to a winner sent',
  winnerMailDetails: '{id} → {email}',
  actWinnersPaused: 'Certificates continue',
  winnersPaused: 'certificates left: {remaining}; letters: {letters}; continued by the next automatic run',
  actNoContact: 'Winners without a contact',
  noContactLine: '{id} «{title}» ({value})',
  noContactEmpty: 'no email given',

  catalogTitle:
    'Catalog of the best successful practices of civic initiatives in solving local issues of the city of Kyiv in {year}',
  catalogSubtitle:
    '«TOP-100» — the fair of the best cases of partnership between the authorities and the community',
  catalogCity: 'Kyiv — {year}',
  catalogQrCatalog: 'The catalog online (PDF)',
  catalogQrPage: 'The list of the best cases online',
  catalogForeword: 'Foreword',
  catalogByDistrict: 'by the city’s districts',
  catalogByCategory: 'by category',
  catalogContents: 'Contents',
  catalogDistrict: '{name} district',
  catalogFieldDone: 'What was done',
  catalogFieldResults: 'Results',
  catalogFieldMaterials: 'Materials',
  catalogFieldContacts: 'Contacts',
  catalogHead: '{where} · p.\u00a0{page}',
  catalogContinued: '{group} (continued)',
  catalogQrCase: 'This case online',
  catalogEmail: 'email: {email}',
  catalogPhone: 'phone {phone}',
  catalogNeedsPage:
    'The QR code needs the public page address: fill in the «Адреса публічної сторінки» setting (the web app’s address once deployed). Nothing was done.',
  catalogNeedsPublish:
    'Publish the list first (TOP-100 → Publish the list): the catalog links to the public page. Nothing was done.',
  catalogReport:
    'Catalog: {doc}\nPDF: {pdf}\nCases: {count}; sections: {groups}.\nThe PDF is open to anyone with the link (view only): the QR code on the stands opens it.',
  catalogPartial:
    'The catalog is being built: {done} of {count} cases added. The next automatic run adds the rest (every 10 minutes).',
  actCatalog: 'Catalog created',
  catalogDetails: 'cases: {count}; document {doc}; PDF {pdf}',
  actCatalogPaused: 'Catalog continues',
  catalogPaused: '{done} of {count} cases added; continued by the next automatic run',
  templateInSettings: 'The «Налаштування» tab, row {row} («{label}»)',
  templateInDocument: 'The certificate template ({url})',
  templateCertificate: 'the certificate template',
  templateWhoCase: 'case {id} «{title}»',
  templateUnknown:
    '{where}: {placeholder} is not a known placeholder; people would see it as it is. Placeholders: {known}. Correct the text. Nothing was done.',
  templateBraces:
    '{where}: «{text}» has braces that are no placeholder; people would see them as they are. A placeholder is written in double braces, e.g. {example}. Nothing was done.',
  templateEmptySetting:
    'The «Налаштування» tab, row {row} («{source}»): empty, but {template} holds {placeholder}; people would get an incomplete text. Fill in this row. Nothing was done.',
  templateEmptyValue:
    '{where} holds {placeholder}, but for {who} the value is empty; the text would be incomplete. Fill it in. Nothing was done.',
};

const CATALOG: Record<Lang, Record<UiKey, string>> = { uk: UK, en: EN };

/** Every text in both languages (for checks over the whole catalog). */
export const UI_MESSAGES: Readonly<Record<Lang, Readonly<Record<UiKey, string>>>> = CATALOG;

export function ui(
  key: UiKey | string,
  params: Record<string, string | number> = {},
  lang: Lang = 'uk',
): string {
  const template =
    (CATALOG[lang] as Record<string, string>)[key] ?? (UK as Record<string, string>)[key] ?? key;
  return fillMessage(template, params, lang);
}

export function uiProblem(key: UiKey, params: Record<string, string | number> = {}, place?: Place): Problem {
  return { code: key, ...(place ? { place } : {}), uk: ui(key, params, 'uk'), en: ui(key, params, 'en') };
}

export function applicantTypeLabel(t: ApplicantType | ''): string {
  return t === 'department'
    ? ui('typeDepartment')
    : t === 'district'
      ? ui('typeDistrict')
      : t === 'civil'
        ? ui('typeCivil')
        : '';
}
