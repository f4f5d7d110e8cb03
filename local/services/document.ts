// DocumentApp (documents scope): create and open Docs, append paragraphs, list items, tables, images and page
// breaks, replace text, save and close, and export the saved state as PDF.
//
// https://developers.google.com/apps-script/reference/document — the subset the project uses. A document's
// contents live in the DocumentStore, its name and access on its Drive item (MIME application/vnd.google-apps.document).

import type {
  BodyPort,
  DocumentAppPort,
  DocumentPort,
  InlineImagePort,
  ListItemPort,
  ParagraphPort,
  TablePort,
} from '../../src/gas/ports';
import { GasError, MIME, type World } from '../world';
import { requireAuthorization } from './authorization';
import { makeEnum, ownEnum } from './host-object';
import { LocalBlob, readBlob } from './blob';
import {
  bodyText,
  type Alignment,
  type DocElement,
  type DocImage,
  type DocumentStore,
  type Heading,
} from './document-model';
import { imageSize, sniffImage } from './images';
import { renderPdf } from './pdf';

type Blob = GoogleAppsScript.Base.Blob;

export const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';
export const MISSING_DOCUMENT =
  "Document is missing (perhaps it was deleted, or you don't have read access?)";
export const CLOSED_DOCUMENT = 'Document is closed, its contents cannot be updated.';

/** Enums: objects that print as their names, as Apps Script's are (./host-object). */
const HEADINGS = makeEnum('DocumentApp.ParagraphHeading', [
  'NORMAL',
  'HEADING1',
  'HEADING2',
  'HEADING3',
  'HEADING4',
  'HEADING5',
  'HEADING6',
  'TITLE',
  'SUBTITLE',
] as const);
export const PARAGRAPH_HEADING = HEADINGS as unknown as typeof GoogleAppsScript.Document.ParagraphHeading;

const ALIGNMENTS = makeEnum('DocumentApp.HorizontalAlignment', [
  'LEFT',
  'CENTER',
  'RIGHT',
  'JUSTIFY',
] as const);
export const HORIZONTAL_ALIGNMENT =
  ALIGNMENTS as unknown as typeof GoogleAppsScript.Document.HorizontalAlignment;

export const documentUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

/**
 * A replacement string as java.util.regex.Matcher.appendReplacement reads it (Apps Script's replaceText runs on
 * Java; https://docs.oracle.com/javase/8/docs/api/java/util/regex/Matcher.html#appendReplacement-java.lang.StringBuffer-java.lang.String-):
 * `\x` is x, `$n` is group n (as many digits as name a group), `${name}` a named group; a `$` with no group
 * after it, a trailing `\` or a missing group throws with Java's text. Values that may hold `$` or `\` must be
 * escaped by the caller (Matcher.quoteReplacement).
 */
export function javaReplacement(replacement: string, match: RegExpExecArray): string {
  const groupCount = match.length - 1;
  let out = '';
  let i = 0;
  while (i < replacement.length) {
    const c = replacement[i];
    if (c === '\\') {
      i += 1;
      if (i >= replacement.length) throw new GasError('character to be escaped is missing');
      out += replacement[i];
      i += 1;
    } else if (c === '$') {
      i += 1;
      if (i >= replacement.length) throw new GasError('Illegal group reference: group index is missing');
      if (replacement[i] === '{') {
        i += 1;
        let name = '';
        while (i < replacement.length && /[A-Za-z0-9]/.test(replacement[i])) name += replacement[i++];
        if (name === '') throw new GasError('named capturing group has 0 length name');
        if (replacement[i] !== '}') throw new GasError("named capturing group is missing trailing '}'");
        i += 1;
        if (/^\d/.test(name))
          throw new GasError(`capturing group name {${name}} starts with digit character`);
        if (!match.groups || !(name in match.groups)) throw new GasError(`No group with name {${name}}`);
        out += match.groups[name] ?? '';
        continue;
      }
      // The first digit is always a group; more digits join it while they still name a group.
      if (!/\d/.test(replacement[i])) throw new GasError('Illegal group reference');
      let group = Number(replacement[i]);
      i += 1;
      while (i < replacement.length && /\d/.test(replacement[i])) {
        const next = group * 10 + Number(replacement[i]);
        if (next > groupCount) break;
        group = next;
        i += 1;
      }
      if (group > groupCount) throw new GasError(`No group ${group}`);
      out += match[group] ?? '';
    } else {
      out += c;
      i += 1;
    }
  }
  return out;
}

/** One opened document: the handle becomes unusable after saveAndClose, as in Apps Script. */
class Handle {
  closed = false;

  constructor(
    readonly world: World,
    readonly store: DocumentStore,
    readonly id: string,
  ) {}

  /** Before a read: charged, and refused on a closed handle. */
  read(method: string): void {
    if (this.closed) throw new GasError(CLOSED_DOCUMENT);
    this.world.charge(method, 'document');
  }

