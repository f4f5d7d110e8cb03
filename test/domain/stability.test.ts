import fc from 'fast-check';
import { evaluate } from '../../src/domain/evaluation';
import { rank } from '../../src/domain/ranking';
import { aggregate } from '../../src/domain/aggregate';
import { seededRandom } from '../../src/domain/assignment';
import { defaultSettings } from '../../src/domain/settings';
import { STABILITY_BAND, stability, trimmedMean, type CaseStability } from '../../src/domain/stability';
import { asCaseId, asMemberEmail, type CaseId, type Evaluation, type Settings } from '../../src/domain/types';

const base = defaultSettings();
const id = (n: number): CaseId => asCaseId(`2024-${String(n).padStart(3, '0')}`);
const email = (n: number): string => `member${n}@kyiv.ua`;

/** A valid evaluation whose four criteria (0–10) add up to `total`, spread as evenly as the scale allows. */
function withTotal(caseId: CaseId, member: string, total: number, s: Settings = base): Evaluation {
  const q = Math.floor(total / 4);
  const cells = [0, 1, 2, 3].map((i) => q + (i < total - 4 * q ? 1 : 0));
  return evaluate({ caseId, member: asMemberEmail(member), cells, conflict: false, comment: '' }, s);
}

function withScores(caseId: CaseId, member: string, cells: number[]): Evaluation {
  return evaluate({ caseId, member: asMemberEmail(member), cells, conflict: false, comment: '' }, base);
}

/** A commission scoring cases of a known merit: each member has a severity and some noise (seeded). */
function commission(merits: number[], members: number, seed: number): Evaluation[] {
  const random = seededRandom(seed);
  const out: Evaluation[] = [];
  for (let m = 1; m <= members; m++) {
    const bias = (random() - 0.5) * 4;
    merits.forEach((merit, i) => {
      const noise = (random() + random() + random() - 1.5) * 6;
      out.push(withTotal(id(i + 1), email(m), Math.max(0, Math.min(40, Math.round(merit + bias + noise)))));
    });
  }
  return out;
}

const byCase = (cases: CaseStability[]) => new Map(cases.map((c) => [c.caseId as string, c]));

describe('how firmly a case is in the top N', () => {
  // 40 cases from merit 38 down to 2 in steps of ~0.92; top 10 chosen by 7 members.
  const merits = Array.from({ length: 40 }, (_, i) => 38 - i * 0.92);
  const settings: Settings = { ...base, winners: 10, quorum: 5 };
  const evaluations = commission(merits, 7, 3);
  const ids = merits.map((_, i) => id(i + 1));

  test('a case far above the cut-off is in the list in 100 % of resamples, one far below in 0 %', () => {
    const result = byCase(stability(evaluations, ids, settings).cases);
    const top = result.get(id(1))!;
    const bottom = result.get(id(40))!;
    expect(top.frequency).toBe(1);
    expect(top.verdict).toBe('stableIn');
    expect(top.rules).toEqual({ mean: 'in', zScore: 'in', median: 'in', trimmedMean: 'in' });
    expect(bottom.frequency).toBe(0);
    expect(bottom.verdict).toBe('stableOut');
  });

  test('«now» is the rating’s own decision, and «by mean» is the same rule', () => {
    const rating = rank(aggregate(evaluations, ids, settings), settings);
    const result = stability(evaluations, ids, settings);
    expect(result.cases.filter((c) => c.now === 'in').map((c) => c.caseId)).toEqual(
      ids.filter((x) => rating.selected.includes(x)),
    );
    for (const c of result.cases) expect(c.rules.mean).toBe(c.now);
  });

  test('the same seed gives the same frequencies; the default seed is the year', () => {
    const a = stability(evaluations, ids, settings, { seed: 7, resamples: 300 });
    const b = stability(evaluations, ids, settings, { seed: 7, resamples: 300 });
    expect(b.cases).toEqual(a.cases);
    expect(stability(evaluations, ids, settings, { resamples: 300 }).seed).toBe(settings.year);
    // Another seed draws other panels: some borderline frequency moves.
    const c = stability(evaluations, ids, settings, { seed: 8, resamples: 300 });
    expect(c.cases.map((x) => x.frequency)).not.toEqual(a.cases.map((x) => x.frequency));
  });

  test('the borderline cases are those the resamples or the rules do not confirm, and they are listed first by frequency', () => {
    const result = stability(evaluations, ids, settings);
    const borderline = result.cases.filter((c) => c.verdict === 'borderline');
    expect(borderline.length).toBeGreaterThan(0);
    for (const c of result.cases) {
      const f = c.frequency!;
      const inBand = f > STABILITY_BAND.low && f < STABILITY_BAND.high;
      if (inBand) expect(c.verdict).toBe('borderline');
      if (c.verdict === 'stableIn')
        expect(c.now === 'in' && f >= STABILITY_BAND.high && c.disagreeing.length === 0).toBe(true);
      if (c.verdict === 'stableOut')
        expect(c.now === 'out' && f <= STABILITY_BAND.low && c.disagreeing.length === 0).toBe(true);
      if (c.verdict === 'borderline') expect(c.reasons.length).toBeGreaterThan(0);
    }
    const freq = result.borderline.map((x) => byCase(result.cases).get(x)!.frequency!);
    expect(freq).toEqual([...freq].sort((a, b) => b - a));
    expect(new Set(result.borderline)).toEqual(new Set(borderline.map((c) => c.caseId)));
  });

  test('the result does not depend on the order of the rows or of the case IDs', () => {
    const once = stability(evaluations, ids, settings, { resamples: 200 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (seed) => {
        const random = seededRandom(seed);
        const shuffled = [...evaluations].sort(() => random() - 0.5);
        const shuffledIds = [...ids].sort(() => random() - 0.5);
        const again = stability(shuffled, shuffledIds, settings, { resamples: 200 });
        expect(byCase(again.cases)).toEqual(byCase(once.cases));
        expect(again.borderline).toEqual(once.borderline);
      }),
      { numRuns: 15 },
    );
  });

  test('a case below the quorum is not ranked: no frequency, its own verdict', () => {
    const few = [
      ...evaluations.filter((e) => e.caseId !== id(2)),
      ...evaluations.filter((e) => e.caseId === id(2)).slice(0, 4),
    ];
    const c = byCase(stability(few, ids, settings, { resamples: 100 }).cases).get(id(2))!;
    expect(c.belowQuorum).toBe(true);
    expect(c.frequency).toBeNull();
    expect(c.verdict).toBe('belowQuorum');
  });

  test('blank and recused evaluations are missing, not zero: they change nothing', () => {
    const extra = [
      evaluate(
        {
          caseId: id(1),
          member: asMemberEmail('late@kyiv.ua'),
          cells: ['', '', '', ''],
          conflict: false,
          comment: '',
        },
        base,
      ),
      evaluate(
        {
          caseId: id(2),
          member: asMemberEmail('late@kyiv.ua'),
          cells: [0, 0, 0, 0],
          conflict: true,
          comment: '',
        },
        base,
      ),
    ];
    const a = stability(evaluations, ids, settings, { resamples: 200 });
    const b = stability([...evaluations, ...extra], ids, settings, { resamples: 200 });
    expect(b.cases).toEqual(a.cases);
    expect(b.members).toBe(7);
  });
});

