// How firmly each case is in or out of the top N: a seeded bootstrap over the members and four aggregation rules.
export { scoreMatrix, type ScoreMatrix } from './matrix';
export { AGGREGATION_RULES, TRIM_SHARE, trimmedMean, type AggregationRule, type Standing } from './rules';
export {
  agendaOrder,
  DEFAULT_RESAMPLES,
  STABILITY_BAND,
  stability,
  type BorderlineReason,
  type CaseStability,
  type StabilityOptions,
  type StabilityResult,
  type StabilityVerdict,
} from './verdict';
