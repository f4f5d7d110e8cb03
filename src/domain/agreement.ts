// How far the members agree: Krippendorff's alpha per criterion and for the total, each member's severity and consistency.
import { scoreMatrix, type ScoreMatrix } from './stability';
import type { CaseId, Evaluation, MemberEmail, Settings } from './types';

/** Krippendorff's difference functions; the commission's scores are read on the interval metric. */
export type AlphaMetric = 'nominal' | 'ordinal' | 'interval' | 'ratio';

export interface Alpha {
  /** Null when it is undefined: fewer than two pairable values, or no variation at all. */
  alpha: number | null;
  /** Pairable values: those in units (cases) with at least two values. */
  values: number;
  /** Units with at least two values. */
  units: number;
}

/** Krippendorff's guidance (Content Analysis, 2004): α ≥ 0.800 reliable; 0.667–0.800 for tentative conclusions only. */
export const ALPHA_LEVELS = { high: 0.8, tentative: 0.667 } as const;

export type AlphaReading = 'high' | 'tentative' | 'low' | 'undefined';

export function readAlpha(alpha: number | null): AlphaReading {
  if (alpha === null) return 'undefined';
  return alpha >= ALPHA_LEVELS.high ? 'high' : alpha >= ALPHA_LEVELS.tentative ? 'tentative' : 'low';
}

/** Values grouped by unit: the values of unit u are `values[start[u]] … values[start[u + 1] − 1]`; NaN is missing. */
export interface Units {
  start: ArrayLike<number>;
  values: ArrayLike<number>;
}

/** The pairable values only (units with ≥ 2 non-missing values), regrouped. */
function pairable(units: Units): { start: number[]; values: number[] } {
  const start = [0];
  const values: number[] = [];
  for (let u = 0; u + 1 < units.start.length; u++) {
    const from = values.length;
    for (let j = units.start[u]; j < units.start[u + 1]; j++) {
      const v = units.values[j];
      if (Number.isFinite(v)) values.push(v);
    }
    if (values.length - from < 2) values.length = from;
    else start.push(values.length);
  }
  return { start, values };
}

/**
 * Interval alpha in closed form: within each unit the squared differences of all ordered pairs sum to
 * 2·m·SS, so α = 1 − (n − 1)/n · Σᵤ mᵤ·SSᵤ/(mᵤ − 1) / SS over all pairable values.
 */
function intervalAlpha(p: { start: number[]; values: number[] }): number | null {
  const n = p.values.length;
  if (n < 2) return null;
  let within = 0;
  for (let u = 0; u + 1 < p.start.length; u++) {
    const m = p.start[u + 1] - p.start[u];
    let s = 0;
    for (let j = p.start[u]; j < p.start[u + 1]; j++) s += p.values[j];
    const mean = s / m;
    let ss = 0;
    for (let j = p.start[u]; j < p.start[u + 1]; j++) ss += (p.values[j] - mean) ** 2;
    within += (m * ss) / (m - 1);
  }
  let s = 0;
  for (const v of p.values) s += v;
  const mean = s / n;
  let ss = 0;
  for (const v of p.values) ss += (v - mean) ** 2;
  if (ss === 0) return null;
  return 1 - ((n - 1) / n) * (within / ss);
}

/** Any metric through the coincidence matrix of the distinct values («Computing Krippendorff's Alpha-Reliability», 2011). */
function coincidenceAlpha(p: { start: number[]; values: number[] }, metric: AlphaMetric): number | null {
  const n = p.values.length;
  if (n < 2) return null;
  const distinct = [...new Set(p.values)].sort((a, b) => a - b);
  const V = distinct.length;
  const index = new Map<number, number>(distinct.map((v, i) => [v, i]));
  const o = new Float64Array(V * V);
  for (let u = 0; u + 1 < p.start.length; u++) {
    const m = p.start[u + 1] - p.start[u];
    const counts = new Map<number, number>();
    for (let j = p.start[u]; j < p.start[u + 1]; j++) {
      const c = index.get(p.values[j]) as number;
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    for (const [c, nc] of counts) {
      for (const [k, nk] of counts) o[c * V + k] += (nc * (c === k ? nk - 1 : nk)) / (m - 1);
    }
  }
  const marginal = new Float64Array(V);
  for (let c = 0; c < V; c++) for (let k = 0; k < V; k++) marginal[c] += o[c * V + k];
  const cumulative = new Float64Array(V + 1);
  for (let c = 0; c < V; c++) cumulative[c + 1] = cumulative[c] + marginal[c];
  const delta2 = (c: number, k: number): number => {
    if (c === k) return 0;
    const a = distinct[c];
    const b = distinct[k];
    switch (metric) {
      case 'nominal':
        return 1;
      case 'interval':
        return (a - b) ** 2;
      case 'ratio':
        return a + b === 0 ? 0 : ((a - b) / (a + b)) ** 2;
      case 'ordinal': {
        const lo = Math.min(c, k);
        const hi = Math.max(c, k);
        return (cumulative[hi + 1] - cumulative[lo] - (marginal[lo] + marginal[hi]) / 2) ** 2;
      }
    }
  };
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c++) {
    for (let k = 0; k < V; k++) {
      const d = delta2(c, k);
      if (d === 0) continue;
      observed += o[c * V + k] * d;
      expected += marginal[c] * marginal[k] * d;
    }
  }
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}

