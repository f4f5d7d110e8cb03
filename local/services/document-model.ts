// The contents of every Google Doc in the local runtime: body elements, and the state last saved (what exports see).

export type Heading =
  | 'NORMAL'
  | 'HEADING1'
  | 'HEADING2'
  | 'HEADING3'
  | 'HEADING4'
  | 'HEADING5'
  | 'HEADING6'
  | 'TITLE'
  | 'SUBTITLE';
export type Alignment = 'LEFT' | 'CENTER' | 'RIGHT' | 'JUSTIFY';

export interface DocImage {
  contentType: string;
  base64: string;
  /** Pixels, as InlineImage.getWidth/getHeight report. */
  width: number;
  height: number;
}

export type DocElement =
  | { type: 'paragraph'; text: string; heading: Heading; alignment: Alignment | null; images?: DocImage[] }
  | { type: 'listItem'; text: string; heading: Heading; alignment: Alignment | null; images?: DocImage[] }
  | { type: 'table'; rows: string[][] }
  | { type: 'pageBreak' };

export interface DocumentRecord {
  id: string;
  body: DocElement[];
  /** The body as of the last saveAndClose or the end of the execution that edited it: what getAs converts. */
  saved: DocElement[];
}

const clone = (body: DocElement[]): DocElement[] => JSON.parse(JSON.stringify(body)) as DocElement[];

/** The text a person reads in the body: paragraphs and list items, then each table cell, one per line. */
export function bodyText(body: DocElement[]): string {
  const lines: string[] = [];
  for (const el of body) {
    if (el.type === 'table') for (const row of el.rows) lines.push(...row);
    else if (el.type !== 'pageBreak') lines.push(el.text);
  }
  return lines.join('\n');
}

export class DocumentStore {
  private readonly docs = new Map<string, DocumentRecord>();
  /** Documents edited since their last save. */
  private readonly dirty = new Set<string>();

  /** A document's contents; a Docs file created through Drive (metadata only) starts empty. */
  get(id: string): DocumentRecord {
    let d = this.docs.get(id);
    if (!d) {
      d = { id, body: [], saved: [] };
      this.docs.set(id, d);
    }
    return d;
  }

  has(id: string): boolean {
    return this.docs.has(id);
  }

  ids(): string[] {
    return [...this.docs.keys()];
  }

  /** Drive.Files.copy of a Doc: the saved contents under the new id. */
  copy(sourceId: string, targetId: string): void {
    const source = this.get(sourceId);
    this.docs.set(targetId, { id: targetId, body: clone(source.saved), saved: clone(source.saved) });
  }

  touch(id: string): void {
    this.dirty.add(id);
  }

  save(id: string): void {
    const d = this.get(id);
    d.saved = clone(d.body);
    this.dirty.delete(id);
  }

  /** The end of an execution saves every document it changed (Apps Script saves open documents then). */
  saveAll(): void {
    for (const id of [...this.dirty]) this.save(id);
  }

  toJSON(): DocumentRecord[] {
    return [...this.docs.values()];
  }

  static fromJSON(records: DocumentRecord[] | undefined): DocumentStore {
    const store = new DocumentStore();
    for (const r of records ?? [])
      store.docs.set(r.id, { id: r.id, body: clone(r.body), saved: clone(r.saved) });
    return store;
  }
}