  /** Before an edit: also the user must be allowed to edit the file. */
  edit(method: string): DocElement[] {
    this.read(method);
    if (!this.world.canWrite(this.id, this.world.currentUser()))
      throw new GasError('Access denied: DocumentApp.');
    this.store.touch(this.id);
    this.world.touch(this.id);
    return this.store.get(this.id).body;
  }
}

function headingOf(v: unknown, method: string): Heading {
  return ownEnum(HEADINGS, v, method) as Heading;
}

function alignmentOf(v: unknown, method: string): Alignment {
  return ownEnum(ALIGNMENTS, v, method) as Alignment;
}

/** "New-line characters are converted to line-break characters" (ListItem and Paragraph text). */
const lineBreaks = (text: unknown): string => String(text ?? '').replace(/\r\n|\n/g, '\r');

export class LocalParagraph implements ParagraphPort, ListItemPort {
  constructor(
    private readonly h: Handle,
    readonly element: Extract<DocElement, { type: 'paragraph' | 'listItem' }>,
  ) {}

  setHeading = (heading: GoogleAppsScript.Document.ParagraphHeading): LocalParagraph => {
    this.h.edit('Paragraph.setHeading');
    this.element.heading = headingOf(heading, 'DocumentApp.Paragraph.setHeading');
    return this;
  };

  getHeading = (): GoogleAppsScript.Document.ParagraphHeading => {
    this.h.read('Paragraph.getHeading');
    return HEADINGS[this.element.heading] as unknown as GoogleAppsScript.Document.ParagraphHeading;
  };

  setAlignment = (alignment: GoogleAppsScript.Document.HorizontalAlignment): LocalParagraph => {
    this.h.edit('Paragraph.setAlignment');
    this.element.alignment = alignmentOf(alignment, 'DocumentApp.Paragraph.setAlignment');
    return this;
  };

  /** An image at the end of this paragraph, at its own pixel size. */
  appendInlineImage = (image: GoogleAppsScript.Base.BlobSource): LocalInlineImage => {
    this.h.edit('Paragraph.appendInlineImage');
    const img = imageOf(image);
    (this.element.images ??= []).push(img);
    return new LocalInlineImage(this.h, img);
  };

  getText = (): string => {
    this.h.read('Paragraph.getText');
    return this.element.text;
  };
}

function imageOf(image: GoogleAppsScript.Base.BlobSource): DocImage {
  const b = readBlob(image);
  const type = sniffImage(b.bytes);
  if (!type) throw new GasError('Invalid image data.');
  const { width, height } = imageSize(b.bytes);
  return { contentType: type, base64: b.bytes.toString('base64'), width, height };
}

export class LocalTable implements TablePort {
  constructor(
    private readonly h: Handle,
    readonly element: Extract<DocElement, { type: 'table' }>,
  ) {}

  getNumRows = (): number => {
    this.h.read('Table.getNumRows');
    return this.element.rows.length;
  };
}

export class LocalInlineImage implements InlineImagePort {
  constructor(
    private readonly h: Handle,
    readonly image: DocImage,
  ) {}

  private size(v: number, what: string): number {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0) throw new GasError(`Invalid argument: ${what}`);
    return Math.round(n);
  }

  setWidth = (width: number): LocalInlineImage => {
    this.h.edit('InlineImage.setWidth');
    this.image.width = this.size(width, 'width');
    return this;
  };

  setHeight = (height: number): LocalInlineImage => {
    this.h.edit('InlineImage.setHeight');
    this.image.height = this.size(height, 'height');
    return this;
  };

  getWidth = (): number => this.image.width;
  getHeight = (): number => this.image.height;
}

export class LocalBody implements BodyPort {
  constructor(private readonly h: Handle) {}

  appendParagraph = (text: string): LocalParagraph => {
    const body = this.h.edit('Body.appendParagraph');
    const el: DocElement = { type: 'paragraph', text: lineBreaks(text), heading: 'NORMAL', alignment: null };
    body.push(el);
    return new LocalParagraph(this.h, el);
  };

  appendListItem = (text: string): LocalParagraph => {
    const body = this.h.edit('Body.appendListItem');
    const el: DocElement = { type: 'listItem', text: lineBreaks(text), heading: 'NORMAL', alignment: null };
    body.push(el);
    return new LocalParagraph(this.h, el);
  };

  appendTable = (cells?: string[][]): LocalTable => {
    const body = this.h.edit('Body.appendTable');
    const rows = Array.from(cells ?? [], (r) => Array.from(r, (c) => lineBreaks(c)));
    const width = Math.max(0, ...rows.map((r) => r.length));
    if (rows.some((r) => r.length !== width))
      throw new GasError('Invalid argument: cells (every row must have the same number of cells)');
    const el: DocElement = { type: 'table', rows };
    body.push(el);
    return new LocalTable(this.h, el);
  };

