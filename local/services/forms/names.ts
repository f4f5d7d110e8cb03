// What FormApp names: its scope, the texts of its refusals and of a form's page, its enums, a form's addresses,
// and the responses tab's name and first header in the spreadsheet's language.

import { makeEnum } from '../host-object';

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
export const DESTINATIONS = makeEnum('FormApp.DestinationType', ['SPREADSHEET'] as const);
export const DESTINATION_TYPE = DESTINATIONS as unknown as typeof GoogleAppsScript.Forms.DestinationType;
export const ITEMS = makeEnum('FormApp.ItemType', [
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
export function responsesSheetName(locale: string, taken: (name: string) => boolean): string {
  for (let n = 1; ; n++) {
    const name = locale.startsWith('uk') ? `Відповіді форми (${n})` : `Form Responses ${n}`;
    if (!taken(name)) return name;
  }
}
export const timestampHeader = (locale: string): string =>
  locale.startsWith('uk') ? 'Позначка часу' : 'Timestamp';
