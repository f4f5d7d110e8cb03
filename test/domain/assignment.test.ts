import fc from 'fast-check';
import { assign, detectConflicts, seededRandom } from '../../src/domain/assignment';
import {
  asCaseId,
  asMemberEmail,
  type CaseId,
  type CaseRecord,
  type MemberEmail,
  type MemberRecord,
} from '../../src/domain/types';

const member = (
  email: string,
  affiliation = '',
  status: MemberRecord['status'] = 'active',
): MemberRecord => ({
  name: email.split('@')[0],
  email: asMemberEmail(email),
  affiliation,
  status,
});
const kase = (id: string, organisation = `Організація ${id}`, title = `Кейс ${id}`): CaseRecord => ({
  id: asCaseId(id),
  title,
  organisation,
  applicantType: '',
  district: '',
  category: '',
  description: '',
  materialsLink: '',
  contactPerson: '',
  contactEmail: '',
  phone: '',
});
const manyCases = (n: number): CaseRecord[] =>
  Array.from({ length: n }, (_, i) => kase(`2024-${String(i + 1).padStart(3, '0')}`));
const manyMembers = (n: number): MemberRecord[] =>
  Array.from({ length: n }, (_, i) => member(`m${i + 1}@kyiv.ua`));

function reviewersByCase(byMember: Record<string, CaseId[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [m, ids] of Object.entries(byMember))
    for (const id of ids) out.set(id, [...(out.get(id) ?? []), m]);
  return out;
}

describe('conflicts of interest found from affiliations', () => {
  test('a member from ГО «Київські ініціативи» has a conflict with that organisation’s case, however it is spelt', () => {
    const members = [member('olena@x.ua', 'ГО «Київські ініціативи»')];
    const cases = [
      kase('2024-001', 'Громадська організація "Київські ініціативи"'),
      kase('2024-002', 'ГО «Інші ініціативи»'),
    ];
    expect(detectConflicts(members, cases)).toEqual([
      { member: 'olena@x.ua', caseId: '2024-001', source: 'affiliation' },
    ]);
  });

  test('an affiliation contained in a longer applicant name matches as whole words', () => {
    const members = [member('ivan@x.ua', 'Департамент суспільних комунікацій')];
    const cases = [
      kase('2024-001', 'Департамент суспільних комунікацій виконавчого органу Київської міської ради (КМДА)'),
      kase('2024-002', 'Департамент культури'),
    ];
    expect(detectConflicts(members, cases).map((c) => c.caseId)).toEqual(['2024-001']);
  });

  test('a member with several organisations, separated by semicolons, is checked against each', () => {
    const members = [member('petro@x.ua', 'ОСББ «Липки»; БФ «Добро»')];
    const cases = [
      kase('1', 'Благодійний фонд «Добро»'),
      kase('2', 'ОСББ "Липки"'),
      kase('3', 'ГО «Добро поруч»'),
    ];
    expect(detectConflicts(members, cases).map((c) => c.caseId)).toEqual(['1', '2']);
  });

  test('an empty or very short affiliation never matches, and part of a word is not a match', () => {
    const cases = [kase('1', 'ГО «Світлодіодне місто»'), kase('2', 'КП «Дім»')];
    expect(
      detectConflicts(
        [member('a@x.ua', ''), member('b@x.ua', 'КП'), member('c@x.ua', 'Світло'), member('d@x.ua', 'Дім')],
        cases,
      ),
    ).toEqual([]);
  });
});

describe('distributing the cases: everyone evaluates everything', () => {
  test('each active member gets every case except the ones they have a conflict with; withdrawn members get none', () => {
    const members = [member('a@x.ua'), member('b@x.ua', 'ГО «Липки»'), member('c@x.ua', '', 'withdrawn')];
    const cases = [kase('2024-002', 'ГО "Липки"'), kase('2024-001'), kase('2024-010')];
    const r = assign(members, cases, { kind: 'all' }, [
      { member: asMemberEmail('a@x.ua'), caseId: asCaseId('2024-010') },
    ]);
    if (!r.ok) throw new Error(r.problems[0].uk);
    expect(r.value.byMember).toEqual({
      'a@x.ua': ['2024-001', '2024-002'],
      'b@x.ua': ['2024-001', '2024-010'],
    });
    expect(r.value.conflicts).toEqual([
      { member: 'a@x.ua', caseId: '2024-010', source: 'manual' },
      { member: 'b@x.ua', caseId: '2024-002', source: 'affiliation' },
    ]);
  });

  test('a conflict both declared and detected is listed once, as declared', () => {
    const r = assign([member('b@x.ua', 'ГО «Липки»')], [kase('1', 'ГО «Липки»')], { kind: 'all' }, [
      { member: asMemberEmail('b@x.ua'), caseId: asCaseId('1') },
    ]);
    expect(r.ok && r.value.conflicts).toEqual([{ member: 'b@x.ua', caseId: '1', source: 'manual' }]);
  });

  test('a case every member has a conflict with is warned about', () => {
    const r = assign(
      [member('b@x.ua', 'ГО «Липки»')],
      [kase('2024-007', 'ГО «Липки»', 'Сквер')],
      { kind: 'all' },
      [],
    );
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings[0].uk).toContain('2024-007');
  });

  test('with no active member there is nobody to distribute to', () => {
    const r = assign([member('a@x.ua', '', 'withdrawn')], manyCases(3), { kind: 'all' }, []);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.problems[0].code).toBe('assignNoActiveMembers');
  });
});

