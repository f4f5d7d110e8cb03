// The approved selection: the rating's list changed only by the recorded decisions, and the protocol's words for them.
import { placesOf } from './agenda';
import { type DecidedItem } from './checks';
import { MEETING_TAB } from './schema';
import { type MeetingRead } from './tab';
import type { CaseId, Problem, RankingResult } from '../types';
import { placedProblem, ui } from '../messages';

export interface Applied {
  /** The approved IDs: the rating's list, changed only by the decisions. */
  ids: CaseId[];
  /** Cases the decisions put in the list (not in it by the rating), and those they took out. */
  added: CaseId[];
  removed: CaseId[];
  /** The tied cases the commission included. */
  tieChosen: CaseId[];
  places: number;
}

/**
 * The rating's selection changed only by the recorded decisions: «включити» puts a case in (or keeps it), «виключити»
 * takes it out (or keeps it out), «відкласти» leaves the rating's standing — except that a case tied across the
 * cut-off is in the list only when the commission included it.
 */
export function applyDecisions(
  result: RankingResult,
  decided: readonly Pick<DecidedItem, 'caseId' | 'decision'>[],
): Applied {
  const decisionOf = new Map(decided.map((d) => [d.caseId as string, d.decision]));
  const ids: CaseId[] = [];
  const added: CaseId[] = [];
  const removed: CaseId[] = [];
  for (const id of result.selected) {
    if (decisionOf.get(id) === 'exclude') removed.push(id);
    else ids.push(id);
  }
  const tieChosen = result.tiedAtCutoff.filter((id) => decisionOf.get(id) === 'include');
  const inList = new Set<string>(result.selected);
  for (const d of decided)
    if (d.decision === 'include' && !inList.has(d.caseId) && !ids.includes(d.caseId)) {
      ids.push(d.caseId);
      if (!result.tiedAtCutoff.includes(d.caseId)) added.push(d.caseId);
    }
  return { ids, added, removed, tieChosen, places: placesOf(result) };
}

/** A changed number of places needs the explanation in its row; the problem names the row and both numbers. */
export function checkPlaces(applied: Applied, read: MeetingRead): Problem | null {
  if (applied.ids.length === applied.places || read.explanation !== '') return null;
  return placedProblem(
    'meetingPlacesChanged',
    { tab: MEETING_TAB, count: applied.ids.length, places: applied.places, row: read.explanationRow },
    { sheet: MEETING_TAB, row: read.explanationRow, column: 'B' },
  );
}

/** The decision in the protocol's «ВИРІШИЛИ», by the case's standing in the rating when the agenda was prepared. */
export function decidedText(d: Pick<DecidedItem, 'decision' | 'standing' | 'caseId' | 'title'>): string {
  const vars = { id: d.caseId, title: d.title };
  if (d.decision === 'defer') return ui('meetingDecidedDefer', vars);
  if (d.decision === 'include')
    return ui(d.standing === 'in' ? 'meetingDecidedKeep' : 'meetingDecidedInclude', vars);
  return ui(d.standing === 'in' ? 'meetingDecidedExclude' : 'meetingDecidedNotInclude', vars);
}
