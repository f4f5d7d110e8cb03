// The real Apps Script globals behind the ports; this assignment is also the proof that they fit.
import type { GasPorts } from './ports';

export function services(): GasPorts {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error(
      'Увімкніть розширену службу Drive (v3) у проєкті Apps Script / Enable the Drive advanced service (v3).',
    );
  }
  if (typeof Sheets === 'undefined' || !Sheets) {
    throw new Error(
      'Увімкніть розширену службу Google Sheets API (v4) у проєкті Apps Script / Enable the Sheets advanced service (v4).',
    );
  }
  if (typeof Docs === 'undefined' || !Docs) {
    throw new Error(
      'Увімкніть розширену службу Google Docs API (v1) у проєкті Apps Script / Enable the Docs advanced service (v1).',
    );
  }
  return {
    SpreadsheetApp,
    Drive,
    Sheets,
    Docs,
    MailApp,
    ScriptApp,
    PropertiesService,
    LockService,
    CacheService,
    Utilities,
    Session,
    HtmlService,
    DocumentApp,
    FormApp,
  };
}
