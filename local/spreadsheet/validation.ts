// DataValidation rules and their builder, as SpreadsheetApp.newDataValidation() hands them to the script.
//
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder
// https://developers.google.com/apps-script/reference/spreadsheet/data-validation

import type { DataValidationBuilderPort } from '../../src/gas/ports';
import { isOwn, makeEnum } from '../services/host-object';
import { GasError, World } from '../world';
import { RuleData } from './model';

type GDataValidation = GoogleAppsScript.Spreadsheet.DataValidation;

export const DATA_VALIDATION_CRITERIA = makeEnum('SpreadsheetApp.DataValidationCriteria', [
  'NUMBER_BETWEEN',
  'VALUE_IN_LIST',
  'CHECKBOX',
  'DATE_IS_VALID_DATE',
] as const);

/** A built rule. Only the getters the project reads are provided; the object is cast once to the real type. */
export class DataValidation {
  constructor(
    private readonly world: World,
    readonly data: Readonly<RuleData>,
  ) {}

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    this.world.charge('DataValidation.getCriteriaType', 'builder');
    return DATA_VALIDATION_CRITERIA[
      this.data.type
    ] as unknown as GoogleAppsScript.Spreadsheet.DataValidationCriteria;
  }

  /** NUMBER_BETWEEN → [start, end]; VALUE_IN_LIST → [items, showDropdown]; CHECKBOX and DATE → []. */
  getCriteriaValues(): unknown[] {
    this.world.charge('DataValidation.getCriteriaValues', 'builder');
    const mk = this.world.makeArray;
    if (this.data.type === 'VALUE_IN_LIST')
      return mk([mk([...this.data.values]), this.data.showDropdown !== false]);
    return mk([...this.data.values]);
  }

  getAllowInvalid(): boolean {
    this.world.charge('DataValidation.getAllowInvalid', 'builder');
    return this.data.allowInvalid;
  }

  getHelpText(): string | null {
    this.world.charge('DataValidation.getHelpText', 'builder');
    return this.data.helpText === '' ? null : this.data.helpText;
  }

  copy(): DataValidationBuilder {
    this.world.charge('DataValidation.copy', 'builder');
    return new DataValidationBuilder(this.world, { ...this.data, values: [...this.data.values] });
  }

  asReal(): GDataValidation {
    return this as unknown as GDataValidation;
  }
}

export class DataValidationBuilder implements DataValidationBuilderPort {
  private rule: RuleData | null;
  private allowInvalid: boolean;
  private helpText: string;

  constructor(
    private readonly world: World,
    from?: RuleData,
  ) {
    this.rule = from ?? null;
    // "The default for new data validation rules is true" (DataValidationBuilder.setAllowInvalid).
    this.allowInvalid = from?.allowInvalid ?? true;
    this.helpText = from?.helpText ?? '';
  }

  private set(type: RuleData['type'], values: (number | string)[], extra: Partial<RuleData> = {}): this {
    this.rule = { type, values, allowInvalid: this.allowInvalid, helpText: this.helpText, ...extra };
    return this;
  }

  requireNumberBetween = (start: number, end: number): DataValidationBuilder => {
    this.world.charge('DataValidationBuilder.requireNumberBetween', 'builder');
    return this.set('NUMBER_BETWEEN', [start, end]);
  };

  requireValueInList = (values: string[], showDropdown?: boolean): DataValidationBuilder => {
    this.world.charge('DataValidationBuilder.requireValueInList', 'builder');
    return this.set('VALUE_IN_LIST', Array.from(values, String), { showDropdown: showDropdown ?? true });
  };

  requireCheckbox = (): DataValidationBuilder => {
    this.world.charge('DataValidationBuilder.requireCheckbox', 'builder');
    return this.set('CHECKBOX', []);
  };

  requireDate = (): DataValidationBuilder => {
    this.world.charge('DataValidationBuilder.requireDate', 'builder');
    return this.set('DATE_IS_VALID_DATE', []);
  };

  setAllowInvalid = (allowInvalidData: boolean): DataValidationBuilder => {
    this.world.charge('DataValidationBuilder.setAllowInvalid', 'builder');
    this.allowInvalid = allowInvalidData;
    return this;
  };

  setHelpText = (helpText: string): DataValidationBuilder => {
    this.world.charge('DataValidationBuilder.setHelpText', 'builder');
    this.helpText = helpText;
    return this;
  };

  build = (): GDataValidation => {
    this.world.charge('DataValidationBuilder.build', 'builder');
    // Inferred wording for a rule built without any requirement.
    if (!this.rule) throw new GasError('You must specify a criteria type.');
    return new DataValidation(this.world, {
      ...this.rule,
      allowInvalid: this.allowInvalid,
      helpText: this.helpText,
    }).asReal();
  };
}

/** The stored rule behind a DataValidation the script passes back, or null when it is not one of ours. */
export function ruleOf(rule: unknown): RuleData | null {
  return isOwn(rule, DataValidation) ? { ...rule.data, values: [...rule.data.values] } : null;
}
