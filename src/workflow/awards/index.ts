// Stage II, the awards: the certificates from the secretary's template, the winners' letters, the job that makes and
// sends them until every case is done, and the dispatcher's step that resumes it (with the catalog and the stands).
export {
  PLACEHOLDERS,
  type TemplateResult,
  certificateTemplate,
  templateReport,
  certificateValues,
} from './certificates';
export { winnerKey, winnerVars } from './letters';
export { type WinnersResult, runWinners, winnersReport } from './winners';
export { resumeStageJobs } from './resume';
export { progressOf, winnersStep } from './progress';
export type { ApprovedList } from '../approve';
