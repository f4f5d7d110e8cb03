// What a commission member reads: their sheet, its «Перевірка» column, the scale, the letters they get.
import type { Message } from './message';

export const MEMBER = {
  // Scale and scores
  scaleIntegers: {
    params: ['min', 'max'],
    uk: 'ціле число від {min} до {max}',
    en: 'a whole number from {min} to {max}',
  },
  scaleWithStep: {
    params: ['min', 'max', 'step'],
    uk: 'число від {min} до {max} з кроком {step}',
    en: 'a number from {min} to {max} in steps of {step}',
  },
  scoreBlank: { uk: 'порожньо', en: 'blank' },
  scoreFormula: {
    params: ['value', 'range'],
    uk: 'у клітинці формула «{value}»: формули не приймаються, введіть число ({range}).',
    en: 'the cell holds the formula «{value}»: formulas are not accepted, type a number ({range}).',
  },
  scoreBoolean: {
    params: ['value', 'range'],
    uk: 'у клітинці позначка «{value}», а не бал: введіть число ({range}).',
    en: 'the cell holds the mark «{value}», not a score: type a number ({range}).',
  },
  scoreDate: {
    params: ['value', 'range'],
    uk: 'значення «{value}» стало датою: в українській локалі Таблиць число з крапкою (8.5) перетворюється на дату (8 травня). Введіть {range}.',
    en: '«{value}» became a date: in the Ukrainian locale Sheets turns a number with a point (8.5) into a date (8 May). Type {range}.',
  },
  scoreDateFraction: {
    params: ['value', 'range'],
    uk: 'значення «{value}» стало датою: в українській локалі Таблиць 8.5 перетворюється на 8 травня. Введіть 8,5 (через кому) або ціле число: {range}.',
    en: '«{value}» became a date: in the Ukrainian locale Sheets turns 8.5 into 8 May. Type 8,5 (with a comma) or a whole number: {range}.',
  },
  scoreTime: {
    params: ['value', 'range'],
    uk: '«{value}» — це час, а не бал: Таблиці прочитали введене як години й хвилини. Введіть бал ще раз числом ({range}).',
    en: '«{value}» is a time, not a score: Sheets read the entry as hours and minutes. Type the score again as a number ({range}).',
  },
  scoreSerialDate: {
    params: ['value', 'range'],
    uk: 'клітинка показує дату «{value}», а не бал: її формат став датою. Скрипт повернув числовий формат — введіть бал ще раз ({range}).',
    en: 'the cell shows the date «{value}», not a score: its format became a date. The script put the number format back — type the score again ({range}).',
  },
  scoreDateText: {
    params: ['value', 'range'],
    uk: '«{value}» — це дата, а не бал. Введіть бал звичайним числом ({range}).',
    en: '«{value}» is a date, not a score. Type the score as a plain number ({range}).',
  },
  scorePercent: {
    params: ['value', 'range'],
    uk: '«{value}» — це відсоток, а не бал. Введіть бал звичайним числом, без знака % ({range}).',
    en: '«{value}» is a percentage, not a score. Type the score as a plain number, without % ({range}).',
  },
  scoreFormatted: {
    params: ['value', 'range'],
    uk: 'клітинка показує «{value}», а не число: змінено її формат (гроші, одиниці тощо). Введіть бал звичайним числом ({range}).',
    en: 'the cell shows «{value}», not a number: its format was changed (money, units …). Type the score as a plain number ({range}).',
  },
  scoreText: {
    params: ['value', 'range'],
    uk: '«{value}» — не число. Введіть лише число, без слів ({range}).',
    en: '«{value}» is not a number. Type just the number, no words ({range}).',
  },
  scoreNotNumber: {
    params: ['value', 'range'],
    uk: '«{value}» — не число. Введіть {range}.',
    en: '«{value}» is not a number. Type {range}.',
  },
  scoreOutOfRange: {
    params: ['value', 'range'],
    uk: '«{value}» поза шкалою. Введіть {range}.',
    en: '«{value}» is off the scale. Type {range}.',
  },
  scoreFractionNotAllowed: {
    params: ['value', 'range'],
    uk: '«{value}»: дробові бали не приймаються на цій шкалі. Введіть {range}.',
    en: '«{value}»: fractions are not allowed on this scale. Type {range}.',
  },
  scoreOffStep: {
    params: ['value', 'step', 'range'],
    uk: '«{value}»: бал має бути кратним {step}. Введіть {range}.',
    en: '«{value}»: the score must be a multiple of {step}. Type {range}.',
  },
  openMySheet: { uk: 'Відкрити мою таблицю оцінювання', en: 'Open my evaluation sheet' },
  memberFileName: {
    params: ['year', 'name'],
    uk: 'ТОП-100 {year} — оцінювання — {name}',
    en: 'TOP-100 {year} — evaluation — {name}',
  },
  memberSheetTitle: {
    params: ['year', 'name', 'deadline'],
    uk: 'ТОП-100 {year} · оцінювання · {name} · термін: {deadline} (Київ)',
    en: 'TOP-100 {year} · evaluation · {name} · deadline: {deadline} (Kyiv)',
  },
  memberProgressPrefix: { uk: 'Заповнено балів:', en: 'Scores filled:' },
  memberProgressOf: { uk: 'з', en: 'of' },
  protectionDescription: {
    uk: 'ТОП-100: змінювати можна лише бали, конфлікт інтересів і коментар',
    en: 'TOP-100: only scores, conflict of interest and comment are editable',
  },
  protectionClosed: {
    uk: 'ТОП-100: оцінювання завершено, таблиця лише для перегляду',
    en: 'TOP-100: evaluation closed, view only',
  },
  closedNote: { uk: 'Оцінювання завершено. Дякуємо!', en: 'The evaluation is closed. Thank you!' },
  instrTitle: {
    params: ['title', 'year'],
    uk: '{title} — {year}. Інструкція для члена комісії',
    en: '{title} — {year}. Instructions for a commission member',
  },
  instrHello: {
    params: ['name'],
    uk: 'Шановна/шановний {name}! Це ваша особиста таблиця оцінювання. Її бачите лише ви та секретар комісії.',
    en: 'Dear {name}, this is your personal evaluation sheet. Only you and the secretary see it.',
  },
  instrDeadline: {
    params: ['deadline'],
    uk: 'Термін: {deadline} (за київським часом). Після цього таблиця стане доступною лише для перегляду.',
    en: 'Deadline: {deadline} (Kyiv time). After it the sheet becomes view-only.',
  },
  instrCount: { params: ['count'], uk: 'Кейсів для оцінювання: {count}.', en: 'Cases to evaluate: {count}.' },
  instrScale: {
    params: ['scale'],
    uk: 'Оцініть кожен кейс за чотирма критеріями (стовпці К1–К4): бал — {scale}.',
    en: 'Score each case on four criteria (columns К1–К4): a score is {scale}.',
  },
  instrCriteria: {
    uk: 'Критерії оцінювання (протокол засідання комісії):',
    en: 'Criteria (the commission protocol):',
  },
  instrConflict: {
    uk: 'Якщо у вас конфлікт інтересів щодо кейсу (ви працюєте в організації-заявнику тощо), поставте позначку в стовпці «Конфлікт інтересів» — ваша оцінка цього кейсу не враховуватиметься.',
    en: 'If you have a conflict of interest with a case, tick «Конфлікт інтересів»: your scores for it are not counted.',
  },
  instrComment: { uk: 'Коментар — за бажанням.', en: 'A comment is optional.' },
  instrCheck: {
    uk: 'Стовпець «Перевірка» заповнюється автоматично кожні 10 хвилин: ✓ — оцінку прийнято; текст — що саме треба виправити (наприклад, «десять» замість 10 або 8,5 там, де потрібне ціле число).',
    en: 'The «Перевірка» column is filled automatically every 10 minutes: ✓ accepted; otherwise what to fix.',
  },
  instrSort: {
    uk: 'Рядки можна фільтрувати (Дані → Створити вигляд фільтра): оцінки зіставляються за ID кейсу, а не за номером рядка. Кожна клітинка з балом пам’ятає свій кейс (підказка «Кейс … · К1»): якщо випадково відсортувати лише бали, їх буде повернуто на місце під час наступної перевірки. Бали на інших аркушах не враховуються.',
    en: 'You can filter rows (Data → Create a filter view): scores are matched by case ID, not by row. Each score cell knows its case (the hint «Кейс … · К1»): scores sorted by accident are put back at the next check. Scores on other tabs are not counted.',
  },
  instrLock: {
    uk: 'У момент терміну таблицю буде заблоковано, і все, що в ній є на цей момент, буде враховано. Після цього змінити бали не можна.',
    en: 'At the deadline the sheet is locked and everything in it at that moment counts. Scores cannot be changed after that.',
  },
  instrSaved: {
    uk: 'Зберігати нічого не потрібно: Google Таблиці зберігають кожну зміну.',
    en: 'Nothing to save: Google Sheets saves every change.',
  },
  instrContact: { params: ['replyTo'], uk: 'Питання: {replyTo}.', en: 'Questions: {replyTo}.' },
  checkValid: { uk: '✓', en: '✓' },
  checkRecused: { uk: '✓ конфлікт інтересів', en: '✓ conflict of interest' },
  checkIncomplete: { params: ['missing'], uk: 'Бракує: {missing}', en: 'Missing: {missing}' },
  checkNoId: { uk: 'Рядок без ID кейсу: бали тут не враховуються', en: 'Row without a case ID: not counted' },
  checkUnknownId: {
    params: ['id'],
    uk: 'ID «{id}» не з вашого списку: бали тут не враховуються',
    en: 'ID «{id}» is not on your list: not counted',
  },
  checkDuplicateId: {
    params: ['id'],
    uk: 'ID «{id}» повторюється: враховано перший рядок',
    en: 'ID «{id}» repeats: the first row counts',
  },
  closeMailSubject: {
    params: ['title', 'year'],
    uk: '{title} {year}: оцінювання завершено',
    en: '{title} {year}: evaluation closed',
  },
  closeMailBody: {
    params: ['at', 'selected', 'tied', 'below', 'window', 'unreadable', 'snapshot'],
    uk: 'Оцінювання завершено {at}.\nДо списку увійшло кейсів: {selected}.\nНічия на межі (рішення комісії): {tied}.\nНижче кворуму: {below}.\nТаблиці заблоковано через {window} хв після терміну; усе, що в них було на момент блокування, враховано.\nНе вдалося прочитати таблиць: {unreadable}.\nЗнімок оцінок: «{snapshot}».',
    en: 'Closed at {at}.\nSelected: {selected}.\nTie at the cut-off: {tied}.\nBelow quorum: {below}.\nSheets locked {window} min after the deadline; everything in them at the lock is counted.\nUnreadable sheets: {unreadable}.\nSnapshot: «{snapshot}».',
  },
  scoreHelpCriterion: {
    params: ['criterion', 'scale'],
    uk: 'К{criterion}: {scale}. Порожня клітинка — ще не оцінено (не нуль).',
    en: 'C{criterion}: {scale}. An empty cell means not scored yet (not zero).',
  },
  conflictHelp: {
    uk: 'конфлікт інтересів: позначте, якщо ви пов’язані із заявником — цей кейс ви не оцінюєте.',
    en: 'conflict of interest: tick if you are connected with the applicant — you do not score this case.',
  },
  checkMovedBack: {
    uk: 'Бали було переставлено сортуванням — повернуто до цього кейсу, перевірте.',
    en: 'Scores were moved by a sort — put back with this case, please check.',
  },
  checkRestoring: {
    uk: 'Скрипт повертає бали до їхніх кейсів…',
    en: 'The script is putting the scores back with their cases…',
  },
  checkCopied: {
    uk: 'Бал вставлено з іншого рядка — перевірте, що він для цього кейсу.',
    en: 'A score was pasted from another row — check that it is meant for this case.',
  },
  checkAmbiguous: {
    uk: 'Бали цього рядка переставлено сортуванням разом із вирізанням чи вставленням — не видно, якому кейсу вони належать. Тут показано останні зібрані бали цього кейсу; перевірте й введіть зміни ще раз.',
    en: 'The scores of this row were moved by a sort together with a cut or paste — it cannot be told which case they belong to. This shows the scores last collected for this case; check and enter the changes again.',
  },
  googleInviteMessage: {
    params: ['title', 'year'],
    uk: 'Таблиця для оцінювання кейсів «{title}» {year}. Щоб відкрити її, увійдіть в обліковий запис Google для цієї адреси або створіть його.',
    en: 'The sheet for scoring the cases of «{title}» {year}. To open it, sign in to the Google account of this address or create one.',
  },
  memberSortNotice: {
    params: ['at', 'ids'],
    uk: '{at} — бали в стовпцях оцінок було переставлено сортуванням; кожен повернуто до свого кейсу ({ids}), перевірте.',
    en: '{at} — scores in the score columns were moved by a sort; each is back with its case ({ids}), please check.',
  },
  memberOtherTabs: {
    params: ['tabs'],
    uk: 'Бали з аркушів {tabs} не враховуються: вносьте їх лише тут, на аркуші «Оцінювання».',
    en: 'Scores on the tabs {tabs} are not counted: enter them here, on «Оцінювання».',
  },
  roundSheetTitle: {
    params: ['year', 'name', 'deadline'],
    uk: 'ТОП-100 {year} · межові кейси · {name} · до {deadline} (Київ). Підтвердьте або змініть свої оцінки в жовтих клітинках; якщо нічого не змінювати, оцінка вважається підтвердженою.',
    en: 'TOP-100 {year} · borderline cases · {name} · until {deadline} (Kyiv). Confirm or change your scores in the yellow cells; unchanged scores count as confirmed.',
  },
  roundHelpCriterion: {
    params: ['criterion', 'scale'],
    uk: 'К{criterion} (повторно): бал {scale}',
    en: 'K{criterion} (review): score {scale}',
  },
  roundProtection: {
    uk: 'ТОП-100: змінювати можна лише повторні бали й коментар',
    en: 'TOP-100: only the reviewed scores and the comment may be changed',
  },
  roundProtectionClosed: {
    uk: 'ТОП-100: повторне оцінювання завершено, аркуш лише для перегляду',
    en: 'TOP-100: the review is over, the tab is view-only',
  },
  roundClosedNote: { uk: 'Повторне оцінювання завершено. Дякуємо!', en: 'The review is over. Thank you!' },
  roundCheckSame: { uk: '✓ підтверджено (без змін)', en: '✓ confirmed (unchanged)' },
  roundCheckChanged: {
    params: ['first', 'second'],
    uk: '✓ прийнято: сума {first} → {second}',
    en: '✓ accepted: total {first} → {second}',
  },
  roundCheckBlank: { uk: 'порожньо — зарахується ваша перша оцінка', en: 'empty — your first score stands' },
  roundSortNotice: {
    params: ['at'],
    uk: '{at} — після сортування бали повернуто до їхніх кейсів; перевірте.',
    en: '{at} — after a sort the scores were put back with their cases; please check.',
  },
  roundMailSubject: {
    params: ['title', 'year', 'deadline'],
    uk: '{title} {year}: перегляньте оцінки межових кейсів до {deadline}',
    en: '{title} {year}: review your scores of the borderline cases by {deadline}',
  },
  roundMailBody: {
    params: ['name', 'count', 'deadline'],
    uk: 'Шановна/шановний {name}!\nУ вашій таблиці оцінювання з’явився аркуш «Межові кейси»: {count} {count#кейс|кейси|кейсів}, щодо яких оцінки членів комісії розходяться найбільше. Підтвердьте або змініть свої оцінки до {deadline} (за київським часом); якщо нічого не змінювати, ваша оцінка вважається підтвердженою. Перші оцінки не зміняться: нові Комісія побачить поруч із ними на засіданні.',
    en: 'Dear {name},\nYour evaluation file has a new «Межові кейси» tab: {count} {count#case|cases} on which the members disagree most. Confirm or change your scores by {deadline} (Kyiv time); unchanged scores count as confirmed. Your first scores stay: the commission sees the new ones beside them at the meeting.',
  },
} satisfies Record<string, Message>;
