// The command line on a small season: the secretary's steps on real files, a member's filled .xlsx, and bad
// files that must leave the workspace exactly as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { run } from '../../local/cli/main';
import { parseCsv } from '../../src/domain/cases';
import { firstInvalidUtf8 } from '../../local/cli/files';
import { parseKyivTime } from '../../local/cli/when';
import { memberFileId, openWorkspace } from '../../local/cli/workspace';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'cli');
const fixture = (name: string): string => path.join(FIXTURES, name);
const OLENA = 'olena.kovalenko@example.org';

let tmp: string;

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'top100-cli-'));
});

afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

interface Run {
  code: number;
  out: string;
  err: string;
}

async function cli(dir: string, ...argv: string[]): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(['--dir', dir, ...argv], {
    out: (s) => out.push(s),
    err: (s) => err.push(s),
    cwd: tmp,
  });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Runs a step that must succeed, showing what it printed when it does not. */
async function ok(dir: string, ...argv: string[]): Promise<string> {
  const r = await cli(dir, ...argv);
  if (r.code !== 0) throw new Error(`${argv.join(' ')} → ${r.code}\n${r.out}\n${r.err}`);
  return r.out;
}

const stateOf = (dir: string): Buffer => fs.readFileSync(path.join(dir, 'state.json'));

/** A member fills К1–К4 (columns I–L) of every case row in their downloaded copy, and comments on one. */
async function fillScores(file: string, filled: string): Promise<number> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('Оцінювання');
  if (!ws) throw new Error('no «Оцінювання» sheet');
  let rows = 0;
  for (let r = 3; r <= ws.rowCount; r++) {
    if (!ws.getCell(r, 1).value) continue;
    for (let k = 0; k < 4; k++) ws.getCell(r, 9 + k).value = 5 + ((r + k) % 6);
    rows += 1;
  }
  ws.getCell(3, 14).value = 'Сильна команда, варто поширити';
  await wb.xlsx.writeFile(filled);
  return rows;
}

