// «Створити таблиці членів комісії»: what each member's file costs in service calls, and a commission too large for
// one run, finished by the dispatcher without a file twice.
import { Season } from '../../local/season/season';
import { readTab } from '../../local/report';
import { FaultPlan, MIME } from '../../local/world';

/** The files recorded as built and shared (their short keys: the id's last 12 characters). */
const readyKeys = (season: Season): string[] =>
  Object.keys(JSON.parse(season.rt.properties.script.get('top100.files') ?? '{}'));
const isReady = (season: Season, id: string): boolean => readyKeys(season).includes(id.slice(-12));

function createSheetsRun(members: number) {
  const season = new Season({ cases: 20, members, seed: 3, assignment: 'all' });
  season.prepare();
  season.distribute();
  return { season, run: season.rt.executions.find((e) => e.fn === 'menuCreateSheets')! };
}

describe('the calls a member file costs', () => {
  // Three calls of Drive and the Sheets API nothing can spare: Drive's create (tagged, in the folder: a cut-off run
  // finds it), the one Sheets API batchUpdate that fills it, the share; the ready mark after both is one property
  // write. Member files are reached only through Drive and the Sheets API here (no openById), so those services'
  // calls are all the files cost; the folder adds its own create and the one list of files already made.
  test('each file is created, filled, shared and marked ready: three file calls and one property write each', () => {
    const members = 7;
    const { season, run } = createSheetsRun(members);
    const fileCalls = Object.fromEntries(
      Object.entries(run.calls).filter(([k]) => /^(Drive|Sheets)\.|^SpreadsheetApp\.open/.test(k)),
    );
    expect(fileCalls).toEqual({
      'Drive.Files.create': 1 + members,
      'Drive.Files.list': 1,
      'Sheets.Spreadsheets.batchUpdate': members,
      'Drive.Permissions.create': members,
    });
    expect(run.calls['Properties.setProperty']).toBeGreaterThanOrEqual(members);
    expect(new Set(readyKeys(season)).size).toBe(members);
  });
});

describe('more members than one run has time for', () => {
  // About 4.7 estimated seconds a file: 64 files pass the 270-second budget of one run.
  const season = new Season({ cases: 6, members: 64, seed: 5, assignment: 'all' });

  beforeAll(() => {
    season.prepare();
    season.distribute();
  }, 120_000);

  test('the menu run stops in time and the dispatcher finishes the rest', () => {
    const creators = season.rt.executions.filter((e) => (e.calls['Drive.Files.create'] ?? 0) > 0);
    expect(creators.length).toBeGreaterThan(1);
    expect(creators[0].fn).toBe('menuCreateSheets');
    expect(creators.slice(1).every((e) => e.fn === 'dispatcherTick')).toBe(true);
    expect(season.rt.executions.filter((e) => e.outcome !== 'ok')).toEqual([]);
    expect(Math.max(...creators.map((e) => e.simulatedSeconds))).toBeLessThanOrEqual(300);
  });

  test('one file per member, each filled, shared with its member only and linked in «Члени комісії»', () => {
    const files = [...season.rt.world.drive.values()].filter(
      (d) => d.mimeType === MIME.spreadsheet && d.id !== season.masterId,
    );
    expect(files.map((f) => f.appProperties.top100Member).sort()).toEqual(
      season.members.map((m) => m.email).sort(),
    );
    for (const f of files) {
      expect(isReady(season, f.id)).toBe(true);
      const member = f.appProperties.top100Member;
      expect(f.permissions.filter((p) => p.role !== 'owner').map((p) => p.emailAddress)).toEqual([member]);
      expect(season.rt.store.get(f.id)!.sheets.map((s) => s.name)).toEqual(['Оцінювання', 'Інструкція']);
    }
    const links = readTab(season.rt, 'Члени комісії')
      .slice(1)
      .map((r) => String(r[4]));
    expect(links.every((l) => /^https:\/\/docs\.google\.com\/spreadsheets\/d\//.test(l))).toBe(true);
  });
});

describe('a file filled but not shared (Drive refused the share)', () => {
  test('the next run rebuilds it in place and shares it; no second file', () => {
    const season = new Season({ cases: 8, members: 2, seed: 9, assignment: 'all' });
    season.prepare();
    season.rt.world.faults = new FaultPlan({
      seed: 1,
      transientRate: 1,
      transientMethods: /^Drive\.Permissions\.create$/,
    });
    season.menu('Створити таблиці членів комісії');
    season.rt.world.faults = null;
    const files = () =>
      [...season.rt.world.drive.values()].filter(
        (d) => d.mimeType === MIME.spreadsheet && d.id !== season.masterId,
      );
    expect(files().map((f) => isReady(season, f.id))).toEqual([false, false]);
    const filled = files().map((f) => season.rt.store.get(f.id)!.sheets.map((s) => [s.id, s.name]));
    expect(filled).toEqual([
      [
        [1, 'Оцінювання'],
        [2, 'Інструкція'],
      ],
      [
        [1, 'Оцінювання'],
        [2, 'Інструкція'],
      ],
    ]);

    season.menu('Створити таблиці членів комісії');
    expect(files()).toHaveLength(2);
    for (const f of files()) {
      expect(isReady(season, f.id)).toBe(true);
      expect(f.permissions.map((p) => p.emailAddress)).toContain(f.appProperties.top100Member);
      const model = season.rt.store.get(f.id)!;
      expect(model.sheets.map((s) => [s.id, s.name])).toEqual([
        [3, 'Оцінювання'],
        [4, 'Інструкція'],
      ]);
      expect(model.protections.map((p) => p.sheetId)).toEqual([3, 4]);
      expect(String(model.sheetById(3)!.get(3, 1)?.v)).toMatch(/^2024-\d{3}$/);
    }
    const links = readTab(season.rt, 'Члени комісії')
      .slice(1)
      .map((r) => String(r[4]));
    expect(links.every((l) => l.endsWith('#gid=3'))).toBe(true);
  });
});
