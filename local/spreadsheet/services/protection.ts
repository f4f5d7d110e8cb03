// Protection: a range's or a sheet's, its description, editors, unprotected ranges and warning-only mode.

import type { ProtectionPort, UserPort } from '../../../src/gas/ports';
import { GasError, World } from '../../world';
import { ProtectionData, SheetModel, SpreadsheetModel } from '../model';
import { isOwn, makeEnum, typeName } from '../../services/host-object';
import { Bound, made, User } from './bound';
import { Range } from './range';

type GRange = GoogleAppsScript.Spreadsheet.Range;

export const PROTECTION_TYPE = makeEnum('SpreadsheetApp.ProtectionType', ['RANGE', 'SHEET'] as const);
export const ProtectionType =
  PROTECTION_TYPE as unknown as typeof GoogleAppsScript.Spreadsheet.ProtectionType;

export class Protection extends Bound implements ProtectionPort {
  protected readonly cls = 'Protection';

  constructor(
    world: World,
    ss: SpreadsheetModel,
    readonly data: ProtectionData,
  ) {
    super(world, ss);
  }

  private sheet(): SheetModel {
    const s = this.ss.sheetById(this.data.sheetId);
    if (!s) throw new GasError('The sheet of this protection no longer exists.');
    return s;
  }

  private materialize(): string[] {
    if (this.data.editors === null) this.data.editors = this.ss.fileEditors();
    return this.data.editors;
  }

  setDescription = (description: string): Protection => {
    this.charge('setDescription', 'protection');
    this.data.description = String(description);
    return this;
  };

  getDescription = this.getter('getDescription', (): string => this.data.description);

  getProtectionType = this.getter(
    'getProtectionType',
    (): GoogleAppsScript.Spreadsheet.ProtectionType =>
      PROTECTION_TYPE[this.data.type] as unknown as GoogleAppsScript.Spreadsheet.ProtectionType,
  );

  /** Only a sheet protection has unprotected ranges; for a range protection Apps Script throws (wording inferred). */
  setUnprotectedRanges = (ranges: GRange[]): Protection => {
    this.charge('setUnprotectedRanges', 'protection');
    if (this.data.type !== 'SHEET')
      throw new GasError('Unprotected ranges can only be set on a sheet protection.');
    if (!Array.isArray(ranges))
      throw new GasError(
        `The parameters (${typeName(ranges)}) don't match the method signature for SpreadsheetApp.Protection.setUnprotectedRanges.`,
      );
    const rects = Array.from(ranges as unknown[], (r) => {
      // The service's own Range only: a Proxy around one is another object to Apps Script
      if (!isOwn(r, Range))
        throw new GasError(
          `The parameters (${typeName(ranges)}) don't match the method signature for SpreadsheetApp.Protection.setUnprotectedRanges.`,
        );
      if (r.sheetModel.id !== this.data.sheetId)
        throw new GasError('The unprotected ranges must be on the protected sheet.');
      return { ...r.rect };
    });
    this.data.unprotected = rects;
    this.modified();
    return this;
  };

  getUnprotectedRanges = (): Range[] => {
    this.charge('getUnprotectedRanges', 'metadata');
    const sheet = this.sheet();
    return this.arr(this.data.unprotected.map((r) => new Range(this.world, this.ss, sheet, { ...r })));
  };

  /**
   * Adds a protection editor; it does not share the file
   * (https://developers.google.com/apps-script/reference/spreadsheet/protection#addEditor(String)). The
   * reference does not say what an address without a Google account does; the runtime refuses it (the harsher
   * case), with its own wording.
   */
  addEditor = (emailAddress: string): Protection => {
    this.charge('addEditor', 'protection');
    const email = emailOf(emailAddress);
    if (!this.world.account(email).hasGoogleAccount)
      throw new GasError(`${email} has no Google account and cannot edit a protected range.`);
    const list = this.materialize();
    if (!list.includes(email)) list.push(email);
    this.modified();
    return this;
  };

  /** The owner of the file always stays an editor. Accepts emails or User objects (as getEditors() returns). */
  removeEditors = (emailAddresses: string[]): Protection => {
    this.charge('removeEditors', 'protection');
    const remove = new Set(Array.from(emailAddresses as unknown[], emailOf));
    const owner = this.ss.owner;
    this.data.editors = this.materialize().filter((e) => e === owner || !remove.has(e));
    this.modified();
    return this;
  };

  getEditors = this.getter('getEditors', (): User[] =>
    this.arr(this.ss.editorsOf(this.data).map((e) => new User(e))),
  );

  /** A consumer (gmail.com) file has no domain. */
  canDomainEdit = this.getter('canDomainEdit', (): boolean => false);

  /** "Throws an exception if the spreadsheet does not belong to a Google Workspace domain" (wording inferred). */
  setDomainEdit = (_editable: boolean): Protection => {
    this.charge('setDomainEdit', 'protection');
    throw new GasError('This spreadsheet does not belong to a Google Workspace domain.');
  };

  setWarningOnly = (warningOnly: boolean): Protection => {
    this.change('setWarningOnly', 'protection', 0, () => {
      this.data.warningOnly = Boolean(warningOnly);
    });
    return this;
  };

  isWarningOnly = this.getter('isWarningOnly', (): boolean => this.data.warningOnly);

  getRange = (): Range => {
    this.charge('getRange', 'metadata');
    const sheet = this.sheet();
    const rect = this.data.rect ?? { row: 1, col: 1, numRows: sheet.maxRows, numCols: sheet.maxCols };
    return new Range(this.world, this.ss, sheet, { ...rect });
  };

  remove = (): void =>
    this.change('remove', 'protection', 0, () => {
      this.ss.protections = this.ss.protections.filter((p) => p !== this.data && p.id !== this.data.id);
    });
}

function emailOf(x: unknown): string {
  if (x && typeof x === 'object' && typeof (x as UserPort).getEmail === 'function')
    return (x as UserPort).getEmail().toLowerCase();
  return String(x).trim().toLowerCase();
}

made.protection = (world, ss, data) => new Protection(world, ss, data);
