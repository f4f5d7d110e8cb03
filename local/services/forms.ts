// FormApp (forms scope): create and open Google Forms, their questions, responses, the response destination in a
// spreadsheet and whether a form accepts responses; and what a respondent's submission does — the checks the
// form's page makes, the response, and the row Forms writes into the destination sheet.
//
// https://developers.google.com/apps-script/reference/forms — the subset the project uses. A form's questions and
// responses live in the FormStore; its name, owner and access on its Drive item.

import type {
  CheckboxItemPort,
  FormAppPort,
  FormItemPort,
  FormPort,
  FormResponsePort,
  ItemResponsePort,
  MultipleChoiceItemPort,
  ParagraphTextItemPort,
  ParagraphTextValidationBuilderPort,
  TextItemPort,
} from '../../src/gas/ports';
import type { CostClass } from '../cost';
import { localeInfo } from '../spreadsheet/format';
import type { SheetModel, SpreadsheetModel } from '../spreadsheet/model';
import type { SpreadsheetStore } from '../spreadsheet/store';
import { instantToSerial } from '../spreadsheet/serial';
import { GasError, MIME, type World } from '../world';
import { requireAuthorization } from './authorization';
import { makeEnum, ownEnum } from './host-object';
import type { FormItemKind, FormItemRecord, FormRecord, FormResponseRecord, FormStore } from './form-model';

export const FORMS_SCOPE = 'https://www.googleapis.com/auth/forms';
/** FormApp.openById/openByUrl of a form that is not there or not the user's to edit. */
export const NO_FORM =
  'No item with the given ID could be found, or you do not have permission to access it.';
/** What the form's page shows when it is closed and the owner wrote no message of their own (inferred wording). */
export const FORM_CLOSED_DEFAULT = (title: string): string =>
  `The form ${title} is no longer accepting responses. Try contacting the owner of the form if you think this is a mistake.`;
/** The form page's message under a required question left empty. */
export const REQUIRED_QUESTION = 'This is a required question';

/** Enums: objects that print as their names, as Apps Script's are (./host-object). */
const DESTINATIONS = makeEnum('FormApp.DestinationType', ['SPREADSHEET'] as const);
export const DESTINATION_TYPE = DESTINATIONS as unknown as typeof GoogleAppsScript.Forms.DestinationType;
const ITEMS = makeEnum('FormApp.ItemType', [
  'CHECKBOX',
  'MULTIPLE_CHOICE',
  'PARAGRAPH_TEXT',
  'TEXT',
] as const);
export const ITEM_TYPE = ITEMS as unknown as typeof GoogleAppsScript.Forms.ItemType;

export const formEditUrl = (id: string): string => `https://docs.google.com/forms/d/${id}/edit`;
/** What Sheet.getFormUrl returns for the form sending its responses there. */
export const formViewUrl = (id: string): string => `https://docs.google.com/forms/d/${id}/viewform`;
export const formPublishedUrl = (publishedId: string): string =>
  `https://docs.google.com/forms/d/e/${publishedId}/viewform`;

/**
 * The tab Forms adds for a destination, named in the spreadsheet's language, and its first column's header
 * (inferred from the Sheets UI in en_US and uk_UA: «Form Responses 1», «Відповіді форми (1)»; «Timestamp»,
 * «Позначка часу»). The number is the first one free.
 */
function responsesSheetName(locale: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = locale.startsWith('uk') ? `Відповіді форми (${n})` : `Form Responses ${n}`;
    if (!taken(name)) return name;
  }
}
export const timestampHeader = (locale: string): string =>
  locale.startsWith('uk') ? 'Позначка часу' : 'Timestamp';

/** What the services share: the world, the forms, and the spreadsheets responses are written to. */
export interface FormsDeps {
  world: World;
  forms: FormStore;
  spreadsheets: SpreadsheetStore;
}

abstract class Bound {
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

/** One question of a form; the typed items below add what each kind can do. */
class LocalItem extends Bound implements FormItemPort {
  constructor(
    d: FormsDeps,
    formId: string,
    readonly itemId: number,
  ) {
    super(d, formId);
  }

  protected record(method: string, change = false): FormItemRecord {
    const form = change ? this.edit(`Item.${method}`) : this.form(`Item.${method}`, 'free');
    const item = form.items.find((i) => i.id === this.itemId);
    if (!item) throw new GasError('The item has been deleted from the form.');
    return item;
  }

