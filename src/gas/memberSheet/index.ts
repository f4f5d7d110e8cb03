// A member's own evaluation spreadsheet: built in one Sheets API call, read back in one Sheets API request, marked,
// and locked at the end.
export {
  type MemberSheetSpec,
  type SheetRef,
  BLANK_FILE,
  memberFileName,
  buildMemberSheet,
  currentSheets,
  memberSheetRequests,
} from './build';
export { memberValidations } from './rules';
export { type MemberSheetRead, MEMBER_FILE_FIELDS, readMemberSheet } from './read';
export {
  isRestoring,
  type MemberFeedback,
  writeFeedback,
  unlockMemberSheet,
  lockMemberSheet,
  lockMemberTab,
} from './feedback';
