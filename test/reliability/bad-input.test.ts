// Bad input from the secretary, the import files and the members: a clear Ukrainian message naming the place,
// and nothing already in the master changes.
import { Season, OWNER, SCORING } from '../../local/season/season';
import { BAD_INPUTS, runBadInput } from '../../local/season/bad-input';
import { casesCsv, syntheticCases } from '../../local/season/data';
import { kyiv } from '../../local/season/time';
import { readTab } from '../../local/report';

function prepared(): Season {
  const s = new Season({ cases: 10, members: 3, seed: 3, assignment: 'all' });
  s.prepare();
  return s;
}

const importCsv = (s: Season, text: string, name = 'кейси.csv') =>
  s.rt.call('importCasesCsv', [text, name], { as: OWNER, kind: 'menu' });

/**
 * The sample `npm test` keeps: every third entry of the corpus, every entry the product must accept, and the
 * deadline dialog's past deadline; the slow ones (50 000 rows, 20 million characters, a distributed season) run in
 * `npm run reliability` with the rest.
 */
const SAMPLE = BAD_INPUTS.filter(
  (b, i) =>
    (i % 3 === 0 || b.expect !== 'refused' || /already past/.test(b.name)) &&
    !/50 000 rows|20 million|after the members/.test(b.name),
);

describe('bad input from the corpus (a sample)', () => {
  test('the corpus has at least 50 entries, both refused and accepted ones', () => {
    expect(BAD_INPUTS.length).toBeGreaterThanOrEqual(50);
    expect(new Set(BAD_INPUTS.map((b) => b.expect))).toEqual(new Set(['refused', 'warned', 'kept']));
  });

  test.each(SAMPLE.map((b) => [b.name, b] as const))('%s', (_name, b) => {
    const o = runBadInput(b);
    if (b.expect === 'refused') {
      expect(o.refused).toBe(true);
      expect(o.unchanged).toBe(true);
      expect(o.noFiles).toBe(true);
    } else expect(o.asExpected).toBe(true);
    if (b.expect !== 'kept') for (const re of b.names) expect(o.message).toMatch(re);
  });
});

describe('large and special inputs', () => {
  test('50 000 rows import in one execution, within the time limit', () => {
    const s = new Season({ cases: 10, members: 3, seed: 3, assignment: 'all' });
    s.rt.openMaster(OWNER);
    s.menu('Налаштувати таблицю');
    const r = importCsv(s, casesCsv(syntheticCases(50_000, 9)));
    expect(r.error).toBeUndefined();
    expect(r.record.simulatedSeconds).toBeLessThan(360);
    expect(readTab(s.rt, 'Кейси')).toHaveLength(50_001);
  });
});

describe('members typing into their sheets', () => {
  test('a formula in a score cell is reported, not evaluated into a score; IDs cannot be edited', () => {
    const s = prepared();
    s.distribute();
    const m = s.members[0];
    const sheet = s.open(m.email);
    sheet.type(SCORING, 'I3', '=9+1');
    sheet.paste(SCORING, 'J3', [['8', '7', '6']]);
    expect(() => sheet.type(SCORING, 'A3', '2024-999')).toThrow(/protected/);
    s.rt.advanceTo(kyiv(2024, 9, 24, 12, 0));
    const row = readTab(s.rt, 'Оцінки').find((r) => r[1] === m.email && r[0] === '2024-001')!;
    expect(row[9]).toBe('недійсна');
    expect(String(row[11])).toMatch(/формул/i);
  });
});