  /** The image goes into a new paragraph at the end of the body, at its own pixel size. */
  appendImage = (image: GoogleAppsScript.Base.BlobSource): LocalInlineImage => {
    const body = this.h.edit('Body.appendImage');
    const img = imageOf(image);
    body.push({ type: 'paragraph', text: '', heading: 'NORMAL', alignment: null, images: [img] });
    return new LocalInlineImage(this.h, img);
  };

  appendPageBreak = (): { getType: () => string } => {
    const body = this.h.edit('Body.appendPageBreak');
    body.push({ type: 'pageBreak' });
    return { getType: () => 'PAGE_BREAK' };
  };

  /** Every match in each paragraph, list item and table cell (a pattern never spans two of them). */
  replaceText = (searchPattern: string, replacement: string): LocalBody => {
    const body = this.h.edit('Body.replaceText');
    let re: RegExp;
    try {
      re = new RegExp(String(searchPattern), 'g');
    } catch {
      throw new GasError(`Invalid argument: searchPattern`);
    }
    const replaceIn = (text: string): string => {
      let out = '';
      let last = 0;
      re.lastIndex = 0;
      for (let m = re.exec(text); m; m = re.exec(text)) {
        out += text.slice(last, m.index) + javaReplacement(String(replacement), m);
        last = m.index + m[0].length;
        if (m[0] === '') re.lastIndex += 1;
      }
      return out + text.slice(last);
    };
    for (const el of body) {
      if (el.type === 'table') el.rows = el.rows.map((r) => r.map(replaceIn));
      else if (el.type !== 'pageBreak') el.text = replaceIn(el.text);
    }
    return this;
  };

  getText = (): string => {
    this.h.read('Body.getText');
    return bodyText(this.h.store.get(this.h.id).body);
  };
}

export class LocalDocument implements DocumentPort {
  private readonly h: Handle;

  constructor(world: World, store: DocumentStore, id: string) {
    this.h = new Handle(world, store, id);
  }

  private item() {
    return this.h.world.drive.get(this.h.id)!;
  }

  getId = (): string => this.h.id;
  getName = (): string => this.item().name;
  getUrl = (): string => documentUrl(this.h.id);

  getBody = (): LocalBody => {
    this.h.read('Document.getBody');
    return new LocalBody(this.h);
  };

  saveAndClose = (): void => {
    if (this.h.closed) throw new GasError(CLOSED_DOCUMENT);
    this.h.world.charge('Document.saveAndClose', 'flush');
    this.h.store.save(this.h.id);
    this.h.closed = true;
  };

  /** The saved state converted: edits not yet saved (saveAndClose) are not in it, as on Apps Script. */
  getAs = (contentType: string): Blob => {
    if (this.h.closed) throw new GasError(CLOSED_DOCUMENT);
    // Conversion is a round trip of a whole file, priced like creating one [ESTIMATE]
    this.h.world.charge('Document.getAs', 'createFile');
    if (String(contentType) !== MIME.pdf)
      throw new GasError(`Converting from ${MIME.document} to ${contentType} is not supported.`);
    const item = this.item();
    const pdf = renderPdf(
      item.name,
      this.h.store.get(this.h.id).saved,
      new Date(this.h.world.lastEditTime(item)),
    );
    return new LocalBlob(pdf, MIME.pdf, `${item.name}.pdf`);
  };
}

export class LocalDocumentApp implements DocumentAppPort {
  readonly ParagraphHeading = PARAGRAPH_HEADING;
  readonly HorizontalAlignment = HORIZONTAL_ALIGNMENT;

  constructor(
    private readonly world: World,
    readonly store: DocumentStore,
  ) {}

  /** https://developers.google.com/apps-script/reference/document/document-app#create(String): in My Drive's root. */
  create = (name: string): LocalDocument => {
    requireAuthorization(this.world, 'DocumentApp.create', DOCUMENTS_SCOPE);
    this.world.charge('DocumentApp.create', 'createFile');
    if (!this.world.quotas.documentsCreated.take(this.world.now(), 1))
      throw new GasError('Service invoked too many times for one day: docs create.');
    const item = this.world.addDriveItem({ name: String(name), mimeType: MIME.document });
    this.world.grantAppAccess(item, this.world.currentUser());
    this.store.get(item.id);
    return new LocalDocument(this.world, this.store, item.id);
  };

  /** https://developers.google.com/apps-script/reference/document/document-app#openById(String) */
  openById = (id: string): LocalDocument => {
    requireAuthorization(this.world, 'DocumentApp.openById', DOCUMENTS_SCOPE);
    this.world.charge('DocumentApp.openById', 'openSpreadsheet');
    const item = this.world.drive.get(String(id));
    if (!item || item.mimeType !== MIME.document || !this.world.canRead(item.id, this.world.currentUser()))
      throw new GasError(MISSING_DOCUMENT);
    return new LocalDocument(this.world, this.store, item.id);
  };
}

export const createDocumentApp = (world: World, store: DocumentStore): LocalDocumentApp =>
  new LocalDocumentApp(world, store);
