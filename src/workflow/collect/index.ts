// «Зібрати оцінки»: reads member files (one Sheets API request each), maps every cell to its case, updates «Оцінки».
export {
  SWEEP_OVERLAP_MS,
  CLOCK_MARGIN_MS,
  type CollectOptions,
  type CollectResult,
  collect,
  collectReport,
} from './sweep';
export { type ReadMode, type MemberOutcome, collectMember } from './member-file';
export { refreshVerdicts, writeScoreRows, writeProgress } from './master-rows';
