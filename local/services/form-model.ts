// Every Google Form of the local runtime: its questions, whether it accepts responses, where it sends them, and the
// responses themselves. A form's name and access live on its Drive item (MIME application/vnd.google-apps.form).

export type FormItemKind = 'TEXT' | 'PARAGRAPH_TEXT' | 'MULTIPLE_CHOICE' | 'CHECKBOX';

export interface FormItemRecord {
  id: number;
  kind: FormItemKind;
  title: string;
  helpText: string;
  required: boolean;
  /** MULTIPLE_CHOICE and CHECKBOX: the choices offered. */
  choices: string[];
  /** MULTIPLE_CHOICE and CHECKBOX: an «Other:» choice with a text box. */
  other: boolean;
  /** PARAGRAPH_TEXT: requireTextLengthLessThanOrEqualTo, and the message shown when an answer breaks it. */
  maxLength?: number;
  validationHelp?: string;
}

export interface FormAnswerRecord {
  itemId: number;
  value: string | string[];
}

export interface FormResponseRecord {
  id: string;
  timestamp: number;
  /** Answered items only, in the form's order (an optional question left empty has no item response). */
  answers: FormAnswerRecord[];
}

export interface FormRecord {
  id: string;
  /** The id in the published address (…/forms/d/e/<publishedId>/viewform), not the form's own id. */
  publishedId: string;
  title: string;
  description: string;
  confirmationMessage: string;
  closedMessage: string;
  accepting: boolean;
  items: FormItemRecord[];
  nextItem: number;
  responses: FormResponseRecord[];
  nextResponse: number;
  /** The spreadsheet and the sheet (by its id) the responses go to. */
  destination: { spreadsheetId: string; sheetId: number } | null;
}

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

export class FormStore {
  private readonly forms = new Map<string, FormRecord>();

  create(id: string, publishedId: string, title: string): FormRecord {
    const form: FormRecord = {
      id,
      publishedId,
      title,
      description: '',
      confirmationMessage: '',
      closedMessage: '',
      accepting: true,
      items: [],
      nextItem: 1,
      responses: [],
      nextResponse: 1,
      destination: null,
    };
    this.forms.set(id, form);
    return form;
  }

  get(id: string): FormRecord | undefined {
    return this.forms.get(id);
  }

  ids(): string[] {
    return [...this.forms.keys()];
  }

  /** A copy Drive makes: the questions and settings, no responses, no destination. */
  copy(sourceId: string, id: string, publishedId: string, title: string): FormRecord {
    const source = this.forms.get(sourceId);
    if (!source) throw new Error(`No form ${sourceId}`);
    const form: FormRecord = {
      ...clone(source),
      id,
      publishedId,
      title,
      accepting: true,
      responses: [],
      nextResponse: 1,
      destination: null,
    };
    this.forms.set(id, form);
    return form;
  }

  toJSON(): FormRecord[] {
    return [...this.forms.values()].map(clone);
  }

  static fromJSON(records: FormRecord[] | undefined): FormStore {
    const store = new FormStore();
    for (const r of records ?? []) store.forms.set(r.id, clone(r));
    return store;
  }
}
