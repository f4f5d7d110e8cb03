// A member's sort put back by the script in two writes — the cells, then their rules — and the second one fails:
// the next reading must not undo the sort a second time (that would give every score another case's).
import { SCORING, Season } from '../../local/season/season';
import { kyiv } from '../../local/season/time';
import { readTab } from '../../local/report';
import { FaultPlan } from '../../local/world';

describe('putting a sorted sheet back when writing the rules fails', () => {
  const s = new Season({ cases: 6, members: 1, seed: 5, assignment: 'all', driveLag: 0 });
  const scores = [1, 9, 5, 3, 7, 2];
  const collected = () =>
    readTab(s.rt, 'Оцінки')
      .slice(1)
      .map((r) => `${String(r[0])}:${r.slice(2, 6).join('')}`);
  const expected = scores.map((v, i) => `2024-00${i + 1}:${String(v).repeat(4)}`);

  beforeAll(() => {
    s.prepare();
    s.distribute();
    const [m] = s.members;
    s.rt.advanceTo(kyiv(2024, 9, 25, 10, 0));
    const sheet = s.open(m.email);
    scores.forEach((v, i) => sheet.paste(SCORING, `I${3 + i}`, [Array(4).fill(String(v))]));
    s.rt.advanceTo(kyiv(2024, 9, 25, 10, 25));
    s.open(m.email).sort(SCORING, 'I3:N8', 1, true);
    // The next tick puts the cells back; writing their rules fails at every retry.
    s.rt.world.faults = new FaultPlan({ seed: 1, transientRate: 1, transientMethods: /setDataValidations/ });
    s.rt.advanceTo(kyiv(2024, 9, 25, 10, 35));
    s.rt.world.faults = null;
    s.rt.advanceTo(kyiv(2024, 9, 25, 11, 30));
  });

  test('every score stays with its case in «Оцінки»', () => {
    expect(collected()).toEqual(expected);
  });

  test('the member sees each score beside its case again, and every cell names its own case', () => {
    const sheet = s.open(s.members[0].email);
    expect(sheet.read(SCORING, 'I3:I8').map((r) => r[0])).toEqual(scores);
    const ids = sheet.read(SCORING, 'A3:A8').map((r) => String(r[0]));
    sheet
      .validations(SCORING, 'I3:M8')
      .forEach((row, i) => row.forEach((rule) => expect(rule?.helpText).toContain(`Кейс ${ids[i]} ·`)));
    expect(sheet.read(SCORING, 'O3:O8').flat()).not.toContain('Скрипт повертає бали до їхніх кейсів…');
  });
});
