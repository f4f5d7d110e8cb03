// The corpus of bad input a secretary, an import file, a link or the deadline dialog can bring, run through the
// runtime. Each entry says what the product must do with it:
//   refused — a Ukrainian message naming the place and the value, and the master and the members' files unchanged;
//   warned  — accepted, with a warning that names the place and the value (a deadline in the spring DST gap);
//   kept    — accepted as the text it is (a title that looks like a formula stays text, never a formula).
import * as iconv from 'iconv-lite';
import { OWNER, Season } from './season';
import { casesCsv, syntheticCases } from './data';
import { readTab } from '../report';

export type Expectation = 'refused' | 'warned' | 'kept';

/** What the action did: the message the secretary saw, and whether it refused. */
export interface Reply {
  message: string;
  refused: boolean;
}

export interface BadInput {
  name: string;
  expect: Expectation;
  /** How far the season is before the bad input arrives. */
  stage: 'prepared' | 'distributed';
  /** Puts the bad data where a person would (a settings cell, the members tab, a file on Drive). */
  setup?: (s: Season) => void;
  /** The action that meets it. */
  act: (s: Season) => Reply;
  /** What the message must contain: the place and the value. */
  names: RegExp[];
  /** For accepted input: what must hold afterwards. */
  holds?: (s: Season) => boolean;
}

const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const journalErrors = (s: Season) => readTab(s.rt, 'Журнал').filter((r) => r[1] === 'Помилка').length;

/** A menu click; refused when the action ended in an error (an alert and a «Журнал» row «Помилка»). */
const menu =
  (caption: string, answers: { button: 'OK' | 'YES'; text?: string }[] = []) =>
  (s: Season): Reply => {
    const errors = journalErrors(s);
    const alerts = s.rt.ui.alerts.length;
    s.rt.menu(caption, answers);
    s.rt.ui.discardAnswers();
    const message = s.rt.ui.alerts
      .slice(alerts)
      .map((a) => a.prompt)
      .join('\n');
    return { message, refused: journalErrors(s) > errors };
  };

const createSheets = menu('Створити таблиці членів комісії');

/** The CSV upload dialog's call (google.script.run.importCasesCsv): a refusal is the error it throws. */
const importCsv =
  (text: string | (() => string), name = 'кейси.csv') =>
  (s: Season): Reply => {
    const r = s.rt.call('importCasesCsv', [typeof text === 'string' ? text : text(), name], {
      as: OWNER,
      kind: 'menu',
    });
    return r.error
      ? { message: String((r.error as Error).message), refused: true }
      : { message: String(r.result), refused: false };
  };

const importLink = (link: string | ((s: Season) => string)) => (s: Season) =>
  menu('З іншої Google-таблиці…', [{ button: 'OK', text: typeof link === 'string' ? link : link(s) }])(s);

/** The deadline dialog's «Зберегти» (google.script.run.saveSettings): each problem is shown under its field. */
const dialog =
  (deadlineDate: string, deadlineTime: string, reminderOffsets = '7, 3, 1, 0') =>
  (s: Season): Reply => {
    const r = s.rt.call('saveSettings', [{ deadlineDate, deadlineTime, reminderOffsets }], {
      as: OWNER,
      kind: 'script',
    });
    const out = r.result as
      | { ok: true; message: string; warnings: string[] }
      | { ok: false; problems: { field: string; message: string }[] };
    if (r.error) return { message: String((r.error as Error).message), refused: true };
    return out.ok
      ? { message: [out.message, ...out.warnings].join('\n'), refused: false }
      : { message: out.problems.map((p) => `[${p.field}] ${p.message}`).join('\n'), refused: true };
  };

/** The settings tab as the action saw it, then what the panel says about it (settings notices). */
const createSheetsThenPanel = (s: Season): Reply => {
  const created = createSheets(s);
  const panel = s.rt.call('panelData', [], { as: OWNER, kind: 'script' }).result as { notices?: string[] };
  return { message: [created.message, ...(panel?.notices ?? [])].join('\n'), refused: created.refused };
};

const setting = (label: string, value: string) => (s: Season) => s.setSetting(label, value);
const settings =
  (...pairs: [string, string][]) =>
  (s: Season) => {
    for (const [l, v] of pairs) s.setSetting(l, v);
  };
