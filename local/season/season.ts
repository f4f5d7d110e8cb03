// Runs a whole Stage I season on the local runtime: the secretary's menu clicks, members' edits, every dispatcher tick.
// The parts build on one another: season-core (people, dates, the master) → season-set-up → season-evaluation
// (Stage I) → season-stages (Season, with the meeting and stages II and III).
export {
  COLLEAGUE,
  DEADLINE,
  FORM_OPENS,
  OWNER,
  SCORING,
  SUBMISSION_DEADLINE,
  type Entry,
  type SeasonConfig,
  type SeasonProgress,
} from './season-core';
export { Season } from './season-stages';
