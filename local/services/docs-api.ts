// The Docs advanced service (v1) over the runtime's documents: documents.get (the body's structure with its
// indexes and styles, the page) and documents.batchUpdate with the request kinds a document is built with (text and
// paragraphs: docs-api-text.ts; tables: docs-api-tables.ts; the page here), each checked as the API checks it, the
// whole batch applied atomically or not at all.
//
// https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate: "Each request is validated
// before being applied. If any request is not valid, then the entire request will fail and nothing will be
// applied." The requests: https://developers.google.com/docs/api/reference/rest/v1/documents/request. Indexes as
// https://developers.google.com/docs/api/concepts/structure gives them (docs-api-layout.ts).
// Error texts quoted from the API where users report them; the ones marked (inferred) are the runtime's wording.
// A request kind or field the API accepts but the runtime does not model is refused with a 400 that says so, never
// silently ignored.

import type { DocsBatchUpdate, DocsDocumentsPort, DocsPort } from '../../src/gas/ports';
import { GasError, MIME, type World } from '../world';
import { requireAuthorization } from './authorization';
import { GoogleJsonResponseException } from './drive';
import { DEFAULT_PAGE, type DocElement, type DocumentStore, type PageSetup } from './document-model';
import {
  BadRequest,
  known,
  message,
  points,
  styleUpdate,
  notEmulated,
  type Json,
  type RequestAt,
} from './docs-api-checks';
import { documentStyle, layout } from './docs-api-layout';
import {
  createParagraphBullets,
  deleteContentRange,
  insertPageBreak,
  insertText,
  updateParagraphStyle,
  updateTextStyle,
} from './docs-api-text';
import {
  insertTable,
  updateTableCellStyle,
  updateTableColumnProperties,
  updateTableRowStyle,
} from './docs-api-tables';

type Document = GoogleAppsScript.Docs.Schema.Document;
type BatchUpdateResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;

const DOCUMENTS_SCOPE = 'https://www.googleapis.com/auth/documents';

/**
 * "Read requests per minute per user: 300", "Write requests per minute per user: 60"
 * (https://developers.google.com/docs/api/limits).
 */
export const DOCS_LIMITS = { readsPerMinute: 300, writesPerMinute: 60 } as const;

/** Every kind a Request may carry (the oneof `request` of https://developers.google.com/docs/api/reference/rest/v1/documents/request). */
const REQUEST_KINDS = [
  'replaceAllText',
  'insertText',
  'updateTextStyle',
  'createParagraphBullets',
  'deleteParagraphBullets',
  'createNamedRange',
  'deleteNamedRange',
  'updateParagraphStyle',
  'deleteContentRange',
  'insertInlineImage',
  'insertTable',
  'insertTableRow',
  'insertTableColumn',
  'deleteTableRow',
  'deleteTableColumn',
  'insertPageBreak',
  'deletePositionedObject',
  'updateTableColumnProperties',
  'updateTableCellStyle',
  'updateTableRowStyle',
  'replaceImage',
  'updateDocumentStyle',
  'mergeTableCells',
  'unmergeTableCells',
  'createHeader',
  'createFooter',
  'createFootnote',
  'replaceNamedRangeContent',
  'updateSectionStyle',
  'insertSectionBreak',
  'deleteHeader',
  'deleteFooter',
  'pinTableHeaderRows',
  'addDocumentTab',
  'deleteTab',
  'updateDocumentTabProperties',
  'insertPerson',
  'insertDate',
] as const;

type Handler = (body: DocElement[], request: Json, at: RequestAt) => Json;

/** The request kinds the runtime models, each in the file of its concern. */
const HANDLERS: Record<string, Handler> = {
  insertText,
  deleteContentRange,
  insertPageBreak,
  updateParagraphStyle,
  updateTextStyle,
  createParagraphBullets,
  insertTable,
  updateTableColumnProperties,
  updateTableRowStyle,
  updateTableCellStyle,
};

/** What a batch edits: the body and the page set-up. */
interface Edited {
  body: DocElement[];
  page: PageSetup;
}

