// The borderline round before the meeting: «Межові кейси» in the members' own files (only the borderline cases, their
// first scores to confirm or revise by a date), collected like the main round into «Повторні оцінки», locked at its
// date. «Оцінки» and the rating are never touched: the round's figures stand beside the first ones in «Засідання».
export {
  ROUND_LOCK,
  type RoundState,
  roundState,
  roundWaiting,
  roundDeadline,
  readRoundFigures,
  roundSummary,
} from './state';
export { defaultRoundDeadline, type RoundOpenResult, roundPlan, openRound, roundOpenReport } from './opening';
export {
  type RoundCollectResult,
  collectRound,
  lockRound,
  collectRoundNow,
  roundStep,
  roundLockTrigger,
  roundCollectReport,
} from './collecting';
