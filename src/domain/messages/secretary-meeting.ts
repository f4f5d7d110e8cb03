// The secretary's texts for the meeting: its agenda, the checks of what was recorded, its part of the protocol.
import type { Message } from './message';

export const SECRETARY_MEETING = {
  // «Засідання»: the agenda
  meetingKind_tie: { uk: 'Нічия на межі', en: 'Tie at the cut-off' },
  meetingKind_borderline: { uk: 'Межовий кейс', en: 'Borderline case' },
  meetingKind_belowQuorum: { uk: 'Нижче кворуму', en: 'Below quorum' },
  meetingKind_conflict: { uk: 'Конфлікт інтересів', en: 'Conflict of interest' },
  meetingStandingIn: { uk: 'так', en: 'yes' },
  meetingStandingOut: { uk: 'ні', en: 'no' },
  meetingStandingTie: { uk: 'нічия на межі', en: 'tie at the cut-off' },
  meetingTieOpen: {
    params: ['count', 'seats'],
    uk: 'однаковий результат на межі відбору: {count} {count#кейс|кейси|кейсів} на {seats} {seats#місце|місця|місць} — вирішує Комісія',
    en: 'an equal result at the cut-off: {count} {count#case|cases} for {seats} {seats#seat|seats} — the commission decides',
  },
  meetingTieBrokenIn: {
    params: ['count', 'rule'],
    uk: 'рівний середній бал на межі відбору ({count} {count#кейс|кейси|кейсів}); за правилом «{rule}» кейс у списку — Комісія підтверджує або змінює',
    en: 'an equal mean at the cut-off ({count} {count#case|cases}); by the rule «{rule}» the case is in — the commission confirms or changes it',
  },
  meetingTieBrokenOut: {
    params: ['count', 'rule'],
    uk: 'рівний середній бал на межі відбору ({count} {count#кейс|кейси|кейсів}); за правилом «{rule}» кейс поза списком — Комісія підтверджує або змінює',
    en: 'an equal mean at the cut-off ({count} {count#case|cases}); by the rule «{rule}» the case is out — the commission confirms or changes it',
  },
  meetingBelowQuorum: {
    params: ['valid', 'quorum', 'cutoff'],
    uk: 'дійсних оцінок {valid} з потрібних {quorum}; середній бал не нижчий за межу відбору ({cutoff})',
    en: '{valid} valid evaluations of the {quorum} needed; the mean reaches the cut-off ({cutoff})',
  },
  meetingConflict: {
    params: ['names'],
    uk: 'заявили конфлікт інтересів і не голосують: {names}',
    en: 'declared a conflict of interest and do not vote: {names}',
  },
  meetingConflictNote: {
    params: ['names'],
    uk: 'конфлікт інтересів (не голосують): {names}',
    en: 'conflict of interest (do not vote): {names}',
  },
  meetingRoundChanged: {
    params: ['changed', 'members'],
    uk: '{changed} з {members}',
    en: '{changed} of {members}',
  },
  meetingTitle: {
    params: ['title', 'year', 'count', 'at'],
    uk: 'Засідання комісії — {title} {year}: порядок денний ({count} {count#питання|питання|питань}), підготовлено {at}. Заповніть голосування й рішення в жовтих клітинках.',
    en: 'Commission meeting — {title} {year}: the agenda ({count} {count#item|items}), prepared {at}. Fill in the votes and decisions in the yellow cells.',
  },
  meetingPresentHint: {
    params: ['members'],
    uk: 'з {members} {members#члена|членів|членів} комісії; «за» + «проти» + «утрималися» + «не голосували» = присутні',
    en: 'of {members} {members#member|members}; for + against + abstained + not voting = present',
  },
  meetingPlacesHint: {
    uk: 'за рейтингом; рішення засідання не змінюють кількості місць без пояснення',
    en: 'by the rating; the meeting’s decisions do not change the number of places without an explanation',
  },
  meetingExplanationHint: {
    uk: 'заповніть, лише якщо рішення змінюють кількість кейсів у списку',
    en: 'fill in only when the decisions change the number of cases in the list',
  },
  meetingDecisionHelp: {
    uk: 'Рішення Комісії: включити, виключити або відкласти',
    en: 'The commission’s decision: включити (include), виключити (exclude) or відкласти (defer)',
  },
  meetingNotClosed: {
    uk: 'Порядок денний готують після завершення оцінювання: спершу «ТОП-100 → Завершити оцінювання».',
    en: 'The agenda is prepared after the evaluation is closed: first «TOP-100 → Close the evaluation».',
  },
  meetingAfterApproval: {
    params: ['tab', 'approved'],
    uk: 'Рейтинг уже затверджено: порядок денний і голосування засідання збережено в аркуші «{tab}», а список — в аркуші «{approved}». Нічого не змінено.',
    en: 'The rating is approved already: the meeting’s agenda and votes are kept in the «{tab}» tab, the list in «{approved}». Nothing was changed.',
  },
  meetingNoStability: {
    uk: 'Аналізу стабільності ще не було, тож межових кейсів у порядку денному немає: запустіть «ТОП-100 → Аналіз стабільності та узгодженості» і підготуйте порядок денний знову (записане збережеться).',
    en: 'No stability analysis yet, so the agenda has no borderline cases: run «TOP-100 → Stability and agreement» and prepare the agenda again (what was recorded is kept).',
  },
  meetingAgendaReport: {
    params: ['tab', 'items', 'tie', 'borderline', 'below', 'conflict'],
    uk: 'Порядок денний засідання в аркуші «{tab}»: {items} {items#питання|питання|питань} (нічия на межі: {tie}; межових: {borderline}; нижче кворуму: {below}; конфлікт інтересів: {conflict}).\nЗапишіть кількість присутніх, голосування («за», «проти», «утрималися», «не голосували») і рішення (включити / виключити / відкласти). «Затвердити рейтинг…» затвердить список за цими рішеннями.',
    en: 'The meeting’s agenda is in the «{tab}» tab: {items} {items#item|items} (tie: {tie}; borderline: {borderline}; below quorum: {below}; conflict of interest: {conflict}).\nRecord the number present, the votes (for, against, abstained, not voting) and the decisions (включити / виключити / відкласти). «Approve the rating…» approves the list by these decisions.',
  },
  meetingCarried: {
    params: ['carried'],
    uk: 'Записане раніше збережено для {carried} {carried#питання|питань|питань}.',
    en: 'What was recorded before is kept for {carried} {carried#item|items}.',
  },
  meetingDropped: {
    params: ['list'],
    uk: 'Цих питань більше немає в порядку денному; їхні записи збережено в «Журналі»: {list}',
    en: 'These items are no longer on the agenda; their records are kept in «Журнал»: {list}',
  },
  actMeetingAgenda: { uk: 'Порядок денний засідання', en: 'Meeting agenda' },
  meetingAgendaDetails: {
    params: ['items', 'tie', 'borderline', 'below', 'conflict', 'carried', 'dropped'],
    uk: 'питань: {items} (нічия: {tie}; межових: {borderline}; нижче кворуму: {below}; конфлікт інтересів: {conflict}); записане збережено: {carried}; вибуло із записами: {dropped}',
    en: 'items: {items} (tie: {tie}; borderline: {borderline}; below quorum: {below}; conflict: {conflict}); records kept: {carried}; dropped with records: {dropped}',
  },
  actMeetingDropped: { uk: 'Питання вибуло з порядку денного', en: 'Item left the agenda' },
  meetingDroppedDetails: {
    params: ['kind', 'id', 'values', 'decision', 'note'],
    uk: '{kind} {id}: голосування (за / проти / утрималися / не голосували) {values}; рішення: {decision}; примітка: {note}',
    en: '{kind} {id}: votes (for / against / abstained / not voting) {values}; decision: {decision}; note: {note}',
  },

  // «Засідання»: the checks of what was recorded
  meetingBadPresent: {
    params: ['tab', 'row', 'value', 'members'],
    uk: 'Аркуш «{tab}», рядок {row}: кількість присутніх членів комісії «{value}» — має бути ціле число від 1 до {members}. Виправте клітинку B{row}.',
    en: 'The «{tab}» tab, row {row}: the number of members present «{value}» must be a whole number from 1 to {members}. Correct cell B{row}.',
  },
  meetingBadCount: {
    params: ['tab', 'row', 'id', 'column', 'value'],
    uk: 'Аркуш «{tab}», рядок {row} (кейс {id}): у стовпці {column} «{value}» — кількість голосів має бути цілим числом від 0.',
    en: 'The «{tab}» tab, row {row} (case {id}): «{value}» in the {column} column — a count of votes is a whole number from 0.',
  },
  meetingBadDecision: {
    params: ['tab', 'row', 'id', 'value'],
    uk: 'Аркуш «{tab}», рядок {row} (кейс {id}): рішення «{value}» — невідоме. Напишіть «включити», «виключити» або «відкласти».',
    en: 'The «{tab}» tab, row {row} (case {id}): the decision «{value}» is unknown. Write «включити», «виключити» or «відкласти».',
  },
  meetingVoteSum: {
    params: ['tab', 'row', 'id', 'total', 'for', 'against', 'abstained', 'notVoting', 'present'],
    uk: 'Аркуш «{tab}», рядок {row} (кейс {id}): голосів {total} («за» {for}, «проти» {against}, «утрималися» {abstained}, «не голосували» {notVoting}), а присутніх {present}. Разом має бути стільки, скільки присутніх.',
    en: 'The «{tab}» tab, row {row} (case {id}): {total} votes (for {for}, against {against}, abstained {abstained}, not voting {notVoting}), but {present} present. Together they must be the number present.',
  },
  meetingNoVote: {
    params: ['tab', 'row', 'id', 'decision'],
    uk: 'Аркуш «{tab}», рядок {row} (кейс {id}): рішення «{decision}» записано без голосування. Запишіть, як голосували.',
    en: 'The «{tab}» tab, row {row} (case {id}): the decision «{decision}» has no vote recorded. Record the vote.',
  },
  meetingNoDecision: {
    params: ['tab', 'row', 'id'],
    uk: 'Аркуш «{tab}», рядок {row} (кейс {id}): голосування записано, а рішення — ні. Напишіть «включити», «виключити» або «відкласти».',
    en: 'The «{tab}» tab, row {row} (case {id}): a vote is recorded without a decision. Write «включити», «виключити» or «відкласти».',
  },
  meetingNoMajority: {
    params: ['tab', 'row', 'id', 'decision', 'for', 'present'],
    uk: 'Аркуш «{tab}», рядок {row} (кейс {id}): рішення «{decision}» не набрало більшості — «за» {for} з {present} присутніх. Рішення приймають більшістю присутніх; якщо її не було, запишіть «відкласти» і голосування за це.',
    en: 'The «{tab}» tab, row {row} (case {id}): the decision «{decision}» has no majority — {for} for of {present} present. Decisions take a majority of those present; without one, record «відкласти» and the vote on it.',
  },
  meetingPlacesChanged: {
    params: ['count', 'places', 'tab', 'row'],
    uk: 'За рішеннями засідання у списку {count} {count#кейс|кейси|кейсів}, а місць {places}. Змініть рішення в аркуші «{tab}» або поясніть зміну кількості місць у клітинці B{row}. Нічого не змінено.',
    en: 'By the meeting’s decisions the list holds {count} {count#case|cases}, but there are {places} places. Change the decisions in «{tab}» or explain the change in cell B{row}. Nothing was changed.',
  },
  meetingRatingChanged: {
    uk: 'Рейтинг змінився після підготовки порядку денного (інші правила, конфлікти чи оцінки). Запустіть «ТОП-100 → Засідання → Підготувати порядок денний» знову: записані голосування збережуться. Нічого не змінено.',
    en: 'The rating changed after the agenda was prepared (rules, conflicts or scores). Run «TOP-100 → Meeting → Prepare the agenda» again: the recorded votes are kept. Nothing was changed.',
  },
  meetingNoAgenda: {
    uk: 'Порядку денного ще немає: запустіть «ТОП-100 → Засідання → Підготувати порядок денний».',
    en: 'There is no agenda yet: run «TOP-100 → Meeting → Prepare the agenda».',
  },
  meetingCheckOk: { uk: '✓', en: '✓' },
  meetingCheckFine: {
    params: ['decided', 'items'],
    uk: 'Записи засідання без помилок: рішень {decided} з {items} {items#питання|питань|питань}.',
    en: 'The meeting’s records have no errors: {decided} decisions of {items} {items#item|items}.',
  },
  meetingCheckProblems: {
    params: ['count'],
    uk: 'Знайдено помилок у записах засідання: {count}. Нічого не затверджено.',
    en: 'Errors in the meeting’s records: {count}. Nothing was approved.',
  },
  meetingCheckCount: {
    params: ['count', 'places'],
    uk: 'За рішеннями у списку буде {count} {count#кейс|кейси|кейсів}; місць за рейтингом: {places}.',
    en: 'By the decisions the list will hold {count} {count#case|cases}; places by the rating: {places}.',
  },
  actMeetingCheck: { uk: 'Записи засідання перевірено', en: 'Meeting records checked' },
  meetingCheckDetails: {
    params: ['decided', 'problems'],
    uk: 'рішень: {decided}; помилок: {problems}',
    en: 'decisions: {decided}; errors: {problems}',
  },
  meetingProtection: {
    uk: 'ТОП-100: порядок денний і голосування засідання, за якими затверджено список — не змінюються',
    en: 'TOP-100: the meeting’s agenda and votes the list was approved by — not to be changed',
  },
  meetingApproveSummary: {
    params: ['added', 'addedList', 'removed', 'removedList'],
    uk: 'За рішеннями засідання: включено {added} {added#кейс|кейси|кейсів}{addedList}; виключено {removed}{removedList}.',
    en: 'By the meeting’s decisions: {added} {added#case|cases} included{addedList}; {removed} excluded{removedList}.',
  },
  meetingApproveDetails: {
    params: ['decided', 'added', 'removed', 'count', 'places', 'explanation'],
    uk: 'рішень засідання: {decided}; включено: {added}; виключено: {removed}; місць: {count} з {places}{explanation}',
    en: 'meeting decisions: {decided}; included: {added}; excluded: {removed}; places: {count} of {places}{explanation}',
  },
  basisMeeting: { uk: 'рішення засідання комісії', en: 'decision of the commission’s meeting' },
  actApproveMeeting: {
    uk: 'Список затверджено за рішеннями засідання',
    en: 'List approved by the meeting’s decisions',
  },

  // The protocol
  protocolPresentOf: {
    params: ['present', 'count', 'names'],
    uk: 'Присутні члени комісії: {present} з {count}. Склад комісії: {names}.',
    en: 'Commission members present: {present} of {count}. The commission: {names}.',
  },
  protocolFactMeeting: {
    params: ['items', 'decided'],
    uk: 'на розгляд Комісії винесено {items} {items#питання|питання|питань} (порядок денний засідання), ухвалено рішень: {decided};',
    en: '{items} {items#item|items} were put to the commission (the meeting’s agenda), decisions taken: {decided};',
  },
  protocolFactChanges: {
    params: ['added', 'removed', 'count', 'places', 'explanation'],
    uk: 'за рішеннями Комісії до списку включено: {added}; зі списку виключено: {removed}; кейсів у списку: {count} з {places} {places#місця|місць|місць} за рейтингом{explanation};',
    en: 'by the commission’s decisions included in the list: {added}; excluded: {removed}; cases in the list: {count} of {places} {places#place|places} by the rating{explanation};',
  },
  protocolMeetingHeard: {
    params: ['n', 'secretary', 'id', 'title', 'organisation', 'details'],
    uk: '1.{n}. СЛУХАЛИ: секретаря Комісії {secretary} щодо кейсу {id} «{title}» ({organisation}): {details}.',
    en: '1.{n}. HEARD: the commission’s secretary {secretary} on case {id} «{title}» ({organisation}): {details}.',
  },
  protocolMeetingFigures: {
    params: ['position', 'mean', 'valid', 'standing', 'frequency', 'round'],
    uk: 'Позиція в рейтингу: {position}; середній бал: {mean}; дійсних оцінок: {valid}; у списку за рейтингом: {standing}{frequency}{round}',
    en: 'Position in the rating: {position}; mean: {mean}; valid evaluations: {valid}; in the list by the rating: {standing}{frequency}{round}',
  },
  protocolMeetingFrequency: {
    params: ['frequency'],
    uk: '; частота в списку за аналізом стабільності: {frequency} %',
    en: '; share in the list by the stability analysis: {frequency} %',
  },
  protocolMeetingRound: {
    params: ['mean', 'changed'],
    uk: '; після повторного оцінювання середній бал {mean} (змінили оцінки: {changed})',
    en: '; after the review the mean is {mean} (changed: {changed})',
  },
  protocolMeetingSpoke: { params: ['note'], uk: 'ВИСТУПИЛИ: {note}', en: 'SPOKE: {note}' },
  protocolMeetingVote: {
    params: ['for', 'against', 'notVoting'],
    uk: 'ГОЛОСУВАЛИ: «за» – {for}; «проти» – {against}; «не голосували» – {notVoting}. Рішення прийнято.',
    en: 'VOTED: for – {for}; against – {against}; not voting – {notVoting}. The decision is taken.',
  },
  protocolMeetingVoteAbstained: {
    params: ['for', 'against', 'abstained', 'notVoting'],
    uk: 'ГОЛОСУВАЛИ: «за» – {for}; «проти» – {against}; «утрималися» – {abstained}; «не голосували» – {notVoting}. Рішення прийнято.',
    en: 'VOTED: for – {for}; against – {against}; abstained – {abstained}; not voting – {notVoting}. The decision is taken.',
  },
  protocolMeetingDecided: { params: ['decision'], uk: 'ВИРІШИЛИ: {decision}.', en: 'DECIDED: {decision}.' },
  meetingDecidedDefer: {
    params: ['id', 'title'],
    uk: 'розгляд питання щодо кейсу {id} «{title}» відкласти',
    en: 'to defer the question of case {id} «{title}»',
  },
  meetingDecidedKeep: {
    params: ['id', 'title'],
    uk: 'залишити кейс {id} «{title}» у загальному списку',
    en: 'to keep case {id} «{title}» in the general list',
  },
  meetingDecidedInclude: {
    params: ['id', 'title'],
    uk: 'включити кейс {id} «{title}» до загального списку',
    en: 'to include case {id} «{title}» in the general list',
  },
  meetingDecidedExclude: {
    params: ['id', 'title'],
    uk: 'виключити кейс {id} «{title}» із загального списку',
    en: 'to exclude case {id} «{title}» from the general list',
  },
  meetingDecidedNotInclude: {
    params: ['id', 'title'],
    uk: 'не включати кейс {id} «{title}» до загального списку',
    en: 'not to include case {id} «{title}» in the general list',
  },
  protocolMeetingMismatch: {
    params: ['tab', 'row', 'id', 'decision', 'approved'],
    uk: 'Аркуш «{tab}», рядок {row} (кейс {id}): рішення «{decision}» не відповідає затвердженому списку (аркуш «{approved}»). Поверніть записи засідання (Файл → Історія версій). Нічого не зроблено.',
    en: 'The «{tab}» tab, row {row} (case {id}): the decision «{decision}» does not match the approved list («{approved}»). Restore the meeting’s records (File → Version history). Nothing was done.',
  },
} satisfies Record<string, Message>;
