// The real Apps Script globals behind the ports; this assignment is also the proof that they fit.
import type { GasPorts } from './ports';

export function services(): GasPorts {
  if (typeof Drive === 'undefined' || !Drive) {
    throw new Error(
      'Увімкніть розширену службу Drive (v3) у проєкті Apps Script / Enable the Drive advanced service (v3).',
    );
  }
  return {
    SpreadsheetApp,
    Drive,
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
