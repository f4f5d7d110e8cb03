// The texts of the meeting, the borderline round and the stands: part of the one catalog (ui-text.ts merges them).

export const MEETING_UK = {
  menuMeeting: 'Засідання',
  menuMeetingAgenda: 'Підготувати порядок денний',
  menuMeetingRound: 'Повторне оцінювання межових кейсів…',
  menuMeetingRoundCollect: 'Зібрати повторні оцінки',
  menuMeetingCheck: 'Перевірити записи голосування',
  menuStands: 'Стенди',

  // «Засідання»: the agenda
  meetingKind_tie: 'Нічия на межі',
  meetingKind_borderline: 'Межовий кейс',
  meetingKind_belowQuorum: 'Нижче кворуму',
  meetingKind_conflict: 'Конфлікт інтересів',
  meetingStandingIn: 'так',
  meetingStandingOut: 'ні',
  meetingStandingTie: 'нічия на межі',
  meetingTieOpen:
    'однаковий результат на межі відбору: {count} {count#кейс|кейси|кейсів} на {seats} {seats#місце|місця|місць} — вирішує Комісія',
  meetingTieBrokenIn:
    'рівний середній бал на межі відбору ({count} {count#кейс|кейси|кейсів}); за правилом «{rule}» кейс у списку — Комісія підтверджує або змінює',
  meetingTieBrokenOut:
    'рівний середній бал на межі відбору ({count} {count#кейс|кейси|кейсів}); за правилом «{rule}» кейс поза списком — Комісія підтверджує або змінює',
  meetingBelowQuorum:
    'дійсних оцінок {valid} з потрібних {quorum}; середній бал не нижчий за межу відбору ({cutoff})',
  meetingConflict: 'заявили конфлікт інтересів і не голосують: {names}',
  meetingConflictNote: 'конфлікт інтересів (не голосують): {names}',
  meetingRoundChanged: '{changed} з {members}',
  meetingTitle:
    'Засідання комісії — {title} {year}: порядок денний ({count} {count#питання|питання|питань}), підготовлено {at}. Заповніть голосування й рішення в жовтих клітинках.',
  meetingPresentHint:
    'з {members} {members#члена|членів|членів} комісії; «за» + «проти» + «утрималися» + «не голосували» = присутні',
  meetingPlacesHint: 'за рейтингом; рішення засідання не змінюють кількості місць без пояснення',
  meetingExplanationHint: 'заповніть, лише якщо рішення змінюють кількість кейсів у списку',
  meetingDecisionHelp: 'Рішення Комісії: включити, виключити або відкласти',
  meetingNotClosed:
    'Порядок денний готують після завершення оцінювання: спершу «ТОП-100 → Завершити оцінювання».',
  meetingAfterApproval:
    'Рейтинг уже затверджено: порядок денний і голосування засідання збережено в аркуші «{tab}», а список — в аркуші «{approved}». Нічого не змінено.',
  meetingNoStability:
    'Аналізу стабільності ще не було, тож межових кейсів у порядку денному немає: запустіть «ТОП-100 → Аналіз стабільності та узгодженості» і підготуйте порядок денний знову (записане збережеться).',
  meetingAgendaReport:
    'Порядок денний засідання в аркуші «{tab}»: {items} {items#питання|питання|питань} (нічия на межі: {tie}; межових: {borderline}; нижче кворуму: {below}; конфлікт інтересів: {conflict}).\nЗапишіть кількість присутніх, голосування («за», «проти», «утрималися», «не голосували») і рішення (включити / виключити / відкласти). «Затвердити рейтинг…» затвердить список за цими рішеннями.',
  meetingCarried: 'Записане раніше збережено для {carried} {carried#питання|питань|питань}.',
  meetingDropped: 'Цих питань більше немає в порядку денному; їхні записи збережено в «Журналі»: {list}',
  actMeetingAgenda: 'Порядок денний засідання',
  meetingAgendaDetails:
    'питань: {items} (нічия: {tie}; межових: {borderline}; нижче кворуму: {below}; конфлікт інтересів: {conflict}); записане збережено: {carried}; вибуло із записами: {dropped}',
  actMeetingDropped: 'Питання вибуло з порядку денного',
  meetingDroppedDetails:
    '{kind} {id}: голосування (за / проти / утрималися / не голосували) {values}; рішення: {decision}; примітка: {note}',

  // «Засідання»: the checks of what was recorded
  meetingBadPresent:
    'Аркуш «{tab}», рядок {row}: кількість присутніх членів комісії «{value}» — має бути ціле число від 1 до {members}. Виправте клітинку B{row}.',
  meetingBadCount:
    'Аркуш «{tab}», рядок {row} (кейс {id}): у стовпці {column} «{value}» — кількість голосів має бути цілим числом від 0.',
  meetingBadDecision:
    'Аркуш «{tab}», рядок {row} (кейс {id}): рішення «{value}» — невідоме. Напишіть «включити», «виключити» або «відкласти».',
  meetingVoteSum:
    'Аркуш «{tab}», рядок {row} (кейс {id}): голосів {total} («за» {for}, «проти» {against}, «утрималися» {abstained}, «не голосували» {notVoting}), а присутніх {present}. Разом має бути стільки, скільки присутніх.',
  meetingNoVote:
    'Аркуш «{tab}», рядок {row} (кейс {id}): рішення «{decision}» записано без голосування. Запишіть, як голосували.',
  meetingNoDecision:
    'Аркуш «{tab}», рядок {row} (кейс {id}): голосування записано, а рішення — ні. Напишіть «включити», «виключити» або «відкласти».',
  meetingNoMajority:
    'Аркуш «{tab}», рядок {row} (кейс {id}): рішення «{decision}» не набрало більшості — «за» {for} з {present} присутніх. Рішення приймають більшістю присутніх; якщо її не було, запишіть «відкласти» і голосування за це.',
  meetingPlacesChanged:
    'За рішеннями засідання у списку {count} {count#кейс|кейси|кейсів}, а місць {places}. Змініть рішення в аркуші «{tab}» або поясніть зміну кількості місць у клітинці B{row}. Нічого не змінено.',
  meetingRatingChanged:
    'Рейтинг змінився після підготовки порядку денного (інші правила, конфлікти чи оцінки). Запустіть «ТОП-100 → Засідання → Підготувати порядок денний» знову: записані голосування збережуться. Нічого не змінено.',
  meetingNoAgenda: 'Порядку денного ще немає: запустіть «ТОП-100 → Засідання → Підготувати порядок денний».',
  meetingCheckOk: '✓',
  meetingCheckFine: 'Записи засідання без помилок: рішень {decided} з {items} {items#питання|питань|питань}.',
  meetingCheckProblems: 'Знайдено помилок у записах засідання: {count}. Нічого не затверджено.',
  meetingCheckCount:
    'За рішеннями у списку буде {count} {count#кейс|кейси|кейсів}; місць за рейтингом: {places}.',
  actMeetingCheck: 'Записи засідання перевірено',
  meetingCheckDetails: 'рішень: {decided}; помилок: {problems}',
  meetingProtection:
    'ТОП-100: порядок денний і голосування засідання, за якими затверджено список — не змінюються',
  meetingApproveSummary:
    'За рішеннями засідання: включено {added} {added#кейс|кейси|кейсів}{addedList}; виключено {removed}{removedList}.',
  meetingApproveDetails:
    'рішень засідання: {decided}; включено: {added}; виключено: {removed}; місць: {count} з {places}{explanation}',
  basisMeeting: 'рішення засідання комісії',
  actApproveMeeting: 'Список затверджено за рішеннями засідання',

  // The protocol
  protocolPresentOf: 'Присутні члени комісії: {present} з {count}. Склад комісії: {names}.',
  protocolFactMeeting:
    'на розгляд Комісії винесено {items} {items#питання|питання|питань} (порядок денний засідання), ухвалено рішень: {decided};',
  protocolFactChanges:
    'за рішеннями Комісії до списку включено: {added}; зі списку виключено: {removed}; кейсів у списку: {count} з {places} {places#місця|місць|місць} за рейтингом{explanation};',
  protocolMeetingHeard:
    '1.{n}. СЛУХАЛИ: секретаря Комісії {secretary} щодо кейсу {id} «{title}» ({organisation}): {details}.',
  protocolMeetingFigures:
    'Позиція в рейтингу: {position}; середній бал: {mean}; дійсних оцінок: {valid}; у списку за рейтингом: {standing}{frequency}{round}',
  protocolMeetingFrequency: '; частота в списку за аналізом стабільності: {frequency} %',
  protocolMeetingRound: '; після повторного оцінювання середній бал {mean} (змінили оцінки: {changed})',
  protocolMeetingSpoke: 'ВИСТУПИЛИ: {note}',
  protocolMeetingVote:
    'ГОЛОСУВАЛИ: «за» – {for}; «проти» – {against}; «не голосували» – {notVoting}. Рішення прийнято.',
  protocolMeetingVoteAbstained:
    'ГОЛОСУВАЛИ: «за» – {for}; «проти» – {against}; «утрималися» – {abstained}; «не голосували» – {notVoting}. Рішення прийнято.',
  protocolMeetingDecided: 'ВИРІШИЛИ: {decision}.',
  meetingDecidedDefer: 'розгляд питання щодо кейсу {id} «{title}» відкласти',
  meetingDecidedKeep: 'залишити кейс {id} «{title}» у загальному списку',
  meetingDecidedInclude: 'включити кейс {id} «{title}» до загального списку',
  meetingDecidedExclude: 'виключити кейс {id} «{title}» із загального списку',
  meetingDecidedNotInclude: 'не включати кейс {id} «{title}» до загального списку',
  protocolMeetingMismatch:
    'Аркуш «{tab}», рядок {row} (кейс {id}): рішення «{decision}» не відповідає затвердженому списку (аркуш «{approved}»). Поверніть записи засідання (Файл → Історія версій). Нічого не зроблено.',

  // The borderline round
  roundNotClosed:
    'Повторне оцінювання межових кейсів проводять після завершення оцінювання: спершу «ТОП-100 → Завершити оцінювання».',
  roundAfterApproval: 'Рейтинг уже затверджено (аркуш «{tab}»): повторне оцінювання вже нічого не змінить.',
  roundNoBorderline:
    'Межових кейсів немає: запустіть «ТОП-100 → Аналіз стабільності та узгодженості» — повторне оцінювання стосується лише межових кейсів.',
  roundNone:
    'Повторного оцінювання межових кейсів не було: «ТОП-100 → Засідання → Повторне оцінювання межових кейсів…».',
  roundDatePrompt:
    'Межових кейсів: {count}. Члени комісії отримають у своїх таблицях аркуш «Межові кейси» лише з ними: підтвердити або змінити свої оцінки.\nДо якого часу (ДД.ММ.РРРР ГГ:ХХ, за київським часом)? Порожньо — {default}.',
  roundBadDate:
    'Термін «{value}» — не дата й час. Введіть у форматі ДД.ММ.РРРР ГГ:ХХ, наприклад 10.10.2024 18:00. Нічого не змінено.',
  roundDatePast: 'Термін «{value}» уже минув або настає менш ніж за годину (зараз {now}). Нічого не змінено.',
  roundConfirm:
    'Надіслати членам комісії аркуш «Межові кейси» ({count} {count#кейс|кейси|кейсів}) з терміном {deadline}? Перші оцінки в аркуші «Оцінки» й рейтинг не зміняться.',
  roundOpenReport:
    'Повторне оцінювання межових кейсів триває до {deadline}: {cases} {cases#кейс|кейси|кейсів}, членів комісії: {members}, оцінок для перегляду: {entries}.\nКожен отримав лист і аркуш «{tab}» у своїй таблиці; о {deadline} аркуші заблокуються й оцінки буде зібрано.',
  roundAlready:
    'Повторне оцінювання вже проведено або триває (термін {deadline}): {cases} {cases#кейс|кейси|кейсів}, оцінок для перегляду: {entries}. Збирайте оцінки: «ТОП-100 → Засідання → Зібрати повторні оцінки».',
  roundRemaining: 'Аркушів ще не створено: {remaining}; решту створить автоматичний запуск (кожні 10 хв).',
  roundLettersFailed: 'Не вдалося надіслати лист: {list} — повідомте їх іншим способом.',
  roundCollectReport:
    'Повторні оцінки зібрано з {files} {files#таблиці|таблиць|таблиць}: змін {changed}, з помилками {invalid}. Усе — в аркуші «{tab}»; перші оцінки не змінено.',
  roundCollectLocked:
    'Повторне оцінювання завершено: аркуші заблоковано, оцінки зібрано в аркуші «{tab}». Підготуйте порядок денний засідання: середні бали після повторного оцінювання будуть поруч із першими.',
  roundSheetTitle:
    'ТОП-100 {year} · межові кейси · {name} · до {deadline} (Київ). Підтвердьте або змініть свої оцінки в жовтих клітинках; якщо нічого не змінювати, оцінка вважається підтвердженою.',
  roundHelpCriterion: 'К{criterion} (повторно): бал {scale}',
  roundProtection: 'ТОП-100: змінювати можна лише повторні бали й коментар',
  roundProtectionClosed: 'ТОП-100: повторне оцінювання завершено, аркуш лише для перегляду',
  roundClosedNote: 'Повторне оцінювання завершено. Дякуємо!',
  roundTabProtection: 'ТОП-100: аркуш веде скрипт (повторне оцінювання межових кейсів)',
  roundTabOpen:
    'Повторне оцінювання межових кейсів: {cases} {cases#кейс|кейси|кейсів}, оцінок для перегляду: {entries}; триває до {deadline}. Перші оцінки — в аркуші «Оцінки», їх не змінено.',
  roundTabClosed:
    'Повторне оцінювання межових кейсів: {cases} {cases#кейс|кейси|кейсів}, оцінок для перегляду: {entries}; завершено {at} (термін {deadline}). Перші оцінки — в аркуші «Оцінки», їх не змінено.',
  roundCheckSame: '✓ підтверджено (без змін)',
  roundCheckChanged: '✓ прийнято: сума {first} → {second}',
  roundCheckBlank: 'порожньо — зарахується ваша перша оцінка',
  roundSortNotice: '{at} — після сортування бали повернуто до їхніх кейсів; перевірте.',
  roundSheetMissing: '{name}: аркуша «{tab}» немає в таблиці — повторні оцінки не зібрано.',
  roundSheetFailed: 'Не вдалося створити аркуш межових кейсів для {name} ({email}): {error}',
  roundMailSubject: '{title} {year}: перегляньте оцінки межових кейсів до {deadline}',
  roundMailBody:
    'Шановна/шановний {name}!\nУ вашій таблиці оцінювання з’явився аркуш «Межові кейси»: {count} {count#кейс|кейси|кейсів}, щодо яких оцінки членів комісії розходяться найбільше. Підтвердьте або змініть свої оцінки до {deadline} (за київським часом); якщо нічого не змінювати, ваша оцінка вважається підтвердженою. Перші оцінки не зміняться: нові Комісія побачить поруч із ними на засіданні.',
  actRoundOpen: 'Повторне оцінювання розпочато',
  roundOpenDetails: 'термін: {deadline}; кейсів: {cases}; оцінок для перегляду: {entries}; кейси: {ids}',
  actRoundMember: 'Аркуш межових кейсів створено',
  roundMemberDetails: '{name}: {count} {count#кейс|кейси|кейсів}',
  actRoundCollect: 'Повторні оцінки зібрано',
  roundCollectDetails: 'таблиць: {files}; змін: {changed}; з помилками: {invalid}',
  actRoundScore: 'Повторна оцінка',
  actRoundAtLock: 'Повторна оцінка (під час блокування)',
  roundScoreDetails: '{name} · {id}: {status}; сума (повторно) {before} → {after}',
  actRoundClosed: 'Повторне оцінювання завершено',
  roundClosedDetails: 'завершено {at}; оцінок для перегляду: {entries}; змінено: {changed}',
  roundNoneSummary: 'не проводилось',
  roundOpenSummary:
    'триває до {deadline}: {cases} {cases#кейс|кейси|кейсів}, змінено оцінок: {changed} з {entries} (аркуш «{tab}»)',
  roundLockedSummary:
    'завершено (термін {deadline}): {cases} {cases#кейс|кейси|кейсів}, змінено оцінок: {changed} з {entries} (аркуш «{tab}»)',

  // The stands
  standsHelp:
    'Стенди з кращими кейсами: локація, райони (через кому, або «усе місто» — тоді всі кейси за районами), розмір аркуша (A1, A2 або A3). «ТОП-100 → Стенди» робить PDF-плакат для кожного рядка; змінили рядки — запустіть ще раз.',
  standsNoLocation: 'Аркуш «{tab}», рядок {row}: не вказано локацію стенда.',
  standsNoDistricts:
    'Аркуш «{tab}», рядок {row} («{location}»): не вказано районів. Впишіть район (чи кілька через кому) або «усе місто».',
  standsBadDistrict:
    'Аркуш «{tab}», рядок {row}: «{value}» — не район Києва. Впишіть назву району (наприклад, Голосіївський) або «усе місто».',
  standsBadSize: 'Аркуш «{tab}», рядок {row}: розмір «{value}» — має бути A1, A2 або A3.',
  standsNone: 'В аркуші «{tab}» немає жодного стенда: додайте рядок (локація, райони, розмір).',
  standsNeedPage:
    'Для QR-коду стенда потрібна адреса публічної сторінки: заповніть в аркуші «Налаштування» рядок «Адреса публічної сторінки». Нічого не зроблено.',
  standsNeedCatalog:
    'QR-код стенда веде до каталогу: спершу створіть його («ТОП-100 → Каталог кращих практик»). Нічого не зроблено.',
  standsFolderName: 'ТОП-100 {year} — стенди',
  standFileName: 'Стенд — {location} — ТОП-100 {year}',
  standsCreatedNote:
    'Аркуш «{tab}» створено з локаціями стендів 2022 року — перевірте їх; змінили — запустіть «Стенди» ще раз.',
  standsReport: 'Плакатів для стендів: {count}.',
  standsReportLine:
    '• {location}: {cases} {cases#кейс|кейси|кейсів}, {sheets} {sheets#аркуш|аркуші|аркушів} — {pdf}',
  standsRemaining:
    'Ще не зроблено: {remaining} — їх буде зроблено автоматично протягом 10 хвилин (або запустіть «Стенди» ще раз).',
  standsUnchanged: 'Без змін (плакат уже показує те саме): {count}.',
  standsTrashed: 'У кошику плакати стендів, яких більше немає в аркуші «{tab}»: {list}.',
  standsStopped: 'Решту плакатів автоматично не зроблено: {error} Виправте це й запустіть «Стенди» ще раз.',
  standsUnserved: 'Райони без власного стенда (їхні кейси — лише на загальноміському): {list}.',
  actStandsTab: 'Аркуш стендів створено',
  standsTabCreated: 'аркуш «{tab}»: стендів {count} (локації 2022 року)',
  actStand: 'Плакат стенда',
  standDetails: '{location} ({place}): кейсів {count}; аркушів {sheets}; {url}',
  standFair: '{title} · {year}',
  standLead: '{place}: {count} {count#кращий кейс|кращі кейси|кращих кейсів} {year} року',
  standLeadGrouped: '{place}: {count} {count#кращий кейс|кращі кейси|кращих кейсів} {year} року за районами',
  standLeadNone: '{place}: цього року кейсів району немає в загальному списку — усі кращі кейси за QR-кодом',
  standLocation: 'Стенд: {location}',
  standSheet: 'Аркуш {n} з {total}',
  standHead: '{fair} · {year} · {place} · аркуш {n} з {total}',
  standQrDistrict: 'Кейси району на сайті',
  standQrAll: 'Усі кращі кейси на сайті',
  standQrCatalog: 'Каталог ТОП-100 (PDF)',
  standCity: 'Київ',
  standDistricts: '{names} райони',
  standAnd: ' і ',
} as const;

