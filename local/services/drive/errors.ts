// What the Drive API answers when it refuses: the exception advanced services throw, and Drive's texts.
/** The error body of a Drive API answer: its code, message and (where Drive gives one) the reason. */
export interface DriveErrorDetails {
  code: number;
  message: string;
  errors?: { domain: string; reason: string; message: string }[];
}

/** What an advanced-service call throws when the API answers with an error (`e.details` as in Apps Script). */
export class GoogleJsonResponseException extends Error {
  readonly details: DriveErrorDetails;
  constructor(method: string, code: number, message: string, reason?: string) {
    super(`API call to ${method} failed with error: ${message}`);
    this.name = 'GoogleJsonResponseException';
    this.details = { code, message, ...(reason ? { errors: [{ domain: 'global', reason, message }] } : {}) };
  }
}

/**
 * Drive's refusal to share without notification to an address that has no Google account
 * (Apps Script users report it as `… failed with error: Bad Request. User message: "You are trying to invite
 * x@yahoo.com. Since there is no Google account associated with this email address, you must check the "Notify
 * people" box to invite this recipient."`; GAM's wiki, Users-Drive-Permissions, quotes the same text).
 */
export const noGoogleAccountMessage = (email: string): string =>
  `Bad Request. User message: "You are trying to invite ${email}. Since there is no Google account associated with this email address, you must check the "Notify people" box to invite this recipient."`;

/**
 * files.get with alt=media on a Docs editors file: "Downloading content with alt=media only works if the file
 * is stored in Drive. To download Google Docs, Sheets, and Slides use files.export instead."
 * (https://developers.google.com/drive/api/reference/rest/v3/files/get); 403 fileNotDownloadable.
 */
export const NOT_DOWNLOADABLE_MESSAGE =
  'Only files with binary content can be downloaded. Use Export with Docs Editors files.';

/**
 * "Anyone with the link" refused by a domain's sharing policy: reason publishOutNotPermitted (one of Drive's
 * permission errors as GAM lists them). The reference gives no text; the wording here is the runtime's.
 */
export const PUBLISH_OUT_MESSAGE =
  'The sharing policy of your organization does not allow sharing this item with anyone who has the link.';