describe('the secretary runs a small season from the command line', () => {
  let dir: string;

  beforeAll(() => {
    dir = path.join(tmp, 'season');
  });

  test('init creates the workspace with the master set up, and will not overwrite it without --force', async () => {
    const out = await ok(dir, 'init', '--now', '2024-09-24 09:00');
    expect(out).toContain('Таблицю налаштовано');
    expect(fs.existsSync(path.join(dir, 'master.xlsx'))).toBe(true);
    const again = await cli(dir, 'init');
    expect(again.code).toBe(1);
    expect(again.err).toContain('--force');
  });

  test('members and cases come in from files; the quorum is set to what three members can reach', async () => {
    expect(await ok(dir, 'import-members', fixture('members.csv'))).toContain('додано 3');
    // The same file again changes nobody
    expect(await ok(dir, 'import-members', fixture('members.csv'))).toContain('без змін 3');
    expect(await ok(dir, 'import-cases', fixture('cases.csv'))).toContain('Імпортовано кейсів: 12');
    expect(await ok(dir, 'settings', 'Кворум (мінімум дійсних оцінок)', '1')).toContain('= 1');
  });

  test('the members get their sheets and, once confirmed, their invitations', async () => {
    expect(await ok(dir, 'menu', 'Створити таблиці членів комісії')).toContain('створено 3');
    const invited = await ok(dir, 'menu', 'Надіслати запрошення', '--yes');
    expect(invited).toContain('Надіслано запрошень: 3');
    expect(fs.readdirSync(path.join(dir, 'mail'))).toHaveLength(3);
  });

  test('a member’s sheet tells the case and the scale in plain Ukrainian: «Кейс … · К1: ціле число від 0 до 10»', async () => {
    const rt = openWorkspace(dir);
    const model = rt.store.get(memberFileId(rt, OLENA))!;
    const help = model.sheetByName('Оцінювання')!.get(3, 9)?.dv?.helpText;
    expect(help).toMatch(
      /^Кейс \d{4}-\d{3} · К1: ціле число від 0 до 10\. Порожня клітинка — ще не оцінено \(не нуль\)\.$/,
    );
    const instructions = rt
      .as(OLENA)
      .open(model.id)
      .read('Інструкція', 'A1:A12')
      .map((r) => String(r[0]));
    expect(instructions).toContain(
      'Оцініть кожен кейс за чотирма критеріями (стовпці К1–К4): бал — ціле число від 0 до 10.',
    );
    expect(instructions.join('\n')).not.toContain('на шкалі ціле число');
  });

  test("a member's file filled offline is entered as their edits and collected on the next tick", async () => {
    const exported = path.join(tmp, 'olena.xlsx');
    await ok(dir, 'member-export', OLENA, '--out', exported);
    const filled = path.join(tmp, 'olena-filled.xlsx');
    expect(await fillScores(exported, filled)).toBe(12);
    const entered = await ok(dir, 'member-import', OLENA, filled);
    expect(entered).toContain(
      'З файлу «olena-filled.xlsx» від імені olena.kovalenko@example.org внесено змін у клітинках: 49.',
    );
    expect(entered).toContain('tick');
    const ticked = await ok(dir, 'tick', '--until', '2024-09-24 12:00');
    expect(ticked).toMatch(/Запусків тригерів: [1-9]\d*, з помилками: 0/);
    const status = await ok(dir, 'status');
    expect(status).toContain('Час симуляції: 24.09.2024 12:00');
    expect(status).toMatch(/Олена Коваленко <olena\.kovalenko@example\.org>.*оцінено 12 \/ 12/);
    expect(status).toMatch(/Тарас Бондар .*оцінено 0 \/ 12/);
    expect(status).toContain('дійсних 12');
  });

  test('a copy whose rows were reordered offline is refused, since its scores would land on other cases', async () => {
    const exported = path.join(tmp, 'taras.xlsx');
    await ok(dir, 'member-export', 'taras.bondar@example.org', '--out', exported);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(exported);
    const ws = wb.getWorksheet('Оцінювання')!;
    // Rows 3 and 4 swapped whole, as a sort would do, then scored
    const row3 = ws.getRow(3).values as ExcelJS.CellValue[];
    const row4 = ws.getRow(4).values as ExcelJS.CellValue[];
    ws.getRow(3).values = row4;
    ws.getRow(4).values = row3;
    for (let k = 0; k < 4; k++) ws.getCell(3, 9 + k).value = 9;
    const sorted = path.join(tmp, 'taras-sorted.xlsx');
    await wb.xlsx.writeFile(sorted);
    const before = stateOf(dir);
    const r = await cli(dir, 'member-import', 'taras.bondar@example.org', sorted);
    expect(r.code).toBe(1);
    expect(r.err).toContain('у рядку 3 кейс 2024-002, а в таблиці — 2024-001');
    expect(stateOf(dir).equals(before)).toBe(true);
  });

  test('another member’s file is refused even when the cases match: it says whose file it is', async () => {
    const olenas = path.join(tmp, 'olena-filled.xlsx');
    const before = stateOf(dir);
    const r = await cli(dir, 'member-import', 'taras.bondar@example.org', olenas);
    expect(r.code).toBe(1);
    expect(r.err).toContain(
      'Файл «olena-filled.xlsx» — таблиця оцінювання Олена Коваленко, а не taras.bondar@example.org',
    );
    expect(r.err).toContain('member-import з адресою olena.kovalenko@example.org');
    expect(stateOf(dir).equals(before)).toBe(true);
    // A copy saved by a program that drops the workbook's title is still known by the line above the table
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(olenas);
    wb.title = '';
    const untitled = path.join(tmp, 'без-назви.xlsx');
    await wb.xlsx.writeFile(untitled);
    const again = await cli(dir, 'member-import', 'taras.bondar@example.org', untitled);
    expect(again.code).toBe(1);
    expect(again.err).toContain('таблиця оцінювання Олена Коваленко, а не taras.bondar@example.org');
    expect(stateOf(dir).equals(before)).toBe(true);
  });

  test('the rating is computed and export writes the public list and the report', async () => {
    await ok(dir, 'menu', 'Обчислити рейтинг');
    const out = path.join(tmp, 'out');
    expect(await ok(dir, 'export', '--out', out)).toContain('кейсів у списку: 12');
    const csv = fs.readFileSync(path.join(out, 'top100.csv'), 'utf8');
    expect(csv.trim().split('\r\n')).toHaveLength(13);
    expect(csv).toContain('Шкільні городи на Оболоні');
    expect(fs.readFileSync(path.join(out, 'report.html'), 'utf8')).toContain('<html lang="uk">');
  });

  test('a members list brought again updates a row in place and appends a newcomer, keeping the script’s columns', async () => {
    const file = path.join(tmp, 'члени.xlsx');
    await writeXlsx(file, [
      ['ПІБ', 'Email', 'Організація', 'Статус'],
      ['Ірина Шевчук', 'Iryna.Shevchuk@example.org', 'Київська школа економіки', 'активна'],
      ['Максим Гнатюк', 'maksym.hnatiuk@example.org', 'ГО «Добросусідство»', ''],
    ]);
    expect(await ok(dir, 'import-members', file)).toContain(
      'додано 1, оновлено 1, без змін 0; усього в аркуші 4',
    );
    const status = await ok(dir, 'status');
    expect(status).toMatch(
      /Ірина Шевчук <iryna\.shevchuk@example\.org>: активний; таблиця є; запрошено 24\.09\.2024 09:\d\d;/,
    );
    expect(status).toMatch(/Максим Гнатюк <maksym\.hnatiuk@example\.org>: активний; таблиця немає/);
  });

  test('an approval, which cannot be undone, needs its own answer to every prompt: one --text is not reused', async () => {
    await ok(dir, 'menu', 'Завершити оцінювання', '--yes');
    // The agenda prepared first, in master.xlsx; with nothing recorded in it the approval asks as before
    expect(await ok(dir, 'menu', 'Підготувати порядок денний')).toContain(
      'Порядок денний засідання в аркуші «Засідання»',
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'master.xlsx'));
    expect(wb.getWorksheet('Засідання')?.getCell(8, 15).value).toBe('«За»');
    const before = stateOf(dir);
    // The meeting date given, the protocol number not: nothing is approved with «протокол № 10.10.2024»
    const one = await cli(dir, 'menu', 'Затвердити рейтинг…', '--text', '10.10.2024', '--yes');
    expect(one.code).toBe(1);
    expect(one.err).toContain('відповідей дано 1');
    expect(one.err).toContain('Відповідь: «10.10.2024»');
    expect(one.err).toContain('Запит без відповіді: Номер протоколу');
    expect(stateOf(dir).equals(before)).toBe(true);
    // An answer no prompt asked for: the answers were not what the secretary meant, nothing is saved
    const extra = await cli(
      dir,
      'menu',
      'Затвердити рейтинг…',
      '--text',
      '10.10.2024',
      '--text',
      '3',
      '--text',
      '3',
      '--yes',
    );
    expect(extra.code).toBe(1);
    expect(extra.err).toContain('відповідей --text дано 3, а запитів було 2');
    expect(stateOf(dir).equals(before)).toBe(true);
    // Without --yes the confirmation cancels it
    expect(
      (await cli(dir, 'menu', 'Затвердити рейтинг…', '--text', '10.10.2024', '--text', '3')).err,
    ).toContain('--yes');
    const done = await ok(dir, 'menu', 'Затвердити рейтинг…', '--text', '10.10.2024', '--text', '3', '--yes');
    expect(done).toContain('Запит: Дата засідання');
    expect(done).toContain('Відповідь: «10.10.2024»');
    expect(done).toContain('Відповідь: «3»');
    expect(done).toContain('протокол № 3 від 10.10.2024');
  });

  test('after the publication and the catalog, «Стенди» writes a poster per stand into the workspace’s stands/', async () => {
    await ok(
      dir,
      'settings',
      'Адреса публічної сторінки',
      'https://script.google.com/macros/s/AKfycb-demo/exec',
    );
    await ok(dir, 'menu', 'Оприлюднити список');
    await ok(dir, 'menu', 'Каталог кращих практик');
    const made = await ok(dir, 'menu', 'Стенди');
    expect(made).toContain('Плакатів для стендів: 8');
    expect(made).toContain(`Плакати стендів (PDF, файлів: 8) — у «${path.join(dir, 'stands')}»`);
    const posters = fs.readdirSync(path.join(dir, 'stands'));
    expect(posters).toHaveLength(8);
    for (const f of posters)
      expect(
        fs
          .readFileSync(path.join(dir, 'stands', f))
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(dir, 'master.xlsx'));
    expect(wb.getWorksheet('Стенди')?.getCell(3, 1).value).toBe(
      'Голосіївський парк культури і відпочинку імені М. Рильського',
    );
    const out = path.join(tmp, 'out-stands');
    expect(await ok(dir, 'export', '--out', out)).toContain('файлів: 8');
    expect(fs.readdirSync(path.join(out, 'stands')).sort()).toEqual(posters.sort());
  });
});

