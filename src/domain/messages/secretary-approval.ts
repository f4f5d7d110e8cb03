// The secretary's texts after the rating: approval, the protocol, publication, the winners' certificates, the catalog.
import type { Message } from './message';

export const SECRETARY_APPROVAL = {
  // Stages II and III: approval, protocol, publication, winners, catalog
  menuApprove: { uk: 'Затвердити рейтинг…', en: 'Approve the rating…' },
  menuProtocol: { uk: 'Проєкт протоколу засідання', en: 'Draft the meeting minutes' },
  menuPublish: { uk: 'Оприлюднити список', en: 'Publish the list' },
  menuTemplate: { uk: 'Шаблон диплома', en: 'Certificate template' },
  menuWinners: { uk: 'Дипломи й листи переможцям', en: 'Certificates and letters to the winners' },
  menuCatalog: { uk: 'Каталог кращих практик', en: 'Catalog of best practices' },
  resultsFolderName: { params: ['year'], uk: 'ТОП-100 {year} — результати', en: 'TOP-100 {year} — results' },
  certificatesFolderName: {
    params: ['year'],
    uk: 'ТОП-100 {year} — дипломи',
    en: 'TOP-100 {year} — certificates',
  },
  approveNotClosed: {
    uk: 'Рейтинг затверджують після завершення оцінювання: спершу «ТОП-100 → Завершити оцінювання».',
    en: 'The rating is approved after the evaluation is closed: first run «TOP-100 → Close the evaluation».',
  },
  approveNothing: {
    uk: 'У рейтингу немає жодного кейсу з кворумом: затверджувати нічого.',
    en: 'No case in the rating has a quorum: there is nothing to approve.',
  },
  approveMeetingPrompt: {
    params: ['default'],
    uk: 'Дата засідання комісії, що затвердила рейтинг (ДД.ММ.РРРР).\nПорожньо — {default}.',
    en: 'Date of the commission meeting that approved the rating (DD.MM.YYYY).\nEmpty — {default}.',
  },
  approveProtocolPrompt: {
    params: ['default'],
    uk: 'Номер протоколу цього засідання.\nПорожньо — {default}.',
    en: 'Number of the minutes of that meeting.\nEmpty — {default}.',
  },
  approveTiePrompt: {
    params: ['count', 'seats', 'list'],
    uk: 'На межі відбору однаковий результат мають {count} {count#кейс|кейси|кейсів} на {seats} {seats#місце|місця|місць}. Впишіть номери (або ID) кейсів, яких обрала комісія, — рівно {seats}, через кому:\n{list}',
    en: 'At the cut-off {count} {count#case|cases} share the same result for {seats} {seats#seat|seats}. Enter the numbers (or IDs) of the cases the commission chose — exactly {seats}, separated by commas:\n{list}',
  },
  approveTieLine: {
    params: ['n', 'id', 'title', 'organisation'],
    uk: '{n}. {id} «{title}» — {organisation}',
    en: '{n}. {id} «{title}» — {organisation}',
  },
  approveConfirm: {
    params: ['count', 'protocol', 'meeting'],
    uk: 'Затвердити загальний список із {count} {count#кейсу|кейсів|кейсів} (протокол № {protocol} від {meeting})?\nПісля затвердження список не змінюється: оприлюднення, дипломи й каталог беруть лише його.',
    en: 'Approve the general list of {count} {count#case|cases} (minutes No. {protocol} of {meeting})?\nOnce approved the list does not change: publication, certificates and the catalog use it only.',
  },
  approveReport: {
    params: ['count', 'protocol', 'meeting', 'tab', 'hash'],
    uk: 'Рейтинг затверджено: {count} {count#кейс|кейси|кейсів}, протокол № {protocol} від {meeting}.\nАркуш «{tab}» захищено від змін.\nКонтрольна сума (SHA-256): {hash}',
    en: 'Rating approved: {count} {count#case|cases}, minutes No. {protocol} of {meeting}.\nThe «{tab}» tab is protected.\nContent hash (SHA-256): {hash}',
  },
  approveAlready: {
    params: ['at', 'protocol', 'meeting', 'count', 'hash'],
    uk: 'Рейтинг уже затверджено ({at}): протокол № {protocol} від {meeting}, кейсів: {count}. Затверджений список не змінюється.\nSHA-256: {hash}',
    en: 'The rating was approved already ({at}): minutes No. {protocol} of {meeting}, {count} cases. The approved list does not change.\nSHA-256: {hash}',
  },
  approveBadDate: {
    params: ['value'],
    uk: 'Дата засідання «{value}» — не дата. Введіть у форматі ДД.ММ.РРРР, наприклад 11.10.2024. Нічого не змінено.',
    en: 'The meeting date «{value}» is not a date. Use DD.MM.YYYY, e.g. 11.10.2024. Nothing changed.',
  },
  approveNoDate: {
    uk: 'Дату засідання не вказано (рядок «Дата засідання» в аркуші «Налаштування» теж порожній). Нічого не змінено.',
    en: 'No meeting date given (and the «Дата засідання» setting is empty). Nothing changed.',
  },
  approveBadProtocol: {
    params: ['value'],
    uk: 'Номер протоколу «{value}» не підходить: цифри й літери без пробілів, до 20 знаків, наприклад 2. Нічого не змінено.',
    en: 'The minutes number «{value}» does not fit: digits and letters without spaces, up to 20 characters, e.g. 2. Nothing changed.',
  },
  tieChoiceUnknown: {
    params: ['value', 'count'],
    uk: 'Рішення щодо нічиї: «{value}» — немає серед кейсів на межі (номери від 1 до {count} або їхні ID). Нічого не змінено.',
    en: 'Tie decision: «{value}» is not among the tied cases (numbers 1 to {count} or their IDs). Nothing changed.',
  },
  tieChoiceRepeated: {
    params: ['value'],
    uk: 'Рішення щодо нічиї: кейс «{value}» названо двічі. Нічого не змінено.',
    en: 'Tie decision: the case «{value}» is named twice. Nothing changed.',
  },
  tieChoiceCount: {
    params: ['chosen', 'seats'],
    uk: 'Рішення щодо нічиї: обрано {chosen}, а місць {seats}. Назвіть рівно {seats}. Нічого не змінено.',
    en: 'Tie decision: {chosen} chosen for {seats} seats. Name exactly {seats}. Nothing changed.',
  },
  actApprove: { uk: 'Рейтинг затверджено', en: 'Rating approved' },
  approveDetails: {
    params: ['protocol', 'meeting', 'count', 'tie', 'hash'],
    uk: 'протокол № {protocol} від {meeting}; кейсів: {count}; нічия: {tie}; SHA-256: {hash}',
    en: 'minutes No. {protocol} of {meeting}; cases: {count}; tie: {tie}; SHA-256: {hash}',
  },
  approveTieDetails: {
    params: ['candidates', 'seats', 'chosen'],
    uk: 'з {candidates} на {seats} {seats#місце|місця|місць} комісія обрала {chosen}',
    en: 'of {candidates} for {seats} seats the commission chose {chosen}',
  },
  approvedTitle: {
    params: ['title', 'year', 'count'],
    uk: '{title} {year} — затверджений загальний список без місць ({count} {count#кейс|кейси|кейсів}); перерахунок рейтингу його не змінює',
    en: '{title} {year} — the approved general list without places ({count} cases); recomputing the rating does not change it',
  },
  approvedProtection: {
    uk: 'ТОП-100: затверджений список комісії — не змінюється',
    en: 'TOP-100: the commission’s approved list — does not change',
  },
  basisRating: { uk: 'рейтинг', en: 'rating' },
  basisCommission: { uk: 'рішення комісії (нічия на межі)', en: 'commission decision (tie at the cut-off)' },
  notApproved: {
    uk: 'Рейтинг ще не затверджено: спершу «ТОП-100 → Затвердити рейтинг…». До затвердження нічого не оприлюднюється.',
    en: 'The rating is not approved yet: first «TOP-100 → Approve the rating…». Nothing is published before the approval.',
  },
  approvedTampered: {
    params: ['tab', 'actual', 'hash'],
    uk: 'Аркуш «{tab}» змінено після затвердження: контрольна сума вмісту ({actual}) не збігається із записаною ({hash}). Поверніть затверджені значення (Файл → Історія версій); нічого не зроблено.',
    en: 'The «{tab}» tab changed after the approval: the content hash ({actual}) differs from the recorded one ({hash}). Restore the approved values (File → Version history); nothing was done.',
  },
  approvedUnknownCase: {
    params: ['tab', 'row', 'value'],
    uk: 'Аркуш «{tab}», рядок {row}: кейсу з ID «{value}» немає в аркуші «Кейси». Нічого не зроблено.',
    en: '«{tab}» tab, row {row}: no case with ID «{value}» in the «Кейси» tab. Nothing was done.',
  },
  ratingApprovedNote: {
    params: ['protocol', 'meeting', 'tab'],
    uk: 'Затверджений список (протокол № {protocol} від {meeting}) не змінено: він окремо, в аркуші «{tab}».',
    en: 'The approved list (minutes No. {protocol} of {meeting}) is unchanged: it is kept apart, in the «{tab}» tab.',
  },
  protocolDocName: {
    params: ['protocol', 'title', 'year'],
    uk: 'Протокол № {protocol} — {title} {year} (проєкт)',
    en: 'Minutes No. {protocol} — {title} {year} (draft)',
  },
  protocolHeading: { params: ['protocol'], uk: 'ПРОТОКОЛ № {protocol}', en: 'MINUTES No. {protocol}' },
  protocolOf: {
    params: ['year'],
    uk: 'засідання комісії з відбору кращих кейсів в рамках проведення ярмарку кращих кейсів партнерства влади та громади «ТОП-100» у {year} році',
    en: 'of the meeting of the commission selecting the best cases of the «TOP - 100» fair of partnership between the city authorities and the community in {year}',
  },
  protocolWhen: {
    params: ['date', 'place'],
    uk: '{date}                    ____ год ____ хв                    {place}',
    en: '{date}                    ____ h ____ min                    {place}',
  },
  protocolPresent: {
    params: ['count', 'names'],
    uk: 'Присутні члени комісії ({count}): {names}.',
    en: 'Commission members present ({count}): {names}.',
  },
  protocolOpening: {
    params: ['chair'],
    uk: 'СЛУХАЛИ: голову Комісії {chair}, який (яка) відкрив(ла) засідання та запропонував(ла) затвердити порядок денний:',
    en: 'HEARD: the chair of the Commission {chair}, who opened the meeting and proposed the agenda:',
  },
  protocolAgenda1: {
    params: ['winners', 'year'],
    uk: 'Підведення підсумків оцінювання кейсів членами Комісії та затвердження рейтингу перших {winners} {winners#кращого кейсу|кращих кейсів|кращих кейсів} ярмарку «ТОП-100» у {year} році.',
    en: 'The results of the members’ evaluation and the approval of the rating of the first {winners} best cases of the «TOP - 100» fair in {year}.',
  },
  protocolAgenda2: {
    uk: 'Оприлюднення списку, відзначення переможців і каталог кращих практик.',
    en: 'Publication of the list, honouring the winners and the catalog of best practices.',
  },
  protocolAgenda3: { uk: 'Різне.', en: 'Other business.' },
  protocolVote: {
    uk: 'ГОЛОСУВАЛИ: «за» — ____; «проти» — ____; «утрималися» — ____. Рішення ____________.',
    en: 'VOTED: for — ____; against — ____; abstained — ____. Decision ____________.',
  },
  protocolAgendaDecided: {
    uk: 'ВИРІШИЛИ: затвердити запропонований порядок денний.',
    en: 'DECIDED: to approve the proposed agenda.',
  },
  protocolItem1: {
    params: ['secretary'],
    uk: '1. СЛУХАЛИ: секретаря Комісії {secretary}, який (яка) ознайомив(ла) членів Комісії з результатами оцінювання:',
    en: '1. HEARD: the secretary of the Commission {secretary}, who presented the results of the evaluation:',
  },
  protocolFactReceived: {
    params: ['cases'],
    uk: 'надійшло пропозицій кейсів: {cases};',
    en: 'case proposals received: {cases};',
  },
  protocolFactEvaluated: {
    params: ['members', 'valid'],
    uk: 'оцінювали члени Комісії: {members}; дійсних оцінок: {valid};',
    en: 'commission members who evaluated: {members}; valid evaluations: {valid};',
  },
  protocolFactRanked: {
    params: ['ranked', 'quorum', 'below'],
    uk: 'кейсів у рейтингу: {ranked}; нижче кворуму ({quorum} {quorum#дійсна оцінка|дійсні оцінки|дійсних оцінок}): {below};',
    en: 'cases in the rating: {ranked}; below the quorum ({quorum} valid evaluations): {below};',
  },
  protocolFactSelected: {
    params: ['winners', 'selected'],
    uk: 'кейсів, що за середнім балом увійшли до перших {winners}: {selected};',
    en: '{selected} cases are among the first {winners} by mean score;',
  },
  protocolFactTie: {
    params: ['count', 'seats', 'titles', 'chosen'],
    uk: 'на межі відбору однаковий результат мали {count} {count#кейс|кейси|кейсів} на {seats} {seats#місце|місця|місць}: {titles}; Комісія обрала: {chosen};',
    en: 'at the cut-off {count} cases shared the same result for {seats} seats: {titles}; the Commission chose: {chosen};',
  },
  protocolFactList: {
    params: ['count'],
    uk: 'затверджується загальний список із {count} {count#кейсу|кейсів|кейсів} без визначення місць (додаток).',
    en: 'a general list of {count} cases without places is approved (annex).',
  },
  protocolItem1Decided: {
    params: ['count', 'year'],
    uk: 'ВИРІШИЛИ: затвердити рейтинг перших {count} {count#кращого кейсу|кращих кейсів|кращих кейсів} ярмарку «ТОП-100» у {year} році загальним списком без визначення місць (додаток).',
    en: 'DECIDED: to approve the rating of the first {count} best cases of the «TOP - 100» fair in {year} as a general list without places (annex).',
  },
  protocolItem2: {
    params: ['secretary', 'year'],
    uk: '2. СЛУХАЛИ: секретаря Комісії {secretary} щодо оприлюднення затвердженого списку, відзначення переможців (ІІ етап) та підготовки електронного видання «Каталог кращих успішних практик громадських ініціатив у вирішенні питань місцевого значення міста Києва у {year} році» (ІІІ етап).',
    en: '2. HEARD: the secretary of the Commission {secretary} on publishing the approved list, honouring the winners (stage II) and preparing the electronic «Catalog of the best successful practices of civic initiatives in solving local issues of the city of Kyiv in {year}» (stage III).',
  },
  protocolItem2Decided: {
    uk: 'ВИРІШИЛИ: інформацію взяти до відома.',
    en: 'DECIDED: to take note of the information.',
  },
  protocolItem3: { uk: '3. Різне.', en: '3. Other business.' },
  protocolAnnex: {
    params: ['protocol', 'date', 'count'],
    uk: 'Додаток до протоколу № {protocol} від {date}: загальний список перших {count} {count#кращого кейсу|кращих кейсів|кращих кейсів} (без визначення місць)',
    en: 'Annex to minutes No. {protocol} of {date}: the general list of the first {count} best cases (without places)',
  },
  protocolColNo: { uk: '№ з/п', en: 'No.' },
  protocolChair: {
    params: ['name'],
    uk: 'Голова Комісії                    ____________________    {name}',
    en: 'Chair of the Commission                    ____________________    {name}',
  },
  protocolSecretary: {
    params: ['name'],
    uk: 'Секретар Комісії                    ____________________    {name}',
    en: 'Secretary of the Commission                    ____________________    {name}',
  },
  protocolReport: {
    params: ['protocol', 'url'],
    uk: 'Проєкт протоколу № {protocol}: {url}\nСекретар заповнює час засідання, результати голосування та підписи.',
    en: 'Draft minutes No. {protocol}: {url}\nThe secretary fills in the meeting time, the votes and the signatures.',
  },
  protocolAlready: {
    params: ['protocol', 'url'],
    uk: 'Проєкт протоколу № {protocol} уже є: {url}\nЩоб створити його заново, видаліть цей документ із Диска.',
    en: 'Draft minutes No. {protocol} exist already: {url}\nTo create them again, delete this document from Drive.',
  },
  actProtocol: { uk: 'Проєкт протоколу створено', en: 'Draft minutes created' },
  protocolDetails: {
    params: ['protocol', 'url'],
    uk: 'протокол № {protocol}: {url}',
    en: 'minutes No. {protocol}: {url}',
  },
  blankName: { uk: '____________________', en: '____________________' },
  publishReport: {
    params: ['count', 'page', 'csv', 'xlsx'],
    uk: 'Список оприлюднено: {count} {count#кейс|кейси|кейсів}.\nСторінка: {page}\nCSV: {csv}\nXLSX: {xlsx}',
    en: 'List published: {count} {count#case|cases}.\nPage: {page}\nCSV: {csv}\nXLSX: {xlsx}',
  },
  publishNoUrl: {
    uk: 'адреса з’явиться після розгортання веб-застосунку — впишіть її в рядок «Адреса публічної сторінки» (аркуш «Налаштування»)',
    en: 'the address appears once the web app is deployed — enter it in the «Адреса публічної сторінки» setting',
  },
  actPublish: { uk: 'Список оприлюднено', en: 'List published' },
  publishDetails: {
    params: ['count', 'page', 'csv', 'xlsx'],
    uk: 'кейсів: {count}; сторінка: {page}; CSV {csv}; XLSX {xlsx}',
    en: 'cases: {count}; page: {page}; CSV {csv}; XLSX {xlsx}',
  },
  templateDocName: {
    params: ['title', 'year'],
    uk: 'Шаблон диплома — {title} {year}',
    en: 'Certificate template — {title} {year}',
  },
  templateReport: {
    params: ['url', 'placeholders'],
    uk: 'Шаблон диплома: {url}\nПідстановки: {placeholders}. Змінюйте оформлення й текст як потрібно, лише не змінюйте підстановки у фігурних дужках.\nГерб Києва (ліворуч) і емблему Департаменту (праворуч) вставте замість двох зображень-заготовок: клацніть зображення → «Замінити зображення». Імена голови й секретаря, дата й місце нагородження беруться з аркуша «Налаштування».',
    en: 'Certificate template: {url}\nPlaceholders: {placeholders}. Change the design and wording as you like; keep the placeholders in curly braces.\nPut the arms of Kyiv (left) and the Department’s emblem (right) in place of the two placeholder images: click an image → «Replace image». The names of the chair and the secretary, the date and place of the award come from the «Налаштування» tab.',
  },
  templateCreated: { uk: 'Шаблон диплома створено', en: 'Certificate template created' },
  winnersNeedCeremony: {
    uk: 'Заповніть в аркуші «Налаштування» рядки «Нагородження: дата і час» і «Нагородження: місце»: вони потрібні для листів переможцям. Нічого не зроблено.',
    en: 'Fill in the «Нагородження: дата і час» and «Нагородження: місце» settings: the letters to the winners need them. Nothing was done.',
  },
  winnersConfirm: {
    params: ['count'],
    uk: 'Створити дипломи для {count} {count#кейсу|кейсів|кейсів} затвердженого списку і надіслати кожній контактній особі лист із дипломом (кожен лист — один раз)?',
    en: 'Create certificates for the {count} {count#case|cases} of the approved list and send each contact person a letter with the certificate (each letter once)?',
  },
  winnersReport: {
    params: ['made', 'count', 'now', 'mailed', 'sent', 'waiting'],
    uk: 'Дипломів готово: {made} з {count} (цього разу: {now}).\nЛистів надіслано: {mailed} (цього разу: {sent}); чекають на квоту: {waiting}.',
    en: 'Certificates ready: {made} of {count} (this run: {now}).\nLetters sent: {mailed} (this run: {sent}); waiting for quota: {waiting}.',
  },
  winnersRemaining: {
    uk: 'Решту буде зроблено автоматично (запуск кожні 10 хв).',
    en: 'The rest is done automatically (a run every 10 minutes).',
  },
  progressBarLabel: { uk: 'Дипломи', en: 'Certificates' },
  progressCounts: {
    params: ['made', 'count', 'mailed'],
    uk: 'Дипломів готово: {made} з {count} · листів надіслано: {mailed}',
    en: 'Certificates ready: {made} of {count} · letters sent: {mailed}',
  },
  progressWorking: {
    uk: 'Триває робота (крок — до 5 хв)…',
    en: 'Working (a step takes up to 5 minutes)…',
  },
  progressEta: {
    params: ['minutes'],
    uk: 'Залишилося приблизно {minutes} хв.',
    en: 'About {minutes} min left.',
  },
  progressCloseNote: {
    uk: 'Вікно можна закрити: тоді решту за кілька хвилин продовжить автоматичний запуск.',
    en: 'You may close this window: the automatic run then carries on with the rest within minutes.',
  },
  progressStop: { uk: 'Зупинити', en: 'Stop' },
  progressStopping: {
    uk: 'Зупиню, щойно скінчиться поточний крок…',
    en: 'Stopping as soon as the current step ends…',
  },
  progressStopped: {
    uk: 'Зупинено. Решту продовжить автоматичний запуск (за 10–20 хв) — або запустіть пункт меню ще раз.',
    en: 'Stopped. The automatic run carries on with the rest (in 10–20 minutes), or run the menu item again.',
  },
  progressContinue: { uk: 'Продовжити', en: 'Continue' },
  progressDone: { uk: 'Готово.', en: 'Done.' },
  progressBusy: {
    uk: 'Таблицею саме користується інший запуск; спробую ще раз за 15 с…',
    en: 'Another run is using the spreadsheet; trying again in 15 s…',
  },
  progressRetry: {
    params: ['seconds'],
    uk: 'Зв’язок перервався; повторю за {seconds} с…',
    en: 'The connection failed; trying again in {seconds} s…',
  },
  winnersNoContact: {
    params: ['count', 'list'],
    uk: 'Без дійсної адреси контактної особи ({count}) — повідомте їх іншим способом:\n{list}',
    en: 'No valid contact address ({count}) — inform them another way:\n{list}',
  },
  winnersUnconfirmed: {
    params: ['list'],
    uk: 'Надсилання не підтверджено (виконання перервалося): {list}. Перевірте «Надіслані».',
    en: 'Sending not confirmed (the execution stopped): {list}. Check Sent mail.',
  },
  certificateWorkName: {
    uk: 'Дипломи — робоча копія шаблону (зникне після запуску)',
    en: 'Certificates — working copy of the template (removed after the run)',
  },
  actCertificate: { uk: 'Диплом створено', en: 'Certificate created' },
  certificateDetails: {
    params: ['id', 'case', 'url'],
    uk: '{id} «{case}»: {url}',
    en: '{id} «{case}»: {url}',
  },
  actWinnerMail: { uk: 'Лист переможцю надіслано', en: 'Letter to a winner sent' },
  winnerMailDetails: { params: ['id', 'email'], uk: '{id} → {email}', en: '{id} → {email}' },
  actWinnersPaused: { uk: 'Дипломи: продовження', en: 'Certificates continue' },
  winnersPaused: {
    params: ['remaining', 'letters'],
    uk: 'залишилось дипломів: {remaining}; листів: {letters}; продовжить наступний автоматичний запуск',
    en: 'certificates left: {remaining}; letters: {letters}; continued by the next automatic run',
  },
  winnersPausedDriven: {
    params: ['remaining', 'letters'],
    uk: 'залишилось дипломів: {remaining}; листів: {letters}; продовжує вікно поступу (закрите вікно — автоматичний запуск)',
    en: 'certificates left: {remaining}; letters: {letters}; continued by the progress window (if it is closed, by the automatic run)',
  },
  actNoContact: { uk: 'Переможці без контакту', en: 'Winners without a contact' },
  noContactLine: {
    params: ['id', 'title', 'value'],
    uk: '{id} «{title}» ({value})',
    en: '{id} «{title}» ({value})',
  },
  noContactEmpty: { uk: 'email не вказано', en: 'no email given' },
  catalogNeedsPage: {
    uk: 'Для QR-коду потрібна адреса публічної сторінки: заповніть в аркуші «Налаштування» рядок «Адреса публічної сторінки» (адреса веб-застосунку після розгортання). Нічого не зроблено.',
    en: 'The QR code needs the public page address: fill in the «Адреса публічної сторінки» setting (the web app’s address once deployed). Nothing was done.',
  },
  catalogNeedsPublish: {
    uk: 'Спершу оприлюдніть список (ТОП-100 → Оприлюднити список): каталог посилається на публічну сторінку. Нічого не зроблено.',
    en: 'Publish the list first (TOP-100 → Publish the list): the catalog links to the public page. Nothing was done.',
  },
  catalogReport: {
    params: ['doc', 'pdf', 'count', 'groups'],
    uk: 'Каталог: {doc}\nPDF: {pdf}\nКейсів: {count}; розділів: {groups}.\nPDF доступний усім, хто має посилання (лише перегляд): QR-код на стендах його відкриває.',
    en: 'Catalog: {doc}\nPDF: {pdf}\nCases: {count}; sections: {groups}.\nThe PDF is open to anyone with the link (view only): the QR code on the stands opens it.',
  },
  catalogPartial: {
    params: ['done', 'count'],
    uk: 'Каталог створюється: додано {done} з {count} {count#кейсу|кейсів|кейсів}. Решту додасть автоматичний запуск (кожні 10 хв).',
    en: 'The catalog is being built: {done} of {count} cases added. The next automatic run adds the rest (every 10 minutes).',
  },
  actCatalog: { uk: 'Каталог створено', en: 'Catalog created' },
  catalogDetails: {
    params: ['count', 'doc', 'pdf'],
    uk: 'кейсів: {count}; документ {doc}; PDF {pdf}',
    en: 'cases: {count}; document {doc}; PDF {pdf}',
  },
  actCatalogPaused: { uk: 'Каталог: продовження', en: 'Catalog continues' },
  catalogPaused: {
    params: ['done', 'count'],
    uk: 'додано {done} з {count} {count#кейсу|кейсів|кейсів}; продовжить наступний автоматичний запуск',
    en: '{done} of {count} cases added; continued by the next automatic run',
  },
} satisfies Record<string, Message>;
