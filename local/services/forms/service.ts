// FormApp (forms scope): create and open Google Forms, their questions, responses, the response destination in a
// spreadsheet and whether a form accepts responses; and what a respondent's submission does — the checks the
// form's page makes, the response, and the row Forms writes into the destination sheet.
//
// https://developers.google.com/apps-script/reference/forms — the subset the project uses. A form's questions and
// responses live in the FormStore; its name, owner and access on its Drive item.

import type { FormAppPort } from '../../../src/gas/ports';
import { GasError, MIME } from '../../world';
import { requireAuthorization } from '../authorization';
import { DESTINATION_TYPE, FORMS_SCOPE, ITEM_TYPE, NO_FORM } from './names';
import type { FormsDeps } from './bound';
import { LocalParagraphTextValidationBuilder } from './items';
import { LocalForm } from './form';

/** https://developers.google.com/apps-script/reference/forms/form-app */
export class LocalFormApp implements FormAppPort {
  readonly DestinationType = DESTINATION_TYPE;
  readonly ItemType = ITEM_TYPE;

  constructor(private readonly d: FormsDeps) {}

  /** A new form in the runner's My Drive; the app that made it reaches it (drive.file). */
  create = (title: string): LocalForm => {
    requireAuthorization(this.d.world, 'FormApp.create', FORMS_SCOPE);
    this.d.world.charge('FormApp.create', 'createFile');
    const item = this.d.world.addDriveItem({ name: String(title), mimeType: MIME.form });
    this.d.world.grantAppAccess(item, this.d.world.currentUser());
    this.d.forms.create(item.id, this.d.world.newId('pub'), String(title));
    return new LocalForm(this.d, item.id);
  };

  /** Only a form the user may edit opens (the forms scope reaches every form the user can edit). */
  openById = (id: string): LocalForm => {
    requireAuthorization(this.d.world, 'FormApp.openById', FORMS_SCOPE);
    this.d.world.charge('FormApp.openById', 'openSpreadsheet');
    const item = this.d.world.drive.get(String(id));
    if (
      !item ||
      item.mimeType !== MIME.form ||
      !this.d.forms.get(item.id) ||
      !this.d.world.canWrite(item.id, this.d.world.currentUser())
    )
      throw new GasError(NO_FORM);
    return new LocalForm(this.d, item.id);
  };

  /** The editing address or the one Sheet.getFormUrl gives; the published …/d/e/… address is not the form's id. */
  openByUrl = (url: string): LocalForm => {
    const m = /\/forms\/d\/(?!e\/)([A-Za-z0-9_-]+)/.exec(String(url));
    if (!m) {
      requireAuthorization(this.d.world, 'FormApp.openByUrl', FORMS_SCOPE);
      this.d.world.charge('FormApp.openByUrl', 'openSpreadsheet');
      throw new GasError(NO_FORM);
    }
    return this.openById(m[1]);
  };

  createParagraphTextValidation = (): LocalParagraphTextValidationBuilder => {
    this.d.world.charge('FormApp.createParagraphTextValidation', 'builder');
    return new LocalParagraphTextValidationBuilder();
  };
}

export const createFormApp = (d: FormsDeps): LocalFormApp => new LocalFormApp(d);