/** Alpha of values grouped by unit (missing values allowed as NaN). */
export function alphaOfUnits(units: Units, metric: AlphaMetric = 'interval'): Alpha {
  const p = pairable(units);
  const alpha = metric === 'interval' ? intervalAlpha(p) : coincidenceAlpha(p, metric);
  return { alpha, values: p.values.length, units: p.start.length - 1 };
}

/**
 * Krippendorff's alpha of a reliability data matrix as the paper lays it out: one row per observer, one
 * column per unit; null, undefined or a non-number is a missing value.
 */
export function krippendorffAlpha(
  data: readonly (readonly (number | null | undefined)[])[],
  metric: AlphaMetric = 'interval',
): Alpha {
  const width = Math.max(0, ...data.map((row) => row.length));
  const start = [0];
  const values: number[] = [];
  for (let u = 0; u < width; u++) {
    for (const row of data) {
      const v = row[u];
      if (typeof v === 'number' && Number.isFinite(v)) values.push(v);
    }
    start.push(values.length);
  }
  return alphaOfUnits({ start, values }, metric);
}

export type SeverityReading = 'stricter' | 'milder' | 'close' | 'unknown';
export type ConsistencyReading = 'high' | 'moderate' | 'low' | 'unknown';

/** A member within ±5 % of the total's range of the others is «close to the others». */
export const SEVERITY_NEUTRAL_SHARE = 0.05;
/** Correlation with the others' mean: ≥ 0.7 ranks like the others, 0.4–0.7 moderately, below 0.4 differently. */
export const CONSISTENCY_LEVELS = { high: 0.7, moderate: 0.4 } as const;
/** Fewer shared cases than this give no correlation. */
export const MIN_SHARED_FOR_CORRELATION = 3;

export interface MemberAgreement {
  member: MemberEmail;
  /** Valid evaluations. */
  evaluations: number;
  /** Cases this member scored validly that at least one other member scored validly too. */
  shared: number;
  /** Mean of (this member's total − the other members' mean total) over the shared cases, in total points. */
  severity: number | null;
  /** Pearson correlation of this member's totals with the others' mean totals over the shared cases. */
  consistency: number | null;
  severityReading: SeverityReading;
  consistencyReading: ConsistencyReading;
}

export interface AgreementResult {
  /** One per criterion, in the settings' order. */
  criteria: Alpha[];
  total: Alpha;
  members: MemberAgreement[];
  /** The range of a total on the scale (Σ weight × (max − min)): what severity is measured against. */
  totalRange: number;
}

function pearson(xs: number[], ys: number[]): number | null {
  const n = xs.length;
  if (n < MIN_SHARED_FOR_CORRELATION) return null;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += xs[i];
    my += ys[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (xs[i] - mx) * (ys[i] - my);
    sxx += (xs[i] - mx) ** 2;
    syy += (ys[i] - my) ** 2;
  }
  return sxx === 0 || syy === 0 ? null : sxy / Math.sqrt(sxx * syy);
}

function memberAgreement(matrix: ScoreMatrix, totalRange: number): MemberAgreement[] {
  const M = matrix.members.length;
  const own: number[][] = Array.from({ length: M }, () => []);
  const others: number[][] = Array.from({ length: M }, () => []);
  const evaluations = new Array<number>(M).fill(0);
  for (let c = 0; c + 1 < matrix.start.length; c++) {
    const from = matrix.start[c];
    const to = matrix.start[c + 1];
    let sum = 0;
    for (let j = from; j < to; j++) sum += matrix.total[j];
    for (let j = from; j < to; j++) {
      const m = matrix.member[j];
      evaluations[m]++;
      if (to - from < 2) continue;
      own[m].push(matrix.total[j]);
      others[m].push((sum - matrix.total[j]) / (to - from - 1));
    }
  }
  return matrix.members.map((member, m) => {
    const shared = own[m].length;
    let diff = 0;
    for (let i = 0; i < shared; i++) diff += own[m][i] - others[m][i];
    const severity = shared > 0 ? diff / shared : null;
    const consistency = pearson(own[m], others[m]);
    const severityReading: SeverityReading =
      severity === null
        ? 'unknown'
        : Math.abs(severity) <= SEVERITY_NEUTRAL_SHARE * totalRange
          ? 'close'
          : severity < 0
            ? 'stricter'
            : 'milder';
    const consistencyReading: ConsistencyReading =
      consistency === null
        ? 'unknown'
        : consistency >= CONSISTENCY_LEVELS.high
          ? 'high'
          : consistency >= CONSISTENCY_LEVELS.moderate
            ? 'moderate'
            : 'low';
    return {
      member,
      evaluations: evaluations[m],
      shared,
      severity,
      consistency,
      severityReading,
      consistencyReading,
    };
  });
}

/**
 * The members' agreement on `caseIds`: interval alpha of the members × cases matrix per criterion and for the
 * weighted total (only valid evaluations count; blanks, invalid, incomplete and recused ones are missing), and
 * each member's severity and consistency against the others on the same cases.
 */
export function agreement(evaluations: Evaluation[], caseIds: CaseId[], settings: Settings): AgreementResult {
  const matrix = scoreMatrix(evaluations, caseIds, settings.criteria.length);
  const totalRange = settings.criteria.reduce(
    (s, c) => s + c.weight * (settings.scale.max - settings.scale.min),
    0,
  );
  return {
    criteria: matrix.criteria.map((values) => alphaOfUnits({ start: matrix.start, values })),
    total: alphaOfUnits({ start: matrix.start, values: matrix.total }),
    members: memberAgreement(matrix, totalRange),
    totalRange,
  };
}
