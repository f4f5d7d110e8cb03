// FormApp: the service (service.ts), a form and its questions, responses and destination sheet, and a
// respondent's submission.

export { copyLinkedForms } from './destination';
export { LocalForm } from './form';
export type { FormsDeps } from './bound';
export { LocalParagraphTextValidation } from './items';
export {
  DESTINATION_TYPE,
  FORM_CLOSED_DEFAULT,
  FORMS_SCOPE,
  formEditUrl,
  formPublishedUrl,
  formViewUrl,
  ITEM_TYPE,
  NO_FORM,
  REQUIRED_QUESTION,
  timestampHeader,
} from './names';
export { LocalFormResponse } from './responses';
export { createFormApp, LocalFormApp } from './service';
export { submitResponse, type SubmitOutcome } from './submit';