describe('the other aggregation rules on a hand-built example (top 1 of 3, five members)', () => {
  // Totals by member 1–5:
  //   A 36 36 36  4  4 — mean 23.2, median 36, trimmed (drop one each end) 25.33
  //   B 26 26 26 26 26 — mean 26,   median 26, trimmed 26
  //   D 30 30 30 30  0 — mean 24,   median 30, trimmed 30
  // z-scores (each member's own mean and population sd): members 1–3 give A +1.30, B −1.14, D −0.16;
  // member 4: A −1.40, B +0.53, D +0.88; member 5: A −0.53, B +1.40, D −0.88 → case means A +0.39, B −0.30, D −0.10.
  const A = id(1);
  const B = id(2);
  const D = id(3);
  const totals: [CaseId, number[]][] = [
    [A, [36, 36, 36, 4, 4]],
    [B, [26, 26, 26, 26, 26]],
    [D, [30, 30, 30, 30, 0]],
  ];
  const evaluations = totals.flatMap(([caseId, list]) =>
    list.map((t, m) => withTotal(caseId, email(m + 1), t)),
  );
  const settings: Settings = { ...base, winners: 1, quorum: 3 };
  const result = byCase(stability(evaluations, [A, B, D], settings, { resamples: 200 }).cases);

  test('the trimmed mean drops ⌊20 %⌋ of the totals at each end: one of five, none of four', () => {
    expect(trimmedMean([4, 4, 36, 36, 36])).toBeCloseTo(76 / 3, 9);
    expect(trimmedMean([0, 30, 30, 30, 30])).toBe(30);
    expect(trimmedMean([1, 2, 3, 10])).toBe(4);
    expect(trimmedMean([])).toBeNull();
  });

  test('the mean picks B, the median and the z-scores A, the trimmed mean D — and all three go to the meeting', () => {
    expect(result.get(B)!.now).toBe('in');
    expect([A, B, D].map((x) => result.get(x)!.rules.mean)).toEqual(['out', 'in', 'out']);
    expect([A, B, D].map((x) => result.get(x)!.rules.median)).toEqual(['in', 'out', 'out']);
    expect([A, B, D].map((x) => result.get(x)!.rules.zScore)).toEqual(['in', 'out', 'out']);
    expect([A, B, D].map((x) => result.get(x)!.rules.trimmedMean)).toEqual(['out', 'out', 'in']);
    for (const x of [A, B, D]) {
      expect(result.get(x)!.verdict).toBe('borderline');
      expect(result.get(x)!.reasons).toContain('rules');
    }
    expect(result.get(A)!.disagreeing).toEqual(['zScore', 'median']);
    expect(result.get(D)!.disagreeing).toEqual(['trimmedMean']);
  });
});

