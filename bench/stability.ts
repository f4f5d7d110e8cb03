// Times the meeting's decision support in Node (stability: bootstrap + four rules; agreement: alpha, severity) on seeded data.
import { agreement } from '../src/domain/agreement';
import { assign, seededRandom } from '../src/domain/assignment';
import { defaultSettings } from '../src/domain/settings';
import { stability } from '../src/domain/stability';
import { syntheticCommission } from './commission';
import { type AssignmentMode, type CaseRecord, type Evaluation, type Settings } from '../src/domain/types';

export interface StabilityScale {
  name: string;
  cases: number;
  members: number;
  mode: AssignmentMode;
  resamples: number;
}

export const STABILITY_SCALES: StabilityScale[] = [
  { name: 'S 446 × 8, all to all', cases: 446, members: 8, mode: { kind: 'all' }, resamples: 1000 },
  {
    name: 'L 5 000 × 50, k = 5',
    cases: 5000,
    members: 50,
    mode: { kind: 'perCase', k: 5, seed: 2024 },
    resamples: 1000,
  },
];

/** Apps Script's V8 is budgeted at 10× Node; the budget is 30 such seconds. */
export const APPS_SCRIPT_FACTOR = 10;
export const BUDGET_SECONDS = 30;

/**
 * A commission on synthetic cases: each case has a latent merit, each member a severity and their own noise,
 * scores are rounded onto the 0–10 scale; 2 % blank and 2 % recused, as collected.
 */
function season(
  scale: StabilityScale,
  settings: Settings,
): { evaluations: Evaluation[]; ids: CaseRecord['id'][] } {
  const { cases, members } = syntheticCommission(scale.cases, scale.members);
  const assigned = assign(members, cases, scale.mode, []);
  if (!assigned.ok) throw new Error(assigned.problems[0].en);
  const random = seededRandom(11);
  const merit = cases.map(() => 2 + random() * 7);
  const bias = members.map(() => (random() - 0.5) * 2);
  const noise = members.map(() => 0.8 + random() * 1.2);
  const index = new Map(cases.map((c, i) => [c.id as string, i]));
  const out: Evaluation[] = [];
  members.forEach((m, mi) => {
    for (const caseId of assigned.value.byMember[m.email]) {
      const roll = random();
      const base = { caseId, member: m.email, problems: [], comment: '' };
      if (roll < 0.02)
        out.push({
          ...base,
          scores: [null, null, null, null],
          status: 'blank',
          total: null,
          conflict: false,
        });
      else if (roll < 0.04)
        out.push({
          ...base,
          scores: [null, null, null, null],
          status: 'recused',
          total: null,
          conflict: true,
        });
      else {
        const scores = [0, 1, 2, 3].map(() => {
          const x =
            merit[index.get(caseId) as number] +
            bias[mi] +
            (random() + random() + random() - 1.5) * 2 * noise[mi];
          return Math.max(settings.scale.min, Math.min(settings.scale.max, Math.round(x)));
        });
        out.push({
          ...base,
          scores,
          status: 'valid',
          total: scores.reduce((a, b) => a + b, 0),
          conflict: false,
        });
      }
    }
  });
  return { evaluations: out, ids: cases.map((c) => c.id) };
}

export interface StabilityTiming {
  scale: string;
  evaluations: number;
  resamples: number;
  stabilityMs: number;
  agreementMs: number;
  borderline: number;
  alpha: number | null;
  /** Estimated Apps Script seconds for stability + agreement (Node × APPS_SCRIPT_FACTOR). */
  appsScriptSeconds: number;
}

export function benchStability(scales: StabilityScale[] = STABILITY_SCALES): StabilityTiming[] {
  return scales.map((scale) => {
    const settings: Settings = {
      ...defaultSettings(),
      quorum: scale.mode.kind === 'all' ? Math.max(1, scale.members - 3) : 3,
    };
    const { evaluations, ids } = season(scale, settings);
    // One untimed run so the figures measure the work, not the JIT warming up.
    stability(evaluations, ids, settings, { resamples: 20 });
    const t0 = performance.now();
    const result = stability(evaluations, ids, settings, { resamples: scale.resamples });
    const t1 = performance.now();
    const agreed = agreement(evaluations, ids, settings);
    const t2 = performance.now();
    if (result.cases.length !== ids.length) throw new Error('the stability analysis lost cases');
    return {
      scale: scale.name,
      evaluations: evaluations.length,
      resamples: scale.resamples,
      stabilityMs: Math.round((t1 - t0) * 10) / 10,
      agreementMs: Math.round((t2 - t1) * 10) / 10,
      borderline: result.borderline.length,
      alpha: agreed.total.alpha,
      appsScriptSeconds: Math.round(((t2 - t0) * APPS_SCRIPT_FACTOR) / 100) / 10,
    };
  });
}

if (require.main === module) {
  for (const r of benchStability()) {
    console.log(
      `${r.scale}: ${r.evaluations} evaluations, ${r.resamples} resamples — stability ${r.stabilityMs} ms, agreement ${r.agreementMs} ms ` +
        `(≈ ${r.appsScriptSeconds} s on Apps Script at ${APPS_SCRIPT_FACTOR}×; budget ${BUDGET_SECONDS} s); borderline ${r.borderline}; α(total) ${r.alpha?.toFixed(3)}`,
    );
  }
}
