// The Sheets advanced service (v4): batchUpdate (service.ts, its requests by family in *-requests.ts, the shared
// checks in check.ts) and get (../sheets-api-get.ts).

export { cellsWritten } from './batch';
export {
  createSheets,
  LocalSheets,
  LocalSheetsSpreadsheets,
  WRITES_PER_MINUTE_PER_USER,
  type SheetsOptions,
} from './service';