describe('a workspace started in another year', () => {
  test('init with --now in 2025 sets up the 2025 season: its year, deadline, meeting date and seed', async () => {
    const dir = path.join(tmp, 'y2025');
    await ok(dir, 'init', '--now', '2025-09-20 09:00');
    const settings = await ok(dir, 'settings');
    expect(settings).toContain('  Рік: 2025');
    expect(settings).toContain('  Кінцевий термін оцінювання: 07.10.2025 23:59');
    expect(settings).toContain('  Дата засідання: 11.10.2025');
    expect(settings).toContain('  Зерно розподілу: 2025');
    expect(settings).not.toMatch(/2024/);
  });
});

describe('settings show what the script will use', () => {
  test('a deadline typed without a time is shown with the 23:59 it closes at, and so is the listing', async () => {
    const dir = path.join(tmp, 'dates');
    await ok(dir, 'init', '--now', '2024-09-20 09:00');
    const set = await ok(dir, 'settings', 'Кінцевий термін оцінювання', '08.10.2024');
    expect(set).toContain('«Кінцевий термін оцінювання» = 08.10.2024 23:59 (за часовим поясом Europe/Kyiv)');
    expect(await ok(dir, 'settings', 'Кінцевий термін оцінювання')).toContain('= 08.10.2024 23:59');
    expect(await ok(dir, 'settings', 'Кінцевий термін оцінювання', '2024-10-09 18:30')).toContain(
      '= 09.10.2024 18:30',
    );
    expect(await ok(dir, 'settings', 'Дата засідання', '2024-10-12')).toContain(
      '«Дата засідання» = 12.10.2024',
    );
  });
});

