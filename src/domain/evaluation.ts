// One member's evaluation of one case: four score cells, a conflict mark and a comment, judged together.
import { cellText } from './table';
import { isPlainNumberDisplay, parseScore } from './score';
import type { CaseId, Evaluation, MemberEmail, ScoreProblem, Settings } from './types';

/** Words that mean "no conflict" in the conflict column; anything else written there declares one. */
const NO_CONFLICT_WORDS = new Set([
  '',
  'false',
  'ні',
  'нi',
  'no',
  'n',
  '0',
  '-',
  '—',
  'хибність',
  'немає',
  'нема',
]);

/**
 * Whether a conflict-of-interest cell declares a conflict: a ticked checkbox, or any mark (x, так, +, …).
 * A member who writes something there means to declare one; only explicit "no" words and blanks do not.
 */
export function isConflictMarked(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0 && !Number.isNaN(v);
  if (v === null || v === undefined) return false;
  return !NO_CONFLICT_WORDS.has(cellText(v).toLowerCase());
}

export interface EvaluationInput {
  caseId: CaseId;
  member: MemberEmail;
  /** The score cells in criterion order, as getValues returns them. */
  cells: unknown[];
  /** The same cells' getFormulas texts ('' where there is none). */
  formulas?: string[];
  /** The same cells as the member sees them (getDisplayValues), to tell 50% or ₴8 from a number. */
  displays?: string[];
  conflict: unknown;
  comment: unknown;
}

function rawText(cell: unknown, formula: string | undefined): string {
  return formula && formula.trim() !== '' ? formula.trim() : cellText(cell);
}

/** Rounds away floating-point noise so equal totals compare equal (0.1·3 + … is not left as 0.30000000000000004). */
export function roundScore(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}

export function evaluate(input: EvaluationInput, settings: Settings): Evaluation {
  const n = settings.criteria.length;
  const comment = cellText(input.comment);
  const base = { caseId: input.caseId, member: input.member, comment };
  if (isConflictMarked(input.conflict)) {
    // Recused: the scores are not this member's to give, whatever the cells hold.
    return {
      ...base,
      scores: new Array(n).fill(null),
      status: 'recused',
      problems: [],
      total: null,
      conflict: true,
    };
  }
  const scores: (number | null)[] = [];
  const problems: ScoreProblem[] = [];
  let valid = 0;
  let blank = 0;
  for (let i = 0; i < n; i++) {
    const cell = input.cells[i];
    const formula = input.formulas?.[i];
    const parsed = parseScore(cell, settings.scale, formula, input.displays?.[i]);
    if (parsed.ok) {
      scores.push(parsed.value);
      valid++;
      continue;
    }
    scores.push(null);
    if (parsed.blank) blank++;
    problems.push({ criterion: i + 1, raw: rawText(cell, formula), reason: parsed.reason });
  }
  const status =
    valid === n ? 'valid' : blank === n ? 'blank' : problems.length > blank ? 'invalid' : 'incomplete';
  let total: number | null = null;
  if (status === 'valid') {
    let sum = 0;
    for (let i = 0; i < n; i++) sum += settings.criteria[i].weight * (scores[i] as number);
    total = roundScore(sum);
  }
  // An untouched case is not a problem to report; half-filled or wrong ones are, criterion by criterion.
  return { ...base, scores, status, problems: status === 'blank' ? [] : problems, total, conflict: false };
}

/**
 * What the member typed into one score cell, as «Оцінки» keeps it: the number when the cell held a plain
 * number, otherwise the text they saw (a formula as its formula, a date or 50% as shown), so that judging it
 * again under other rules gives the same verdict the member was shown.
 */
export function typedScore(raw: unknown, formula?: string, display?: string): number | string {
  if (formula && formula.trim() !== '') return formula.trim();
  if (raw === null || raw === undefined || raw === '') return '';
  if (typeof raw === 'number') {
    const shown = display?.trim();
    return shown !== undefined && shown !== '' && !isPlainNumberDisplay(shown) ? shown : raw;
  }
  if (typeof raw === 'string') return raw;
  return display?.trim() || cellText(raw);
}
