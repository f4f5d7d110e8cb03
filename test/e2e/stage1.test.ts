// Stage I paths the main season does not walk: the system check, import from another sheet, members who join
// late or withdraw, and the menu as Apps Script builds it.
import { Season, OWNER, SCORING } from '../../local/season/season';
import { kyiv } from '../../local/season/time';
import { readTab } from '../../local/report';
import { MIME } from '../../local/world';

describe('the menu', () => {
  test('onOpen builds «ТОП-100» with the items in the order of the work', () => {
    const s = new Season({ cases: 5, members: 2, seed: 1, assignment: 'all' });
    const menus = s.rt.openMaster(OWNER);
    const top = menus.find((m) => m.caption === 'ТОП-100')!;
    const captions = top.items.map((i) => ('caption' in i ? i.caption : '—'));
    expect(captions.slice(0, 2)).toEqual(['Налаштувати таблицю', 'Імпортувати кейси']);
    const order = [
      'Створити таблиці членів комісії',
      'Надіслати запрошення',
      'Зібрати оцінки зараз',
      'Надіслати нагадування зараз',
      'Панель прогресу',
      'Завершити оцінювання',
      'Обчислити рейтинг',
      'Перевірка системи',
    ];
    const positions = order.map((c) => captions.indexOf(c));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });
});

describe('«Перевірка системи»', () => {
  test('exercises every service, reports each as working, and cleans up after itself', () => {
    const s = new Season({ cases: 5, members: 2, seed: 1, assignment: 'all' });
    s.prepare();
    const filesBefore = [...s.rt.world.drive.values()].filter((d) => !d.trashed).length;
    const triggersBefore = s.rt.triggers.toJSON().triggers.length;
    s.menu('Перевірка системи');
    const report = s.rt.ui.alerts[s.rt.ui.alerts.length - 1].prompt;
    const lines = report.split('\n').filter(Boolean);
    expect(lines.length).toBeGreaterThanOrEqual(7);
    expect(lines.every((l) => l.startsWith('✓'))).toBe(true);
    // The scratch spreadsheet is in the trash; the test trigger is gone; one email went to the secretary.
    expect([...s.rt.world.drive.values()].filter((d) => !d.trashed).length).toBe(filesBefore);
    expect(s.rt.triggers.toJSON().triggers.length).toBe(triggersBefore);
    expect(s.rt.mail.messages.filter((m) => m.to[0] === OWNER)).toHaveLength(1);
  });
});

describe('import from another Google Sheet', () => {
  test('the consolidated table on Drive is imported by its link, IDs assigned', () => {
    const s = new Season({ cases: 5, members: 2, seed: 1, assignment: 'all' });
    s.rt.openMaster(OWNER);
    s.menu('Налаштувати таблицю');
    const source = s.rt.store.create('Зведена таблиця пропозицій 2024', { owner: OWNER, locale: 'uk_UA' });
    const sheet = s.rt.as(OWNER).open(source.id);
    sheet.paste(source.sheets[0].name, 'A1', [
      ['Назва', 'Заявник', 'Район'],
      ['Сквер біля школи', 'ГО «Разом»', 'Печерський'],
      ['Толока на Дніпрі', 'Оболонська районна в місті Києві державна адміністрація', 'Оболонський'],
    ]);
    s.menu('З іншої Google-таблиці…', [
      { button: 'OK', text: `https://docs.google.com/spreadsheets/d/${source.id}/edit#gid=0` },
    ]);
    const cases = readTab(s.rt, 'Кейси');
    expect(cases.slice(1).map((r) => [r[0], r[1]])).toEqual([
      ['2024-001', 'Сквер біля школи'],
      ['2024-002', 'Толока на Дніпрі'],
    ]);
  });

  test('a link that is not a spreadsheet is refused with the value quoted; nothing changes', () => {
    const s = new Season({ cases: 5, members: 2, seed: 1, assignment: 'all' });
    s.prepare();
    const before = JSON.stringify(readTab(s.rt, 'Кейси'));
    s.rt.menu('З іншої Google-таблиці…', [{ button: 'OK', text: 'https://example.org/табличка' }]);
    expect(s.rt.ui.alerts[s.rt.ui.alerts.length - 1].prompt).toMatch(/example\.org/);
    expect(JSON.stringify(readTab(s.rt, 'Кейси'))).toBe(before);
  });
});

describe('members who join late or withdraw', () => {
  const s = new Season({ cases: 8, members: 3, seed: 4, assignment: 'all' });
  beforeAll(() => {
    s.prepare();
    s.distribute();
    s.rt.advanceTo(kyiv(2024, 9, 25, 10, 0));
    for (const m of s.members) s.enter(m, s.assigned(m.email));
    s.rt.advanceTo(kyiv(2024, 9, 25, 11, 0));
  });

  test('a member added later gets a sheet and an invitation; nobody else gets anything twice', () => {
    const sheetsBefore = [...s.rt.world.drive.values()].filter(
      (d) => d.mimeType === MIME.spreadsheet && d.appProperties.top100Member,
    ).length;
    const mailBefore = s.rt.mail.messages.length;
    s.rt
      .as(OWNER)
      .open(s.masterId)
      .paste('Члени комісії', 'A5', [
        ['Оксана Новенька', 'late@example.org', 'Незалежний експерт', 'активний'],
      ]);
    s.menu('Створити таблиці членів комісії');
    s.menu('Надіслати запрошення', [{ button: 'YES' }]);
    const sheets = [...s.rt.world.drive.values()].filter(
      (d) => d.mimeType === MIME.spreadsheet && d.appProperties.top100Member,
    );
    expect(sheets).toHaveLength(sheetsBefore + 1);
    expect(s.rt.mail.messages.slice(mailBefore).map((m) => m.to[0])).toEqual(['late@example.org']);
    expect(readTab(s.rt, 'Оцінки').filter((r) => r[1] === 'late@example.org')).toHaveLength(8);
  });

  test('a withdrawn member’s sheet is locked, kept, and their scores no longer count', () => {
    const gone = s.members[2];
    const master = s.rt.as(OWNER).open(s.masterId);
    const rows = readTab(s.rt, 'Члени комісії');
    const row = rows.findIndex((r) => r[1] === gone.email) + 1;
    master.type('Члени комісії', `D${row}`, 'вибув');
    s.menu('Створити таблиці членів комісії');
    const file = s.rt.as(gone.email).open(s.fileOf(gone.email));
    expect(file.canEdit(SCORING, 'I3')).toBe(false);
    expect(s.rt.world.drive.get(s.fileOf(gone.email))!.trashed).toBe(false);
    s.menu('Обчислити рейтинг');
    const rating = readTab(s.rt, 'Рейтинг');
    const header = rating[1];
    const counts = rating.slice(2).map((r) => r[header.indexOf('Дійсних оцінок')]);
    expect(counts.every((n) => n === 2)).toBe(true);
  });
});
