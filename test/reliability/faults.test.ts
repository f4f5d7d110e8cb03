// Faults Apps Script really has — transient errors, executions cut off, quotas, a held lock, a disabled trigger,
// hand edits, Drive's lag — and people as they are — a member without a Google account, a colleague clicking the
// menu, members sorting, moving, undoing and working on a copy of their tab — never lose a score, never count one
// nobody entered, never send or create anything twice, never rewrite «Журнал». `npm run reliability` runs 1 000
// such schedules; this is its sample.
import fc from 'fast-check';
import { FaultOutcome, randomSchedule, runFaultySeason } from '../../local/season/faults';
import { prng } from '../../local/season/data';
import { FaultPlan, type Execution } from '../../local/world';

function expectNothingWrong(o: FaultOutcome): void {
  expect(o.lost).toEqual([]);
  expect(o.extra).toEqual([]);
  expect(o.duplicateCounted).toEqual([]);
  expect(o.attachedElsewhere).toEqual([]);
  expect(o.colleagueNotRefused).toEqual([]);
  expect(o.colleagueChanged).toEqual([]);
  expect(o.shutOutAfterAccount).toBe(0);
  expect(o.duplicateEmails).toEqual([]);
  expect(o.duplicateFiles).toEqual([]);
  expect(o.journalRewritten).toBe(false);
  expect(o.closed).toBe(true);
}

describe('a short season under a fault schedule (20 cases × 4 members), after recovery', () => {
  test('«Оцінки» holds exactly what each member last put beside each case; nothing twice; the journal only grows', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 31 - 1 }), (seed) =>
        expectNothingWrong(runFaultySeason(randomSchedule(prng(seed)))),
      ),
      { numRuns: 3, seed: 2024 },
    );
  });

  test('every kind of fault and behaviour is really exercised (the property above is not vacuous)', () => {
    const o = runFaultySeason({
      seed: 7,
      transientRate: 0.05,
      cuts: 6,
      pendingCutRate: 0.01,
      mailPerDay: 3,
      lockHolds: 2,
      disableTrigger: true,
      handEdits: true,
      triggerMinutesPerDay: 4,
      unshareMember: true,
      driveLag: 'heavy',
      accountAfterHours: 20,
      colleagueClicks: 3,
      sorts: 4,
      duplicateTabs: 2,
      moves: 4,
      undos: 3,
    });
    expect(o.skippedForQuota).toBeGreaterThan(0);
    // 5 % of the season's calls (a member's file is read in one request, so there are fewer calls to fail than once)
    expect(o.injected.transient).toBeGreaterThan(50);
    expect(o.injected.cut).toBeGreaterThan(0);
    // Some cut lost writes SpreadsheetApp still held, as at the real time limit (docs/cost-model.md §3.5)
    expect(o.cutLosingWrites).toBeGreaterThan(0);
    expect(o.failedExecutions).toBeGreaterThan(0);
    const a = o.activity;
    expect(a.accountCreated).toBe('before deadline');
    expect(a.colleagueRefused).toBe(3);
    expect(a.sortsDisplacing).toBeGreaterThan(0);
    expect(a.cuts + a.copies).toBeGreaterThan(0);
    expect(a.undos).toBeGreaterThan(0);
    expect(a.duplicateRows).toBeGreaterThan(0);
    expectNothingWrong(o);
  });
});

describe('where transient errors are injected', () => {
  const execution = { killed: false, id: 1, callCount: 0, kill: () => undefined } as unknown as Execution;

  test('a call with a server round trip fails at the given rate; a builder or a local service never does', () => {
    const plan = new FaultPlan({ seed: 1, transientRate: 1 });
    expect(() => plan.before(execution, 'Range.getValues', 'blockRead')).toThrow(/failed while accessing/);
    expect(() => plan.before(execution, 'SpreadsheetApp.newDataValidation', 'builder')).not.toThrow();
    expect(() => plan.before(execution, 'DataValidation.getHelpText', 'builder')).not.toThrow();
    expect(() => plan.before(execution, 'Session.getEffectiveUser', 'free')).not.toThrow();
    expect(() => plan.before(execution, 'Utilities.sleep')).not.toThrow();
  });
});