  getId = (): number => this.record('getId').id;
  getTitle = (): string => this.record('getTitle').title;
  getType = (): GoogleAppsScript.Forms.ItemType =>
    ITEMS[this.record('getType').kind as keyof typeof ITEMS] as unknown as GoogleAppsScript.Forms.ItemType;
  getIndex = (): number => {
    const form = this.form('Item.getIndex', 'free');
    return form.items.findIndex((i) => i.id === this.itemId);
  };
  getHelpText = (): string => this.record('getHelpText').helpText;
  isRequired = (): boolean => this.record('isRequired').required;

  protected set<K extends keyof FormItemRecord>(method: string, key: K, value: FormItemRecord[K]): this {
    this.record(method, true)[key] = value;
    return this;
  }
}

class LocalTextItem extends LocalItem implements TextItemPort {
  setTitle = (title: string): LocalTextItem => this.set('setTitle', 'title', String(title));
  setHelpText = (text: string): LocalTextItem => this.set('setHelpText', 'helpText', String(text));
  setRequired = (enabled: boolean): LocalTextItem => this.set('setRequired', 'required', Boolean(enabled));
}

/** https://developers.google.com/apps-script/reference/forms/paragraph-text-validation */
export class LocalParagraphTextValidation {
  constructor(
    readonly maxLength: number | undefined,
    readonly helpText: string,
  ) {}
}

/** https://developers.google.com/apps-script/reference/forms/paragraph-text-validation-builder */
class LocalParagraphTextValidationBuilder implements ParagraphTextValidationBuilderPort {
  private maxLength?: number;
  private helpText = '';

  requireTextLengthLessThanOrEqualTo = (number: number): LocalParagraphTextValidationBuilder => {
    if (!Number.isInteger(number) || number < 0) throw new GasError('Invalid argument: number');
    this.maxLength = number;
    return this;
  };
  setHelpText = (text: string): LocalParagraphTextValidationBuilder => {
    this.helpText = String(text);
    return this;
  };
  build = (): GoogleAppsScript.Forms.ParagraphTextValidation =>
    new LocalParagraphTextValidation(
      this.maxLength,
      this.helpText,
    ) as GoogleAppsScript.Forms.ParagraphTextValidation;
}

class LocalParagraphTextItem extends LocalItem implements ParagraphTextItemPort {
  setTitle = (title: string): LocalParagraphTextItem => this.set('setTitle', 'title', String(title));
  setHelpText = (text: string): LocalParagraphTextItem => this.set('setHelpText', 'helpText', String(text));
  setRequired = (enabled: boolean): LocalParagraphTextItem =>
    this.set('setRequired', 'required', Boolean(enabled));
  setValidation = (validation: GoogleAppsScript.Forms.ParagraphTextValidation): LocalParagraphTextItem => {
    const v = validation as unknown;
    if (!(v instanceof LocalParagraphTextValidation))
      throw new GasError(
        "The parameters (Object) don't match the method signature for FormApp.ParagraphTextItem.setValidation.",
      );
    const item = this.record('setValidation', true);
    item.maxLength = v.maxLength;
    item.validationHelp = v.helpText;
    return this;
  };
}

class LocalMultipleChoiceItem extends LocalItem implements MultipleChoiceItemPort {
  setTitle = (title: string): LocalMultipleChoiceItem => this.set('setTitle', 'title', String(title));
  setHelpText = (text: string): LocalMultipleChoiceItem => this.set('setHelpText', 'helpText', String(text));
  setRequired = (enabled: boolean): LocalMultipleChoiceItem =>
    this.set('setRequired', 'required', Boolean(enabled));
  setChoiceValues = (values: string[]): LocalMultipleChoiceItem =>
    this.set('setChoiceValues', 'choices', checkedChoices(values));
  showOtherOption = (enabled: boolean): LocalMultipleChoiceItem =>
    this.set('showOtherOption', 'other', Boolean(enabled));
}

class LocalCheckboxItem extends LocalItem implements CheckboxItemPort {
  setTitle = (title: string): LocalCheckboxItem => this.set('setTitle', 'title', String(title));
  setHelpText = (text: string): LocalCheckboxItem => this.set('setHelpText', 'helpText', String(text));
  setRequired = (enabled: boolean): LocalCheckboxItem =>
    this.set('setRequired', 'required', Boolean(enabled));
  setChoiceValues = (values: string[]): LocalCheckboxItem =>
    this.set('setChoiceValues', 'choices', checkedChoices(values));
}

/** "Choice values cannot be empty" — an empty list or an empty value is refused (inferred wording). */
function checkedChoices(values: string[]): string[] {
  const list = [...(values ?? [])].map(String);
  if (list.length === 0 || list.some((v) => v === ''))
    throw new GasError('Invalid data updating form: choices must not be empty.');
  return list;
}

/** https://developers.google.com/apps-script/reference/forms/item-response */
class LocalItemResponse implements ItemResponsePort {
  constructor(
    private readonly d: FormsDeps,
    private readonly formId: string,
    private readonly itemId: number,
    private readonly value: string | string[],
  ) {}