describe('ties inside a resample', () => {
  test('a commission of one: every resample is the rating itself, and a tie across the cut-off shares its seats', () => {
    // Totals 30, 20, 20, 10 for 2 seats, no tie-break chain: 2 and 3 share one seat.
    const settings: Settings = { ...base, winners: 2, quorum: 1, tieBreak: [] };
    const evaluations = [30, 20, 20, 10].map((t, i) => withTotal(id(i + 1), email(1), t));
    const result = stability(evaluations, [1, 2, 3, 4].map(id), settings, { resamples: 50 });
    expect(result.cases.map((c) => c.frequency)).toEqual([1, 0.5, 0.5, 0]);
    expect(result.cases.map((c) => c.now)).toEqual(['in', 'tie', 'tie', 'out']);
    expect(result.cases.map((c) => c.verdict)).toEqual(['stableIn', 'borderline', 'borderline', 'stableOut']);
    expect(result.cases[1].reasons).toContain('tieAtCutoff');
  });

  test('the tie-break chain of the settings decides inside a resample as it does in the rating', () => {
    // 2 and 3 both total 20; by criterion 1 case 3 is ahead (8 against 2).
    const settings: Settings = { ...base, winners: 2, quorum: 1, tieBreak: ['criterion1'] };
    const evaluations = [
      withTotal(id(1), email(1), 30),
      withScores(id(2), email(1), [2, 6, 6, 6]),
      withScores(id(3), email(1), [8, 4, 4, 4]),
      withTotal(id(4), email(1), 10),
    ];
    const result = stability(evaluations, [1, 2, 3, 4].map(id), settings, { resamples: 50 });
    expect(result.cases.map((c) => c.frequency)).toEqual([1, 0, 1, 0]);
    expect(result.cases.map((c) => c.now)).toEqual(['in', 'out', 'in', 'out']);
  });
});

describe('the bootstrap against a plain re-computation', () => {
  /** Each resample done the slow way: weighted means, a full sort, the seats shared by the group at the line. */
  function reference(
    evaluations: Evaluation[],
    ids: CaseId[],
    settings: Settings,
    resamples: number,
    seed: number,
  ): number[] {
    const valid = evaluations.filter((e) => e.status === 'valid');
    const members = [...new Set(valid.map((e) => e.member as string))].sort((a, b) => (a < b ? -1 : 1));
    const eligible = aggregate(evaluations, ids, settings).map((a) => !a.belowQuorum && a.mean !== null);
    const random = seededRandom(seed);
    const credit = ids.map(() => 0);
    for (let r = 0; r < resamples; r++) {
      const weight = new Map<string, number>();
      for (let i = 0; i < members.length; i++) {
        const m = members[Math.floor(random() * members.length)];
        weight.set(m, (weight.get(m) ?? 0) + 1);
      }
      const scored: { c: number; mean: number }[] = [];
      ids.forEach((caseId, c) => {
        if (!eligible[c]) return;
        let s = 0;
        let n = 0;
        for (const e of valid) {
          if (e.caseId !== caseId) continue;
          const w = weight.get(e.member) ?? 0;
          s += w * (e.total as number);
          n += w;
        }
        if (n > 0) scored.push({ c, mean: Math.round((s / n) * 1e9) / 1e9 });
      });
      scored.sort((a, b) => b.mean - a.mean);
      if (scored.length <= settings.winners) {
        for (const x of scored) credit[x.c]++;
        continue;
      }
      const line = scored[settings.winners - 1].mean;
      const above = scored.filter((x) => x.mean > line);
      const group = scored.filter((x) => x.mean === line);
      for (const x of above) credit[x.c]++;
      const seats = settings.winners - above.length;
      for (const x of group) credit[x.c] += Math.min(1, seats / group.length);
    }
    return credit.map((x) => Math.round((x / resamples) * 1e9) / 1e9);
  }

  test('the same frequencies as the slow way, for any small commission (no tie-break chain)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 6 }),
        fc.integer({ min: 3, max: 15 }),
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (members, cases, winners, seed) => {
          const random = seededRandom(seed);
          const ids = Array.from({ length: cases }, (_, i) => id(i + 1));
          const evaluations: Evaluation[] = [];
          for (let m = 1; m <= members; m++)
            for (const caseId of ids)
              if (random() < 0.85)
                evaluations.push(withTotal(caseId, email(m), Math.floor(random() * 9) * 5));
          const settings: Settings = { ...base, winners, quorum: 2, tieBreak: [] };
          const fast = stability(evaluations, ids, settings, { resamples: 60, seed }).cases;
          const fastFreq = fast.map((c) => c.frequency ?? 0);
          expect(fastFreq).toEqual(reference(evaluations, ids, settings, 60, seed));
        },
      ),
      { numRuns: 60 },
    );
  });
});
