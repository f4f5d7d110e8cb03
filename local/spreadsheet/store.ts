// Every spreadsheet file of the emulated Drive, with its JSON persistence.

import { MIME, World } from '../world';
import { localeInfo } from './format';
import { DEFAULT_COLUMNS, DEFAULT_ROWS, SpreadsheetModel } from './model';
import { isValidTimeZone } from '../services/timezone';

export interface CreateOptions {
  rows?: number;
  columns?: number;
  owner?: string;
  id?: string;
  locale?: string;
  timeZone?: string;
}

/** Each world's spreadsheets (a script's Spreadsheet.copy reaches the store through its world). */
const STORES = new WeakMap<World, SpreadsheetStore>();
export const storeOf = (world: World): SpreadsheetStore | undefined => STORES.get(world);

export class SpreadsheetStore {
  private readonly models = new Map<string, SpreadsheetModel>();
  /**
   * What else a copy brings (set by the runtime): a sheet that receives a form's responses makes Drive copy that
   * form too, linked to the copy. Without it a copied sheet is linked to no form.
   */
  onCopy: ((source: SpreadsheetModel, copy: SpreadsheetModel) => void) | null = null;

  constructor(readonly world: World) {
    STORES.set(world, this);
  }

  /**
   * Creates a file with one sheet named by the locale ('Sheet1', 'Аркуш1') and registers its Drive item. Unless
   * given, its locale and time zone are the creating account's, as Sheets sets them
   * (https://support.google.com/docs/answer/58515: each spreadsheet has its own locale and time zone).
   */
  create(name: string, opts: CreateOptions = {}): SpreadsheetModel {
    const owner = (opts.owner ?? this.world.currentUser()).toLowerCase();
    const account = this.world.account(owner);
    const locale = opts.locale ?? account.locale;
    const timeZone = opts.timeZone ?? account.timeZone;
    if (!isValidTimeZone(timeZone)) throw new Error(`Unknown time zone ${timeZone}`);
    const rows = opts.rows ?? DEFAULT_ROWS;
    const cols = opts.columns ?? DEFAULT_COLUMNS;
    const id = opts.id ?? this.world.newId('ss');
    if (this.models.has(id)) throw new Error(`A spreadsheet with id ${id} already exists`);
    const model = new SpreadsheetModel(this.world, id, name, locale, timeZone, owner);
    model.addSheet(localeInfo(locale).firstSheet, rows, cols);
    if (!this.world.drive.has(id)) this.world.addDriveItem({ id, name, mimeType: MIME.spreadsheet, owner });
    this.models.set(id, model);
    return model;
  }

  /**
   * A copy of a file's contents under a new id (what Drive's files.copy does to a spreadsheet). The reference
   * does not say whether a copy keeps the source's locale and time zone; the copy here takes the copying
   * account's (the harsher case: whoever copies must set them).
   */
  copy(sourceId: string, opts: { name: string; owner?: string; id?: string }): SpreadsheetModel {
    const src = this.models.get(sourceId);
    if (!src) throw new Error(`No spreadsheet ${sourceId}`);
    const owner = (opts.owner ?? this.world.currentUser()).toLowerCase();
    const account = this.world.account(owner);
    const json = JSON.parse(JSON.stringify(src.toJSON()));
    const id = opts.id ?? this.world.newId('ss');
    const model = SpreadsheetModel.fromJSON(this.world, {
      ...json,
      id,
      name: opts.name,
      createdBy: owner,
      locale: account.locale,
      timeZone: account.timeZone,
      toasts: [],
      warnings: [],
    });
    if (!this.world.drive.has(id))
      this.world.addDriveItem({ id, name: opts.name, mimeType: MIME.spreadsheet, owner });
    this.models.set(id, model);
    if (this.onCopy) this.onCopy(src, model);
    else for (const sheet of model.sheets) delete sheet.formId;
    return model;
  }

  get(id: string): SpreadsheetModel | undefined {
    return this.models.get(id);
  }

  ids(): string[] {
    return [...this.models.keys()];
  }

  delete(id: string): boolean {
    return this.models.delete(id);
  }

  toJSON(): unknown {
    return {
      version: 1,
      spreadsheets: [...this.models.values()].map((m) => m.toJSON()),
    };
  }

  static fromJSON(world: World, json: unknown): SpreadsheetStore {
    const j = json as { defaultLocale?: string; defaultTimeZone?: string; spreadsheets?: unknown[] };
    const store = new SpreadsheetStore(world);
    // Workspaces saved before accounts kept the new files' defaults here
    if (j.defaultLocale) world.accountDefaults.locale = j.defaultLocale;
    if (j.defaultTimeZone) world.accountDefaults.timeZone = j.defaultTimeZone;
    for (const s of j.spreadsheets ?? []) {
      const m = SpreadsheetModel.fromJSON(world, s);
      store.models.set(m.id, m);
    }
    return store;
  }
}
