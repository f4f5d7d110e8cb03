// A form's responses as FormApp hands them out: the response and the answer to each question.

import type { FormResponsePort, ItemResponsePort } from '../../../src/gas/ports';
import type { FormResponseRecord } from '../form-model';
import type { FormsDeps } from './bound';
import { LocalItem } from './items';

/** https://developers.google.com/apps-script/reference/forms/item-response */
export class LocalItemResponse implements ItemResponsePort {
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
