// The Sheets advanced service (v4): spreadsheets.batchUpdate over the runtime's spreadsheets — the request kinds the
// product sends, each checked as the API checks it, the whole batch applied atomically or not at all.
//
// https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate: "Each request is validated
// before being applied. If any request is not valid then the entire request will fail and nothing will be
// applied." The requests: https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/request.
// Error texts quoted from the API where users report them; the ones marked (inferred) are the runtime's wording.
// A request kind, field or value the API accepts but the runtime does not model is refused with a 400 that says so,
// never silently ignored.
import type { SheetsPort, SheetsSpreadsheetsPort } from '../../../src/gas/ports';
import type { World } from '../../world';
import { SpreadsheetModel } from '../../spreadsheet/model';
import type { SpreadsheetStore } from '../../spreadsheet/store';
import { requireAuthorization } from '../authorization';
import { GoogleJsonResponseException } from '../drive';
import { getSpreadsheet, PerMinuteQuota, reachable, readQuota } from '../sheets-api-get';
import { applyAll, cellsWritten } from './batch';
import { BadRequest, known, Where, type Json } from './check';
type BatchUpdate = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetRequest;
type BatchUpdateResponse = GoogleAppsScript.Sheets.Schema.BatchUpdateSpreadsheetResponse;

const API = 'sheets.spreadsheets.batchUpdate';
const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/** "Write requests per minute per user per project: 60" (https://developers.google.com/sheets/api/limits). */
export const WRITES_PER_MINUTE_PER_USER = 60;

export interface SheetsOptions {
  /**
   * The scope the script holds for Sheets: 'spreadsheets' (appsscript.json) reaches every spreadsheet the user may
   * open; 'drive.file' alone only the files this app created or was given
   * (https://developers.google.com/sheets/api/scopes).
   */
  scope?: 'spreadsheets' | 'drive.file';
}

/** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets */
export class LocalSheetsSpreadsheets implements SheetsSpreadsheetsPort {
  /** Write requests per user in the last minute (the API's per-minute quota). */
  private readonly writes: PerMinuteQuota;

  constructor(
    private readonly world: World,
    private readonly store: SpreadsheetStore,
    private readonly options: SheetsOptions = {},
  ) {
    this.writes = new PerMinuteQuota(world, API, WRITES_PER_MINUTE_PER_USER, 'Write requests');
    this.reads = readQuota(world);
  }

  /** Read requests per user in the last minute. */
  private readonly reads: PerMinuteQuota;

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/batchUpdate */
  batchUpdate = (resource: BatchUpdate, spreadsheetId: string): BatchUpdateResponse => {
    const world = this.world;
    requireAuthorization(world, 'Sheets.Spreadsheets.batchUpdate', SPREADSHEETS_SCOPE);
    const body = (resource ?? {}) as Json;
    const id = String(spreadsheetId);
    const model = this.store.get(id);
    world.charge('Sheets.Spreadsheets.batchUpdate', 'sheetsBatchUpdate', cellsWritten(model, body.requests));
    const user = world.currentUser();
    this.writes.take(user);
    if (!model || !reachable(world, id, user, this.options.scope ?? 'spreadsheets'))
      throw new GoogleJsonResponseException(API, 404, 'Requested entity was not found.');
    if (!world.canWrite(id, user))
      throw new GoogleJsonResponseException(API, 403, 'The caller does not have permission');
    try {
      known(body, new Where(0, '', 'batch'), [
        'requests',
        'includeSpreadsheetInResponse',
        'responseRanges',
        'responseIncludeGridData',
      ]);
      if (body.includeSpreadsheetInResponse === true || body.responseIncludeGridData === true)
        throw new BadRequest('The spreadsheet in the response is not emulated by the local runtime.');
      const requests = body.requests;
      if (!Array.isArray(requests) || requests.length === 0)
        throw new BadRequest('Must specify at least one request.');
      // Atomic: the batch runs on a copy first; only when every request applies does it run on the file itself.
      const trial = SpreadsheetModel.fromJSON(world, JSON.parse(JSON.stringify(model.toJSON())));
      applyAll(trial, requests, world);
      const replies = applyAll(model, requests, world);
      world.touch(id);
      return { spreadsheetId: id, replies: world.makeArray(replies) };
    } catch (e) {
      if (e instanceof BadRequest) throw new GoogleJsonResponseException(API, 400, e.message);
      throw e;
    }
  };

  /** https://developers.google.com/sheets/api/reference/rest/v4/spreadsheets/get (see ../sheets-api-get.ts). */
  get = (spreadsheetId: string, optionalArgs?: object): GoogleAppsScript.Sheets.Schema.Spreadsheet =>
    getSpreadsheet(
      this.world,
      this.store,
      this.options.scope ?? 'spreadsheets',
      this.reads,
      spreadsheetId,
      optionalArgs,
    ) as GoogleAppsScript.Sheets.Schema.Spreadsheet;
}

export class LocalSheets implements SheetsPort {
  readonly Spreadsheets: LocalSheetsSpreadsheets;
  constructor(world: World, store: SpreadsheetStore, options: SheetsOptions = {}) {
    this.Spreadsheets = new LocalSheetsSpreadsheets(world, store, options);
  }
}

export const createSheets = (
  world: World,
  store: SpreadsheetStore,
  options: SheetsOptions = {},
): LocalSheets => new LocalSheets(world, store, options);
