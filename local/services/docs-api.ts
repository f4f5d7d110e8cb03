// The Docs advanced service (v1) over the runtime's documents: documents.get (the body's structure with its
// indexes) and documents.batchUpdate with the request kinds the product sends (insertText, deleteContentRange), each
// checked as the API checks it, the whole batch applied atomically or not at all.
//
// https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate: "Each request is validated
// before being applied. If any request is not valid, then the entire request will fail and nothing will be
// applied." The requests: https://developers.google.com/docs/api/reference/rest/v1/documents/request. Indexes as
// https://developers.google.com/docs/api/concepts/structure gives them: UTF-16 code units from the body's start,
// the body opening with a section break (index 0), every paragraph ending in its newline, a table, each of its rows
// and each cell taking one index before their contents and the table one more after them.
// Error texts quoted from the API where users report them; the ones marked (inferred) are the runtime's wording.
// A request kind or field the API accepts but the runtime does not model is refused with a 400 that says so, never
// silently ignored.

import type { DocsDocumentsPort, DocsPort } from '../../src/gas/ports';
import { GasError, MIME, type World } from '../world';
import { requireAuthorization } from './authorization';
import { GoogleJsonResponseException } from './drive';
import type { DocElement, DocParagraph, DocumentStore } from './document-model';

type Document = GoogleAppsScript.Docs.Schema.Document;
type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;
type ParagraphElement = GoogleAppsScript.Docs.Schema.ParagraphElement;
type BatchUpdate = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentRequest;
type BatchUpdateResponse = GoogleAppsScript.Docs.Schema.BatchUpdateDocumentResponse;
type Json = Record<string, unknown>;

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

class BadRequest extends Error {}

const NAMED_STYLE: Record<DocParagraph['heading'], string> = {
  NORMAL: 'NORMAL_TEXT',
  HEADING1: 'HEADING_1',
  HEADING2: 'HEADING_2',
  HEADING3: 'HEADING_3',
  HEADING4: 'HEADING_4',
  HEADING5: 'HEADING_5',
  HEADING6: 'HEADING_6',
  TITLE: 'TITLE',
  SUBTITLE: 'SUBTITLE',
};

const ALIGNMENT: Record<string, string> = {
  LEFT: 'START',
  CENTER: 'CENTER',
  RIGHT: 'END',
  JUSTIFY: 'JUSTIFIED',
};

/** Where a paragraph's text lies in the body: its first character's index and the text's length. */
interface TextSpan {
  paragraph: DocParagraph;
  start: number;
}

/** The body as the API sees it, and the text of every paragraph with its index. */
function layout(body: DocElement[]): { content: StructuralElement[]; spans: TextSpan[]; end: number } {
  const spans: TextSpan[] = [];
  const paragraph = (p: DocParagraph | null, at: number): StructuralElement => {
    const elements: ParagraphElement[] = [];
    let i = at;
    const run = (content: string) => {
      elements.push({ startIndex: i, endIndex: i + content.length, textRun: { content, textStyle: {} } });
      i += content.length;
    };
    if (!p) {
      // A page break stands alone in its paragraph (Body.appendPageBreak)
      elements.push({ startIndex: i, endIndex: i + 1, pageBreak: { textStyle: {} } });
      i += 1;
      run('\n');
    } else {
      spans.push({ paragraph: p, start: at });
      const images = p.images?.length ?? 0;
      if (images === 0) run(`${p.text}\n`);
      else {
        if (p.text) run(p.text);
        // Appended images follow the text (Paragraph.appendInlineImage)
        for (let k = 0; k < images; k++) {
          elements.push({
            startIndex: i,
            endIndex: i + 1,
            inlineObjectElement: { inlineObjectId: `kix.${at}.${k}` },
          });
          i += 1;
        }
        run('\n');
      }
    }
    const style: Json = { namedStyleType: p ? NAMED_STYLE[p.heading] : 'NORMAL_TEXT' };
    if (p?.alignment) style.alignment = ALIGNMENT[p.alignment];
    return {
      startIndex: at,
      endIndex: i,
      paragraph: {
        elements,
        paragraphStyle: style,
        ...(p?.type === 'listItem' ? { bullet: { listId: 'kix.list' } } : {}),
      },
    };
  };
  const walk = (els: DocElement[], at: number): { out: StructuralElement[]; end: number } => {
    const out: StructuralElement[] = [];
    let i = at;
    for (const el of els) {
      if (el.type === 'table') {
        const start = i;
        i += 1;
        const tableRows = el.rows.map((row) => {
          const rowStart = i;
          i += 1;
          const tableCells = row.cells.map((cell) => {
            const cellStart = i;
            i += 1;
            const inner = walk(cell.children, i);
            i = inner.end;
            return { startIndex: cellStart, endIndex: i, content: inner.out };
          });
          return { startIndex: rowStart, endIndex: i, tableCells };
        });
        i += 1;
        out.push({
          startIndex: start,
          endIndex: i,
          table: {
            rows: el.rows.length,
            columns: Math.max(0, ...el.rows.map((r) => r.cells.length)),
            tableRows,
          },
        });
      } else {
        const s = paragraph(el.type === 'pageBreak' ? null : el, i);
        i = s.endIndex!;
        out.push(s);
      }
    }
    return { out, end: i };
  };
  const { out, end } = walk(body, 1);
  return { content: [{ endIndex: 1, sectionBreak: { sectionStyle: {} } }, ...out], spans, end };
}

