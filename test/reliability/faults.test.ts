// Faults Apps Script really has — transient errors, executions cut off, quotas, a held lock, a disabled
// trigger, hand edits — never lose a score, never send or create anything twice, never rewrite «Журнал».
import fc from 'fast-check';
import { runFaultySeason, FaultSchedule } from '../../local/season/faults';

const schedule: fc.Arbitrary<FaultSchedule> = fc.record({
  seed: fc.integer({ min: 1, max: 1_000_000 }),
  transientRate: fc.double({ min: 0, max: 0.08, noNaN: true }),
  cuts: fc.integer({ min: 0, max: 8 }),
  mailPerDay: fc.integer({ min: 2, max: 40 }),
  lockHolds: fc.integer({ min: 0, max: 3 }),
  disableTrigger: fc.boolean(),
  handEdits: fc.boolean(),
  triggerMinutesPerDay: fc.option(fc.integer({ min: 2, max: 10 }), { nil: undefined }),
  unshareMember: fc.boolean(),
});

describe('a short season under a fault schedule (20 cases × 4 members), after recovery', () => {
  test('«Оцінки» holds exactly the valid scores entered before the deadline; nothing twice; the journal only grows', () => {
    fc.assert(
      fc.property(schedule, (s) => {
        const o = runFaultySeason(s);
        expect(o.lost).toEqual([]);
        expect(o.extra).toEqual([]);
        expect(o.duplicateEmails).toEqual([]);
        expect(o.duplicateFiles).toEqual([]);
        expect(o.journalRewritten).toBe(false);
        expect(o.closed).toBe(true);
      }),
      { numRuns: 10, seed: 2024 },
    );
  });

  test('the faults are really injected (the property above is not vacuous)', () => {
    const o = runFaultySeason({
      seed: 7,
      transientRate: 0.05,
      cuts: 6,
      mailPerDay: 3,
      lockHolds: 2,
      disableTrigger: true,
      handEdits: true,
      triggerMinutesPerDay: 4,
      unshareMember: true,
    });
    expect(o.skippedForQuota).toBeGreaterThan(0);
    expect(o.injected.transient).toBeGreaterThan(100);
    expect(o.injected.cut).toBeGreaterThan(0);
    expect(o.failedExecutions).toBeGreaterThan(0);
    expect(o.lost).toEqual([]);
  });
});
