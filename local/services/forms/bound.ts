// What every FormApp object shares: the world, the forms and the spreadsheets, and the charged access to its form.

import type { CostClass } from '../../cost';
import type { SpreadsheetStore } from '../../spreadsheet/store';
import { GasError, type World } from '../../world';
import type { FormRecord, FormStore } from '../form-model';
import { NO_FORM } from './names';

/** What the services share: the world, the forms, and the spreadsheets responses are written to. */
export interface FormsDeps {
  world: World;
  forms: FormStore;
  spreadsheets: SpreadsheetStore;
}

export abstract class Bound {
  constructor(
    protected readonly d: FormsDeps,
    readonly formId: string,
  ) {}

  protected get world(): World {
    return this.d.world;
  }

  /** The form's record, charged as a call; gone forms refuse like Apps Script's. */
  protected form(method: string, cost: CostClass = 'document'): FormRecord {
    this.world.charge(method, cost);
    const form = this.d.forms.get(this.formId);
    const item = this.world.drive.get(this.formId);
    if (!form || !item || item.trashed) throw new GasError(NO_FORM);
    return form;
  }

  /** Before a change: the form is edited, Drive says so. */
  protected edit(method: string): FormRecord {
    const form = this.form(method);
    this.world.modifiedByDrive(this.world.drive.get(this.formId)!);
    return form;
  }
}
