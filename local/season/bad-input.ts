// The corpus of bad input a secretary, an import file or a link can bring, run through the runtime:
// each must be refused with a Ukrainian message naming the place, and leave the master unchanged.
import * as iconv from 'iconv-lite';
import { OWNER, Season } from './season';
import { casesCsv, syntheticCases } from './data';
import { readTab } from '../report';

export interface BadInput {
  name: string;
  /** How far the season is before the bad input arrives. */
  stage: 'prepared' | 'distributed';
  /** Puts the bad data where a person would (a settings cell, the members tab); none for a file or a link. */
  setup?: (s: Season) => void;
  /** The action that must refuse it; returns the message the secretary sees. */
  act: (s: Season) => string;
  /** What the message must contain: the place and/or the value. */
  names: RegExp[];
}

const lastAlert = (s: Season) => s.rt.ui.alerts[s.rt.ui.alerts.length - 1]?.prompt ?? '';
const importCsv = (s: Season, text: string, name = 'кейси.csv'): string => {
  const r = s.rt.call('importCasesCsv', [text, name], { as: OWNER, kind: 'menu' });
  return r.error ? String((r.error as Error).message) : '';
};
const createSheets = (s: Season): string => {
  s.rt.menu('Створити таблиці членів комісії');
  return lastAlert(s);
};
const badSetting = (label: string, value: string) => ({
  setup: (s: Season) => s.setSetting(label, value),
  act: createSheets,
});

export const BAD_INPUTS: BadInput[] = [
  {
    name: 'settings: an impossible deadline',
    stage: 'prepared',
    ...badSetting('Кінцевий термін оцінювання', '31.02.2024 23:59'),
    names: [/рядок \d+/, /31\.02\.2024/],
  },
  {
    name: 'settings: a scale of 10–0',
    stage: 'prepared',
    ...badSetting('Шкала: мінімум', '10'),
    names: [/Шкала/],
  },
  {
    name: 'settings: a weight that is not a number',
    stage: 'prepared',
    ...badSetting('Критерій 2: вага', 'подвійна'),
    names: [/рядок \d+/, /подвійна/],
  },
  {
    name: 'settings: a quorum in words',
    stage: 'prepared',
    ...badSetting('Кворум (мінімум дійсних оцінок)', 'п’ять'),
    names: [/рядок \d+/, /п’ять/],
  },
  {
    name: 'settings: a malformed secretary email',
    stage: 'prepared',
    ...badSetting('Email секретаря', 'secretary(at)example.org'),
    names: [/secretary\(at\)example\.org/],
  },
  {
    name: 'settings: an unknown assignment mode',
    stage: 'prepared',
    ...badSetting('Режим розподілу', 'як вийде'),
    names: [/як вийде/],
  },
  {
    name: 'members: a malformed and a duplicate email',
    stage: 'prepared',
    setup: (s) =>
      s.rt
        .as(OWNER)
        .open(s.masterId)
        .paste('Члени комісії', 'A5', [
          ['Петро Іваненко', 'petro@@example', 'ГО «Світанок»', 'активний'],
          ['Тарас Двійник', s.members[1].email.toUpperCase(), '', 'активний'],
        ]),
    act: createSheets,
    names: [/petro@@example/, /рядок \d+/],
  },
  {
    name: 'import: the title column missing',
    stage: 'prepared',
    act: (s) => importCsv(s, 'Організація-заявник,Район\nГО «Разом»,Печерський\n'),
    names: [/Назва кейсу/],
  },
  {
    name: 'import: duplicate IDs',
    stage: 'prepared',
    act: (s) =>
      importCsv(s, 'ID,Назва кейсу,Організація-заявник\n2024-001,Перший,ГО «А»\n2024-001,Другий,ГО «Б»\n'),
    names: [/2024-001/, /рядок 3/],
  },
  {
    name: 'import: a Windows-1251 file',
    stage: 'prepared',
    act: (s) =>
      importCsv(
        s,
        iconv.encode('Назва кейсу,Організація-заявник\nСквер,ГО «Разом»\n', 'win1251').toString('utf8'),
        'кейси-1251.csv',
      ),
    names: [/UTF-8/, /кейси-1251\.csv/],
  },
  {
    name: 'import: an empty file',
    stage: 'prepared',
    act: (s) => importCsv(s, '', 'порожній.csv'),
    names: [/порожн/, /порожній\.csv/],
  },
  {
    name: 'import: a header and no cases',
    stage: 'prepared',
    act: (s) => importCsv(s, 'Назва кейсу,Організація-заявник\n'),
    names: [/кейс/i],
  },
  {
    name: 'import: a cell over 50 000 characters',
    stage: 'prepared',
    act: (s) =>
      importCsv(s, `Назва кейсу,Організація-заявник,Опис\nСквер,ГО «Разом»,${'а'.repeat(50_001)}\n`),
    names: [/рядок 2/, /50[\s\u00a0 ]?000/],
  },
  {
    name: 'import: a link that is not a spreadsheet',
    stage: 'prepared',
    act: (s) => {
      s.rt.menu('З іншої Google-таблиці…', [{ button: 'OK', text: 'https://example.org/табличка' }]);
      return lastAlert(s);
    },
    names: [/example\.org/],
  },
  {
    name: 'import: a new case list after the members’ sheets exist',
    stage: 'distributed',
    act: (s) => importCsv(s, casesCsv(syntheticCases(5, 1))),
    names: [/вже створено/],
  },
];

/** The master's secretary-facing tabs, to check a refused action changed nothing. */
const masterState = (s: Season) =>
  JSON.stringify(['Налаштування', 'Члени комісії', 'Кейси', 'Оцінки'].map((t) => readTab(s.rt, t)));

export interface BadInputOutcome {
  name: string;
  message: string;
  /** The message names the place and the value as the corpus expects. */
  named: boolean;
  /** The master's data is as it was after the bad data arrived: the refused action changed nothing. */
  unchanged: boolean;
  /** No member file was created or changed. */
  noFiles: boolean;
}

export function runBadInput(b: BadInput): BadInputOutcome {
  const s = new Season({ cases: 10, members: 3, seed: 3, assignment: 'all' });
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
  const message = b.act(s);
  return {
    name: b.name,
    message,
    named: message !== '' && b.names.every((re) => re.test(message)),
    unchanged: masterState(s) === before,
    noFiles: memberFiles() === filesBefore,
  };
}
