// The FormApp surface the submission form uses (forms scope), as ports proven against the real service's types.
//
// As in the other ports: members are function-typed properties, types that flow into a real method stay the real ones
// (a ParagraphTextValidation, a Date), and the local runtime's classes implement these ports.

type Integer = number;
type ParagraphTextValidation = GoogleAppsScript.Forms.ParagraphTextValidation;

export interface FormItemPort {
  getId: () => Integer;
  getTitle: () => string;
}

export interface TextItemPort extends FormItemPort {
  setTitle: (title: string) => TextItemPort;
  setHelpText: (text: string) => TextItemPort;
  setRequired: (enabled: boolean) => TextItemPort;
}

export interface ParagraphTextItemPort extends FormItemPort {
  setTitle: (title: string) => ParagraphTextItemPort;
  setHelpText: (text: string) => ParagraphTextItemPort;
  setRequired: (enabled: boolean) => ParagraphTextItemPort;
  setValidation: (validation: ParagraphTextValidation) => ParagraphTextItemPort;
}

export interface MultipleChoiceItemPort extends FormItemPort {
  setTitle: (title: string) => MultipleChoiceItemPort;
  setHelpText: (text: string) => MultipleChoiceItemPort;
  setRequired: (enabled: boolean) => MultipleChoiceItemPort;
  setChoiceValues: (values: string[]) => MultipleChoiceItemPort;
  showOtherOption: (enabled: boolean) => MultipleChoiceItemPort;
}

export interface CheckboxItemPort extends FormItemPort {
  setTitle: (title: string) => CheckboxItemPort;
  setHelpText: (text: string) => CheckboxItemPort;
  setRequired: (enabled: boolean) => CheckboxItemPort;
  setChoiceValues: (values: string[]) => CheckboxItemPort;
}

export interface ItemResponsePort {
  getItem: () => FormItemPort;
  getResponse: () => string[][] | string[] | string;
}

export interface FormResponsePort {
  getId: () => string;
  getTimestamp: () => GoogleAppsScript.Base.Date;
  getItemResponses: () => ItemResponsePort[];
}

export interface FormPort {
  getId: () => string;
  getTitle: () => string;
  getPublishedUrl: () => string;
  getEditUrl: () => string;
  setTitle: (title: string) => FormPort;
  setDescription: (description: string) => FormPort;
  setConfirmationMessage: (message: string) => FormPort;
  setCustomClosedFormMessage: (message: string) => FormPort;
  addTextItem: () => TextItemPort;
  addParagraphTextItem: () => ParagraphTextItemPort;
  addMultipleChoiceItem: () => MultipleChoiceItemPort;
  addCheckboxItem: () => CheckboxItemPort;
  setDestination: (type: GoogleAppsScript.Forms.DestinationType, id: string) => FormPort;
  getDestinationId: () => string;
  removeDestination: () => FormPort;
  setAcceptingResponses: (enabled: boolean) => FormPort;
  isAcceptingResponses: () => boolean;
  getResponses: {
    (): FormResponsePort[];
    (timestamp: GoogleAppsScript.Base.Date): FormResponsePort[];
  };
  getResponse: (responseId: string) => FormResponsePort;
}

export interface ParagraphTextValidationBuilderPort {
  requireTextLengthLessThanOrEqualTo: (number: Integer) => ParagraphTextValidationBuilderPort;
  setHelpText: (text: string) => ParagraphTextValidationBuilderPort;
  build: () => ParagraphTextValidation;
}

export interface FormAppPort {
  DestinationType: typeof GoogleAppsScript.Forms.DestinationType;
  create: (title: string) => FormPort;
  openById: (id: string) => FormPort;
  openByUrl: (url: string) => FormPort;
  createParagraphTextValidation: () => ParagraphTextValidationBuilderPort;
}

export interface FormTriggerBuilderPort {
  onFormSubmit: () => FormTriggerBuilderPort;
  create: () => GoogleAppsScript.Script.Trigger;
}