/**
 * "Certain control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic Multilingual
 * Plane Private Use Area (U+E000-U+F8FF) will be stripped out of the inserted text." (InsertTextRequest)
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is stripped
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

function known(o: Json, where: string, fields: string[]): void {
  for (const k of Object.keys(o))
    if (!fields.includes(k))
      throw new BadRequest(
        `Invalid JSON payload received. Unknown name "${k}" at '${where}': Cannot find field.`,
      );
}

function integer(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new BadRequest(`Invalid value at '${where}' (TYPE_INT32), ${JSON.stringify(v)}`);
  return v;
}

/** The body segment only: headers, footers, footnotes and tabs are not modelled. */
function bodySegment(o: Json, where: string): void {
  if (o.segmentId !== undefined && o.segmentId !== '')
    throw new BadRequest(`${where}: segments other than the body are not emulated by the local runtime.`);
  if (o.tabId !== undefined) throw new BadRequest(`${where}: tabs are not emulated by the local runtime.`);
}

/** The paragraph whose text holds [start, end) (end may equal the text's end, never its newline). */
function spanAt(spans: TextSpan[], start: number, end: number): TextSpan | undefined {
  return spans.find((s) => s.start <= start && end <= s.start + s.paragraph.text.length);
}

function apply(body: DocElement[], request: Json, n: number): Json {
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
  const r = (request[kind] ?? {}) as Json;
  const where = `Invalid requests[${n}].${kind}`;
  const { spans, end } = layout(body);
  if (kind === 'insertText') {
    // https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest
    known(r, `requests[${n}].insertText`, ['text', 'location', 'endOfSegmentLocation']);
    if (r.endOfSegmentLocation !== undefined)
      throw new BadRequest(`${where}: endOfSegmentLocation is not emulated by the local runtime.`);
    if (r.location === undefined) throw new BadRequest(`${where}: Location must be specified.`); // (inferred)
    const loc = r.location as Json;
    known(loc, `requests[${n}].insertText.location`, ['index', 'segmentId', 'tabId']);
    bodySegment(loc, where);
    const index = integer(loc.index ?? 0, `requests[${n}].insertText.location.index`);
    const text = String(r.text ?? '').replace(STRIPPED, '');
    if (text === '') throw new BadRequest(`${where}: The text to insert must not be empty.`); // (inferred)
    // A line break (U+000A, or the vertical tab Docs makes of a soft break) would split the paragraph
    if (/[\n\v]/.test(text))
      throw new BadRequest(
        `${where}: text with line breaks (new paragraphs) is not emulated by the local runtime.`,
      );
    if (index >= end)
      throw new BadRequest(
        `${where}: Index ${index} must be less than the end index of the referenced segment, ${end}.`,
      );
    const span = spanAt(spans, index, index);
    if (!span)
      throw new BadRequest(
        `${where}: The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.`,
      );
    const at = index - span.start;
    span.paragraph.text = span.paragraph.text.slice(0, at) + text + span.paragraph.text.slice(at);
    return {};
  }
  if (kind === 'deleteContentRange') {
    // https://developers.google.com/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest
    known(r, `requests[${n}].deleteContentRange`, ['range']);
    const range = (r.range ?? {}) as Json;
    known(range, `requests[${n}].deleteContentRange.range`, ['startIndex', 'endIndex', 'segmentId', 'tabId']);
    bodySegment(range, where);
    const start = integer(range.startIndex ?? 0, `requests[${n}].deleteContentRange.range.startIndex`);
    const stop = integer(range.endIndex ?? 0, `requests[${n}].deleteContentRange.range.endIndex`);
    if (stop <= start) throw new BadRequest(`${where}: The range should not be empty.`);
    if (stop > end)
      throw new BadRequest(
        `${where}: Index ${stop - 1} must be less than the end index of the referenced segment, ${end}.`,
      );
    const span = spanAt(spans, start, stop);
    if (!span)
      throw new BadRequest(
        `${where}: deleting beyond one paragraph's text (newlines, tables, images) is not emulated by the local runtime.`,
      );
    const t = span.paragraph.text;
    const a = start - span.start;
    const b = stop - span.start;
    // "Deleting a code unit of a surrogate pair" is refused
    const cuts = (i: number) =>
      i > 0 && i < t.length && /[\ud800-\udbff]/.test(t[i - 1]) && /[\udc00-\udfff]/.test(t[i]);
    if (cuts(a) || cuts(b))
      throw new BadRequest(
        `${where}: Invalid deletion range. Cannot delete one code unit of a surrogate pair.`,
      ); // (inferred)
    span.paragraph.text = t.slice(0, a) + t.slice(b);
    return {};
  }
  throw new BadRequest(`${where}: this request kind is not emulated by the local runtime.`);
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
    });
  };

  /** https://developers.google.com/docs/api/reference/rest/v1/documents/batchUpdate */
  batchUpdate = (resource: BatchUpdate, documentId: string): BatchUpdateResponse => {
    const api = 'docs.documents.batchUpdate';
    const id = this.open(api, 'Docs.Documents.batchUpdate', documentId, 'write');
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
      const next = JSON.parse(JSON.stringify(record.saved)) as DocElement[];
      const replies = requests.map((req, n) => apply(next, (req ?? {}) as Json, n));
      record.saved = next;
      record.body = JSON.parse(JSON.stringify(next)) as DocElement[];
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
  private open(api: string, method: string, documentId: string, use: 'read' | 'write'): string {
    const world = this.world;
    requireAuthorization(world, method, DOCUMENTS_SCOPE);
    world.charge(method, 'docsApi');
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
