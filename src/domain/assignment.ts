// Who evaluates which case: conflicts of interest (declared and detected), all-to-all or k members per case.
import { compareCaseIds } from './collation';
import { problem } from './messages';
import { normalizeName } from './text';
import type { AssignmentMode, CaseId, CaseRecord, MemberEmail, MemberRecord, Problem, Result } from './types';

/**
 * Legal-form words dropped before comparing organisations, so «ГО "Дніпро разом"» matches
 * «Громадська організація «Дніпро разом»». Compared after normalizeName.
 */
const LEGAL_FORMS = [
  'громадська організація',
  'благодійний фонд',
  'благодійна організація',
  'громадська спілка',
  'комунальне підприємство',
  'товариство з обмеженою відповідальністю',
  'об єднання співвласників багатоквартирного будинку',
  'го',
  'бф',
  'бо',
  'гс',
  'кп',
  'тов',
  'осбб',
];

/** Shorter names (after legal forms are dropped) match too much by accident and are not compared. */
const MIN_NAME_LENGTH = 4;

function withoutLegalForms(normalized: string): string {
  let s = ` ${normalized} `;
  for (const form of LEGAL_FORMS) s = s.split(` ${form} `).join(' ');
  return s.replace(/\s+/g, ' ').trim();
}

interface OrganisationName {
  /** Normalised, padded with spaces for whole-word containment. */
  full: string;
  /** Normalised without legal forms. */
  core: string;
}

function organisationName(s: string): OrganisationName {
  const full = normalizeName(s);
  return { full: ` ${full} `, core: withoutLegalForms(full) };
}

/**
 * Same organisation: equal once legal forms are dropped («ГО "Липки"» = «Громадська організація «Липки»»),
 * or the affiliation, forms included, appears as whole words inside the applicant's name
 * («Департамент суспільних комунікацій» in «Департамент суспільних комунікацій виконавчого органу …»).
 * Forms are kept for containment so «БФ «Добро»» does not claim «ГО «Добро поруч»».
 */
function sameOrganisation(affiliation: OrganisationName, applicant: OrganisationName): boolean {
  if (affiliation.core.length >= MIN_NAME_LENGTH && affiliation.core === applicant.core) return true;
  const full = affiliation.full.trim();
  return full.length >= MIN_NAME_LENGTH && applicant.full.includes(affiliation.full);
}

export interface DetectedConflict {
  member: MemberEmail;
  caseId: CaseId;
  source: 'affiliation';
}

export interface Conflict {
  member: MemberEmail;
  caseId: CaseId;
  source: 'manual' | 'affiliation';
}

/**
 * Conflicts found by comparing each member's affiliation (one or more organisations, separated by ; or
 * new lines) with each applicant organisation. Names shorter than four letters are never compared.
 */
export function detectConflicts(members: MemberRecord[], cases: CaseRecord[]): DetectedConflict[] {
  const applicants = cases.map((c) => ({ id: c.id, name: organisationName(c.organisation) }));
  const found: DetectedConflict[] = [];
  for (const m of members) {
    const affiliations = m.affiliation
      .split(/[;\n\r]+/)
      .map(organisationName)
      .filter((a) => a.full.trim() !== '');
    if (affiliations.length === 0) continue;
    for (const c of applicants) {
      if (affiliations.some((a) => sameOrganisation(a, c.name)))
        found.push({ member: m.email, caseId: c.id, source: 'affiliation' });
    }
  }
  return found;
}

/** mulberry32: a small seeded generator, so a distribution can be reproduced from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function shuffle<T>(items: T[], random: () => number): T[] {
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

export interface Assignment {
  byMember: Record<string, CaseId[]>;
  conflicts: Conflict[];
}

/**
 * Distributes the cases among the active members. Mode 'all': everyone evaluates every case they have no
 * conflict with. Mode 'perCase': each case goes to exactly k eligible members; loads stay within one of
 * each other where the conflicts allow it, and pairs of members share cases as evenly as the greedy choice
 * manages. The same seed always gives the same distribution.
 */
export function assign(
  members: MemberRecord[],
  cases: CaseRecord[],
  mode: AssignmentMode,
  manualConflicts: { member: MemberEmail; caseId: CaseId }[],
): Result<Assignment> {
  const active: MemberEmail[] = [];
  const seen = new Set<string>();
  for (const m of members) {
    if (m.status === 'active' && !seen.has(m.email)) {
      seen.add(m.email);
      active.push(m.email);
    }
  }
  if (active.length === 0) return { ok: false, problems: [problem('assignNoActiveMembers')] };

  const conflicts: Conflict[] = [];
  const conflictKeys = new Set<string>();
  const addConflict = (c: Conflict): void => {
    const key = c.member + '\u0000' + c.caseId;
    if (conflictKeys.has(key)) return;
    conflictKeys.add(key);
    conflicts.push(c);
  };
  for (const c of manualConflicts) addConflict({ member: c.member, caseId: c.caseId, source: 'manual' });
  for (const c of detectConflicts(
    members.filter((m) => seen.has(m.email)),
    cases,
  ))
    addConflict(c);
  const isEligible = (member: string, caseId: string): boolean =>
    !conflictKeys.has(member + '\u0000' + caseId);

  const byMember: Record<string, CaseId[]> = {};
  for (const m of active) byMember[m] = [];
  const warnings: Problem[] = [];

  if (mode.kind === 'all') {
    for (const c of cases) {
      let reviewers = 0;
      for (const m of active) {
        if (isEligible(m, c.id)) {
          byMember[m].push(c.id);
          reviewers++;
        }
      }
      if (reviewers === 0)
        warnings.push(problem('assignCaseWithoutReviewers', { caseId: c.id, title: c.title }));
    }
  } else {
    const outcome = assignPerCase(active, cases, mode.k, mode.seed, isEligible);
    if (outcome.problems.length > 0) return { ok: false, problems: outcome.problems };
    for (const [member, ids] of outcome.byMember) byMember[member] = ids;
  }
  for (const m of active) byMember[m].sort(compareCaseIds);
  return { ok: true, value: { byMember, conflicts }, warnings };
}

