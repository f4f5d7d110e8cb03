// «Засідання»: the items the commission decides at the meeting, the tab the secretary records the votes in, the checks
// of what was recorded, and the approved selection as the rating's changed only by the recorded decisions.
export {
  MEETING_TAB,
  type AgendaKind,
  type Standing,
  type Decision,
  type AgendaItem,
  MEETING_HEADERS,
  MEETING_COL,
  MEETING_LABELS,
  MEETING_HEAD_ROWS,
  MEETING_FIRST_ITEM_ROW,
  DECISION_WORDS,
  decisionWord,
} from './schema';
export { type AgendaInput, buildAgenda, cutoffMean, selectionText, placesOf } from './agenda';
export {
  type MeetingHead,
  type Recorded,
  meetingRows,
  type MeetingItemRead,
  type MeetingRead,
  readMeetingRows,
  recordedByItem,
  hasRecord,
} from './tab';
export { type Vote, type DecidedItem, type MeetingCheck, parseDecision, checkMeeting } from './checks';
export { type Applied, applyDecisions, checkPlaces, decidedText } from './decisions';
