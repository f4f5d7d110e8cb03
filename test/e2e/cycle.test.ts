// The whole yearly cycle on the bundle, as npm start runs it: the cases arrive through the form in August, the
// season runs to publication day, and «Новий сезон…» makes next year's master — a copy with a script project of
// its own, nothing of this year's data — while this year's master stays as it was but for the archive marks.
import { Season, OWNER } from '../../local/season/season';
import { FIVE_SPELLINGS } from '../../local/season/intake';
import { readTab } from '../../local/report';
import type { LocalRuntime } from '../../local/runtime';
import type { SpreadsheetModel } from '../../local/spreadsheet';
import { MIME } from '../../local/world';

const season = new Season({
  cases: 60,
  members: 4,
  seed: 2024,
  assignment: 'all',
  realWorld: true,
  intake: 'form',
});
let next: LocalRuntime;
let before: Map<string, string>;
let beforeProtections: string;

/** Every tab of a spreadsheet as it is: order, names, visibility, sizes, cells (values, formulas, formats, notes, rules). */
function snapshot(model: SpreadsheetModel, except: (sheet: string, row: number, col: number) => boolean) {
  const out = new Map<string, string>();
  model.sheets.forEach((s, i) => {
    const cells = [...s.entries()].map(([r, c, cell]) => {
      const copy: Record<string, unknown> = { ...cell };
      if (except(s.name, r, c)) delete copy.note;
      return [r, c, copy];
    });
    out.set(
      `${i}:${s.name}`,
      JSON.stringify({
        hidden: s.hidden,
        tabColor: s.tabColor,
        frozen: [s.frozenRows, s.frozenCols],
        size: [s.maxRows, s.maxCols],
        widths: [...s.widths],
        heights: [...s.heights],
        hiddenRows: [...s.hiddenRows],
        hiddenCols: [...s.hiddenCols],
        merges: s.merges,
        filter: s.filter,
        formId: s.formId ?? null,
        cells,
      }),
    );
  });
  return out;
}

const master = (): SpreadsheetModel => season.rt.store.get(season.masterId)!;
const settingsNote = (sheet: string, row: number, col: number) =>
  sheet === 'Налаштування' && row === 1 && col === 1;

beforeAll(() => {
  season.run();
  season.stages();
  before = snapshot(master(), settingsNote);
  beforeProtections = JSON.stringify(master().protections);
  next = season.nextSeason();
});

describe('the cases arrive through the form', () => {
  test('every application is in «Кейси» once, with a repeat flagged and the blank title kept apart', () => {
    const cases = readTab(season.rt, 'Кейси').slice(1);
    // 60 cases, and the one sent twice
    expect(cases).toHaveLength(61);
    const register = readTab(season.rt, 'Заявки').slice(1);
    expect(register).toHaveLength(62);
    expect(register.filter((r) => r[2] === 'прийнято — можливий повтор')).toHaveLength(1);
    const failed = register.filter((r) => r[2] === 'не прийнято — потрібне рішення секретаря');
    expect(failed.map((r) => String(r[9]))).toEqual([expect.stringContaining('«Назва кейсу»: не заповнено')]);
    expect(season.submissions.every((s) => s.refused === null)).toBe(true);
  });

  test('the five spellings of one district are one district; the bad addresses are noted and not written to', () => {
    const register = readTab(season.rt, 'Заявки').slice(1);
    const spelt = season.submissions.filter((s) => s.defect === 'district spelling');
    expect(spelt.map((s) => s.answers.district).sort()).toEqual([...FIVE_SPELLINGS].sort());
    for (const s of spelt) expect(register.find((r) => r[1] === s.response)![7]).toBe('Солом’янський');
    const noMail = register.filter((r) => r[10] === 'не надіслано: немає правильної адреси');
    expect(noMail.length).toBe(4);
    const confirmations = season.rt.mail.messages.filter((m) => m.subject.includes('заявку отримано'));
    expect(confirmations).toHaveLength(61 - 4);
    expect(new Set(confirmations.map((m) => m.subject)).size).toBe(confirmations.length);
  });

  test('the form closed itself at 31 August 23:59 and the season ran on the cases that came in', () => {
    const form = season.rt.forms.get(season.rt.formIdOf(season.formUrl)!)!;
    expect(form.accepting).toBe(false);
    expect(season.rt.executions.filter((e) => e.outcome !== 'ok')).toEqual([]);
    expect(readTab(season.rt, 'Затверджений список').length).toBeGreaterThan(10);
  });
});

