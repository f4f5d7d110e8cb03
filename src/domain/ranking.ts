// The internal rating: positions by mean total and the documented tie-break chain, the cut-off at N, the public list.
import { compareCaseIds, ukCompare } from './collation';
import { ui } from './messages';
import type {
  CaseAggregate,
  CaseId,
  CaseRecord,
  PublicGrouping,
  RankingResult,
  RatingRow,
  Settings,
  TieBreakKey,
} from './types';

/** Higher first; a missing value ranks below any value. */
function descending(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return b - a;
}

function ascending(a: number | null, b: number | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a - b;
}

function compareByKey(a: CaseAggregate, b: CaseAggregate, key: TieBreakKey): number {
  switch (key) {
    case 'median':
      return descending(a.median, b.median);
    case 'validCount':
      return b.validCount - a.validCount;
    case 'lowerSpread':
      return ascending(a.spread, b.spread);
    case 'criterion1':
    case 'criterion2':
    case 'criterion3':
    case 'criterion4':
      return descending(
        a.criterionMeans[Number(key.slice(-1)) - 1] ?? null,
        b.criterionMeans[Number(key.slice(-1)) - 1] ?? null,
      );
  }
}

/** The official order: mean total, then the tie-break chain. 0 means the commission sees a tie. */
export function compareMerit(a: CaseAggregate, b: CaseAggregate, tieBreak: TieBreakKey[]): number {
  const byMean = descending(a.mean, b.mean);
  if (byMean !== 0) return byMean;
  for (const key of tieBreak) {
    const c = compareByKey(a, b, key);
    if (c !== 0) return c;
  }
  return 0;
}

function flagsOf(a: CaseAggregate, tied: boolean, brokenBy: TieBreakKey | null = null): RatingRow['flags'] {
  const flags: RatingRow['flags'] = [];
  if (a.belowQuorum) flags.push('belowQuorum');
  if (tied) flags.push('tieAtCutoff');
  if (brokenBy) flags.push('tieBrokenAtCutoff');
  if (a.highDisagreement) flags.push('highDisagreement');
  return flags;
}

/**
 * Ranks the cases that reached the quorum and draws the line at `settings.winners`. Cases equal on the
 * mean and every tie-break key share a position (1, 2, 2, 4). If such a group straddles the line, none
 * of it is selected: its cases are `tiedAtCutoff` and the commission fills `seatsForTied` seats.
 * Below-quorum cases are never selected and follow the ranked ones without a position.
 */
export function rank(aggregates: CaseAggregate[], settings: Settings): RankingResult {
  const tieBreak = settings.tieBreak;
  // Display order only: among cases equal in merit the case ID fixes the listing order so the output does
  // not depend on row order. It never decides a position, a selection or a tie.
  const byMeritThenId = (a: CaseAggregate, b: CaseAggregate): number =>
    compareMerit(a, b, tieBreak) || compareCaseIds(a.caseId, b.caseId);

  const ranked = aggregates.filter((a) => !a.belowQuorum && a.mean !== null).sort(byMeritThenId);
  const unranked = aggregates.filter((a) => a.belowQuorum || a.mean === null).sort(byMeritThenId);

  // Competition positions and the group (first index, last index) of equal merit each case belongs to.
  const positions: number[] = [];
  const groupEnd: number[] = new Array(ranked.length);
  let start = 0;
  for (let i = 0; i < ranked.length; i++) {
    if (i > 0 && compareMerit(ranked[i - 1], ranked[i], tieBreak) !== 0) start = i;
    positions.push(start + 1);
  }
  for (let i = ranked.length - 1; i >= 0; i--) {
    groupEnd[i] = i + 1 < ranked.length && positions[i + 1] === positions[i] ? groupEnd[i + 1] : i;
  }

  const winners = Math.max(0, settings.winners);
  let selectedCount = Math.min(winners, ranked.length);
  let tiedFrom = -1;
  let tiedTo = -1;
  if (winners > 0 && ranked.length > winners) {
    const nth = winners - 1;
    if (groupEnd[nth] > nth) {
      tiedFrom = positions[nth] - 1;
      tiedTo = groupEnd[nth];
      selectedCount = tiedFrom;
    }
  }

  // Equal on the mean across the line, but told apart by the chain: the commission sees which rule decided.
  let cutoffDecidedBy: TieBreakKey | null = null;
  if (tiedFrom < 0 && winners > 0 && ranked.length > winners) {
    const last = ranked[winners - 1];
    const next = ranked[winners];
    if (last.mean === next.mean)
      cutoffDecidedBy = tieBreak.find((k) => compareByKey(last, next, k) !== 0) ?? null;
  }
  const cutoffMean = cutoffDecidedBy ? ranked[winners - 1].mean : null;

  const rows: RatingRow[] = ranked.map((a, i) => {
    const tied = i >= tiedFrom && i <= tiedTo && tiedFrom >= 0;
    const brokenBy = cutoffDecidedBy && a.mean === cutoffMean ? cutoffDecidedBy : null;
    return {
      caseId: a.caseId,
      position: positions[i],
      aggregate: a,
      selected: i < selectedCount,
      tiedAtCutoff: tied,
      cutoffDecidedBy: brokenBy,
      flags: flagsOf(a, tied, brokenBy),
    };
  });
  for (const a of unranked) {
    rows.push({
      caseId: a.caseId,
      position: null,
      aggregate: a,
      selected: false,
      tiedAtCutoff: false,
      cutoffDecidedBy: null,
      flags: flagsOf(a, false),
    });
  }

  const tiedAtCutoff = rows.filter((r) => r.tiedAtCutoff).map((r) => r.caseId);
  const selected = rows.filter((r) => r.selected).map((r) => r.caseId);
  return {
    rows,
    selected,
    tiedAtCutoff,
    seatsForTied: tiedAtCutoff.length > 0 ? winners - selected.length : 0,
    belowQuorum: unranked.map((a) => a.caseId),
    cutoffDecidedBy,
  };
}

export interface PublicListEntry {
  caseId: CaseId;
  title: string;
  organisation: string;
  district: string;
  category: string;
  group: string;
}

/**
 * The published «ТОП-100»: the selected cases as a general list without places or scores, in Ukrainian
 * alphabetical order of title (then organisation), or grouped by district or category. Cases tied at the
 * cut-off are not here until the commission decides.
 */
export function publicList(
  result: RankingResult,
  cases: CaseRecord[],
  grouping: PublicGrouping,
): PublicListEntry[] {
  const byId = new Map<string, CaseRecord>();
  for (const c of cases) byId.set(c.id, c);
  const unspecified = ui('groupUnspecified');
  const entries: PublicListEntry[] = result.selected.map((id) => {
    const c = byId.get(id);
    const district = c?.district ?? '';
    const category = c?.category ?? '';
    const group =
      grouping === 'district'
        ? district || unspecified
        : grouping === 'category'
          ? category || unspecified
          : '';
    return {
      caseId: id,
      title: c?.title ?? '',
      organisation: c?.organisation ?? '',
      district,
      category,
      group,
    };
  });
  const groupOrder = (e: PublicListEntry): number =>
    grouping !== 'alphabetical' && e.group === unspecified ? 1 : 0;
  return entries.sort(
    (a, b) =>
      groupOrder(a) - groupOrder(b) ||
      ukCompare(a.group, b.group) ||
      ukCompare(a.title, b.title) ||
      ukCompare(a.organisation, b.organisation) ||
      compareCaseIds(a.caseId, b.caseId),
  );
}
