// A member's file trashed or unshared: the secretary is told which one, and nothing collected is lost.
import { DEADLINE, OWNER, Season } from '../../local/season/season';
import { kyiv } from '../../local/season/time';
import { readTab } from '../../local/report';
import { FaultPlan } from '../../local/world';

describe('a member file that disappears mid-season', () => {
  const season = new Season({ cases: 12, members: 3, seed: 5, assignment: 'all' });
  let before: unknown[][];
  let fileId: string;

  beforeAll(() => {
    season.prepare();
    season.distribute();
    const [m] = season.members;
    season.rt.advanceTo(kyiv(2024, 9, 25, 10, 0));
    season.enter(m, season.assigned(m.email));
    season.rt.advanceTo(kyiv(2024, 9, 25, 11, 0));
    before = readTab(season.rt, 'Оцінки');
    fileId = season.fileOf(m.email);
  });

  test('trashed: a collection run changes none of the scores already collected from it', () => {
    const item = season.rt.world.drive.get(fileId)!;
    item.trashed = true;
    season.rt.world.touch(fileId);
    season.menu('Зібрати оцінки зараз');
    expect(readTab(season.rt, 'Оцінки')).toEqual(before);
    item.trashed = false;
  });

  test('at the close, a file the script cannot open is named in «Журнал», and its collected scores stay', () => {
    const item = season.rt.world.drive.get(fileId)!;
    item.trashed = true;
    season.rt.advanceTo(kyiv(2024, 10, 8, 9, 0));
    const journal = readTab(season.rt, 'Журнал');
    expect(
      journal.some(
        (r) => r[1] === 'Проблема під час збору' && String(r[3]).includes(season.members[0].email),
      ),
    ).toBe(true);
    // The scores collected before the file went away are all still there.
    const rows = readTab(season.rt, 'Оцінки').filter((r) => r[1] === season.members[0].email);
    expect(rows.filter((r) => r[9] === 'дійсна')).toHaveLength(12);
    item.trashed = false;
  });
});

describe('a problem the automatic run cannot fix by itself', () => {
  test('is emailed to the secretary once, shown in the panel, and the runs recover once it is fixed', () => {
    const s = new Season({ cases: 6, members: 2, seed: 8, assignment: 'all' });
    s.prepare();
    s.distribute();
    const mailBefore = s.rt.mail.messages.length;
    s.setSetting('Шкала: максимум', 'десять');
    s.rt.advanceTo(kyiv(2024, 9, 24, 12, 0));
    const alerts = s.rt.mail.messages.slice(mailBefore).filter((m) => m.subject.includes('потребує уваги'));
    expect(alerts).toHaveLength(1);
    expect(alerts[0].to[0]).toBe(OWNER);
    expect(alerts[0].text).toMatch(/десять/);
    // The panel cannot read the progress while the settings are broken: it shows the settings problem itself.
    const panel = s.rt.call('panelData', [], { as: OWNER, kind: 'script' });
    expect(String((panel.error as Error).message)).toMatch(/десять/);
    s.setSetting('Шкала: максимум', '10');
    s.rt.advanceBy(20 * 60_000);
    const last = s.rt.executions.filter((e) => e.fn === 'dispatcherTick').slice(-1)[0];
    expect(last.outcome).toBe('ok');
    expect(
      (
        s.rt.call('panelData', [], { as: OWNER, kind: 'script' }).result as {
          dispatcher: { lastError: string | null };
        }
      ).dispatcher.lastError,
    ).toBeNull();
    expect(
      s.rt.mail.messages.slice(mailBefore).filter((m) => m.subject.includes('потребує уваги')),
    ).toHaveLength(1);
  });
});

describe('a member file trashed mid-season', () => {
  test('is reported within a day — in «Журнал» and by one email to the secretary — and its scores are kept', () => {
    const s = new Season({ cases: 6, members: 2, seed: 9, assignment: 'all' });
    s.prepare();
    s.distribute();
    const [m] = s.members;
    s.rt.advanceTo(kyiv(2024, 9, 25, 10, 0));
    s.enter(m, s.assigned(m.email));
    s.rt.advanceTo(kyiv(2024, 9, 25, 11, 0));
    const kept = readTab(s.rt, 'Оцінки').filter((r) => r[1] === m.email);
    const mailBefore = s.rt.mail.messages.length;
    s.rt.world.drive.get(s.fileOf(m.email))!.trashed = true;
    s.rt.advanceTo(kyiv(2024, 9, 27, 12, 0));
    const journal = readTab(s.rt, 'Журнал').filter((r) => r[1] === 'Таблиця члена комісії зникла з папки');
    expect(journal.length).toBeGreaterThanOrEqual(1);
    expect(String(journal[0][3])).toContain(m.email);
    const alerts = s.rt.mail.messages
      .slice(mailBefore)
      .filter((x) => x.to[0] === OWNER && x.text.includes(m.email));
    expect(alerts).toHaveLength(1);
    expect(readTab(s.rt, 'Оцінки').filter((r) => r[1] === m.email)).toEqual(kept);
  });
});

describe('the lock at the deadline meets a server error', () => {
  test('the file is read again by the next run, and a score typed a minute before the deadline counts', () => {
    const s = new Season({ cases: 6, members: 2, seed: 12, assignment: 'all' });
    s.prepare();
    s.distribute();
    const [m] = s.members;
    s.rt.advanceTo(kyiv(2024, 9, 25, 10, 0));
    s.enter(m, s.assigned(m.email).slice(0, 2));
    s.rt.advanceTo(DEADLINE - 60_000);
    const late = s.assigned(m.email)[5];
    s.enter(m, [late]);
    // Reading the members' files (one Sheets API request each) fails at every try (retries included) for the first
    // half hour of the lock.
    s.rt.world.faults = new FaultPlan({
      seed: 1,
      transientRate: 1,
      transientMethods: /^Sheets\.Spreadsheets\.get$/,
    });
    s.rt.advanceTo(DEADLINE + 30 * 60_000);
    expect(readTab(s.rt, 'Журнал').some((r) => r[1] === 'Оцінювання завершено')).toBe(false);
    s.rt.world.faults = null;
    s.rt.advanceTo(DEADLINE + 2 * 3600_000);
    const journal = readTab(s.rt, 'Журнал');
    expect(journal.some((r) => r[1] === 'Оцінювання завершено')).toBe(true);
    const row = readTab(s.rt, 'Оцінки').find((r) => r[1] === m.email && r[0] === late)!;
    expect(row[9]).toBe('дійсна');
    expect(row.slice(2, 6).map(String)).toEqual(s.entries.get(`${m.email}|${late}`)!.values);
  });
});
