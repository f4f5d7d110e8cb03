// What every script-facing class shares: the file it is bound to, the charge for each call, the file marked
// modified; and how the classes above a file are made, so that files import only downward.

import type { ProtectionPort, SheetPort, SpreadsheetPort, UserPort } from '../../../src/gas/ports';
import type { CostClass } from '../../cost';
import type { World, WriteTarget } from '../../world';
import type { ProtectionData, SheetModel, SpreadsheetModel } from '../model';

export class User implements UserPort {
  constructor(private readonly email: string) {}
  getEmail = (): string => this.email;
}

export abstract class Bound {
  constructor(
    protected readonly world: World,
    protected readonly ss: SpreadsheetModel,
  ) {}
  protected abstract readonly cls: string;
  protected charge(method: string, cost: CostClass, cells = 0): void {
    this.world.charge(`${this.cls}.${method}`, cost, cells, (this.file ??= this.writeTarget()));
  }
  /**
   * What a write of this class changes, so that what the write cache loses at the time limit is put back
   * (execution.ts): the whole file here; a range's writes change only its tab (range.ts).
   */
  private file: WriteTarget | undefined;
  protected writeTarget(): WriteTarget {
    const ss = this.ss;
    return { key: ss.id, capture: () => ss.checkpoint() };
  }
  /** A method that only reads the model: charged as one metadata call under its name, then read. */
  protected getter<A extends unknown[], R>(method: string, read: (...args: A) => R): (...args: A) => R {
    return (...args: A): R => {
      this.charge(method, 'metadata');
      return read(...args);
    };
  }
  /** A method that changes the file: charged under its name, applied, and the file marked as modified. */
  protected change(method: string, cost: CostClass, cells: number, apply: () => void): void {
    this.charge(method, cost, cells);
    apply();
    this.modified();
  }
  protected arr<T>(items: T[]): T[] {
    return this.world.makeArray(items);
  }
  protected modified(): void {
    this.world.touch(this.ss.id);
  }
}

const unregistered = (): never => {
  throw new Error('The spreadsheet services are used through local/spreadsheet/services (index.ts).');
};

/**
 * The classes hand one another out both ways (a sheet its ranges, a range its sheet). A class that one below it
 * hands out registers here how it is made (protection.ts, sheet.ts, spreadsheet.ts).
 */
export const made: {
  protection: (world: World, ss: SpreadsheetModel, data: ProtectionData) => ProtectionPort;
  sheet: (world: World, ss: SpreadsheetModel, model: SheetModel) => SheetPort;
  spreadsheet: (world: World, ss: SpreadsheetModel) => SpreadsheetPort;
} = { protection: unregistered, sheet: unregistered, spreadsheet: unregistered };