const badSetting = (label: string, value: string, names: RegExp[], name: string): BadInput => ({
  name: `settings: ${name}`,
  expect: 'refused',
  stage: 'prepared',
  setup: setting(label, value),
  act: createSheets,
  names: [/Налаштування/, /рядок \d+/, ...names],
});

/** The row of «Налаштування» whose label is `label` (1-based). */
function settingRow(s: Season, label: string): number {
  const labels = s.rt.as(OWNER).open(s.masterId).read('Налаштування', 'A1:A120');
  return labels.findIndex((r) => r[0] === label) + 1;
}

const lastRow = (s: Season, tab: string) => s.rt.store.get(s.masterId)!.sheetByName(tab)!.lastRow();

/** The secretary pastes rows under the members already listed. */
const addMembers = (rows: string[][]) => (s: Season) =>
  s.rt
    .as(OWNER)
    .open(s.masterId)
    .paste('Члени комісії', `A${lastRow(s, 'Члени комісії') + 1}`, rows);
const badMember = (row: string[], names: RegExp[], name: string): BadInput => ({
  name: `members: ${name}`,
  expect: 'refused',
  stage: 'prepared',
  setup: addMembers([row]),
  act: createSheets,
  names: [/Члени комісії/, /рядок \d+/, ...names],
});

/** A CSV with a header and the given case rows (title, organisation, type, district, contact email). */
const csv = (
  rows: string[][],
  header = 'Назва кейсу,Організація-заявник,Тип заявника,Район,Email контакту',
) =>
  [
    header,
    ...rows.map((r) => r.map((v) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v)).join(',')),
  ].join('\n') + '\n';
const badCsv = (
  text: string | (() => string),
  names: RegExp[],
  name: string,
  file = 'кейси.csv',
): BadInput => ({
  name: `import: ${name}`,
  expect: 'refused',
  stage: 'prepared',
  act: importCsv(text, file),
  names,
});
const warnedCsv = (text: string, names: RegExp[], name: string): BadInput => ({
  name: `import: ${name}`,
  expect: 'warned',
  stage: 'prepared',
  act: importCsv(text),
  names: [/Попереджень: [1-9]/, ...names],
});

/** «Кейси» holds `title` in row 2 as that very text, not as a formula or a number. */
const keptAsText = (title: string) => (s: Season) => {
  const master = s.rt.as(OWNER).open(s.masterId);
  return master.read('Кейси', 'B2')[0][0] === title && master.formulas('Кейси', 'B2')[0][0] === '';
};
const keptTitle = (title: string, name: string): BadInput => ({
  name: `import: ${name}`,
  expect: 'kept',
  stage: 'prepared',
  act: importCsv(csv([[title, 'ГО «Разом»', 'ГО', 'Печерський', '']])),
  names: [],
  holds: keptAsText(title),
});

