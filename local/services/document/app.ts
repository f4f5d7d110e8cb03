// DocumentApp itself (create, openById) and the document it opens: its body, save and close, and the saved state
// as PDF.

import type { DocumentAppPort, DocumentPort } from '../../../src/gas/ports';
import { GasError, MIME, type World } from '../../world';
import { requireAuthorization } from '../authorization';
import { LocalBlob } from '../blob';
import type { DocumentStore } from '../document-model';
import { renderPdf } from '../pdf';
import { LocalBody } from './body';
import { ATTRIBUTE, HORIZONTAL_ALIGNMENT, PARAGRAPH_HEADING, VERTICAL_ALIGNMENT } from './enums';
import { CLOSED_DOCUMENT, Handle } from './handle';

type Blob = GoogleAppsScript.Base.Blob;

export const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';
export const MISSING_DOCUMENT =
  "Document is missing (perhaps it was deleted, or you don't have read access?)";

export const documentUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

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
    this.h.world.charge('Document.saveAndClose', 'documentSave');
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
    const record = this.h.record;
    const pdf = renderPdf(
      item.name,
      record.saved,
      new Date(this.h.world.lastEditTime(item)),
      record.savedPage,
    );
    return new LocalBlob(pdf, MIME.pdf, `${item.name}.pdf`);
  };
}

export class LocalDocumentApp implements DocumentAppPort {
  readonly ParagraphHeading = PARAGRAPH_HEADING;
  readonly HorizontalAlignment = HORIZONTAL_ALIGNMENT;
  readonly VerticalAlignment = VERTICAL_ALIGNMENT;
  readonly Attribute = ATTRIBUTE;

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
