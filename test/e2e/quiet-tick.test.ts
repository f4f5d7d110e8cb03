// The dispatcher's quiet runs: with nothing to do it looks (state and Drive's change list) and leaves, yet nothing
// that should happen is missed: a member's edit, a menu action, a reminder's hour, the deadline.
import { scoreRow, smallSeason, typeScores, OWNER } from '../integrity/helpers';
import type { Season } from '../../local/season/season';
import type { ExecutionRecord } from '../../local/world';

const MINUTE = 60_000;
const calls = (e: ExecutionRecord) =>
  Object.entries(e.calls).reduce((n, [k, v]) => (k === '(startup)' ? n : n + v), 0);

/** The dispatcher's executions while `body` runs. */
function ticksDuring(s: Season, body: () => void): ExecutionRecord[] {
  const before = s.rt.world.executions.length;
  body();
  return s.rt.world.executions.slice(before).filter((e) => e.fn === 'dispatcherTick');
}

const isQuiet = (e: ExecutionRecord) => calls(e) <= 3 && !e.calls['Lock.tryLock'];

describe('a dispatcher with nothing to do', () => {
  const s = smallSeason(6, 2, 31);
  const [first] = s.members;
  // Before the first reminder (deadline 07.10, reminders from 30.09 at 10:00): a quiet stretch on 26.09
  s.rt.advanceTo(Date.parse('2024-09-26T06:00:00Z'));

  test('takes at most 3 calls on most runs and no lock; a full run at least every hour', () => {
    const ticks = ticksDuring(s, () => s.rt.advanceBy(4 * 60 * MINUTE));
    const quiet = ticks.filter(isQuiet);
    expect(ticks.length).toBeGreaterThanOrEqual(23);
    expect(quiet.length).toBeGreaterThanOrEqual(ticks.length - 6);
    for (const e of quiet)
      expect(
        Object.keys(e.calls)
          .filter((k) => k !== '(startup)')
          .sort(),
      ).toEqual(['Drive.Files.list', 'Properties.getProperties', 'PropertiesService.getScriptProperties']);
    const full = ticks.filter((e) => !isQuiet(e)).map((e) => e.startedAt);
    for (let i = 1; i < full.length; i++) expect(full[i] - full[i - 1]).toBeLessThanOrEqual(70 * MINUTE);
  });

  test('a member’s score is collected within two runs after Drive reports the edit', () => {
    const [caseId] = s.assigned(first.email);
    typeScores(s, first.email, caseId, ['7', '8', '9', '6']);
    // Drive's change list shows an edit minutes late (the runtime's lag); the quiet run notices it then
    s.rt.advanceBy(40 * MINUTE);
    expect(scoreRow(s, first.email, caseId)?.slice(2, 6)).toEqual([7, 8, 9, 6]);
  });

  test('a menu action ends the quiet: the next run is a full one', () => {
    s.rt.advanceBy(30 * MINUTE); // quiet again
    s.rt.menu('Зібрати оцінки зараз', []);
    const [next] = ticksDuring(s, () => s.rt.advanceBy(10 * MINUTE));
    expect(isQuiet(next)).toBe(false);
  });

  test('the reminder goes out at its hour, not up to an hour late', () => {
    // 30.09 10:00 Kyiv = 07:00 UTC
    const at = Date.parse('2024-09-30T07:00:00Z');
    s.rt.advanceTo(at - 5 * MINUTE);
    const sentBefore = s.rt.mail.messages.length;
    s.rt.advanceTo(at + 11 * MINUTE);
    const reminders = s.rt.mail.messages.slice(sentBefore).filter((m) => !m.to.includes(OWNER));
    expect(reminders.length).toBe(s.members.length);
  });
});