/** A Google Sheet of the secretary's (an upload converted by Drive) holding `rows` as typed cells. */
function sourceSheet(s: Season, rows: string[][], owner = OWNER): string {
  const source = s.rt.store.create('Зведена таблиця пропозицій', { owner, locale: 'uk_UA' });
  s.rt.as(owner).open(source.id).paste(source.sheets[0].name, 'A1', rows);
  if (owner !== OWNER) {
    /* shared with nobody */
  }
  return source.id;
}
const sheetLink = (id: string) => `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;

const NOW_PAST = /2024/;

export const BAD_INPUTS: BadInput[] = [
  // ----------------------------------------------------------------------------- «Налаштування»
  badSetting('Кінцевий термін оцінювання', '31.02.2024 23:59', [/31\.02\.2024/], 'an impossible deadline'),
  badSetting('Кінцевий термін оцінювання', '7 жовтня', [/7 жовтня/], 'a deadline in words'),
  badSetting('Кінцевий термін оцінювання', '07.10.2024 24:30', [/24:30/], 'a deadline at 24:30'),
  badSetting('Кінцевий термін оцінювання', '', [/Кінцевий термін/], 'an empty deadline'),
  badSetting('Дата засідання', '32.10.2024', [/32\.10\.2024/], 'an impossible meeting date'),
  badSetting('Часовий пояс', 'Kyiv/Europe', [/Kyiv\/Europe/], 'an unknown time zone'),
  badSetting('Рік', '1999', [/1999/], 'a year out of range'),
  badSetting('Кількість переможців', '0', [/«0»/], 'no winners'),
  badSetting('Шкала: мінімум', '10', [/Шкала/, /10/], 'a scale of 10–10'),
  badSetting('Шкала: крок', '3', [/крок 3/], 'a step that does not divide the scale'),
  badSetting('Шкала: крок', '0', [/«0»/], 'a zero step'),
  badSetting('Критерій 2: вага', 'подвійна', [/подвійна/], 'a weight that is not a number'),
  badSetting('Критерій 3: вага', '-1', [/«-1»/], 'a negative weight'),
  badSetting('Кворум (мінімум дійсних оцінок)', 'п’ять', [/п’ять/], 'a quorum in words'),
  badSetting('Режим розподілу', 'як вийде', [/як вийде/], 'an unknown assignment mode'),
  badSetting('Нагадування (днів до терміну)', '7, три, 1', [/три/], 'a reminder offset in words'),
  badSetting('Година нагадувань', '25', [/25/], 'a reminder hour of 25'),
  badSetting('Папка на Диску (ID)', 'моя папка', [/моя папка/], 'a folder name instead of its ID'),
  badSetting('Адреса для відповідей', 'reply@', [/reply@/], 'a reply-to address without a domain'),
  badSetting(
    'Email секретаря',
    'secretary(at)example.org',
    [/secretary\(at\)example\.org/],
    'a malformed secretary email',
  ),
  badSetting('Порядок розв’язання нічиїх', 'медіана, жереб', [/жереб/], 'an unknown tie-break'),
  badSetting('Нормалізація (z-оцінки)', 'можливо', [/можливо/], 'normalisation neither yes nor no'),
  badSetting('Поріг розбіжності (бали)', '-2', [/-2/], 'a negative disagreement threshold'),
  badSetting('Групування публічного списку', 'за кольором', [/за кольором/], 'an unknown grouping'),
  {
    name: 'settings: k members per case without k',
    expect: 'refused',
    stage: 'prepared',
    setup: settings(['Режим розподілу', 'k членів на кейс'], ['Членів на кейс (k)', '']),
    act: createSheets,
    names: [/Налаштування/, /рядок \d+/, /Членів на кейс/],
  },
  {
    name: 'settings: a quorum above k',
    expect: 'refused',
    stage: 'prepared',
    setup: settings(
      ['Режим розподілу', 'k членів на кейс'],
      ['Членів на кейс (k)', '2'],
      ['Кворум (мінімум дійсних оцінок)', '5'],
    ),
    act: createSheets,
    names: [/Налаштування/, /рядок \d+/, /\(5\)/, /k = 2/],
  },
  {
    name: 'settings: the quorum row twice',
    expect: 'refused',
    stage: 'prepared',
    setup: (s) =>
      s.rt
        .as(OWNER)
        .open(s.masterId)
        .paste('Налаштування', `A${lastRow(s, 'Налаштування') + 1}`, [
          ['Кворум (мінімум дійсних оцінок)', '2'],
        ]),
    act: createSheets,
    names: [/Налаштування/, /Кворум/, /рядках \d+ і \d+/],
  },
  {
    name: 'settings: the deadline row deleted',
    expect: 'refused',
    stage: 'prepared',
    setup: (s) =>
      s.rt
        .as(OWNER)
        .open(s.masterId)
        .clear('Налаштування', `A${settingRow(s, 'Кінцевий термін оцінювання')}`),
    act: createSheets,
    names: [/Налаштування/, /Кінцевий термін оцінювання/],
  },
  {
    name: 'settings: a deadline in the spring DST gap (30.03.2025 03:30)',
    expect: 'warned',
    stage: 'prepared',
    setup: setting('Кінцевий термін оцінювання', '30.03.2025 03:30'),
    act: createSheetsThenPanel,
    names: [/Налаштування/, /рядок \d+/, /30\.03\.2025 03:30/, /04:30/],
  },
  {
    name: 'settings: a deadline in the autumn hour that repeats (26.10.2025 03:30)',
    expect: 'warned',
    stage: 'prepared',
    setup: setting('Кінцевий термін оцінювання', '26.10.2025 03:30'),
    act: createSheetsThenPanel,
    names: [/Налаштування/, /рядок \d+/, /26\.10\.2025 03:30/],
  },

  // ----------------------------------------------------------------------------- the deadline dialog
  {
    name: 'deadline dialog: 31.02.2025',
    expect: 'refused',
    stage: 'prepared',
    act: dialog('31.02.2025', '12:00'),
    names: [/\[deadline\]/, /31\.02\.2025/],
  },
  {
    name: 'deadline dialog: 25:00',
    expect: 'refused',
    stage: 'prepared',
    act: dialog('07.10.2024', '25:00'),
    names: [/\[deadline\]/, /25:00/],
  },
  {
    name: 'deadline dialog: a reminder 400 days before',
    expect: 'refused',
    stage: 'prepared',
    act: dialog('07.10.2024', '23:59', '7, 400'),
    names: [/\[reminderOffsets\]/, /400/],
  },
  {
    name: 'deadline dialog: a deadline already past',
    expect: 'refused',
    stage: 'prepared',
    act: dialog('01.09.2024', '12:00'),
    names: [/\[deadline\]/, /01\.09\.2024 12:00/, NOW_PAST],
  },
  {
    name: 'deadline dialog: 30.03.2025 03:30, in the spring DST gap',
    expect: 'warned',
    stage: 'prepared',
    act: dialog('30.03.2025', '03:30'),
    names: [/Налаштування/, /рядок \d+/, /30\.03\.2025 03:30/, /04:30/],
  },
  {
    name: 'deadline dialog: 26.10.2025 03:30, an hour that happens twice',
    expect: 'warned',
    stage: 'prepared',
    act: dialog('26.10.2025', '03:30'),
    names: [/Налаштування/, /рядок \d+/, /26\.10\.2025 03:30/],
  },

  // ----------------------------------------------------------------------------- «Члени комісії»
  {
    name: 'members: a malformed and a duplicate email',
    expect: 'refused',
    stage: 'prepared',
    setup: (s) =>
      addMembers([
        ['Петро Іваненко', 'petro@@example', 'ГО «Світанок»', 'активний'],
        ['Тарас Двійник', s.members[1].email.toUpperCase(), '', 'активний'],
      ])(s),
    act: createSheets,
    names: [/Члени комісії/, /рядок \d+/, /petro@@example/],
  },
  {
    name: 'members: the same address twice, in capitals',
    expect: 'refused',
    stage: 'prepared',
    setup: (s) => addMembers([['Тарас Двійник', s.members[1].email.toUpperCase(), '', 'активний']])(s),
    act: createSheets,
    names: [/Члени комісії/, /рядок \d+/, /member2@example\.org/i],
  },
  badMember(
    ['Ольга Петренко', 'olha.petrenko@example', '', 'активна'],
    [/olha\.petrenko@example/],
    'an address without a top-level domain',
  ),
  badMember(
    ['Ольга Петренко', 'olha petrenko@example.org', '', ''],
    [/olha petrenko@example\.org/],
    'a space inside the address',
  ),
  badMember(
    ['Ольга Петренко', 'Ольга <olha@example.org>', '', ''],
    [/olha@example\.org/],
    'a name and an address in one cell',
  ),
  badMember(['Ольга Петренко', '', 'КМДА', 'активна'], [/Email/, /не заповнено/], 'no address'),
  badMember(['Ольга Петренко', 'olha@example.org', '', 'у відпустці'], [/у відпустці/], 'an unknown status'),
  {
    name: 'members: the Email header renamed',
    expect: 'refused',
    stage: 'prepared',
    setup: (s) => s.rt.as(OWNER).open(s.masterId).type('Члени комісії', 'B1', 'Контакт'),
    act: createSheets,
    names: [/Члени комісії/, /рядок 1/, /Email/],
  },

  // ----------------------------------------------------------------------------- case imports (CSV)
  badCsv(
    'Організація-заявник,Район\nГО «Разом»,Печерський\n',
    [/Назва кейсу/, /рядок 1/],
    'the title column missing',
  ),
  badCsv(
    'ID,Назва кейсу,Організація-заявник\n2024-001,Перший,ГО «А»\n2024-001,Другий,ГО «Б»\n',
    [/2024-001/, /рядок 3/],
    'duplicate IDs',
  ),
  badCsv(
    iconv.encode('Назва кейсу,Організація-заявник\nСквер,ГО «Разом»\n', 'win1251').toString('utf8'),
    [/UTF-8/, /кейси-1251\.csv/],
    'a Windows-1251 file',
    'кейси-1251.csv',
  ),
  badCsv('', [/порожн/, /порожній\.csv/], 'an empty file', 'порожній.csv'),
  badCsv('\n\n,,\n', [/порожн/, /коми\.csv/], 'a file of blank lines and commas', 'коми.csv'),
  badCsv('Назва кейсу,Організація-заявник\n', [/кейс/i, /кейси\.csv/], 'a header and no cases'),
  badCsv(
    csv([['', 'ГО «Разом»', 'ГО', 'Печерський', '']]),
    [/рядок 2/, /Назва кейсу/, /не заповнено/],
    'a case without a title',
  ),
  badCsv(
    csv([['Сквер', '', 'ГО', 'Печерський', '']]),
    [/рядок 2/, /Організація-заявник/, /не заповнено/],
    'a case without an applicant',
  ),
  badCsv(
    `Назва кейсу,Організація-заявник,Опис\nСквер,ГО «Разом»,${'а'.repeat(50_001)}\n`,
    [/рядок 2/, /Опис/, /50[\s\u00a0 ]?001/],
    'a cell over 50 000 characters',
  ),
  badCsv(
    () => casesCsv(syntheticCases(50_000, 9)) + `,ГО «Разом»,ГО,Печерський,,,,,\r\n`,
    [/рядок 50002/, /Назва кейсу/],
    '50 000 rows, the last one without a title',
  ),
  badCsv(
    'Назва кейсу;Організація-заявник\n"Сквер;ГО «Разом»\n',
    [/рядок \d+/, /Організація-заявник|Назва кейсу/],
    'a semicolon file with an unclosed quote',
  ),
  badCsv(
    () => `Назва кейсу,Організація-заявник,Опис\n${`Сквер,ГО,${'б'.repeat(49_000)}\n`.repeat(420)}`,
    [/завеликий/, /кейси\.csv/],
    'a file over 20 million characters',
  ),
  {
    name: 'import: a new case list after the members’ sheets exist',
    expect: 'refused',
    stage: 'distributed',
    act: importCsv(casesCsv(syntheticCases(5, 1))),
    names: [/вже створено/],
  },
  warnedCsv(
    csv([['Сквер', 'ГО «Разом»', 'кооператив', 'Печерський', '']]),
    [/рядок 2/, /Тип заявника/, /кооператив/],
    'an unknown applicant type',
  ),
  warnedCsv(
    csv([['Сквер', 'ГО «Разом»', 'ГО', 'Бориспільський', '']]),
    [/рядок 2/, /Район/, /Бориспільський/],
    'a district outside Kyiv',
  ),
  warnedCsv(
    csv([['Сквер', 'ГО «Разом»', 'ГО', 'Печерський', 'razom@']]),
    [/рядок 2/, /Email контакту/, /razom@/],
    'a contact email without a domain',
  ),
  warnedCsv(
    csv([
      ['Сквер', 'ГО «Разом»', 'ГО', 'Печерський', ''],
      ['Сквер', 'ГО «Разом»', 'ГО', 'Печерський', ''],
    ]),
    [/рядок 3/, /Сквер/, /рядка 2/],
    'the same case twice',
  ),
  warnedCsv(
    'Назва кейсу,Організація-заявник,Назва\nСквер,ГО «Разом»,Інша назва\n',
    [/рядок 1/, /Назва/, /двічі/],
    'a column twice',
  ),
  keptTitle('=IMPORTXML("http://example.org","//a")', 'a title that is a formula'),
  keptTitle('+380441234567', 'a title that is a phone number'),
  keptTitle('=1+1', 'a title that is a sum'),
  keptTitle('-10', 'a title that is a negative number'),

  // ----------------------------------------------------------------------------- links and other sheets
  {
    name: 'import: a link that is not a spreadsheet',
    expect: 'refused',
    stage: 'prepared',
    act: importLink('https://example.org/табличка'),
    names: [/example\.org\/табличка/],
  },
  {
    name: 'import: a link to a Drive folder',
    expect: 'refused',
    stage: 'prepared',
    act: importLink('https://drive.google.com/drive/folders/1AbCdEfGhIjKlMnOpQrStUvWxYz'),
    names: [/drive\/folders\/1AbCdEfGhIjKlMnOpQrStUvWxYz/],
  },
  {
    name: 'import: a spreadsheet nobody shared with the secretary',
    expect: 'refused',
    stage: 'prepared',
    act: (s) =>
      importLink(
        sheetLink(
          sourceSheet(
            s,
            [
              ['Назва кейсу', 'Заявник'],
              ['Сквер', 'ГО'],
            ],
            'stranger@example.org',
          ),
        ),
      )(s),
    names: [/docs\.google\.com\/spreadsheets\/d\//, /доступ/],
  },
  {
    name: 'import: an XLSX file on Drive, not converted to Google Sheets',
    expect: 'refused',
    stage: 'prepared',
    act: (s) => {
      const file = s.rt.world.addDriveItem({ name: 'кейси.xlsx', mimeType: XLSX_MIME, owner: OWNER });
      return importLink(`https://docs.google.com/spreadsheets/d/${file.id}/edit?rtpof=true`)(s);
    },
    names: [/docs\.google\.com\/spreadsheets\/d\//],
  },
  {
    name: 'import: a converted XLSX of odd cells (a date as the title, TRUE as the applicant, 5 as the district)',
    expect: 'warned',
    stage: 'prepared',
    act: (s) =>
      importLink(
        sheetLink(
          sourceSheet(s, [
            ['ID', 'Назва кейсу', 'Організація-заявник', 'Район'],
            ['17', '01.10.2024', 'TRUE', '5'],
          ]),
        ),
      )(s),
    names: [/рядок 2/, /Район/, /«5»/],
    holds: (s) => {
      const row = s.rt.as(OWNER).open(s.masterId).read('Кейси', 'A2:C2')[0];
      return row[0] === '17' && row[1] === '01.10.2024' && typeof row[2] === 'string';
    },
  },
  {
    name: 'import: a converted XLSX whose title is missing in a row of odd cells (a date, TRUE, a number)',
    expect: 'refused',
    stage: 'prepared',
    act: (s) =>
      importLink(
        sheetLink(
          sourceSheet(s, [
            ['ID', 'Назва кейсу', 'Організація-заявник', 'Район'],
            ['17', '01.10.2024', 'TRUE', '5'],
            ['18', '', '=1/0', 'Печерський'],
          ]),
        ),
      )(s),
    names: [/рядок 3/, /Назва кейсу/],
  },
];

