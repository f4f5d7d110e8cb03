// The agenda: the items the commission must decide, from the rating, the stability analysis and the round.
import { type AgendaItem, type AgendaKind, type Standing } from './schema';
import { compareCaseIds } from '../collation';
import type { CaseRecord, RankingResult } from '../types';
import { asCaseId } from '../types';
import { ui } from '../messages';

export interface AgendaInput {
  result: RankingResult;
  cases: readonly CaseRecord[];
  quorum: number;
  /** The word of the tie-break rule that drew the line between equal means (TIE_BREAK_WORDS), or ''. */
  cutoffRule: string;
  /** The borderline cases of the last stability analysis, in its order, with its figures; null: not analysed. */
  borderline: { caseId: string; frequency: number | null; reasons: string }[] | null;
  /** Every case's frequency from the last analysis (for the tie items too). */
  frequencies: ReadonlyMap<string, number>;
  /** Names of the active members who declared a conflict of interest, by case. */
  recused: ReadonlyMap<string, string[]>;
  /** The borderline round's figures by case, when it was held. */
  round: ReadonlyMap<string, { mean: number | null; changed: number; members: number }>;
}

const round2 = (x: number | null): number | null => (x === null ? null : Math.round(x * 100) / 100);

/**
 * The items the commission must decide, each case once, in this order: the tie at the cut-off (cases tied across it,
 * then cases equal on the mean at it whose place a tie-break rule decided), the borderline cases of the last
 * stability analysis, the cases below the quorum whose mean reaches the cut-off (they would be in the list with
 * enough evaluations), and the cases in the list or at the cut-off that members recused themselves from.
 */
export function buildAgenda(input: AgendaInput): AgendaItem[] {
  const { result } = input;
  const byId = new Map(input.cases.map((c) => [c.id as string, c]));
  const rowOf = new Map(result.rows.map((r) => [r.caseId as string, r]));
  const selected = new Set<string>(result.selected);
  const tied = new Set<string>(result.tiedAtCutoff);
  const standing = (id: string): Standing => (selected.has(id) ? 'in' : tied.has(id) ? 'tie' : 'out');
  const items: AgendaItem[] = [];
  const listed = new Set<string>();

  const add = (kind: AgendaKind, id: string, details: string): void => {
    if (listed.has(id)) return;
    const row = rowOf.get(id);
    const c = byId.get(id);
    const a = row?.aggregate;
    const r = input.round.get(id);
    const recused = input.recused.get(id) ?? [];
    const conflictNote =
      kind !== 'conflict' && recused.length > 0
        ? ui('meetingConflictNote', { names: recused.join(', ') })
        : '';
    listed.add(id);
    items.push({
      kind,
      caseId: asCaseId(id),
      title: c?.title ?? '',
      organisation: c?.organisation ?? '',
      position: row?.position ?? null,
      mean: round2(a?.mean ?? null),
      validCount: a?.validCount ?? 0,
      spread: round2(a?.spread ?? null),
      standing: standing(id),
      frequency: input.frequencies.get(id) ?? null,
      roundMean: r ? round2(r.mean) : null,
      roundChanged: r ? ui('meetingRoundChanged', { changed: r.changed, members: r.members }) : '',
      details: [details, conflictNote].filter((t) => t !== '').join('; '),
    });
  };

  for (const id of result.tiedAtCutoff)
    add('tie', id, ui('meetingTieOpen', { count: result.tiedAtCutoff.length, seats: result.seatsForTied }));
  // Equal on the mean at the cut-off, the line drawn by the tie-break chain: the commission confirms the rule's choice
  const broken = result.rows.filter((r) => r.flags.includes('tieBrokenAtCutoff'));
  for (const r of broken)
    add(
      'tie',
      r.caseId,
      ui(r.selected ? 'meetingTieBrokenIn' : 'meetingTieBrokenOut', {
        count: broken.length,
        rule: input.cutoffRule,
      }),
    );
  for (const b of input.borderline ?? []) if (rowOf.has(b.caseId)) add('borderline', b.caseId, b.reasons);

  const cutoff = cutoffMean(result);
  if (cutoff !== null)
    for (const r of result.rows)
      if (r.aggregate.belowQuorum && r.aggregate.mean !== null && r.aggregate.mean >= cutoff)
        add(
          'belowQuorum',
          r.caseId,
          ui('meetingBelowQuorum', {
            valid: r.aggregate.validCount,
            quorum: input.quorum,
            cutoff: round2(cutoff)!,
          }),
        );

  const conflicted = [...input.recused.keys()]
    .filter((id) => standing(id) !== 'out' && !listed.has(id))
    .sort(
      (a, b) => (rowOf.get(a)?.position ?? 1e9) - (rowOf.get(b)?.position ?? 1e9) || compareCaseIds(a, b),
    );
  for (const id of conflicted)
    add('conflict', id, ui('meetingConflict', { names: (input.recused.get(id) ?? []).join(', ') }));
  // A case on the agenda for another reason whose members recused themselves says so in its own line (see add)
  return items;
}

/** The mean at the cut-off: the lowest mean in the list, or the tied cases' mean; null when nothing is ranked. */
export function cutoffMean(result: RankingResult): number | null {
  const means = result.rows
    .filter((r) => r.selected || r.tiedAtCutoff)
    .map((r) => r.aggregate.mean)
    .filter((m): m is number => m !== null);
  return means.length ? Math.min(...means) : null;
}

/** The text a rating's digest is taken of: what the list is and what is at the cut-off (IDs in a stable order). */
export function selectionText(result: RankingResult): string {
  const sorted = (ids: readonly string[]) => [...ids].sort(compareCaseIds);
  return JSON.stringify({
    selected: sorted(result.selected),
    tied: sorted(result.tiedAtCutoff),
    seats: result.seatsForTied,
  });
}

/** Places in the list by the rating: the cases in it, and the seats of a tie at the cut-off. */
export const placesOf = (result: RankingResult): number =>
  result.selected.length + (result.tiedAtCutoff.length ? result.seatsForTied : 0);
