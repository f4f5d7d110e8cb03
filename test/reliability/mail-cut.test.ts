// A run cut off by the time limit right after an email went out: the writes SpreadsheetApp still held are lost
// (docs/cost-model.md §3.5), so the ledger's «sending» mark must already be on the sheet when the email leaves.
// The next run then reports that letter as unconfirmed instead of sending it again; every other letter goes once.
import { Season } from '../../local/season/season';
import { kyiv } from '../../local/season/time';
import { FaultPlan } from '../../local/world';

const INVITE = 'Надіслати запрошення';
const WINNERS = 'Дипломи й листи переможцям';

/** The emails of the season by recipient (invitations and winners' letters carry what tells them apart). */
const count = (season: Season, pick: (m: { subject: string; attachments: unknown[] }) => boolean) => {
  const by = new Map<string, number>();
  for (const m of season.rt.mail.messages.filter(pick)) by.set(m.to[0], (by.get(m.to[0]) ?? 0) + 1);
  return by;
};

/** Runs `caption` with the execution cut at the call after its first email, then `caption` again unhindered. */
function cutThenAgain(season: Season, caption: string, answers: { button: 'YES' }[] = []) {
  const sentBefore = season.rt.mail.messages.length;
  season.rt.world.faults = new FaultPlan({ seed: 1, cutAfter: { method: 'MailApp.sendEmail' } });
  const cut = season.rt.menu(caption, answers);
  season.rt.world.faults = null;
  expect(cut.record.outcome).toBe('timeout');
  expect(season.rt.mail.messages.length).toBe(sentBefore + 1);
  const first = season.rt.mail.messages[sentBefore].to[0];
  season.rt.menu(caption, answers);
  return { first };
}

test('invitations: the member whose invitation went out as the run was cut gets no second one', () => {
  const season = new Season({ cases: 12, members: 4, seed: 3, assignment: 'all', driveLag: 0 });
  season.prepare();
  season.rt.advanceTo(kyiv(2024, 9, 24, 9, 0));
  season.menu('Створити таблиці членів комісії');
  for (let i = 0; i < 20 && season.pendingSheets(); i++) season.rt.advanceBy(10 * 60_000);
  const { first } = cutThenAgain(season, INVITE, [{ button: 'YES' }]);
  const invitations = count(season, (m) => /запрошення|оцінюванн/i.test(m.subject));
  expect([...invitations.keys()].sort()).toEqual(season.members.map((m) => m.email).sort());
  expect([...invitations.values()].every((n) => n === 1)).toBe(true);
  // The secretary is told which one to check in «Надіслані»
  const journal = season.tab('Журнал').map((r) => r.join(' '));
  expect(journal.some((r) => r.includes(first))).toBe(true);
});

test('winners’ letters: the case whose letter went out as the run was cut gets no second one', () => {
  const season = new Season({ cases: 12, members: 3, seed: 4, assignment: 'all' });
  season.run();
  season.beforeAwards();
  const before = season.rt.mail.messages.length;
  cutThenAgain(season, WINNERS, [{ button: 'YES' }]);
  const letters = count(season, (m) => m.attachments.length > 0);
  expect(season.rt.mail.messages.slice(before).every((m) => m.attachments.length > 0)).toBe(true);
  expect([...letters.values()].every((n) => n === 1)).toBe(true);
  expect(letters.size).toBe(12);
});