/** The master's secretary-facing tabs, to check a refused action changed nothing. */
const masterState = (s: Season) =>
  JSON.stringify(['Налаштування', 'Члени комісії', 'Кейси', 'Оцінки'].map((t) => readTab(s.rt, t)));

export interface BadInputOutcome {
  name: string;
  expect: Expectation;
  message: string;
  refused: boolean;
  /** Refused when it must be, accepted (and what must hold holds) when it must be. */
  asExpected: boolean;
  /** The message names the place and the value as the corpus expects (kept input needs no message). */
  named: boolean;
  /** The master's data is as it was after the bad data arrived. */
  unchanged: boolean;
  /** No member file was created or changed. */
  noFiles: boolean;
}

export function runBadInput(b: BadInput, bundlePath?: string): BadInputOutcome {
  const s = new Season({
    cases: 10,
    members: 3,
    seed: 3,
    assignment: 'all',
    ...(bundlePath ? { bundlePath } : {}),
  });
  s.prepare();
  if (b.stage === 'distributed') s.distribute();
  const memberFiles = () =>
    [...s.rt.world.drive.values()]
      .filter((d) => d.appProperties.top100Member)
      .map((d) => `${d.id}@${s.rt.world.lastEditTime(d)}`)
      .join();
  const filesBefore = memberFiles();
  b.setup?.(s);
  const before = masterState(s);
  const reply = b.act(s);
  const accepted = !reply.refused && (b.holds?.(s) ?? true);
  return {
    name: b.name,
    expect: b.expect,
    message: reply.message,
    refused: reply.refused,
    asExpected: b.expect === 'refused' ? reply.refused : accepted,
    named: b.expect === 'kept' || (reply.message !== '' && b.names.every((re) => re.test(reply.message))),
    unchanged: masterState(s) === before,
    noFiles: memberFiles() === filesBefore,
  };
}
