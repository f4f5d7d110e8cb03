// Times the rating's pure core (aggregate + rank) at the three commission sizes, on seeded synthetic data.
import { aggregate } from '../src/domain/aggregate';
import { assign, seededRandom } from '../src/domain/assignment';
import { rank } from '../src/domain/ranking';
import { syntheticCommission } from './commission';
import { defaultSettings } from '../src/domain/settings';
import { type AssignmentMode, type Evaluation, type Settings } from '../src/domain/types';

interface Scale {
  name: string;
  cases: number;
  members: number;
  mode: AssignmentMode;
}

const SCALES: Scale[] = [
  { name: 'S 446 × 8, all to all', cases: 446, members: 8, mode: { kind: 'all' } },
  { name: 'L 5 000 × 50, k = 5', cases: 5000, members: 50, mode: { kind: 'perCase', k: 5, seed: 2024 } },
  { name: 'L 5 000 × 50, all to all', cases: 5000, members: 50, mode: { kind: 'all' } },
];

const commission = (scale: Scale) => syntheticCommission(scale.cases, scale.members);

/** Evaluations as collected: mostly valid, a few blank, a few recused; each member a little stricter or milder. */
function evaluations(scale: Scale, settings: Settings): Evaluation[] {
  const { cases, members } = commission(scale);
  const assigned = assign(members, cases, scale.mode, []);
  if (!assigned.ok) throw new Error(assigned.problems[0].en);
  const random = seededRandom(7);
  const out: Evaluation[] = [];
  members.forEach((m, mi) => {
    const bias = (mi % 5) - 2;
    for (const caseId of assigned.value.byMember[m.email]) {
      const roll = random();
      if (roll < 0.02) {
        out.push({
          caseId,
          member: m.email,
          scores: [null, null, null, null],
          status: 'blank',
          problems: [],
          total: null,
          conflict: false,
          comment: '',
        });
      } else if (roll < 0.04) {
        out.push({
          caseId,
          member: m.email,
          scores: [null, null, null, null],
          status: 'recused',
          problems: [],
          total: null,
          conflict: true,
          comment: '',
        });
      } else {
        const scores = [0, 1, 2, 3].map(() =>
          Math.max(settings.scale.min, Math.min(settings.scale.max, Math.round(random() * 10) + bias)),
        );
        out.push({
          caseId,
          member: m.email,
          scores,
          status: 'valid',
          problems: [],
          total: scores.reduce((a, b) => a + b, 0),
          conflict: false,
          comment: '',
        });
      }
    }
  });
  return out;
}

export function benchDomain(): { scale: string; evaluations: number; ms: number }[] {
  const settings: Settings = { ...defaultSettings(), normalization: true, quorum: 3 };
  return SCALES.map((scale) => {
    const list = evaluations(scale, settings);
    const ids = commission(scale).cases.map((c) => c.id);
    const start = performance.now();
    const result = rank(aggregate(list, ids, settings), settings);
    const ms = performance.now() - start;
    if (result.rows.length !== ids.length) throw new Error('the rating lost cases');
    return { scale: scale.name, evaluations: list.length, ms: Math.round(ms * 10) / 10 };
  });
}

if (require.main === module) {
  const rows = benchDomain();
  const width = Math.max(...rows.map((r) => r.scale.length));
  console.log(`${'scale'.padEnd(width)}  ${'evaluations'.padStart(11)}  ${'aggregate + rank'.padStart(16)}`);
  for (const r of rows)
    console.log(
      `${r.scale.padEnd(width)}  ${String(r.evaluations).padStart(11)}  ${(r.ms.toFixed(1) + ' ms').padStart(16)}`,
    );
}