export type MeetingUiKey = keyof typeof MEETING_UK;

export const MEETING_EN: Record<MeetingUiKey, string> = {
  menuMeeting: 'Meeting',
  menuMeetingAgenda: 'Prepare the agenda',
  menuMeetingRound: 'Review of the borderline cases…',
  menuMeetingRoundCollect: 'Collect the reviewed scores',
  menuMeetingCheck: 'Check the recorded votes',
  menuStands: 'Stands',

  meetingKind_tie: 'Tie at the cut-off',
  meetingKind_borderline: 'Borderline case',
  meetingKind_belowQuorum: 'Below quorum',
  meetingKind_conflict: 'Conflict of interest',
  meetingStandingIn: 'yes',
  meetingStandingOut: 'no',
  meetingStandingTie: 'tie at the cut-off',
  meetingTieOpen:
    'an equal result at the cut-off: {count} {count#case|cases} for {seats} {seats#seat|seats} — the commission decides',
  meetingTieBrokenIn:
    'an equal mean at the cut-off ({count} {count#case|cases}); by the rule «{rule}» the case is in — the commission confirms or changes it',
  meetingTieBrokenOut:
    'an equal mean at the cut-off ({count} {count#case|cases}); by the rule «{rule}» the case is out — the commission confirms or changes it',
  meetingBelowQuorum:
    '{valid} valid evaluations of the {quorum} needed; the mean reaches the cut-off ({cutoff})',
  meetingConflict: 'declared a conflict of interest and do not vote: {names}',
  meetingConflictNote: 'conflict of interest (do not vote): {names}',
  meetingRoundChanged: '{changed} of {members}',
  meetingTitle:
    'Commission meeting — {title} {year}: the agenda ({count} {count#item|items}), prepared {at}. Fill in the votes and decisions in the yellow cells.',
  meetingPresentHint:
    'of {members} {members#member|members}; for + against + abstained + not voting = present',
  meetingPlacesHint:
    'by the rating; the meeting’s decisions do not change the number of places without an explanation',
  meetingExplanationHint: 'fill in only when the decisions change the number of cases in the list',
  meetingDecisionHelp:
    'The commission’s decision: включити (include), виключити (exclude) or відкласти (defer)',
  meetingNotClosed:
    'The agenda is prepared after the evaluation is closed: first «TOP-100 → Close the evaluation».',
  meetingAfterApproval:
    'The rating is approved already: the meeting’s agenda and votes are kept in the «{tab}» tab, the list in «{approved}». Nothing was changed.',
  meetingNoStability:
    'No stability analysis yet, so the agenda has no borderline cases: run «TOP-100 → Stability and agreement» and prepare the agenda again (what was recorded is kept).',
  meetingAgendaReport:
    'The meeting’s agenda is in the «{tab}» tab: {items} {items#item|items} (tie: {tie}; borderline: {borderline}; below quorum: {below}; conflict of interest: {conflict}).\nRecord the number present, the votes (for, against, abstained, not voting) and the decisions (включити / виключити / відкласти). «Approve the rating…» approves the list by these decisions.',
  meetingCarried: 'What was recorded before is kept for {carried} {carried#item|items}.',
  meetingDropped: 'These items are no longer on the agenda; their records are kept in «Журнал»: {list}',
  actMeetingAgenda: 'Meeting agenda',
  meetingAgendaDetails:
    'items: {items} (tie: {tie}; borderline: {borderline}; below quorum: {below}; conflict: {conflict}); records kept: {carried}; dropped with records: {dropped}',
  actMeetingDropped: 'Item left the agenda',
  meetingDroppedDetails:
    '{kind} {id}: votes (for / against / abstained / not voting) {values}; decision: {decision}; note: {note}',
  meetingBadPresent:
    'The «{tab}» tab, row {row}: the number of members present «{value}» must be a whole number from 1 to {members}. Correct cell B{row}.',
  meetingBadCount:
    'The «{tab}» tab, row {row} (case {id}): «{value}» in the {column} column — a count of votes is a whole number from 0.',
  meetingBadDecision:
    'The «{tab}» tab, row {row} (case {id}): the decision «{value}» is unknown. Write «включити», «виключити» or «відкласти».',
  meetingVoteSum:
    'The «{tab}» tab, row {row} (case {id}): {total} votes (for {for}, against {against}, abstained {abstained}, not voting {notVoting}), but {present} present. Together they must be the number present.',
  meetingNoVote:
    'The «{tab}» tab, row {row} (case {id}): the decision «{decision}» has no vote recorded. Record the vote.',
  meetingNoDecision:
    'The «{tab}» tab, row {row} (case {id}): a vote is recorded without a decision. Write «включити», «виключити» or «відкласти».',
  meetingNoMajority:
    'The «{tab}» tab, row {row} (case {id}): the decision «{decision}» has no majority — {for} for of {present} present. Decisions take a majority of those present; without one, record «відкласти» and the vote on it.',
  meetingPlacesChanged:
    'By the meeting’s decisions the list holds {count} {count#case|cases}, but there are {places} places. Change the decisions in «{tab}» or explain the change in cell B{row}. Nothing was changed.',
  meetingRatingChanged:
    'The rating changed after the agenda was prepared (rules, conflicts or scores). Run «TOP-100 → Meeting → Prepare the agenda» again: the recorded votes are kept. Nothing was changed.',
  meetingNoAgenda: 'There is no agenda yet: run «TOP-100 → Meeting → Prepare the agenda».',
  meetingCheckOk: '✓',
  meetingCheckFine:
    'The meeting’s records have no errors: {decided} decisions of {items} {items#item|items}.',
  meetingCheckProblems: 'Errors in the meeting’s records: {count}. Nothing was approved.',
  meetingCheckCount:
    'By the decisions the list will hold {count} {count#case|cases}; places by the rating: {places}.',
  actMeetingCheck: 'Meeting records checked',
  meetingCheckDetails: 'decisions: {decided}; errors: {problems}',
  meetingProtection: 'TOP-100: the meeting’s agenda and votes the list was approved by — not to be changed',
  meetingApproveSummary:
    'By the meeting’s decisions: {added} {added#case|cases} included{addedList}; {removed} excluded{removedList}.',
  meetingApproveDetails:
    'meeting decisions: {decided}; included: {added}; excluded: {removed}; places: {count} of {places}{explanation}',
  basisMeeting: 'decision of the commission’s meeting',
  actApproveMeeting: 'List approved by the meeting’s decisions',
  protocolPresentOf: 'Commission members present: {present} of {count}. The commission: {names}.',
  protocolFactMeeting:
    '{items} {items#item|items} were put to the commission (the meeting’s agenda), decisions taken: {decided};',
  protocolFactChanges:
    'by the commission’s decisions included in the list: {added}; excluded: {removed}; cases in the list: {count} of {places} {places#place|places} by the rating{explanation};',
  protocolMeetingHeard:
    '1.{n}. HEARD: the commission’s secretary {secretary} on case {id} «{title}» ({organisation}): {details}.',
  protocolMeetingFigures:
    'Position in the rating: {position}; mean: {mean}; valid evaluations: {valid}; in the list by the rating: {standing}{frequency}{round}',
  protocolMeetingFrequency: '; share in the list by the stability analysis: {frequency} %',
  protocolMeetingRound: '; after the review the mean is {mean} (changed: {changed})',
  protocolMeetingSpoke: 'SPOKE: {note}',
  protocolMeetingVote:
    'VOTED: for – {for}; against – {against}; not voting – {notVoting}. The decision is taken.',
  protocolMeetingVoteAbstained:
    'VOTED: for – {for}; against – {against}; abstained – {abstained}; not voting – {notVoting}. The decision is taken.',
  protocolMeetingDecided: 'DECIDED: {decision}.',
  meetingDecidedDefer: 'to defer the question of case {id} «{title}»',
  meetingDecidedKeep: 'to keep case {id} «{title}» in the general list',
  meetingDecidedInclude: 'to include case {id} «{title}» in the general list',
  meetingDecidedExclude: 'to exclude case {id} «{title}» from the general list',
  meetingDecidedNotInclude: 'not to include case {id} «{title}» in the general list',
  protocolMeetingMismatch:
    'The «{tab}» tab, row {row} (case {id}): the decision «{decision}» does not match the approved list («{approved}»). Restore the meeting’s records (File → Version history). Nothing was done.',
  roundNotClosed:
    'The review of the borderline cases follows the close: first «TOP-100 → Close the evaluation».',
  roundAfterApproval: 'The rating is approved already («{tab}»): a review would change nothing.',
  roundNoBorderline:
    'There are no borderline cases: run «TOP-100 → Stability and agreement» — the review covers the borderline cases only.',
  roundNone:
    'There was no review of the borderline cases: «TOP-100 → Meeting → Review of the borderline cases…».',
  roundDatePrompt:
    '{count} borderline cases. The members get a «Межові кейси» tab in their own files with only these, to confirm or change their scores.\nUntil when (DD.MM.YYYY HH:MM, Kyiv time)? Empty — {default}.',
  roundBadDate:
    '«{value}» is not a date and time. Type DD.MM.YYYY HH:MM, e.g. 10.10.2024 18:00. Nothing was changed.',
  roundDatePast: '«{value}» has passed or is less than an hour away (now {now}). Nothing was changed.',
  roundConfirm:
    'Send the members the «Межові кейси» tab ({count} {count#case|cases}) due {deadline}? The first scores in «Оцінки» and the rating do not change.',
  roundOpenReport:
    'The review of the borderline cases runs until {deadline}: {cases} {cases#case|cases}, members: {members}, scores to review: {entries}.\nEach got a letter and the «{tab}» tab in their own file; at {deadline} the tabs are locked and the scores collected.',
  roundAlready:
    'The review was held or is running (due {deadline}): {cases} {cases#case|cases}, scores to review: {entries}. Collect them: «TOP-100 → Meeting → Collect the reviewed scores».',
  roundRemaining: 'Tabs not made yet: {remaining}; the automatic run makes the rest (every 10 minutes).',
  roundLettersFailed: 'The letter could not be sent: {list} — tell them another way.',
  roundCollectReport:
    'Reviewed scores collected from {files} {files#file|files}: {changed} changes, {invalid} with errors. All in «{tab}»; the first scores are unchanged.',
  roundCollectLocked:
    'The review is over: the tabs are locked and the scores collected in «{tab}». Prepare the meeting’s agenda: the means after the review stand beside the first ones.',
  roundSheetTitle:
    'TOP-100 {year} · borderline cases · {name} · until {deadline} (Kyiv). Confirm or change your scores in the yellow cells; unchanged scores count as confirmed.',
  roundHelpCriterion: 'K{criterion} (review): score {scale}',
  roundProtection: 'TOP-100: only the reviewed scores and the comment may be changed',
  roundProtectionClosed: 'TOP-100: the review is over, the tab is view-only',
  roundClosedNote: 'The review is over. Thank you!',
  roundTabProtection: 'TOP-100: the script keeps this tab (the review of the borderline cases)',
  roundTabOpen:
    'Review of the borderline cases: {cases} {cases#case|cases}, scores to review: {entries}; until {deadline}. The first scores are in «Оцінки», unchanged.',
  roundTabClosed:
    'Review of the borderline cases: {cases} {cases#case|cases}, scores to review: {entries}; closed {at} (due {deadline}). The first scores are in «Оцінки», unchanged.',
  roundCheckSame: '✓ confirmed (unchanged)',
  roundCheckChanged: '✓ accepted: total {first} → {second}',
  roundCheckBlank: 'empty — your first score stands',
  roundSortNotice: '{at} — after a sort the scores were put back with their cases; please check.',
  roundSheetMissing: '{name}: the file has no «{tab}» tab — the reviewed scores were not collected.',
  roundSheetFailed: 'The borderline tab for {name} ({email}) could not be made: {error}',
  roundMailSubject: '{title} {year}: review your scores of the borderline cases by {deadline}',
  roundMailBody:
    'Dear {name},\nYour evaluation file has a new «Межові кейси» tab: {count} {count#case|cases} on which the members disagree most. Confirm or change your scores by {deadline} (Kyiv time); unchanged scores count as confirmed. Your first scores stay: the commission sees the new ones beside them at the meeting.',
  actRoundOpen: 'Review started',
  roundOpenDetails: 'due: {deadline}; cases: {cases}; scores to review: {entries}; cases: {ids}',
  actRoundMember: 'Borderline tab made',
  roundMemberDetails: '{name}: {count} {count#case|cases}',
  actRoundCollect: 'Reviewed scores collected',
  roundCollectDetails: 'files: {files}; changes: {changed}; with errors: {invalid}',
  actRoundScore: 'Reviewed score',
  actRoundAtLock: 'Reviewed score (at the lock)',
  roundScoreDetails: '{name} · {id}: {status}; reviewed total {before} → {after}',
  actRoundClosed: 'Review closed',
  roundClosedDetails: 'closed {at}; scores to review: {entries}; changed: {changed}',
  roundNoneSummary: 'not held',
  roundOpenSummary:
    'running until {deadline}: {cases} {cases#case|cases}, scores changed: {changed} of {entries} («{tab}»)',
  roundLockedSummary:
    'closed (due {deadline}): {cases} {cases#case|cases}, scores changed: {changed} of {entries} («{tab}»)',
  standsHelp:
    'Stands with the best cases: location, districts (comma-separated, or «усе місто» for all cases by district), paper size (A1, A2 or A3). «TOP-100 → Stands» makes a PDF poster per row; after a change run it again.',
  standsNoLocation: 'The «{tab}» tab, row {row}: the stand’s location is missing.',
  standsNoDistricts:
    'The «{tab}» tab, row {row} («{location}»): no districts. Write a district (or several, comma-separated) or «усе місто».',
  standsBadDistrict:
    'The «{tab}» tab, row {row}: «{value}» is not a district of Kyiv. Write a district’s name (e.g. Голосіївський) or «усе місто».',
  standsBadSize: 'The «{tab}» tab, row {row}: size «{value}» — must be A1, A2 or A3.',
  standsNone: 'The «{tab}» tab has no stand: add a row (location, districts, size).',
  standsNeedPage:
    'A stand’s QR code needs the public page address: fill in the «Адреса публічної сторінки» setting. Nothing was done.',
  standsNeedCatalog:
    'A stand’s QR code leads to the catalog: make it first («TOP-100 → Catalog of best practices»). Nothing was done.',
  standsFolderName: 'TOP-100 {year} — stands',
  standFileName: 'Stand — {location} — TOP-100 {year}',
  standsCreatedNote:
    'The «{tab}» tab was made with the 2022 stands’ locations — check them; after a change run «Stands» again.',
  standsReport: 'Posters for stands: {count}.',
  standsReportLine: '• {location}: {cases} {cases#case|cases}, {sheets} {sheets#sheet|sheets} — {pdf}',
  standsRemaining:
    'Not made yet: {remaining}; they will be made automatically within 10 minutes (or run «Stands» again).',
  standsUnchanged: 'Unchanged (the poster already shows the same): {count}.',
  standsTrashed: 'Posters of stands no longer in the «{tab}» tab, put in the trash: {list}.',
  standsStopped: 'The remaining posters were not made automatically: {error} Fix it and run «Stands» again.',
  standsUnserved: 'Districts without a stand of their own (their cases only on the city-wide one): {list}.',
  actStandsTab: 'Stands tab made',
  standsTabCreated: 'the «{tab}» tab: {count} stands (2022 locations)',
  actStand: 'Stand poster',
  standDetails: '{location} ({place}): cases {count}; sheets {sheets}; {url}',
  standFair: '{title} · {year}',
  standLead: '{place}: {count} best {count#case|cases} of {year}',
  standLeadGrouped: '{place}: {count} best {count#case|cases} of {year} by district',
  standLeadNone:
    '{place}: no case of the district is in this year’s list — all the best cases by the QR code',
  standLocation: 'Stand: {location}',
  standSheet: 'Sheet {n} of {total}',
  standHead: '{fair} · {year} · {place} · sheet {n} of {total}',
  standQrDistrict: 'The district’s cases online',
  standQrAll: 'All the best cases online',
  standQrCatalog: 'The TOP-100 catalog (PDF)',
  standCity: 'Kyiv',
  standDistricts: '{names} districts',
  standAnd: ' and ',
};
