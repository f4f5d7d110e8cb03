// The same cycle at 5 000 cases × 50 members (each case by 5): every member's file in one run, nothing twice.
import { Season } from '../../local/season/season';
import { readTab } from '../../local/report';
import { MIME } from '../../local/world';

const season = new Season({ cases: 5000, members: 50, seed: 7, assignment: 5 });

beforeAll(() => {
  season.run();
}, 300_000);

describe('a season at 5 000 cases × 50 members, k = 5', () => {
  test('no execution passes 6 simulated minutes and none fails', () => {
    expect(season.rt.executions.filter((e) => e.outcome !== 'ok')).toEqual([]);
    expect(Math.max(...season.rt.executions.map((e) => e.simulatedSeconds))).toBeLessThanOrEqual(360);
  });

  // One Sheets API batchUpdate a file (issue 14): all 50 files fit the menu run's budget; a commission too large for
  // one run is continued by the dispatcher (test/e2e/member-files.test.ts).
  test("the members' sheets are all created by the one menu run", () => {
    const creators = season.rt.executions.filter(
      (e) => (e.calls['Drive.Files.create'] ?? 0) > 0 && e.fn !== 'importCasesCsv',
    );
    expect(creators.map((e) => e.fn)).toEqual(['menuCreateSheets']);
    expect(creators[0].calls['Sheets.Spreadsheets.batchUpdate']).toBe(50);
    expect(creators[0].simulatedSeconds).toBeLessThanOrEqual(360);
  });

  test('exactly one spreadsheet per member and no other', () => {
    const files = [...season.rt.world.drive.values()].filter(
      (d) => d.mimeType === MIME.spreadsheet && !d.trashed && d.id !== season.masterId,
    );
    const owners = files.map((f) => f.appProperties.top100Member).sort();
    expect(owners).toEqual(season.members.map((m) => m.email).sort());
  });

  test('exactly one invitation per member, and at most one reminder per member per wave', () => {
    const invites = season.rt.mail.messages
      .filter((m) => m.subject.includes('запрошення'))
      .map((m) => m.to[0]);
    expect(invites.sort()).toEqual(season.members.map((m) => m.email).sort());
    const reminders = season.rt.mail.messages.filter((m) => m.subject.startsWith('Нагадування'));
    const keys = reminders.map((m) => `${new Date(m.time).toISOString().slice(0, 10)}|${m.to[0]}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('every case has exactly 5 rows in «Оцінки», and no row appears twice', () => {
    const rows = readTab(season.rt, 'Оцінки').slice(1);
    expect(rows).toHaveLength(25_000);
    expect(new Set(rows.map((r) => `${r[0]}|${r[1]}`)).size).toBe(25_000);
    const perCase = new Map<string, number>();
    for (const r of rows) perCase.set(String(r[0]), (perCase.get(String(r[0])) ?? 0) + 1);
    expect([...perCase.values()].every((n) => n === 5)).toBe(true);
  });

  test('every valid score entered before the deadline was collected', () => {
    const rows = readTab(season.rt, 'Оцінки').slice(1);
    const byKey = new Map(rows.map((r) => [`${r[1]}|${r[0]}`, r]));
    let n = 0;
    for (const e of season.entries.values()) {
      if (e.conflict || !e.values.every((v) => /^(10|[0-9])$/.test(v))) continue;
      expect(byKey.get(`${e.member}|${e.caseId}`)!.slice(2, 6)).toEqual(e.values.map(Number));
      n++;
    }
    expect(n).toBeGreaterThan(15_000);
  });
});
