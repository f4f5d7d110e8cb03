// «Прийом заявок»: the submission form made with FormApp, each response taken into «Кейси» with the import's
// validation and ID, likely repeats flagged, the applicant's confirmation sent once, and the form closed at its
// deadline (a one-off trigger; the dispatcher as the fallback, and the sweep for responses a trigger missed).
export { submissionsPanel } from './state';
export { type FormReport, createSubmissionForm, formReport } from './form';
export { type IntakeResult, takeIn, sendWaitingConfirmations, onCaseSubmitted } from './intake';
export {
  type CloseReport,
  closeSubmissionForm,
  submissionsStep,
  closeAtDeadline,
  closeReport,
} from './closing';