  getItem = (): LocalItem => {
    this.d.world.charge('ItemResponse.getItem', 'free');
    return new LocalItem(this.d, this.formId, this.itemId);
  };

  /** A checkbox answer is an array of the choices ticked; every other kind here is one string. */
  getResponse = (): string | string[] => {
    this.d.world.charge('ItemResponse.getResponse', 'free');
    return Array.isArray(this.value) ? this.d.world.makeArray([...this.value]) : this.value;
  };
}

/** https://developers.google.com/apps-script/reference/forms/form-response */
export class LocalFormResponse implements FormResponsePort {
  constructor(
    private readonly d: FormsDeps,
    readonly formId: string,
    private readonly record: FormResponseRecord,
  ) {}

  getId = (): string => {
    this.d.world.charge('FormResponse.getId', 'free');
    return this.record.id;
  };

  getTimestamp = (): GoogleAppsScript.Base.Date => {
    this.d.world.charge('FormResponse.getTimestamp', 'free');
    return this.d.world.makeDate(this.record.timestamp) as unknown as GoogleAppsScript.Base.Date;
  };

  getItemResponses = (): LocalItemResponse[] => {
    this.d.world.charge('FormResponse.getItemResponses', 'document');
    return this.d.world.makeArray(
      this.record.answers.map((a) => new LocalItemResponse(this.d, this.formId, a.itemId, a.value)),
    );
  };

