// The scoring rules a rating is computed under: what «Рейтинг» states, and what a change of them is.
import { ui } from './messages';
import { formatNumberUk, formatScale } from './score';
import { TIE_BREAK_WORDS } from './settings';
import type { Scale, Settings, TieBreakKey } from './types';

/** Everything in «Налаштування» that changes a total, a validity, a position or the line. */
export interface ScoringRules {
  scale: Scale;
  weights: number[];
  quorum: number;
  winners: number;
  normalization: boolean;
  tieBreak: TieBreakKey[];
  disagreementThreshold: number;
}

export function rulesOf(settings: Settings): ScoringRules {
  return {
    scale: { ...settings.scale },
    weights: settings.criteria.map((c) => c.weight),
    quorum: settings.quorum,
    winners: settings.winners,
    normalization: settings.normalization,
    tieBreak: [...settings.tieBreak],
    disagreementThreshold: settings.disagreementThreshold,
  };
}

const yesNo = (b: boolean): string => ui(b ? 'ruleYes' : 'ruleNo');
const tieBreakText = (keys: TieBreakKey[]): string =>
  keys.length === 0 ? '—' : keys.map((k) => TIE_BREAK_WORDS[k][0]).join(', ');
const weightsText = (w: number[]): string => w.map((x, i) => `К${i + 1} ${formatNumberUk(x)}`).join(', ');

/** The rules in one line, for «Рейтинг» and «Журнал». */
export function describeRules(r: ScoringRules, conflicts: number): string {
  return [
    `${ui('ruleScale')}: ${formatScale(r.scale)}`,
    `${ui('ruleWeights')}: ${weightsText(r.weights)}`,
    `${ui('ruleQuorum')}: ${r.quorum}`,
    `${ui('ruleWinners')}: ${r.winners}`,
    `${ui('ruleNormalization')}: ${yesNo(r.normalization)}`,
    `${ui('ruleTieBreak')}: ${tieBreakText(r.tieBreak)}`,
    `${ui('ruleDisagreement')}: ${formatNumberUk(r.disagreementThreshold)}`,
    `${ui('ruleConflicts')}: ${conflicts}`,
  ].join('; ');
}

/** What changed between two sets of rules, one line each («вага К2: 1 → 2»); [] when nothing did. */
export function ruleChanges(before: ScoringRules, after: ScoringRules): string[] {
  const out: string[] = [];
  const arrow = (what: string, a: string, b: string): void => {
    if (a !== b) out.push(`${what}: ${a} → ${b}`);
  };
  arrow(ui('ruleScale'), formatScale(before.scale), formatScale(after.scale));
  const n = Math.max(before.weights.length, after.weights.length);
  for (let i = 0; i < n; i++)
    arrow(
      ui('ruleWeight', { criterion: i + 1 }),
      formatNumberUk(before.weights[i] ?? 0),
      formatNumberUk(after.weights[i] ?? 0),
    );
  arrow(ui('ruleQuorum'), String(before.quorum), String(after.quorum));
  arrow(ui('ruleWinners'), String(before.winners), String(after.winners));
  arrow(ui('ruleNormalization'), yesNo(before.normalization), yesNo(after.normalization));
  arrow(ui('ruleTieBreak'), tieBreakText(before.tieBreak), tieBreakText(after.tieBreak));
  arrow(
    ui('ruleDisagreement'),
    formatNumberUk(before.disagreementThreshold),
    formatNumberUk(after.disagreementThreshold),
  );
  return out;
}
