// A person in the browser, and the spreadsheet they opened: UserSpreadsheet, built in layers, one file each —
// core.ts ← cells.ts ← clipboard.ts ← sort-filter.ts ← structure.ts ← undo.ts ← reading.ts.

import { World } from '../../world';
import { SpreadsheetStore } from '../store';
import { UserReading } from './reading';

export interface UserSession {
  readonly email: string;
  open: (spreadsheetId: string) => UserSpreadsheet;
}

/** One person working in the Sheets UI of one spreadsheet (see user/index.ts for the operations). */
export class UserSpreadsheet extends UserReading {}

/** A person in the browser. Opening needs the file shared with them (any role). */
export function userSession(world: World, store: SpreadsheetStore, email: string): UserSession {
  const who = email.toLowerCase();
  return {
    email: who,
    open: (spreadsheetId: string): UserSpreadsheet => {
      const model = store.get(spreadsheetId);
      const item = world.drive.get(spreadsheetId);
      if (!model || !item || item.trashed)
        throw new Error('Файл не знайдено / Sorry, the file you have requested does not exist.');
      if (!world.canRead(spreadsheetId, who)) throw new Error('Немає доступу до файлу / You need access');
      return new UserSpreadsheet(world, model, who);
    },
  };
}