function assignPerCase(
  active: MemberEmail[],
  cases: CaseRecord[],
  k: number,
  seed: number,
  isEligible: (member: string, caseId: string) => boolean,
): { byMember: Map<MemberEmail, CaseId[]>; problems: Problem[] } {
  const problems: Problem[] = [];
  if (!Number.isInteger(k) || k < 1) {
    return { byMember: new Map(), problems: [problem('assignBadK', { k })] };
  }
  const m = active.length;
  const random = seededRandom(seed);
  const eligible = new Map<string, number[]>();
  for (const c of cases) {
    const list: number[] = [];
    for (let i = 0; i < m; i++) if (isEligible(active[i], c.id)) list.push(i);
    eligible.set(c.id, list);
    if (list.length < k) {
      problems.push(
        problem('assignTooFewEligible', { caseId: c.id, title: c.title, k, eligible: list.length }),
      );
    }
  }
  if (problems.length > 0) return { byMember: new Map(), problems };

  // The most constrained cases go first (they have the fewest choices), the rest in a seeded order.
  const order = shuffle(cases, random)
    .map((c, i) => ({ c, i, options: (eligible.get(c.id) as number[]).length }))
    .sort((a, b) => a.options - b.options || a.i - b.i)
    .map((x) => x.c);

  const load = new Array<number>(m).fill(0);
  const overlap: number[][] = Array.from({ length: m }, () => new Array<number>(m).fill(0));
  const reviewers = new Map<string, number[]>();
  for (const c of order) {
    const options = eligible.get(c.id) as number[];
    const jitter = new Map<number, number>();
    for (const i of options) jitter.set(i, random());
    const chosen: number[] = [];
    const remaining = options.slice();
    while (chosen.length < k) {
      let best = -1;
      let bestOverlap = 0;
      for (let r = 0; r < remaining.length; r++) {
        const i = remaining[r];
        let ov = 0;
        for (const j of chosen) ov += overlap[i][j];
        if (best < 0) {
          best = r;
          bestOverlap = ov;
          continue;
        }
        const b = remaining[best];
        const better =
          load[i] < load[b] ||
          (load[i] === load[b] &&
            (ov < bestOverlap ||
              (ov === bestOverlap && (jitter.get(i) as number) < (jitter.get(b) as number))));
        if (better) {
          best = r;
          bestOverlap = ov;
        }
      }
      const pick = remaining.splice(best, 1)[0];
      for (const j of chosen) {
        overlap[pick][j]++;
        overlap[j][pick]++;
      }
      chosen.push(pick);
      load[pick]++;
    }
    reviewers.set(c.id, chosen);
  }

  rebalance(load, reviewers, eligible, m);

  const byMember = new Map<MemberEmail, CaseId[]>();
  for (const member of active) byMember.set(member, []);
  for (const c of cases) {
    for (const i of reviewers.get(c.id) as number[]) (byMember.get(active[i]) as CaseId[]).push(c.id);
  }
  return { byMember, problems: [] };
}

/**
 * Conflicts can leave the greedy pass unbalanced. While some member carries at least two cases more than
 * another member reachable by a chain of hand-overs (each case passed on to an eligible member who does not
 * have it yet), the chain is applied: the busier member loses one case and the less busy one gains one.
 * When no such chain is left the loads are as even as the conflicts allow.
 */
function rebalance(
  load: number[],
  reviewers: Map<string, number[]>,
  eligible: Map<string, number[]>,
  m: number,
): void {
  const eligibleSets = new Map<string, Set<number>>();
  for (const [id, list] of eligible) eligibleSets.set(id, new Set(list));
  const casesOf: Set<string>[] = Array.from({ length: m }, () => new Set<string>());
  for (const [id, list] of reviewers) for (const i of list) casesOf[i].add(id);

  const handOverChain = (
    source: number,
  ): { target: number; via: Map<number, { from: number; caseId: string }> } | null => {
    const via = new Map<number, { from: number; caseId: string }>();
    const queue = [source];
    const visited = new Set([source]);
    for (let q = 0; q < queue.length; q++) {
      const from = queue[q];
      for (const caseId of casesOf[from]) {
        for (const to of eligibleSets.get(caseId) as Set<number>) {
          if (visited.has(to) || casesOf[to].has(caseId)) continue;
          visited.add(to);
          via.set(to, { from, caseId });
          if (load[to] <= load[source] - 2) return { target: to, via };
          queue.push(to);
        }
      }
    }
    return null;
  };

  for (;;) {
    if (Math.max(...load) - Math.min(...load) <= 1) return;
    const sources = Array.from({ length: m }, (_, i) => i).sort((a, b) => load[b] - load[a] || a - b);
    let chain: { source: number; target: number; via: Map<number, { from: number; caseId: string }> } | null =
      null;
    for (const source of sources) {
      if (load[source] - Math.min(...load) < 2) break;
      const found = handOverChain(source);
      if (found) {
        chain = { source, ...found };
        break;
      }
    }
    if (!chain) return;
    for (let to = chain.target; to !== chain.source;) {
      const step = chain.via.get(to) as { from: number; caseId: string };
      casesOf[step.from].delete(step.caseId);
      casesOf[to].add(step.caseId);
      const list = reviewers.get(step.caseId) as number[];
      list[list.indexOf(step.from)] = to;
      to = step.from;
    }
    load[chain.source]--;
    load[chain.target]++;
  }
}