  /** The anonymous form collects no address. */
  getRespondentEmail = (): string => '';
}

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

/** The sheet a form sends its responses to, if the spreadsheet and the link are still there. */
function destinationSheet(
  d: FormsDeps,
  form: FormRecord,
): { model: SpreadsheetModel; sheet: SheetModel } | null {
  if (!form.destination) return null;
  const model = d.spreadsheets.get(form.destination.spreadsheetId);
  const sheet = model?.sheetById(form.destination.sheetId);
  return model && sheet && sheet.formId === form.id ? { model, sheet } : null;
}

function unlink(d: FormsDeps, form: FormRecord): void {
  const target = destinationSheet(d, form);
  if (target) delete target.sheet.formId;
  form.destination = null;
}

function writeHeader(model: SpreadsheetModel, sheet: SheetModel, form: FormRecord): void {
  const titles = [timestampHeader(model.locale), ...form.items.map((i) => i.title)];
  titles.forEach((t, i) => model.store(sheet, 1, i + 1, { value: t }));
}

/**
 * Forms appends each response under the last row: the timestamp as a date-time, each answer as if typed into
 * the cell in the spreadsheet's language (users see «0441234567» lose its zero and an answer starting with «=»
 * turn into a formula); several ticked choices joined by «, ». A question added later gets a column at the end.
 */
function writeResponseRow(d: FormsDeps, form: FormRecord, r: FormResponseRecord): number | null {
  const target = destinationSheet(d, form);
  if (!target) return null;
  const { model, sheet } = target;
  const headers: string[] = [];
  for (let c = 1; c <= sheet.lastCol(); c++) headers.push(String(sheet.get(1, c)?.v ?? ''));
  const columnOf = (title: string): number => {
    const i = headers.indexOf(title, 1);
    if (i >= 0) return i + 1;
    headers.push(title);
    model.growTo(sheet, sheet.maxRows, headers.length);
    model.store(sheet, 1, headers.length, { value: title });
    return headers.length;
  };
  const row = sheet.lastRow() + 1;
  model.growTo(sheet, row, Math.max(sheet.maxCols, headers.length));
  model.store(sheet, row, 1, {
    value: instantToSerial(r.timestamp, model.timeZone),
    format: localeInfo(model.locale).dateTimeFormat,
    dateLike: true,
  });
  for (const a of r.answers) {
    const item = form.items.find((i) => i.id === a.itemId);
    if (!item) continue;
    const col = columnOf(item.title);
    const text = Array.isArray(a.value) ? a.value.join(', ') : a.value;
    model.store(sheet, row, col, model.parse(text, sheet.get(row, col)?.nf, true));
  }
  d.world.touch(model.id);
  return row;
}

export type SubmitOutcome =
  | { ok: true; response: FormResponseRecord; row: number | null; destination: string | null }
  | { ok: false; reason: 'closed'; message: string }
  | { ok: false; reason: 'invalid'; problems: { title: string; message: string }[] };

/**
 * A person fills in the form's page and presses Submit. The page checks what it checks (required questions,
 * choices, the paragraph length rule) and shows its messages without saving anything; a closed form shows its
 * closed message. A required answer of spaces passes (the reference is silent; the harsher reading). Answers are
 * keyed by the questions' titles as the person sees them; an unknown title is a mistake of the caller.
 */
export function submitResponse(
  d: FormsDeps,
  formId: string,
  answers: Record<string, string | string[]>,
): SubmitOutcome {
  const form = d.forms.get(formId);
  const item = d.world.drive.get(formId);
  if (!form || !item || item.trashed) throw new Error(`No form ${formId}`);
  if (!form.accepting)
    return { ok: false, reason: 'closed', message: form.closedMessage || FORM_CLOSED_DEFAULT(form.title) };
  for (const title of Object.keys(answers))
    if (!form.items.some((i) => i.title === title)) throw new Error(`The form has no question «${title}»`);
  const problems: { title: string; message: string }[] = [];
  const recorded: FormResponseRecord['answers'] = [];
  for (const q of form.items) {
    const raw = answers[q.title];
    const given = raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).filter((v) => v !== '');
    if (given.length === 0) {
      if (q.required) problems.push({ title: q.title, message: REQUIRED_QUESTION });
      continue;
    }
    if (q.kind === 'MULTIPLE_CHOICE' || q.kind === 'CHECKBOX') {
      const own = given.filter((v) => !q.choices.includes(v));
      if ((q.kind === 'MULTIPLE_CHOICE' && given.length > 1) || own.length > (q.other ? 1 : 0)) {
        problems.push({ title: q.title, message: 'Choose one of the options' });
        continue;
      }
      recorded.push({ itemId: q.id, value: q.kind === 'CHECKBOX' ? given : given[0] });
      continue;
    }
    // A short answer is one line: the page's text box takes no line breaks.
    const text = q.kind === 'TEXT' ? given.join(' ').replace(/\r?\n/g, ' ') : given.join('\n');
    if (q.kind === 'PARAGRAPH_TEXT' && q.maxLength !== undefined && text.length > q.maxLength) {
      problems.push({
        title: q.title,
        message: q.validationHelp || `Must be at most ${q.maxLength} characters`,
      });
      continue;
    }
    recorded.push({ itemId: q.id, value: text });
  }
  if (problems.length) return { ok: false, reason: 'invalid', problems };
  const response: FormResponseRecord = {
    id: `2_ABaOn${String(form.nextResponse++).padStart(6, '0')}${form.id.slice(-12)}`,
    timestamp: d.world.now(),
    answers: recorded,
  };
  form.responses.push(response);
  const row = writeResponseRow(d, form, response);
  return { ok: true, response, row, destination: row === null ? null : form.destination!.spreadsheetId };
}

/**
 * A copy of a spreadsheet whose tab receives a form's responses comes with a copy of that form, linked to the
 * copy's tab (nprapps/lookatthis#195: «Google drive is automatically creating a form … and attaching a responses
 * sheet to the copied spreadsheet»; findthemasks/findthemasks#496: copying the file «also made copies of the
 * associated forms and scripts»). The copy's owner owns the new form; the original form keeps its own link.
 */
export function copyLinkedForms(d: FormsDeps, source: SpreadsheetModel, copy: SpreadsheetModel): void {
  for (const sheet of copy.sheets) {
    const formId = sheet.formId;
    if (!formId) continue;
    delete sheet.formId;
    const original = d.forms.get(formId);
    const origin = source.sheetByName(sheet.name);
    if (!original || !origin || origin.formId !== formId) continue;
    const item = d.world.addDriveItem({
      name: `Copy of ${original.title}`,
      mimeType: MIME.form,
      owner: copy.owner,
    });
    const form = d.forms.copy(formId, item.id, d.world.newId('pub'), item.name);
    form.destination = { spreadsheetId: copy.id, sheetId: sheet.id };
    sheet.formId = form.id;
  }
}

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