describe('«Новий сезон…»', () => {
  test('next year’s master holds the settings, criteria, templates, members and stands, and no data of this year', () => {
    const model = next.store.get(season.nextMasterId)!;
    expect(model.sheets.map((s) => s.name)).toEqual([
      'Налаштування',
      'Члени комісії',
      'Стенди',
      'Кейси',
      'Конфлікти',
      'Оцінки',
      'Рейтинг',
      'ТОП-100',
      'Журнал',
      'Службове',
    ]);
    for (const tab of ['Кейси', 'Конфлікти', 'Оцінки', 'Рейтинг', 'ТОП-100'])
      expect({ tab, rows: readTab(next, tab).length }).toEqual({ tab, rows: 1 });
    // The stands stay; this year's posters (the script's columns) do not
    const stands = readTab(next, 'Стенди').slice(2);
    expect(stands.map((r) => r[0])).toEqual(
      readTab(season.rt, 'Стенди')
        .slice(2)
        .map((r) => r[0]),
    );
    expect(stands.map((r) => r.slice(3, 6).join(''))).toEqual(stands.map(() => ''));
    expect(
      readTab(next, 'Службове')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual([`master:${season.nextMasterId}`]);
    expect(
      readTab(next, 'Журнал')
        .slice(1)
        .map((r) => r[1]),
    ).toEqual(['Новий сезон створено', 'Власник автоматичних дій', 'Налаштування таблиці']);
    const setting = (rows: unknown[][], label: string) => rows.find((r) => r[0] === label)?.[1];
    const old = readTab(season.rt, 'Налаштування');
    const now = readTab(next, 'Налаштування');
    expect(setting(now, 'Рік')).toBe(2025);
    expect(setting(now, 'Кінцевий термін подання заявок')).toBe('31.08.2025 23:59');
    expect(setting(now, 'Кінцевий термін оцінювання')).toBe('07.10.2025 23:59');
    expect(setting(now, 'Дата засідання')).toBe('11.10.2025');
    for (const label of ['Адреса публічної сторінки', 'Нагородження: дата і час', 'Нагородження: місце'])
      expect({ label, value: setting(now, label) }).toEqual({ label, value: '' });
    expect(setting(old, 'Адреса публічної сторінки')).not.toBe('');
    for (const label of [
      'Критерій 1: назва',
      'Лист-запрошення: текст',
      'Голова комісії',
      'Назва',
      'Email секретаря',
    ])
      expect({ label, value: setting(now, label) }).toEqual({ label, value: setting(old, label) });
    const members = readTab(next, 'Члени комісії');
    const oldMembers = readTab(season.rt, 'Члени комісії');
    expect(members.map((r) => r.slice(0, 4))).toEqual(oldMembers.map((r) => r.slice(0, 4)));
    expect(members.slice(1).every((r) => r.slice(4).every((v) => v === ''))).toBe(true);
    expect(oldMembers.slice(1).every((r) => r[4] !== '')).toBe(true);
  });

  test('the form Google copied along is closed and unlinked; the secretary is told to delete it and what to do next', () => {
    const report = season.rt.ui.alerts.filter((a) => a.title === 'Новий сезон…').pop()!.prompt;
    expect(report).toContain('Головну таблицю сезону 2025 створено');
    expect(report).toContain('«ТОП-100 → Налаштувати таблицю»');
    expect(report).toContain('Разом із таблицею Google скопіював форму заявок');
    const copied = [...season.rt.world.drive.values()].filter(
      (f) => f.mimeType === MIME.form && f.name.startsWith('Copy of'),
    );
    expect(copied).toHaveLength(1);
    expect(season.rt.forms.get(copied[0].id)).toMatchObject({ accepting: false, destination: null });
    expect(next.store.get(season.nextMasterId)!.sheets.some((s) => s.formId)).toBe(false);
  });

  test('this year’s master is unchanged but for the archive marks: read-only tabs and the note on «Налаштування»', () => {
    const after = snapshot(master(), settingsNote);
    expect([...after.keys()]).toEqual([...before.keys()]);
    for (const [tab, text] of before)
      expect({ tab, same: after.get(tab) === text }).toEqual({ tab, same: true });
    const note = master().sheetByName('Налаштування')!.get(1, 1)?.note ?? '';
    expect(note).toContain('Архів сезону 2024');
    expect(note).toContain(`https://docs.google.com/spreadsheets/d/${season.nextMasterId}/edit`);
    for (const sheet of master().sheets) {
      const p = master().protections.find((x) => x.type === 'SHEET' && x.sheetId === sheet.id);
      expect({ tab: sheet.name, warningOnly: p?.warningOnly, editors: p?.editors }).toEqual({
        tab: sheet.name,
        warningOnly: false,
        editors: [OWNER],
      });
    }
    expect(beforeProtections).not.toBe(JSON.stringify(master().protections));
    // the colleague who could edit it can no longer
    const colleague = season.rt.as('deputy@example.org').open(season.masterId);
    expect(colleague.canEdit('Кейси', 'B2')).toBe(false);
  });

  test('the new master runs its own script: its own id, client and triggers; this year’s project runs nothing any more', () => {
    expect(next.project.scriptId).not.toBe(season.rt.project.scriptId);
    expect(next.project.clientId).not.toBe(season.rt.project.clientId);
    expect(next.triggers.triggers.map((t) => t.handler)).toEqual(['dispatcherTick']);
    expect(season.rt.triggers.triggers).toEqual([]);
    const state = JSON.parse(next.properties.script.get('top100.state')!);
    expect(state).toMatchObject({ owner: OWNER, folderId: '', closedAt: null });
    expect(next.properties.script.get('top100.form')).toBeUndefined();
    expect(next.store.get(season.nextMasterId)!.locale).toBe('uk_UA');
  });

  test('the new season never reaches last year’s files: its OAuth client has no drive.file access to them', () => {
    const lastYear = [...season.rt.world.drive.values()].filter(
      (f) => f.appProperties?.top100Member || f.mimeType === MIME.folder,
    );
    expect(lastYear.length).toBeGreaterThan(0);
    for (const f of lastYear) {
      expect(season.rt.world.hasAppAccess(f, OWNER, season.rt.project.clientId)).toBe(true);
      expect(next.world.hasAppAccess(f, OWNER, next.project.clientId)).toBe(false);
    }
  });

  test('asked again, it shows the master already made and makes nothing', () => {
    const files = season.rt.world.drive.size;
    season.rt.menu('Новий сезон…');
    expect(season.rt.ui.alerts[season.rt.ui.alerts.length - 1].prompt).toContain(
      'Головну таблицю сезону 2025 уже створено',
    );
    expect(season.rt.world.drive.size).toBe(files);
  });
});