const DOCUMENT_STYLE_FIELDS = [
  'background',
  'defaultHeaderId',
  'defaultFooterId',
  'evenPageHeaderId',
  'evenPageFooterId',
  'firstPageHeaderId',
  'firstPageFooterId',
  'useFirstPageHeaderFooter',
  'useEvenPageHeaderFooter',
  'pageNumberStart',
  'marginTop',
  'marginBottom',
  'marginRight',
  'marginLeft',
  'pageSize',
  'pageSize.width',
  'pageSize.height',
  'marginHeader',
  'marginFooter',
  'useCustomHeaderFooterMargins',
  'flipPageOrientation',
  'documentFormat',
] as const;
const MARGINS = ['marginTop', 'marginBottom', 'marginLeft', 'marginRight'] as const;

/**
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatedocumentstylerequest: the page's
 * size and margins (the record's page, what the PDF reads); a named field left unset goes back to a new Doc's.
 */
function updateDocumentStyle(doc: Edited, r: Json, at: RequestAt): Json {
  known(r, at.path, ['documentStyle', 'fields', 'tabId']);
  if (r.tabId !== undefined) throw notEmulated(at, 'tabs');
  const modelled = ['pageSize', 'pageSize.width', 'pageSize.height', ...MARGINS];
  const { style, fields, path: sPath } = styleUpdate(r, 'documentStyle', at, DOCUMENT_STYLE_FIELDS, modelled);
  if (fields.delete('pageSize')) ['pageSize.width', 'pageSize.height'].forEach((f) => fields.add(f));
  const size = message(style.pageSize, `${sPath}.pageSize`);
  known(size, `${sPath}.pageSize`, ['width', 'height']);
  const page = { ...doc.page };
  for (const side of ['width', 'height'] as const)
    if (fields.has(`pageSize.${side}`))
      page[side] =
        size[side] === undefined
          ? DEFAULT_PAGE[side]
          : points(size[side], at.where, `${sPath}.pageSize.${side}`, 1);
  for (const m of MARGINS)
    if (fields.has(m))
      page[m] = style[m] === undefined ? DEFAULT_PAGE[m] : points(style[m], at.where, `${sPath}.${m}`);
  if (page.marginLeft + page.marginRight >= page.width || page.marginTop + page.marginBottom >= page.height)
    throw new BadRequest(`${at.where}: The margins must leave room on the page.`); // (inferred)
  doc.page = page;
  return {};
}

function apply(doc: Edited, request: Json, n: number): Json {
  const kinds = Object.keys(request);
  for (const k of kinds)
    if (!(REQUEST_KINDS as readonly string[]).includes(k))
      throw new BadRequest(
        `Invalid JSON payload received. Unknown name "${k}" at 'requests[${n}]': Cannot find field.`,
      );
  if (kinds.length !== 1)
    throw new BadRequest(
      kinds.length === 0
        ? `Invalid requests[${n}]: Must specify at least one request.` // (inferred)
        : `Invalid value at 'requests[${n}]' (oneof), oneof field 'request' is already set. Cannot set '${kinds[1]}'`,
    );
  const kind = kinds[0];
  const at: RequestAt = { path: `requests[${n}].${kind}`, where: `Invalid requests[${n}].${kind}` };
  const r = message(request[kind], at.path);
  if (kind === 'updateDocumentStyle') return updateDocumentStyle(doc, r, at);
  const handler = HANDLERS[kind];
  if (!handler) throw notEmulated(at, 'this request kind');
  return handler(doc.body, r, at);
}

/** The API's opaque revision id for a stored version. */
const revisionId = (revision: number | undefined): string =>
  `ALm37B${(revision ?? 0).toString(36).padStart(6, '0')}`;

/** Arrays as the running script's own (the API's JSON parsed in its realm). */
function scriptArrays<T>(world: World, v: T): T {
  if (Array.isArray(v)) return world.makeArray(v.map((x) => scriptArrays(world, x))) as T;
  if (v && typeof v === 'object')
    return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, scriptArrays(world, x)])) as T;
  return v;
}

