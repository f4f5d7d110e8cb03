// The secretary's texts for the borderline round and the stands.
import type { Message } from './message';

export const SECRETARY_ROUND = {
  // The borderline round
  roundNotClosed: {
    uk: 'Повторне оцінювання межових кейсів проводять після завершення оцінювання: спершу «ТОП-100 → Завершити оцінювання».',
    en: 'The review of the borderline cases follows the close: first «TOP-100 → Close the evaluation».',
  },
  roundAfterApproval: {
    params: ['tab'],
    uk: 'Рейтинг уже затверджено (аркуш «{tab}»): повторне оцінювання вже нічого не змінить.',
    en: 'The rating is approved already («{tab}»): a review would change nothing.',
  },
  roundNoBorderline: {
    uk: 'Межових кейсів немає: запустіть «ТОП-100 → Аналіз стабільності та узгодженості» — повторне оцінювання стосується лише межових кейсів.',
    en: 'There are no borderline cases: run «TOP-100 → Stability and agreement» — the review covers the borderline cases only.',
  },
  roundNone: {
    uk: 'Повторного оцінювання межових кейсів не було: «ТОП-100 → Засідання → Повторне оцінювання межових кейсів…».',
    en: 'There was no review of the borderline cases: «TOP-100 → Meeting → Review of the borderline cases…».',
  },
  roundDatePrompt: {
    params: ['count', 'default'],
    uk: 'Межових кейсів: {count}. Члени комісії отримають у своїх таблицях аркуш «Межові кейси» лише з ними: підтвердити або змінити свої оцінки.\nДо якого часу (ДД.ММ.РРРР ГГ:ХХ, за київським часом)? Порожньо — {default}.',
    en: '{count} borderline cases. The members get a «Межові кейси» tab in their own files with only these, to confirm or change their scores.\nUntil when (DD.MM.YYYY HH:MM, Kyiv time)? Empty — {default}.',
  },
  roundBadDate: {
    params: ['value'],
    uk: 'Термін «{value}» — не дата й час. Введіть у форматі ДД.ММ.РРРР ГГ:ХХ, наприклад 10.10.2024 18:00. Нічого не змінено.',
    en: '«{value}» is not a date and time. Type DD.MM.YYYY HH:MM, e.g. 10.10.2024 18:00. Nothing was changed.',
  },
  roundDatePast: {
    params: ['value', 'now'],
    uk: 'Термін «{value}» уже минув або настає менш ніж за годину (зараз {now}). Нічого не змінено.',
    en: '«{value}» has passed or is less than an hour away (now {now}). Nothing was changed.',
  },
  roundConfirm: {
    params: ['count', 'deadline'],
    uk: 'Надіслати членам комісії аркуш «Межові кейси» ({count} {count#кейс|кейси|кейсів}) з терміном {deadline}? Перші оцінки в аркуші «Оцінки» й рейтинг не зміняться.',
    en: 'Send the members the «Межові кейси» tab ({count} {count#case|cases}) due {deadline}? The first scores in «Оцінки» and the rating do not change.',
  },
  roundOpenReport: {
    params: ['deadline', 'cases', 'members', 'entries', 'tab'],
    uk: 'Повторне оцінювання межових кейсів триває до {deadline}: {cases} {cases#кейс|кейси|кейсів}, членів комісії: {members}, оцінок для перегляду: {entries}.\nКожен отримав лист і аркуш «{tab}» у своїй таблиці; о {deadline} аркуші заблокуються й оцінки буде зібрано.',
    en: 'The review of the borderline cases runs until {deadline}: {cases} {cases#case|cases}, members: {members}, scores to review: {entries}.\nEach got a letter and the «{tab}» tab in their own file; at {deadline} the tabs are locked and the scores collected.',
  },
  roundAlready: {
    params: ['deadline', 'cases', 'entries'],
    uk: 'Повторне оцінювання вже проведено або триває (термін {deadline}): {cases} {cases#кейс|кейси|кейсів}, оцінок для перегляду: {entries}. Збирайте оцінки: «ТОП-100 → Засідання → Зібрати повторні оцінки».',
    en: 'The review was held or is running (due {deadline}): {cases} {cases#case|cases}, scores to review: {entries}. Collect them: «TOP-100 → Meeting → Collect the reviewed scores».',
  },
  roundRemaining: {
    params: ['remaining'],
    uk: 'Аркушів ще не створено: {remaining}; решту створить автоматичний запуск (кожні 10 хв).',
    en: 'Tabs not made yet: {remaining}; the automatic run makes the rest (every 10 minutes).',
  },
  roundLettersFailed: {
    params: ['list'],
    uk: 'Не вдалося надіслати лист: {list} — повідомте їх іншим способом.',
    en: 'The letter could not be sent: {list} — tell them another way.',
  },
  roundCollectReport: {
    params: ['files', 'changed', 'invalid', 'tab'],
    uk: 'Повторні оцінки зібрано з {files} {files#таблиці|таблиць|таблиць}: змін {changed}, з помилками {invalid}. Усе — в аркуші «{tab}»; перші оцінки не змінено.',
    en: 'Reviewed scores collected from {files} {files#file|files}: {changed} changes, {invalid} with errors. All in «{tab}»; the first scores are unchanged.',
  },
  roundCollectLocked: {
    params: ['tab'],
    uk: 'Повторне оцінювання завершено: аркуші заблоковано, оцінки зібрано в аркуші «{tab}». Підготуйте порядок денний засідання: середні бали після повторного оцінювання будуть поруч із першими.',
    en: 'The review is over: the tabs are locked and the scores collected in «{tab}». Prepare the meeting’s agenda: the means after the review stand beside the first ones.',
  },
  roundTabProtection: {
    uk: 'ТОП-100: аркуш веде скрипт (повторне оцінювання межових кейсів)',
    en: 'TOP-100: the script keeps this tab (the review of the borderline cases)',
  },
  roundTabOpen: {
    params: ['cases', 'entries', 'deadline'],
    uk: 'Повторне оцінювання межових кейсів: {cases} {cases#кейс|кейси|кейсів}, оцінок для перегляду: {entries}; триває до {deadline}. Перші оцінки — в аркуші «Оцінки», їх не змінено.',
    en: 'Review of the borderline cases: {cases} {cases#case|cases}, scores to review: {entries}; until {deadline}. The first scores are in «Оцінки», unchanged.',
  },
  roundTabClosed: {
    params: ['cases', 'entries', 'at', 'deadline'],
    uk: 'Повторне оцінювання межових кейсів: {cases} {cases#кейс|кейси|кейсів}, оцінок для перегляду: {entries}; завершено {at} (термін {deadline}). Перші оцінки — в аркуші «Оцінки», їх не змінено.',
    en: 'Review of the borderline cases: {cases} {cases#case|cases}, scores to review: {entries}; closed {at} (due {deadline}). The first scores are in «Оцінки», unchanged.',
  },
  roundSheetMissing: {
    params: ['name', 'tab'],
    uk: '{name}: аркуша «{tab}» немає в таблиці — повторні оцінки не зібрано.',
    en: '{name}: the file has no «{tab}» tab — the reviewed scores were not collected.',
  },
  roundSheetFailed: {
    params: ['name', 'email', 'error'],
    uk: 'Не вдалося створити аркуш межових кейсів для {name} ({email}): {error}',
    en: 'The borderline tab for {name} ({email}) could not be made: {error}',
  },
  actRoundOpen: { uk: 'Повторне оцінювання розпочато', en: 'Review started' },
  roundOpenDetails: {
    params: ['deadline', 'cases', 'entries', 'ids'],
    uk: 'термін: {deadline}; кейсів: {cases}; оцінок для перегляду: {entries}; кейси: {ids}',
    en: 'due: {deadline}; cases: {cases}; scores to review: {entries}; cases: {ids}',
  },
  actRoundMember: { uk: 'Аркуш межових кейсів створено', en: 'Borderline tab made' },
  roundMemberDetails: {
    params: ['name', 'count'],
    uk: '{name}: {count} {count#кейс|кейси|кейсів}',
    en: '{name}: {count} {count#case|cases}',
  },
  actRoundCollect: { uk: 'Повторні оцінки зібрано', en: 'Reviewed scores collected' },
  roundCollectDetails: {
    params: ['files', 'changed', 'invalid'],
    uk: 'таблиць: {files}; змін: {changed}; з помилками: {invalid}',
    en: 'files: {files}; changes: {changed}; with errors: {invalid}',
  },
  actRoundScore: { uk: 'Повторна оцінка', en: 'Reviewed score' },
  actRoundAtLock: { uk: 'Повторна оцінка (під час блокування)', en: 'Reviewed score (at the lock)' },
  roundScoreDetails: {
    params: ['name', 'id', 'status', 'before', 'after'],
    uk: '{name} · {id}: {status}; сума (повторно) {before} → {after}',
    en: '{name} · {id}: {status}; reviewed total {before} → {after}',
  },
  actRoundClosed: { uk: 'Повторне оцінювання завершено', en: 'Review closed' },
  roundClosedDetails: {
    params: ['at', 'entries', 'changed'],
    uk: 'завершено {at}; оцінок для перегляду: {entries}; змінено: {changed}',
    en: 'closed {at}; scores to review: {entries}; changed: {changed}',
  },
  roundNoneSummary: { uk: 'не проводилось', en: 'not held' },
  roundOpenSummary: {
    params: ['deadline', 'cases', 'changed', 'entries', 'tab'],
    uk: 'триває до {deadline}: {cases} {cases#кейс|кейси|кейсів}, змінено оцінок: {changed} з {entries} (аркуш «{tab}»)',
    en: 'running until {deadline}: {cases} {cases#case|cases}, scores changed: {changed} of {entries} («{tab}»)',
  },
  roundLockedSummary: {
    params: ['deadline', 'cases', 'changed', 'entries', 'tab'],
    uk: 'завершено (термін {deadline}): {cases} {cases#кейс|кейси|кейсів}, змінено оцінок: {changed} з {entries} (аркуш «{tab}»)',
    en: 'closed (due {deadline}): {cases} {cases#case|cases}, scores changed: {changed} of {entries} («{tab}»)',
  },

  // The stands
  standsHelp: {
    uk: 'Стенди з кращими кейсами: локація, райони (через кому, або «усе місто» — тоді всі кейси за районами), розмір аркуша (A1, A2 або A3). «ТОП-100 → Стенди» робить PDF-плакат для кожного рядка; змінили рядки — запустіть ще раз.',
    en: 'Stands with the best cases: location, districts (comma-separated, or «усе місто» for all cases by district), paper size (A1, A2 or A3). «TOP-100 → Stands» makes a PDF poster per row; after a change run it again.',
  },
  standsNoLocation: {
    params: ['tab', 'row'],
    uk: 'Аркуш «{tab}», рядок {row}: не вказано локацію стенда.',
    en: 'The «{tab}» tab, row {row}: the stand’s location is missing.',
  },
  standsNoDistricts: {
    params: ['tab', 'row', 'location'],
    uk: 'Аркуш «{tab}», рядок {row} («{location}»): не вказано районів. Впишіть район (чи кілька через кому) або «усе місто».',
    en: 'The «{tab}» tab, row {row} («{location}»): no districts. Write a district (or several, comma-separated) or «усе місто».',
  },
  standsBadDistrict: {
    params: ['tab', 'row', 'value'],
    uk: 'Аркуш «{tab}», рядок {row}: «{value}» — не район Києва. Впишіть назву району (наприклад, Голосіївський) або «усе місто».',
    en: 'The «{tab}» tab, row {row}: «{value}» is not a district of Kyiv. Write a district’s name (e.g. Голосіївський) or «усе місто».',
  },
  standsBadSize: {
    params: ['tab', 'row', 'value'],
    uk: 'Аркуш «{tab}», рядок {row}: розмір «{value}» — має бути A1, A2 або A3.',
    en: 'The «{tab}» tab, row {row}: size «{value}» — must be A1, A2 or A3.',
  },
  standsNone: {
    params: ['tab'],
    uk: 'В аркуші «{tab}» немає жодного стенда: додайте рядок (локація, райони, розмір).',
    en: 'The «{tab}» tab has no stand: add a row (location, districts, size).',
  },
  standsNeedPage: {
    uk: 'Для QR-коду стенда потрібна адреса публічної сторінки: заповніть в аркуші «Налаштування» рядок «Адреса публічної сторінки». Нічого не зроблено.',
    en: 'A stand’s QR code needs the public page address: fill in the «Адреса публічної сторінки» setting. Nothing was done.',
  },
  standsNeedCatalog: {
    uk: 'QR-код стенда веде до каталогу: спершу створіть його («ТОП-100 → Каталог кращих практик»). Нічого не зроблено.',
    en: 'A stand’s QR code leads to the catalog: make it first («TOP-100 → Catalog of best practices»). Nothing was done.',
  },
  standsFolderName: { params: ['year'], uk: 'ТОП-100 {year} — стенди', en: 'TOP-100 {year} — stands' },
  standFileName: {
    params: ['location', 'year'],
    uk: 'Стенд — {location} — ТОП-100 {year}',
    en: 'Stand — {location} — TOP-100 {year}',
  },
  standsCreatedNote: {
    params: ['tab'],
    uk: 'Аркуш «{tab}» створено з локаціями стендів 2022 року — перевірте їх; змінили — запустіть «Стенди» ще раз.',
    en: 'The «{tab}» tab was made with the 2022 stands’ locations — check them; after a change run «Stands» again.',
  },
  standsReport: {
    params: ['count'],
    uk: 'Плакатів для стендів: {count}.',
    en: 'Posters for stands: {count}.',
  },
  standsReportLine: {
    params: ['location', 'cases', 'sheets', 'pdf'],
    uk: '• {location}: {cases} {cases#кейс|кейси|кейсів}, {sheets} {sheets#аркуш|аркуші|аркушів} — {pdf}',
    en: '• {location}: {cases} {cases#case|cases}, {sheets} {sheets#sheet|sheets} — {pdf}',
  },
  standsRemaining: {
    params: ['remaining'],
    uk: 'Ще не зроблено: {remaining} — їх буде зроблено автоматично протягом 10 хвилин (або запустіть «Стенди» ще раз).',
    en: 'Not made yet: {remaining}; they will be made automatically within 10 minutes (or run «Stands» again).',
  },
  standsTrashed: {
    params: ['tab', 'list'],
    uk: 'У кошику плакати стендів, яких більше немає в аркуші «{tab}»: {list}.',
    en: 'Posters of stands no longer in the «{tab}» tab, put in the trash: {list}.',
  },
  standsUnchanged: {
    params: ['count'],
    uk: 'Без змін (плакат уже показує те саме): {count}.',
    en: 'Unchanged (the poster already shows the same): {count}.',
  },
  standsStopped: {
    params: ['error'],
    uk: 'Решту плакатів автоматично не зроблено: {error} Виправте це й запустіть «Стенди» ще раз.',
    en: 'The remaining posters were not made automatically: {error} Fix it and run «Stands» again.',
  },
  standsUnserved: {
    params: ['list'],
    uk: 'Райони без власного стенда (їхні кейси — лише на загальноміському): {list}.',
    en: 'Districts without a stand of their own (their cases only on the city-wide one): {list}.',
  },
  actStandsTab: { uk: 'Аркуш стендів створено', en: 'Stands tab made' },
  standsTabCreated: {
    params: ['tab', 'count'],
    uk: 'аркуш «{tab}»: стендів {count} (локації 2022 року)',
    en: 'the «{tab}» tab: {count} stands (2022 locations)',
  },
  actStand: { uk: 'Плакат стенда', en: 'Stand poster' },
  standDetails: {
    params: ['location', 'place', 'count', 'sheets', 'url'],
    uk: '{location} ({place}): кейсів {count}; аркушів {sheets}; {url}',
    en: '{location} ({place}): cases {count}; sheets {sheets}; {url}',
  },
} satisfies Record<string, Message>;
