// Spreadsheet: the file's name, its sheets added, found and deleted, copies, locale, time zone and toasts.

import type { SpreadsheetPort } from '../../../src/gas/ports';
import { GasError, World } from '../../world';
import { SpreadsheetModel } from '../model';
import { storeOf } from '../store';
import { isValidTimeZone } from '../../services/timezone';
import { isLocaleCode } from '../format';
import { isOwn, typeName } from '../../services/host-object';
import { Bound, made } from './bound';
import { Sheet } from './sheet';

type GSheet = GoogleAppsScript.Spreadsheet.Sheet;

export class Spreadsheet extends Bound implements SpreadsheetPort {
  protected readonly cls = 'Spreadsheet';

  constructor(world: World, ss: SpreadsheetModel) {
    super(world, ss);
  }

  get model(): SpreadsheetModel {
    return this.ss;
  }

  getId = this.getter('getId', (): string => this.ss.id);

  getUrl = this.getter('getUrl', (): string => this.ss.url);

  getName = this.getter('getName', (): string => this.ss.name);

  rename = (newName: string): void => {
    this.charge('rename', 'metadata');
    this.ss.name = String(newName);
    const item = this.world.drive.get(this.ss.id);
    if (item) item.name = this.ss.name;
    this.modified();
  };

  getSheetByName = (name: string): Sheet | null => {
    this.charge('getSheetByName', 'metadata');
    const s = this.ss.sheetByName(name);
    return s ? new Sheet(this.world, this.ss, s) : null;
  };

  getNumSheets = this.getter('getNumSheets', (): number => this.ss.sheets.length);

  getSheets = this.getter('getSheets', (): Sheet[] =>
    this.arr(this.ss.sheets.map((s) => new Sheet(this.world, this.ss, s))),
  );

  insertSheet = ((sheetName: string, sheetIndex?: number): Sheet => {
    this.charge('insertSheet', 'formatting');
    const s = this.ss.addSheet(String(sheetName), undefined, undefined, sheetIndex);
    this.modified();
    return new Sheet(this.world, this.ss, s);
  }) as SpreadsheetPort['insertSheet'];

  deleteSheet = (sheet: GSheet): void => {
    this.charge('deleteSheet', 'formatting');
    const s = sheet as unknown;
    if (!isOwn(s, Sheet) || !this.ss.sheets.includes(s.model)) {
      throw new GasError(
        `The parameters (${typeName(sheet)}) don't match the method signature for SpreadsheetApp.Spreadsheet.deleteSheet.`,
      );
    }
    // Sheets offers to delete a form's responses tab only after «Unlink form»; the reference is silent (harsher)
    if (s.model.formId)
      throw new GasError(
        'This sheet is linked to a form. Unlink the form (Form.removeDestination) before deleting the sheet.',
      );
    this.ss.removeSheet(s.model);
    this.modified();
  };

  /**
   * "Copies the spreadsheet and returns the new one" (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#copy(String)):
   * a new file in the runner's My Drive that they own, shared with nobody, the script's app reaching it as a file
   * it made. A container's bound script is copied with it as a new project
   * (https://developers.google.com/apps-script/guides/bound), and a tab that receives a form's responses brings a
   * copy of that form (SpreadsheetStore.onCopy).
   */
  copy = (name: string): Spreadsheet => {
    this.charge('copy', 'createFile');
    const who = this.world.currentUser();
    if (!this.world.canRead(this.ss.id, who))
      throw new GasError('You do not have permission to access the requested document.');
    if (!this.world.quotas.spreadsheetsCreated.take(this.world.now(), 1))
      throw new GasError('Service invoked too many times for one day: spreadsheets create.');
    const store = storeOf(this.world);
    if (!store) throw new GasError('Spreadsheet copies need the spreadsheet store.');
    const model = store.copy(this.ss.id, { name: String(name), owner: who });
    this.world.grantAppAccess(this.world.drive.get(model.id)!, who);
    if (this.world.projectBoundTo(this.ss.id)) this.world.addProject(model.id, who);
    return new Spreadsheet(this.world, model);
  };

  /**
   * Later input is parsed, and values are shown, by the new locale; stored values stay
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetLocale(String)).
   * A code that is no locale is refused (wording inferred).
   */
  setSpreadsheetLocale = (locale: string): void => {
    this.charge('setSpreadsheetLocale', 'metadata');
    if (typeof locale !== 'string' || !isLocaleCode(locale)) throw new GasError('Invalid argument: locale');
    this.ss.locale = locale;
    this.modified();
  };

  getSpreadsheetLocale = this.getter('getSpreadsheetLocale', (): string => this.ss.locale);

  /**
   * Keeps every stored serial: a date cell keeps its wall clock, so the instant getValues returns moves
   * (https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#setSpreadsheetTimeZone(String),
   * https://googlesheets4.tidyverse.org/articles/dates-and-times.html).
   */
  setSpreadsheetTimeZone = (timezone: string): void => {
    this.charge('setSpreadsheetTimeZone', 'metadata');
    if (!isValidTimeZone(timezone)) throw new GasError('Invalid argument: timeZone');
    this.ss.timeZone = timezone;
    this.modified();
  };

  getSpreadsheetTimeZone = this.getter('getSpreadsheetTimeZone', (): string => this.ss.timeZone);

  toast = ((msg: string, title?: string, timeoutSeconds?: number): void => {
    this.charge('toast', 'ui');
    this.ss.toasts.push({
      at: this.world.now(),
      msg: String(msg),
      title: title === undefined ? '' : String(title),
      timeoutSeconds: timeoutSeconds ?? 5,
    });
  }) as SpreadsheetPort['toast'];
}

made.spreadsheet = (world, ss) => new Spreadsheet(world, ss);
