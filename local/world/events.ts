// What happened in a spreadsheet that another part of the runtime reacts to (a user edit fires onEdit triggers).

/** What an edit did, as Apps Script's onChange event names it (e.changeType). */
export type ChangeType =
  | 'EDIT'
  | 'INSERT_ROW'
  | 'INSERT_COLUMN'
  | 'REMOVE_ROW'
  | 'REMOVE_COLUMN'
  | 'INSERT_GRID'
  | 'REMOVE_GRID'
  | 'FORMAT'
  | 'OTHER';

/** What happened that another part of the runtime reacts to (a user edit fires onEdit triggers, …). */
export type WorldEvent =
  | {
      type: 'edit';
      spreadsheetId: string;
      sheetName: string;
      /** A1 notation of the edited range on that sheet. */
      a1: string;
      user: string;
      /** Only for a single-cell edit, as in Apps Script's event object. */
      value?: unknown;
      oldValue?: unknown;
    }
  | {
      type: 'change';
      spreadsheetId: string;
      user: string;
      changeType: ChangeType;
    };
