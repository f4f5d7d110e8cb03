// The global `SpreadsheetApp`: opening, creating and the active spreadsheet, flush, the Ui and validation builders.

import type { DataValidationBuilderPort, SpreadsheetAppPort, UiPort } from '../../../src/gas/ports';
import type { CostClass } from '../../cost';
import { GasError, World } from '../../world';
import { SpreadsheetStore } from '../store';
import { DATA_VALIDATION_CRITERIA, DataValidationBuilder } from '../validation';
import { ProtectionType } from './protection';
import { Spreadsheet } from './spreadsheet';

export const DataValidationCriteria =
  DATA_VALIDATION_CRITERIA as unknown as typeof GoogleAppsScript.Spreadsheet.DataValidationCriteria;

export interface SpreadsheetAppOptions {
  /** Whether a Ui is available in the running execution (Apps Script throws from time-driven triggers). */
  uiAvailable?: () => boolean;
  /**
   * Whether the bound spreadsheet is the active one: not in the execution of a form's submit trigger, which runs
   * in the form's context (the reference is silent for a spreadsheet's script; the harsher reading).
   */
  containerActive?: () => boolean;
}

/** The global `SpreadsheetApp`. */
export function createSpreadsheetApp(
  world: World,
  store: SpreadsheetStore,
  ui: UiPort,
  opts: SpreadsheetAppOptions = {},
): SpreadsheetAppPort {
  const charge = (method: string, cls: CostClass): void => world.charge(`SpreadsheetApp.${method}`, cls);

  const open = (id: string, method: string): Spreadsheet => {
    const model = store.get(id);
    const item = world.drive.get(id);
    if (!model || !item || item.trashed)
      throw new GasError(
        `Unexpected error while getting the method or property ${method} on object SpreadsheetApp.`,
      );
    if (!world.canRead(id, world.currentUser()))
      throw new GasError('You do not have permission to access the requested document.');
    return new Spreadsheet(world, model);
  };

  const app = {
    ProtectionType,
    DataValidationCriteria,
    getActiveSpreadsheet: (): Spreadsheet => {
      charge('getActiveSpreadsheet', 'metadata');
      if (opts.containerActive && !opts.containerActive()) return null as unknown as Spreadsheet;
      const bound = world.project().boundId;
      const model = bound ? store.get(bound) : undefined;
      return (model ? new Spreadsheet(world, model) : null) as Spreadsheet;
    },
    openById: (id: string): Spreadsheet => {
      charge('openById', 'openSpreadsheet');
      return open(String(id), 'openById');
    },
    openByUrl: (url: string): Spreadsheet => {
      charge('openByUrl', 'openSpreadsheet');
      const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(String(url));
      if (!m) throw new GasError('Invalid argument: url');
      return open(m[1], 'openByUrl');
    },
    create: ((name: string, rows?: number, columns?: number): Spreadsheet => {
      charge('create', 'createFile');
      if (rows !== undefined && (!(rows >= 1) || !(columns !== undefined && columns >= 1))) {
        throw new GasError('The number of rows and columns must be at least 1.');
      }
      if (!world.quotas.spreadsheetsCreated.take(world.now(), 1))
        throw new GasError('Service invoked too many times for one day: spreadsheets create.');
      // Sheets gives a new file the creating account's locale and time zone; the app that made it reaches it
      const model = store.create(String(name), { rows, columns, owner: world.currentUser() });
      world.grantAppAccess(world.drive.get(model.id)!, world.currentUser());
      return new Spreadsheet(world, model);
    }) as SpreadsheetAppPort['create'],
    flush: (): void => {
      charge('flush', 'flush');
    },
    getUi: (): UiPort => {
      charge('getUi', 'metadata');
      if (opts.uiAvailable && !opts.uiAvailable())
        throw new GasError('Cannot call SpreadsheetApp.getUi() from this context.');
      return ui;
    },
    newDataValidation: (): DataValidationBuilderPort => {
      charge('newDataValidation', 'builder');
      return new DataValidationBuilder(world);
    },
  };
  return app satisfies SpreadsheetAppPort;
}
