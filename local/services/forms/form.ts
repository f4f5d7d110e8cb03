// A Google Form (FormApp's Form): its questions, settings, destination and responses.

import type { FormPort } from '../../../src/gas/ports';
import { GasError } from '../../world';
import { ownEnum } from '../host-object';
import type { FormItemKind } from '../form-model';
import { DESTINATIONS, formEditUrl, formPublishedUrl, NO_FORM, responsesSheetName } from './names';
import { Bound } from './bound';
import {
  LocalCheckboxItem,
  LocalItem,
  LocalMultipleChoiceItem,
  LocalParagraphTextItem,
  LocalTextItem,
} from './items';
import { LocalFormResponse } from './responses';
import { unlink, writeHeader, writeResponseRow } from './destination';

/** https://developers.google.com/apps-script/reference/forms/form */
export class LocalForm extends Bound implements FormPort {
  getId = (): string => this.form('Form.getId', 'free').id;
  getTitle = (): string => this.form('Form.getTitle', 'free').title;
  getPublishedUrl = (): string => formPublishedUrl(this.form('Form.getPublishedUrl', 'free').publishedId);
  getEditUrl = (): string => formEditUrl(this.form('Form.getEditUrl', 'free').id);
  getDescription = (): string => this.form('Form.getDescription', 'free').description;

  setTitle = (title: string): LocalForm => {
    this.edit('Form.setTitle').title = String(title);
    this.world.drive.get(this.formId)!.name = String(title);
    return this;
  };
  setDescription = (description: string): LocalForm => {
    this.edit('Form.setDescription').description = String(description);
    return this;
  };
  setConfirmationMessage = (message: string): LocalForm => {
    this.edit('Form.setConfirmationMessage').confirmationMessage = String(message);
    return this;
  };
  setCustomClosedFormMessage = (message: string): LocalForm => {
    this.edit('Form.setCustomClosedFormMessage').closedMessage = String(message);
    return this;
  };
  getCustomClosedFormMessage = (): string =>
    this.form('Form.getCustomClosedFormMessage', 'free').closedMessage;

  private addItem(kind: FormItemKind): number {
    const name = {
      TEXT: 'Text',
      PARAGRAPH_TEXT: 'ParagraphText',
      MULTIPLE_CHOICE: 'MultipleChoice',
      CHECKBOX: 'Checkbox',
    };
    const form = this.edit(`Form.add${name[kind]}Item`);
    const id = 1_000_000_000 + form.nextItem++ * 7_919;
    form.items.push({ id, kind, title: '', helpText: '', required: false, choices: [], other: false });
    return id;
  }
  addTextItem = (): LocalTextItem => new LocalTextItem(this.d, this.formId, this.addItem('TEXT'));
  addParagraphTextItem = (): LocalParagraphTextItem =>
    new LocalParagraphTextItem(this.d, this.formId, this.addItem('PARAGRAPH_TEXT'));
  addMultipleChoiceItem = (): LocalMultipleChoiceItem =>
    new LocalMultipleChoiceItem(this.d, this.formId, this.addItem('MULTIPLE_CHOICE'));
  addCheckboxItem = (): LocalCheckboxItem =>
    new LocalCheckboxItem(this.d, this.formId, this.addItem('CHECKBOX'));

  getItems = (): LocalItem[] => {
    const form = this.form('Form.getItems');
    return this.world.makeArray(form.items.map((i) => new LocalItem(this.d, this.formId, i.id)));
  };

  /**
   * https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String): Forms
   * adds a tab for the responses to the spreadsheet (first in the tab order), with the timestamp and every
   * question as headers, and writes the responses the form already has there.
   */
  setDestination = (type: GoogleAppsScript.Forms.DestinationType, id: string): LocalForm => {
    const form = this.edit('Form.setDestination');
    ownEnum(DESTINATIONS, type, 'FormApp.Form.setDestination');
    const model = this.d.spreadsheets.get(String(id));
    if (!model || !this.world.canWrite(String(id), this.world.currentUser())) throw new GasError(NO_FORM);
    unlink(this.d, form);
    const sheet = model.addSheet(
      responsesSheetName(model.locale, (n) => !!model.sheetByName(n)),
      1000,
      Math.max(26, form.items.length + 1),
      0,
    );
    sheet.frozenRows = 1;
    sheet.formId = form.id;
    form.destination = { spreadsheetId: model.id, sheetId: sheet.id };
    writeHeader(model, sheet, form);
    for (const r of form.responses) writeResponseRow(this.d, form, r);
    this.world.touch(model.id);
    return this;
  };

  /** Throws when the form sends its responses nowhere (the reference does not say; the harsher reading). */
  getDestinationId = (): string => {
    const form = this.form('Form.getDestinationId', 'free');
    if (!form.destination) throw new GasError('The form currently has no response destination.');
    return form.destination.spreadsheetId;
  };

  /** The responses tab stays, no longer linked (Sheet.getFormUrl returns null). */
  removeDestination = (): LocalForm => {
    unlink(this.d, this.edit('Form.removeDestination'));
    return this;
  };

  setAcceptingResponses = (enabled: boolean): LocalForm => {
    this.edit('Form.setAcceptingResponses').accepting = Boolean(enabled);
    return this;
  };
  isAcceptingResponses = (): boolean => this.form('Form.isAcceptingResponses', 'free').accepting;

  /** All responses, or those after `timestamp` (strictly later), oldest first. */
  getResponses = ((timestamp?: GoogleAppsScript.Base.Date): LocalFormResponse[] => {
    const form = this.form('Form.getResponses', 'driveCall');
    const after = timestamp === undefined ? -Infinity : (timestamp as unknown as Date).getTime();
    return this.world.makeArray(
      form.responses
        .filter((r) => r.timestamp > after)
        .sort((a, b) => a.timestamp - b.timestamp)
        .map((r) => new LocalFormResponse(this.d, this.formId, r)),
    );
  }) as FormPort['getResponses'];

  getResponse = (responseId: string): LocalFormResponse => {
    const form = this.form('Form.getResponse', 'driveCall');
    const r = form.responses.find((x) => x.id === String(responseId));
    if (!r) throw new GasError(`No response with ID ${String(responseId)} exists for this form.`);
    return new LocalFormResponse(this.d, this.formId, r);
  };
}
