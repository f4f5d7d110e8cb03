// The winners' job longer than one execution, on the bundle: the menu's run makes what its time budget allows and
// opens a progress dialog that carries the job on step after step (the secretary's executions, none of them a
// trigger's); a dialog closed half-way leaves the rest to the dispatcher once its hold has passed; a step that finds
// the script lock held answers «busy» and touches nothing.
import { Season } from '../../local/season/season';
import { OWNER } from '../../local/season/season-core';
import { outputFiles, readTab } from '../../local/report';
import type { ExecutionRecord } from '../../local/world';

const CAPTION = 'Дипломи й листи переможцям';
const LEASE_MS = 10 * 60_000;
const APPROVED = 'Затверджений список';

/** A season through publication with 60 winners: more certificates than one execution's 4.5 minutes make. */
function published(seed: number): Season {
  const s = new Season({ cases: 60, members: 3, seed, assignment: 'all' });
  s.run();
  s.beforeAwards();
  return s;
}

const certificates = (s: Season) => outputFiles(s.rt, 'certificate');
const letters = (s: Season) => s.rt.mail.messages.filter((m) => m.attachments.length > 0);
const approvedIds = (s: Season) =>
  readTab(s.rt, APPROVED)
    .slice(8)
    .map((r) => String(r[0]));
/** The executions that made a certificate (exported a filled copy as PDF). */
const making = (s: Season, from = 0): ExecutionRecord[] =>
  s.rt.executions.slice(from).filter((e) => (e.calls['Document.getAs'] ?? 0) > 0);

/** Every approved case has one certificate and its contact person one letter; nothing twice. */
function everyOneOnce(s: Season): void {
  const ids = approvedIds(s);
  const made = certificates(s).map((c) => c.caseId);
  expect(new Set(made).size).toBe(made.length);
  expect([...made].sort()).toEqual([...ids].sort());
  const to = letters(s).map((m) => m.to[0]);
  expect(new Set(to).size).toBe(to.length);
  expect(to.length).toBe(ids.length);
}

describe('left open, the progress dialog finishes the job', () => {
  const season = published(5);
  let fromExecution = 0;
  let alertsBefore = 0;
  let dialog: { title: string; html: string };

  beforeAll(() => {
    fromExecution = season.rt.executions.length;
    alertsBefore = season.rt.ui.alerts.length;
    const dialogs = season.rt.ui.dialogs.length;
    season.stage(CAPTION, [{ button: 'YES' }]);
    dialog = season.rt.ui.dialogs[dialogs];
  }, 300_000);

  test('the menu’s run stops at its time budget and opens the dialog where it left off, with no report alert', () => {
    const runs = making(season, fromExecution);
    expect(runs[0].fn).toBe('menuWinners');
    expect(dialog.title).toBe(CAPTION);
    expect(dialog.html).toContain('data-step="winnersStep"');
    const start = JSON.parse(/var START = (\{.*?\});/.exec(dialog.html)![1]) as Record<string, unknown>;
    expect(start).toMatchObject({ busy: false, done: false, count: 60 });
    expect(start.made).toBe(runs[0].calls['Document.getAs']);
    expect(start.made).toBeLessThan(60);
    // Only the confirmation was an alert: the outcome is the dialog's
    expect(season.rt.ui.alerts.slice(alertsBefore).map((a) => a.buttons)).toEqual(['YES_NO']);
  });

  test('its steps make the rest, each an execution of the secretary’s under 5 minutes; no trigger makes one', () => {
    const runs = making(season, fromExecution);
    expect(runs.length).toBeGreaterThan(1);
    expect(runs.slice(1).every((e) => e.fn === 'winnersStep' && e.kind === 'menu')).toBe(true);
    expect(runs.every((e) => e.user === OWNER && e.simulatedSeconds < 300)).toBe(true);
    expect(runs.filter((e) => e.kind === 'trigger')).toEqual([]);
    expect(season.rt.executions.slice(fromExecution).filter((e) => e.outcome !== 'ok')).toEqual([]);
    everyOneOnce(season);
  });

  test('done, the job holds nothing back from the dispatcher', () => {
    expect(season.stagesState().winners).toEqual({ pending: false, certificatesDone: true });
  });
});

describe('closed half-way, the rest is the dispatcher’s once the dialog’s hold has passed', () => {
  const season = published(6);
  let fromExecution = 0;
  let afterMenu = 0;

  beforeAll(() => {
    fromExecution = season.rt.executions.length;
    season.menu(CAPTION, [{ button: 'YES' }]);
    afterMenu = season.rt.executions.length;
  }, 300_000);

  test('a step while another run holds the script lock answers busy and makes nothing', () => {
    const made = certificates(season).length;
    const sent = letters(season).length;
    season.rt.locks.holdByOther(60_000);
    const r = season.rt.call('winnersStep', [], { as: OWNER, kind: 'menu' });
    expect(r.error).toBeUndefined();
    expect(r.result).toMatchObject({ busy: true, done: false });
    expect(certificates(season)).toHaveLength(made);
    expect(letters(season)).toHaveLength(sent);
    season.rt.advanceBy(60_000);
  });

  test('the dispatcher’s runs within the hold leave the job alone; the runs after it finish it, each once', () => {
    const menuRun = making(season, fromExecution)[0];
    expect(menuRun.fn).toBe('menuWinners');
    const holdEnds = menuRun.startedAt + menuRun.simulatedSeconds * 1000 + LEASE_MS - 10_000;
    season.rt.advanceBy(holdEnds - season.rt.world.now());
    const within = season.rt.executions.slice(afterMenu).filter((e) => e.fn === 'dispatcherTick');
    expect(within.length).toBeGreaterThan(0);
    expect(within.filter((e) => (e.calls['Document.getAs'] ?? 0) > 0)).toEqual([]);
    expect(season.stagesState().winners.pending).toBe(true);

    for (let i = 0; i < 20 && season.stagesState().winners.pending; i++) season.rt.advanceBy(10 * 60_000);
    const rest = making(season, afterMenu);
    expect(rest.length).toBeGreaterThan(0);
    expect(rest.every((e) => e.fn === 'dispatcherTick' && e.startedAt >= holdEnds)).toBe(true);
    everyOneOnce(season);
  });
});
