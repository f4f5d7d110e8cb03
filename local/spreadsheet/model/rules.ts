// The rules that judge a cell's value: a filter's condition and a data validation rule.

import { isDateFormat } from '../format';
import { BLANK, FError, FValue } from '../formula';
import type { FilterCondition, RuleData } from './types';

/** Whether a value passes a filter condition (text conditions compare the display value, ignoring case). */
export function conditionHolds(c: FilterCondition, v: FValue, shown: string): boolean {
  const blank = v === BLANK || v === '';
  const [a, b] = c.values ?? [];
  const text = shown.toLowerCase();
  switch (c.type) {
    case 'BLANK':
      return blank;
    case 'NOT_BLANK':
      return !blank;
    case 'TEXT_CONTAINS':
      return text.includes(String(a ?? '').toLowerCase());
    case 'TEXT_EQ':
      return text === String(a ?? '').toLowerCase();
    case 'NUMBER_GREATER':
      return typeof v === 'number' && v > Number(a);
    case 'NUMBER_LESS':
      return typeof v === 'number' && v < Number(a);
    case 'NUMBER_EQ':
      return typeof v === 'number' && v === Number(a);
    case 'NUMBER_BETWEEN':
      return (
        typeof v === 'number' && v >= Math.min(Number(a), Number(b)) && v <= Math.max(Number(a), Number(b))
      );
  }
}

/** Data validation semantics (https://developers.google.com/apps-script/reference/spreadsheet/data-validation-builder). */
export function ruleViolated(
  rule: RuleData,
  v: FValue,
  nf: string | undefined,
  display: (v: FValue) => string,
): boolean {
  if (v === BLANK || v === '') return false;
  if (v instanceof FError) return true;
  switch (rule.type) {
    case 'NUMBER_BETWEEN': {
      const [a, b] = rule.values as number[];
      return typeof v !== 'number' || v < Math.min(a, b) || v > Math.max(a, b);
    }
    case 'VALUE_IN_LIST':
      return !rule.values.map(String).includes(display(v));
    case 'CHECKBOX':
      return typeof v !== 'boolean';
    case 'DATE_IS_VALID_DATE':
      return typeof v !== 'number' || !isDateFormat(nf);
  }
}