describe('distributing the cases: k members per case', () => {
  test('446 cases among 8 members with k = 5: each case has 5 members, loads within one, lists sorted by ID', () => {
    const r = assign(manyMembers(8), manyCases(446), { kind: 'perCase', k: 5, seed: 2024 }, []);
    if (!r.ok) throw new Error(r.problems[0].uk);
    const loads = Object.values(r.value.byMember).map((ids) => ids.length);
    expect(loads.reduce((a, b) => a + b, 0)).toBe(446 * 5);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    for (const ids of reviewersByCase(r.value.byMember).values()) expect(new Set(ids).size).toBe(5);
    for (const ids of Object.values(r.value.byMember)) expect(ids).toEqual(ids.slice().sort());
  });

  test('pairs of members share cases evenly: no pair shares far more than average', () => {
    const r = assign(manyMembers(10), manyCases(200), { kind: 'perCase', k: 3, seed: 7 }, []);
    if (!r.ok) throw new Error('failed');
    const shared = new Map<string, number>();
    for (const ids of reviewersByCase(r.value.byMember).values()) {
      for (const a of ids) for (const b of ids) if (a < b) shared.set(a + b, (shared.get(a + b) ?? 0) + 1);
    }
    // 200 cases × 3 pairs each over 45 pairs ≈ 13.3 per pair.
    const counts = Array.from(shared.values());
    expect(counts).toHaveLength(45);
    expect(Math.max(...counts) - Math.min(...counts)).toBeLessThanOrEqual(3);
  });

  test('the same seed gives the same distribution; another seed gives another', () => {
    const run = (seed: number) => assign(manyMembers(8), manyCases(60), { kind: 'perCase', k: 3, seed }, []);
    expect(run(11)).toEqual(run(11));
    expect(run(11)).not.toEqual(run(12));
  });

  test('a case with fewer eligible members than k is named in a problem', () => {
    const members = [member('a@x.ua', 'ГО «Липки»'), member('b@x.ua', 'ГО «Липки»'), member('c@x.ua')];
    const r = assign(
      members,
      [kase('2024-005', 'ГО «Липки»', 'Зелений двір'), kase('2024-006')],
      { kind: 'perCase', k: 2, seed: 1 },
      [],
    );
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problems).toHaveLength(1);
      expect(r.problems[0].uk).toContain('2024-005');
      expect(r.problems[0].uk).toContain('«Зелений двір»');
      expect(r.problems[0].uk).toContain('лише 1');
    }
  });

  test('k below 1 is refused', () => {
    const r = assign(manyMembers(3), manyCases(3), { kind: 'perCase', k: 0, seed: 1 }, []);
    expect(r.ok).toBe(false);
  });

  test('conflicts that crowd the greedy pass are evened out by handing cases over', () => {
    // Members 1–2 cannot take the first half of the cases, so the greedy pass loads them with the second half.
    const cases = manyCases(40);
    const conflicts = cases
      .slice(0, 20)
      .flatMap((c) => ['m1@kyiv.ua', 'm2@kyiv.ua'].map((m) => ({ member: asMemberEmail(m), caseId: c.id })));
    const r = assign(manyMembers(6), cases, { kind: 'perCase', k: 3, seed: 5 }, conflicts);
    if (!r.ok) throw new Error('failed');
    const loads = Object.values(r.value.byMember).map((ids) => ids.length);
    expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
    for (const c of conflicts) expect(r.value.byMember[c.member]).not.toContain(c.caseId);
  });

  test('property: exactly k reviewers per case, no conflicted reviewer, loads within one whenever some balanced distribution exists', () => {
    const scenario = fc.record({
      members: fc.integer({ min: 2, max: 9 }),
      cases: fc.integer({ min: 1, max: 40 }),
      k: fc.integer({ min: 1, max: 4 }),
      seed: fc.integer({ min: 0, max: 1e6 }),
      conflictSeed: fc.integer({ min: 0, max: 1e6 }),
      density: fc.double({ min: 0, max: 0.8, noNaN: true }),
    });
    fc.assert(
      fc.property(scenario, (s) => {
        const k = Math.min(s.k, s.members);
        const members = manyMembers(s.members);
        const cases = manyCases(s.cases);
        // A balanced distribution (round robin) that the conflicts are built around, so one surely exists.
        const witness = new Set<string>();
        let next = 0;
        for (const c of cases)
          for (let j = 0; j < k; j++) witness.add(members[next++ % s.members].email + '|' + c.id);
        const random = seededRandom(s.conflictSeed);
        const conflicts: { member: MemberEmail; caseId: CaseId }[] = [];
        for (const m of members)
          for (const c of cases)
            if (!witness.has(m.email + '|' + c.id) && random() < s.density)
              conflicts.push({ member: m.email, caseId: c.id });

        const r = assign(members, cases, { kind: 'perCase', k, seed: s.seed }, conflicts);
        if (!r.ok) throw new Error(r.problems[0].en);
        const byCase = reviewersByCase(r.value.byMember);
        for (const c of cases) {
          const reviewers = byCase.get(c.id) ?? [];
          expect(reviewers).toHaveLength(k);
          expect(new Set(reviewers).size).toBe(k);
        }
        for (const c of conflicts) expect(r.value.byMember[c.member]).not.toContain(c.caseId);
        const loads = members.map((m) => r.value.byMember[m.email].length);
        expect(Math.max(...loads) - Math.min(...loads)).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});

describe('the seeded generator', () => {
  test('gives the same numbers for the same seed, all in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
  });
});