/** An .xlsx with one sheet of these rows, as Excel would save it. */
async function writeXlsx(file: string, rows: (string | number)[][]): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Аркуш1');
  for (const r of rows) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

describe('files saved from Excel as .xlsx', () => {
  test('cases and members are read from the first sheet', async () => {
    const dir = path.join(tmp, 'xlsx');
    await ok(dir, 'init', '--now', '2024-09-20 09:00');
    const cases = path.join(tmp, 'кейси.xlsx');
    await writeXlsx(cases, parseCsv(fs.readFileSync(fixture('cases.csv'), 'utf8')));
    const out = await ok(dir, 'import-cases', cases);
    expect(out).toContain('Прочитано аркуш «Аркуш1» файлу «кейси.xlsx», рядків: 13');
    expect(out).toContain('Імпортовано кейсів: 12');
    const members = path.join(tmp, 'members.xlsx');
    await writeXlsx(members, [
      ['ПІБ', 'Email', 'Організація', 'Статус'],
      ['Олена Коваленко', OLENA, 'ГО «Громада Подолу»', 'активний'],
    ]);
    expect(await ok(dir, 'import-members', members)).toContain('додано 1');
  });
});

describe('a bad file or a wrong step names the problem and changes nothing', () => {
  let dir: string;

  beforeAll(async () => {
    dir = path.join(tmp, 'bad');
    await ok(dir, 'init', '--now', '2024-09-20 09:00');
    await ok(dir, 'import-members', fixture('members.csv'));
  });

  /** Runs a command that must fail and checks the workspace's state is byte for byte what it was. */
  async function refused(...argv: string[]): Promise<string> {
    const before = stateOf(dir);
    const r = await cli(dir, ...argv);
    expect(r.code).not.toBe(0);
    expect(stateOf(dir).equals(before)).toBe(true);
    return r.err;
  }

  test('a Windows-1251 CSV from Excel is refused with the way to fix it', async () => {
    const file = path.join(tmp, 'кейси-1251.csv');
    fs.writeFileSync(file, iconv.encode(fs.readFileSync(fixture('cases.csv'), 'utf8'), 'windows-1251'));
    const err = await refused('import-cases', file);
    expect(err).toContain('кейси-1251.csv');
    expect(err).toContain('Windows-1251');
    expect(err).toContain('CSV UTF-8');
    expect(err).toContain('рядку 1');
  });

  test('an empty file is refused', async () => {
    const file = path.join(tmp, 'empty.csv');
    fs.writeFileSync(file, '');
    expect(await refused('import-cases', file)).toContain('«empty.csv» порожній');
    fs.writeFileSync(file, '\uFEFF\r\n');
    expect(await refused('import-cases', file)).toContain('порожній');
  });

  test('a file over 20 MB is refused with its size', async () => {
    const file = path.join(tmp, 'huge.csv');
    fs.writeFileSync(file, '');
    fs.truncateSync(file, 21 * 1024 * 1024);
    expect(await refused('import-cases', file)).toContain('завеликий: 21 МБ (найбільше 20 МБ)');
  });

  test('a CSV with the wrong columns gets the script’s message naming the missing columns', async () => {
    const err = await refused('import-cases', fixture('cases-wrong-columns.csv'));
    expect(err).toContain('рядок 1');
    expect(err).toContain('немає обов’язкового стовпця «Назва кейсу»');
  });

  test('a members file with a malformed and a duplicate email names both rows', async () => {
    const err = await refused('import-members', fixture('members-bad.csv'));
    expect(err).toContain('Файл «members-bad.csv», рядок 3, стовпець «Email»: «taras.bondar(at)example.org»');
    expect(err).toMatch(/рядок 4, стовпець «Email»: адреса «olena\.kovalenko@example\.org» уже є в рядку 2/);
  });

  test('a tick to the past is refused', async () => {
    expect(await refused('tick', '--until', '2024-09-01 12:00')).toContain('Годинник іде лише вперед');
  });

  test('an unknown menu item is refused with the list of items', async () => {
    const err = await refused('menu', 'Опублікувати все');
    expect(err).toContain('Пункту меню «Опублікувати все» немає');
    expect(err).toContain('Зібрати оцінки зараз');
  });

  test('a confirmation without --yes cancels the action', async () => {
    expect(await refused('menu', 'Надіслати запрошення')).toContain('--yes');
  });

  test('a setting the script would reject is not saved', async () => {
    const err = await refused('settings', 'Кінцевий термін оцінювання', '31.09.2024');
    expect(err).toContain('«31.09.2024»');
    expect(err).toContain('рядок 4');
  });

  test('a member who is not on the list has no file to import', async () => {
    expect(await refused('member-import', 'nobody@example.org', fixture('members.csv'))).toContain(
      'nobody@example.org',
    );
  });

  test('a damaged .xlsx is named in Ukrainian, without the zip reader’s English', async () => {
    const file = path.join(tmp, 'зламаний.xlsx');
    fs.writeFileSync(file, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(300, 7)]));
    const err = await refused('import-cases', file);
    expect(err).toContain('Файл «зламаний.xlsx» не вдалося прочитати як книгу Excel (.xlsx)');
    expect(err).not.toMatch(/zip|Corrupted|End of data|Error/i);
    const member = await refused('member-import', OLENA, file);
    expect(member).not.toMatch(/zip|Corrupted|End of data/i);
  });

  test('a mistyped option is named in Ukrainian, not in Node’s English', async () => {
    const unknown = await cli(dir, 'tick', '--when', 'tomorrow');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('Команда «tick»: параметра «--when» немає');
    expect(unknown.err).not.toContain('Unknown option');
    const missing = await cli(dir, 'tick', '--until');
    expect(missing.err).toContain('параметр «--until» потребує значення');
    const flag = await cli(dir, 'menu', 'Панель прогресу', '--yes=1');
    expect(flag.err).toContain('параметр «--yes» не приймає значення');
    const extra = await cli(dir, 'status', 'now');
    expect(extra.err).toContain('зайві аргументи «now»');
    const twice = await cli(dir, 'tick', '--until', '2024-09-21 10:00', '--until', '2024-09-22 10:00');
    expect(twice.err).toContain('параметр «--until» указано кілька разів');
    const global = await cli(dir, '--colour', 'status');
    expect(global.err).toContain('параметра «--colour» немає');
    for (const r of [unknown, missing, flag, extra, twice, global]) expect(r.code).toBe(2);
  });

  test('an unknown command or option is a usage error, in English when asked', async () => {
    const r = await cli(dir, 'publish', '--lang', 'en');
    expect(r.code).toBe(2);
    expect(r.err).toContain('Unknown command «publish»');
    expect((await cli(dir, 'tick', '--when', 'tomorrow')).code).toBe(2);
  });

  test('the same Windows-1251 file imports when its encoding is given', async () => {
    const out = await ok(dir, 'import-cases', path.join(tmp, 'кейси-1251.csv'), '--encoding', 'windows-1251');
    expect(out).toContain('Імпортовано кейсів: 12');
  });
});

describe('reading what people type', () => {
  test('UTF-8 is checked byte by byte: Windows-1251 Cyrillic, overlong forms and cut sequences are caught', () => {
    expect(firstInvalidUtf8(Buffer.from('Київ, «ТОП-100» 😀', 'utf8'))).toBe(-1);
    expect(firstInvalidUtf8(iconv.encode('ab\nКиїв', 'windows-1251'))).toBe(3);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xc0, 0x80]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0x41, 0xd0]))).toBe(1);
    expect(firstInvalidUtf8(Uint8Array.from([0xed, 0xa0, 0x80]))).toBe(0);
  });

  test('Kyiv times are read in both common forms, across the clock change', () => {
    expect(parseKyivTime('2024-10-01 12:00')).toBe(Date.UTC(2024, 9, 1, 9, 0));
    expect(parseKyivTime('01.10.2024 12:00')).toBe(Date.UTC(2024, 9, 1, 9, 0));
    expect(parseKyivTime('2024-11-01')).toBe(Date.UTC(2024, 9, 31, 22, 0));
    expect(() => parseKyivTime('2024-02-30 10:00')).toThrow();
    expect(() => parseKyivTime('завтра')).toThrow();
  });
});
