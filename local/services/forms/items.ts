// A form's questions: the item every kind shares and what each kind (text, paragraph, choices, checkboxes) adds.

import type {
  CheckboxItemPort,
  FormItemPort,
  MultipleChoiceItemPort,
  ParagraphTextItemPort,
  ParagraphTextValidationBuilderPort,
  TextItemPort,
} from '../../../src/gas/ports';
import { GasError } from '../../world';
import type { FormItemRecord } from '../form-model';
import { ITEMS } from './names';
import { Bound, type FormsDeps } from './bound';

/** One question of a form; the typed items below add what each kind can do. */
export class LocalItem extends Bound implements FormItemPort {
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

export class LocalTextItem extends LocalItem implements TextItemPort {
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
export class LocalParagraphTextValidationBuilder implements ParagraphTextValidationBuilderPort {
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

export class LocalParagraphTextItem extends LocalItem implements ParagraphTextItemPort {
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

export class LocalMultipleChoiceItem extends LocalItem implements MultipleChoiceItemPort {
  setTitle = (title: string): LocalMultipleChoiceItem => this.set('setTitle', 'title', String(title));
  setHelpText = (text: string): LocalMultipleChoiceItem => this.set('setHelpText', 'helpText', String(text));
  setRequired = (enabled: boolean): LocalMultipleChoiceItem =>
    this.set('setRequired', 'required', Boolean(enabled));
  setChoiceValues = (values: string[]): LocalMultipleChoiceItem =>
    this.set('setChoiceValues', 'choices', checkedChoices(values));
  showOtherOption = (enabled: boolean): LocalMultipleChoiceItem =>
    this.set('showOtherOption', 'other', Boolean(enabled));
}

export class LocalCheckboxItem extends LocalItem implements CheckboxItemPort {
  setTitle = (title: string): LocalCheckboxItem => this.set('setTitle', 'title', String(title));
  setHelpText = (text: string): LocalCheckboxItem => this.set('setHelpText', 'helpText', String(text));
  setRequired = (enabled: boolean): LocalCheckboxItem =>
    this.set('setRequired', 'required', Boolean(enabled));
  setChoiceValues = (values: string[]): LocalCheckboxItem =>
    this.set('setChoiceValues', 'choices', checkedChoices(values));
}

/** "Choice values cannot be empty" — an empty list or an empty value is refused (inferred wording). */
export function checkedChoices(values: string[]): string[] {
  const list = [...(values ?? [])].map(String);
  if (list.length === 0 || list.some((v) => v === ''))
    throw new GasError('Invalid data updating form: choices must not be empty.');
  return list;
}
