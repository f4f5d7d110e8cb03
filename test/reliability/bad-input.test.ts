// Bad input from the secretary, the import files and the members: a clear Ukrainian message naming the place,
// and nothing already in the master changes.
import { Season, OWNER, SCORING } from '../../local/season/season';
import { casesCsv, syntheticCases } from '../../local/season/data';
import { kyiv } from '../../local/season/time';
import { readTab } from '../../local/report';
import * as iconv from 'iconv-lite';

function prepared(): Season {
  const s = new Season({ cases: 10, members: 3, seed: 3, assignment: 'all' });
  s.prepare();
  return s;
}

/** Everything in the master, to check a refused action changed nothing. */
const masterState = (s: Season) =>
  JSON.stringify(['Налаштування', 'Члени комісії', 'Кейси', 'Оцінки'].map((t) => readTab(s.rt, t)));
const lastAlert = (s: Season) => s.rt.ui.alerts[s.rt.ui.alerts.length - 1]?.prompt ?? '';
const importCsv = (s: Season, text: string, name = 'кейси.csv') =>
  s.rt.call('importCasesCsv', [text, name], { as: OWNER, kind: 'menu' });

describe('bad settings', () => {
  test.each([
    ['an impossible deadline', 'Кінцевий термін оцінювання', '31.02.2024 23:59', /рядок \d+/],
    ['a scale of 10–0', 'Шкала: мінімум', '10', /Шкала/],
    ['a weight that is not a number', 'Критерій 2: вага', 'подвійна', /подвійна/],
    [
      'a malformed secretary email',
      'Email секретаря',
      'secretary(at)example.org',
      /secretary\(at\)example\.org/,
    ],
  ])(
    '%s: the action stops with a message naming the row and value; nothing changes',
    (_what, label, value, expected) => {
      const s = prepared();
      s.setSetting(label, value);
      const before = masterState(s);
      s.rt.menu('Створити таблиці членів комісії');
      expect(lastAlert(s)).toMatch(expected);
      expect(lastAlert(s)).toMatch(/Налаштування|рядок/);
      expect(masterState(s)).toBe(before);
      expect([...s.rt.world.drive.values()].filter((d) => d.appProperties.top100Member)).toHaveLength(0);
    },
  );
});

describe('bad members', () => {
  test('a malformed and a duplicate email are refused with the rows named', () => {
    const s = prepared();
    s.rt
      .as(OWNER)
      .open(s.masterId)
      .paste('Члени комісії', 'A5', [
        ['Петро Іваненко', 'petro@@example', 'ГО «Світанок»', 'активний'],
        ['Тарас Двійник', s.members[1].email.toUpperCase(), '', 'активний'],
      ]);
    const before = masterState(s);
    s.rt.menu('Створити таблиці членів комісії');
    expect(lastAlert(s)).toMatch(/petro@@example/);
    expect(lastAlert(s)).toMatch(new RegExp(s.members[1].email.replace('.', '\\.'), 'i'));
    expect(masterState(s)).toBe(before);
  });
});

describe('bad imports (all or nothing)', () => {
  test('a CSV with the title column missing names the column; the cases already imported stay', () => {
    const s = prepared();
    const before = masterState(s);
    const r = importCsv(s, 'Організація-заявник,Район\nГО «Разом»,Печерський\n');
    expect(String((r.error as Error).message)).toMatch(/Назва кейсу/);
    expect(masterState(s)).toBe(before);
  });

  test('duplicate IDs name both rows', () => {
    const s = prepared();
    const r = importCsv(
      s,
      'ID,Назва кейсу,Організація-заявник\n2024-001,Перший,ГО «А»\n2024-001,Другий,ГО «Б»\n',
    );
    expect(String((r.error as Error).message)).toMatch(/2024-001/);
    expect(String((r.error as Error).message)).toMatch(/рядок 3/);
  });

  test('a Windows-1251 file is recognised and explained', () => {
    const s = prepared();
    const bytes = iconv.encode('Назва кейсу,Організація-заявник\nСквер,ГО «Разом»\n', 'win1251');
    const r = importCsv(s, bytes.toString('utf8'));
    expect(String((r.error as Error).message)).toMatch(/UTF-8/);
  });

  test('an empty file is refused', () => {
    const s = prepared();
    expect(String((importCsv(s, '').error as Error).message)).toMatch(/порожн/);
  });

  test('a cell over 50 000 characters is refused with its row', () => {
    const s = prepared();
    const r = importCsv(s, `Назва кейсу,Організація-заявник,Опис\nСквер,ГО «Разом»,${'а'.repeat(50_001)}\n`);
    expect(String((r.error as Error).message)).toMatch(/рядок 2/);
    expect(String((r.error as Error).message)).toMatch(/50[\s\u00a0 ]?000/);
  });

  test('50 000 rows import in one execution, within the time limit', () => {
    const s = new Season({ cases: 10, members: 3, seed: 3, assignment: 'all' });
    s.rt.openMaster(OWNER);
    s.menu('Налаштувати таблицю');
    const r = importCsv(s, casesCsv(syntheticCases(50_000, 9)));
    expect(r.error).toBeUndefined();
    expect(r.record.simulatedSeconds).toBeLessThan(360);
    expect(readTab(s.rt, 'Кейси')).toHaveLength(50_001);
  });

  test('a case list cannot change once the members’ sheets exist', () => {
    const s = prepared();
    s.distribute();
    const before = masterState(s);
    const r = importCsv(s, casesCsv(syntheticCases(5, 1)));
    expect(String((r.error as Error).message)).toMatch(/вже створено/);
    expect(masterState(s)).toBe(before);
  });
});

describe('members typing into their sheets', () => {
  test('a formula in a score cell is reported, not evaluated into a score; IDs cannot be edited', () => {
    const s = prepared();
    s.distribute();
    const m = s.members[0];
    const sheet = s.open(m.email);
    sheet.type(SCORING, 'I3', '=9+1');
    sheet.paste(SCORING, 'J3', [['8', '7', '6']]);
    expect(() => sheet.type(SCORING, 'A3', '2024-999')).toThrow(/protected/);
    s.rt.advanceTo(kyiv(2024, 9, 24, 12, 0));
    const row = readTab(s.rt, 'Оцінки').find((r) => r[1] === m.email && r[0] === '2024-001')!;
    expect(row[9]).toBe('недійсна');
    expect(String(row[11])).toMatch(/формул/i);
  });
});
