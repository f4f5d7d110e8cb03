// The rules in force: a change after the first collected score is journaled, after the close it is confirmed.
import type { Ctx } from './context';
import { conflictKeys, loadConflicts, type ScoreTable } from './master';
import { UserError } from '../gas/errors';
import { ruleChanges, rulesOf, type ScoringRules } from '../domain/rules';
import { SCORE_COL } from '../domain/sheets';
import { isConflictMarked } from '../domain/evaluation';
import { isDate } from '../domain/table';
import type { Settings } from '../domain/types';
import { problem, ui } from '../domain/messages';

/** Asked after the close: may the rating be recomputed under these changed rules? */
export type ConfirmRules = (changes: string[]) => boolean;

/**
 * Compares the rules in «Налаштування» with those last applied. Before the close a change is recorded in
 * «Журнал» (once any score has been collected) and applies at once; after the close the rating stays as it
 * was unless `confirm` says yes, and without a `confirm` the action is refused naming what changed.
 * Returns the changes applied ([] when none).
 */
export function applyRuleChanges(
  ctx: Ctx,
  settings: Settings,
  scores: ScoreTable | null,
  confirm?: ConfirmRules,
): string[] {
  const state = ctx.state.get();
  const current = rulesOf(settings);
  const before = state.rules as ScoringRules | undefined;
  if (!before) {
    ctx.state.update((s) => (s.rules = current));
    return [];
  }
  const changes = ruleChanges(before, current);
  if (changes.length === 0) return [];
  const list = changes.join('; ');
  if (state.closedAt) {
    if (!confirm || !confirm(changes))
      throw new UserError([problem('rulesChangedAfterClose', { changes: list })]);
    ctx.journal.add(ui('actRulesConfirmed'), ui('rulesConfirmedDetails', { changes: list }));
  } else if (!scores || scores.rows.some((r) => isDate(r[SCORE_COL.collectedAt]))) {
    ctx.journal.add(ui('actRulesChanged'), ui('rulesChangedDetails', { changes: list }));
  }
  ctx.state.update((s) => {
    s.rules = current;
    // Every member's «Перевірка» was written under the old rules: the next collection reads every file.
    if (!s.closedAt) s.recollect = true;
  });
  return changes;
}

/**
 * A conflict entered in «Конфлікти» after the member scored the case excludes that evaluation; the first
 * rating or collection that sees it says so in «Журнал», once per member and case.
 */
export function noteLateConflicts(ctx: Ctx, scores: ScoreTable): number {
  const noted = new Set(ctx.state.get().conflictsNoted ?? []);
  const fresh: string[] = [];
  for (const key of conflictKeys(loadConflicts(ctx))) {
    if (noted.has(key)) continue;
    const i = scores.index.get(key);
    if (i === undefined) continue;
    const r = scores.rows[i];
    const scored = [0, 1, 2, 3].some((k) => String(r[SCORE_COL.k1 + k] ?? '') !== '');
    if (!scored || isConflictMarked(r[SCORE_COL.conflict])) continue;
    const [member, caseId] = key.split('|');
    ctx.journal.add(ui('actConflictLate'), ui('conflictLateDetails', { member, id: caseId }));
    fresh.push(key);
  }
  if (fresh.length > 0) ctx.state.update((s) => (s.conflictsNoted = [...(s.conflictsNoted ?? []), ...fresh]));
  return fresh.length;
}
