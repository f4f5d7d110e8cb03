// The contents of every Google Doc in the local runtime: the page set-up, body elements (paragraphs, list items,
// tables whose cells hold elements, page breaks) with their attributes, and the state last saved (what exports see).

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
export type VerticalAlignment = 'TOP' | 'CENTER' | 'BOTTOM';

export interface DocImage {
  contentType: string;
  base64: string;
  /** Pixels, as InlineImage.getWidth/getHeight report. */
  width: number;
  height: number;
}

/**
 * Attributes set on a paragraph or list item (DocumentApp.Attribute names): text attributes apply to its whole text;
 * an attribute not set follows the paragraph's named style (Docs' defaults: see pdf.ts).
 */
export interface ParagraphAttributes {
  BOLD?: boolean;
  ITALIC?: boolean;
  UNDERLINE?: boolean;
  FONT_SIZE?: number;
  FONT_FAMILY?: string;
  FOREGROUND_COLOR?: string;
  LINK_URL?: string;
  SPACING_BEFORE?: number;
  SPACING_AFTER?: number;
  LINE_SPACING?: number;
  INDENT_START?: number;
  INDENT_END?: number;
  INDENT_FIRST_LINE?: number;
}

export interface DocParagraph {
  type: 'paragraph' | 'listItem';
  text: string;
  heading: Heading;
  alignment: Alignment | null;
  images?: DocImage[];
  attributes?: ParagraphAttributes;
}

export interface DocCell {
  children: DocElement[];
  /** Points; Docs' default padding is 5 pt on each side. */
  paddingTop?: number;
  paddingBottom?: number;
  paddingLeft?: number;
  paddingRight?: number;
  backgroundColor?: string;
  verticalAlignment?: VerticalAlignment;
}

export interface DocRow {
  cells: DocCell[];
  /** Points: the row is at least this tall. */
  minimumHeight?: number;
}

export interface DocTable {
  type: 'table';
  rows: DocRow[];
  /** Points; Docs' default is a 1 pt black border, 0 draws none. */
  borderWidth?: number;
  borderColor?: string;
  /** Points per column; a column not set shares what is left of the width. */
  columnWidths?: (number | null)[];
}

export type DocElement = DocParagraph | DocTable | { type: 'pageBreak' };

/**
 * The page: points. A new Doc is A4 (the Ukrainian locale's paper) with Docs' default one-inch margins; the body's
 * setPageWidth/Height and setMargin* change it.
 */
export interface PageSetup {
  width: number;
  height: number;
  marginTop: number;
  marginBottom: number;
  marginLeft: number;
  marginRight: number;
}

export const DEFAULT_PAGE: PageSetup = {
  width: 595.276,
  height: 841.89,
  marginTop: 72,
  marginBottom: 72,
  marginLeft: 72,
  marginRight: 72,
};

export interface DocumentRecord {
  id: string;
  body: DocElement[];
  /** The body as of the last saveAndClose or the end of the execution that edited it: what getAs converts. */
  saved: DocElement[];
  page: PageSetup;
  savedPage: PageSetup;
  /** Counts the stored versions (each save, each Docs API batchUpdate): the API's revisionId. */
  revision?: number;
}

/** A new Doc's body: Docs always holds at least one paragraph, so a new document has one, empty. */
export const emptyParagraph = (): DocParagraph => ({
  type: 'paragraph',
  text: '',
  heading: 'NORMAL',
  alignment: null,
});

/** A table cell as Body.appendTable(cells) makes it: one paragraph with the cell's text. */
export const textCell = (text: string): DocCell => ({ children: [{ ...emptyParagraph(), text }] });

const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * The text a person reads in the body: paragraphs and list items, then each table cell's text, one per line (as
 * Body.getText joins them).
 */
export function bodyText(body: DocElement[]): string {
  const lines: string[] = [];
  const walk = (els: DocElement[]) => {
    for (const el of els) {
      if (el.type === 'table')
        for (const row of el.rows) for (const cell of row.cells) lines.push(cellText(cell));
      else if (el.type !== 'pageBreak') lines.push(el.text);
    }
  };
  walk(body);
  return lines.join('\n');
}

/** A cell's text: its elements' texts joined by newlines. */
export function cellText(cell: DocCell): string {
  return bodyText(cell.children);
}

/** Workspaces saved before cells held elements stored a table as rows of strings: read them as text cells. */
function upgrade(els: unknown[]): DocElement[] {
  return els.map((el) => {
    const e = el as { type: string; rows?: unknown[] };
    if (e.type !== 'table') return el as DocElement;
    const rows = (e.rows ?? []).map((r) =>
      Array.isArray(r)
        ? { cells: r.map((c) => textCell(String(c))) }
        : {
            ...(r as DocRow),
            cells: (r as DocRow).cells.map((c) => ({ ...c, children: upgrade(c.children) })),
          },
    );
    return { ...(e as DocTable), rows };
  });
}

export class DocumentStore {
  private readonly docs = new Map<string, DocumentRecord>();
  /** Documents edited since their last save. */
  private readonly dirty = new Set<string>();

  /** A document's contents; a Docs file created through Drive (metadata only) starts with one empty paragraph. */
  get(id: string): DocumentRecord {
    let d = this.docs.get(id);
    if (!d) {
      d = {
        id,
        body: [emptyParagraph()],
        saved: [emptyParagraph()],
        page: { ...DEFAULT_PAGE },
        savedPage: { ...DEFAULT_PAGE },
      };
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

  /** Drive.Files.copy of a Doc: the saved contents and page set-up under the new id. */
  copy(sourceId: string, targetId: string): void {
    const source = this.get(sourceId);
    this.docs.set(targetId, {
      id: targetId,
      body: clone(source.saved),
      saved: clone(source.saved),
      page: clone(source.savedPage),
      savedPage: clone(source.savedPage),
    });
  }

  touch(id: string): void {
    this.dirty.add(id);
  }

  /** Whether DocumentApp edited the document since it was last saved. */
  isDirty(id: string): boolean {
    return this.dirty.has(id);
  }

  save(id: string): void {
    const d = this.get(id);
    d.saved = clone(d.body);
    d.savedPage = clone(d.page);
    d.revision = (d.revision ?? 0) + 1;
    this.dirty.delete(id);
  }

  /** The end of an execution saves every document it changed (Apps Script saves open documents then). */
  saveAll(): void {
    for (const id of [...this.dirty]) this.save(id);
  }

  toJSON(): DocumentRecord[] {
    return [...this.docs.values()];
  }

  static fromJSON(records: Partial<DocumentRecord>[] | undefined): DocumentStore {
    const store = new DocumentStore();
    for (const r of records ?? []) {
      const id = String(r.id);
      store.docs.set(id, {
        id,
        body: upgrade(clone(r.body ?? [])),
        saved: upgrade(clone(r.saved ?? [])),
        page: { ...DEFAULT_PAGE, ...r.page },
        savedPage: { ...DEFAULT_PAGE, ...r.savedPage },
        ...(r.revision ? { revision: r.revision } : {}),
      });
    }
    return store;
  }
}