export class LocalDocsDocuments implements DocsDocumentsPort {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly world: World,
    private readonly store: DocumentStore,
  ) {}

  /** https://developers.google.com/docs/api/reference/rest/v1/documents/get */
  get = (documentId: string): Document => {
    const id = this.open('docs.documents.get', 'Docs.Documents.get', documentId, 'read');
    const record = this.store.get(id);
    const { content } = layout(record.saved);
    return scriptArrays(this.world, {
      documentId: id,
      title: this.world.drive.get(id)!.name,
      revisionId: revisionId(record.revision),
      body: { content },
      documentStyle: documentStyle(record.savedPage),
    });
  };

  /** https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate */
  batchUpdate = (resource: DocsBatchUpdate, documentId: string): BatchUpdateResponse => {
    const api = 'docs.documents.batchUpdate';
    // Charged per request: a batch of thousands is not one flat round trip (docs/cost-model.md §2.7)
    const count = Array.isArray(resource?.requests) ? resource.requests.length : 0;
    const id = this.open(api, 'Docs.Documents.batchUpdate', documentId, 'write', count);
    const record = this.store.get(id);
    if (this.store.isDirty(id))
      throw new GasError(
        'The local runtime does not model a Docs API edit of a document with unsaved DocumentApp edits in the same execution.',
      );
    try {
      const body = (resource ?? {}) as Json;
      known(body, 'batch', ['requests', 'writeControl']);
      if (body.writeControl !== undefined) {
        // https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate#writecontrol:
        // requiredRevisionId "If the required revision ID doesn't match the document's current revision ID, the
        // request is not processed and returns a 400 bad request error."
        const wc = body.writeControl as Json;
        known(wc, 'writeControl', ['requiredRevisionId', 'targetRevisionId']);
        if (wc.targetRevisionId !== undefined)
          throw new BadRequest('writeControl.targetRevisionId is not emulated by the local runtime.');
        if (wc.requiredRevisionId !== undefined && wc.requiredRevisionId !== revisionId(record.revision))
          throw new BadRequest(
            `The required revision ID ${String(wc.requiredRevisionId)} does not match the document's current revision.`, // (inferred)
          );
      }
      const requests = body.requests;
      if (!Array.isArray(requests) || requests.length === 0)
        throw new BadRequest('Must specify at least one request.'); // (inferred)
      // Atomic: every request applies to a copy; only when all do does the copy become the document
      const next: Edited = {
        body: JSON.parse(JSON.stringify(record.saved)) as DocElement[],
        page: { ...record.savedPage },
      };
      const replies = requests.map((req, n) => apply(next, (req ?? {}) as Json, n));
      record.saved = next.body;
      record.body = JSON.parse(JSON.stringify(next.body)) as DocElement[];
      record.savedPage = next.page;
      record.page = { ...next.page };
      record.revision = (record.revision ?? 0) + 1;
      this.world.touch(id);
      return {
        documentId: id,
        replies: this.world.makeArray(replies),
        writeControl: { requiredRevisionId: revisionId(record.revision) },
      };
    } catch (e) {
      if (e instanceof BadRequest) throw new GoogleJsonResponseException(api, 400, e.message);
      throw e;
    }
  };

  /** Authorization, the charge, the per-minute quota and the file's access: the document's id. */
  private open(api: string, method: string, documentId: string, use: 'read' | 'write', requests = 0): string {
    const world = this.world;
    requireAuthorization(world, method, DOCUMENTS_SCOPE);
    world.charge(method, 'docsApi', requests);
    const user = world.currentUser();
    this.takeQuota(api, user, use);
    const id = String(documentId);
    const item = world.drive.get(id);
    if (!item || item.trashed || item.mimeType !== MIME.document || !world.canRead(id, user))
      throw new GoogleJsonResponseException(api, 404, 'Requested entity was not found.');
    if (use === 'write' && !world.canWrite(id, user))
      throw new GoogleJsonResponseException(api, 403, 'The caller does not have permission');
    return id;
  }

  private takeQuota(api: string, user: string, use: 'read' | 'write'): void {
    const now = this.world.now();
    const key = `${use}:${user}`;
    const recent = (this.recent.get(key) ?? []).filter((t) => now - t < 60_000);
    const limit = use === 'read' ? DOCS_LIMITS.readsPerMinute : DOCS_LIMITS.writesPerMinute;
    const metric = use === 'read' ? 'Read requests' : 'Write requests';
    this.recent.set(key, recent);
    if (recent.length >= limit)
      throw new GoogleJsonResponseException(
        api,
        429,
        `Quota exceeded for quota metric '${metric}' and limit '${metric} per minute per user' of service 'docs.googleapis.com' for consumer '${this.world.project().clientId}'.`,
        'rateLimitExceeded',
      );
    recent.push(now);
  }
}

export class LocalDocs implements DocsPort {
  readonly Documents: LocalDocsDocuments;
  constructor(world: World, store: DocumentStore) {
    this.Documents = new LocalDocsDocuments(world, store);
  }
}

export const createDocs = (world: World, store: DocumentStore): LocalDocs => new LocalDocs(world, store);
