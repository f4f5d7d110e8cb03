// Documents filled from a template through the Docs API: where the template's {{placeholders}} stand (one
// documents.get), and one working copy refilled per case by one batchUpdate that puts the case's values where the
// previous case's values (at first the placeholders) stood. The template itself is never written to.
import { placeholderPlaces } from '../domain/templates';
import type { DocsRequest, GasPorts } from './ports';

type StructuralElement = GoogleAppsScript.Docs.Schema.StructuralElement;

/** A placeholder's place in the body: [start, end) in the API's indexes (UTF-16 code units). */
export interface Slot {
  name: string;
  start: number;
  end: number;
}

export interface DocText {
  /** The body's paragraphs, one a line (as Body.getText gives them). */
  text: string;
  slots: Slot[];
  revisionId: string;
}

/** An inline object (an image) or a page break takes one index and no text: U+FFFC stands for it. */
const OBJECT = '\ufffc';

/** The body's text and its placeholders' places, from one documents.get. */
export function readDocText(g: GasPorts, docId: string): DocText {
  const doc = g.Docs.Documents.get(docId);
  const lines: string[] = [];
  const slots: Slot[] = [];
  const walk = (content: StructuralElement[] | undefined) => {
    for (const el of content ?? []) {
      if (el.paragraph) {
        const elements = el.paragraph.elements ?? [];
        const base = elements[0]?.startIndex ?? el.startIndex ?? 0;
        const text = elements
          .map((e) => e.textRun?.content ?? OBJECT.repeat((e.endIndex ?? 0) - (e.startIndex ?? 0)))
          .join('');
        lines.push(text.replace(/\n$/, '').replaceAll(OBJECT, ''));
        for (const p of placeholderPlaces(text))
          slots.push({ name: p.name, start: base + p.index, end: base + p.index + p.length });
      } else if (el.table) {
        for (const row of el.table.tableRows ?? [])
          for (const cell of row.tableCells ?? []) walk(cell.content);
      }
      // A table of contents is Docs' own text; a section break has none
    }
  };
  walk(doc.body?.content);
  return { text: lines.join('\n'), slots, revisionId: doc.revisionId ?? '' };
}

/** A value as one line of text: Docs would make a new paragraph of a line break. */
const oneLine = (v: string | number | undefined): string =>
  String(v ?? '')
    .replace(/\s*[\r\n\v\u2028\u2029]+\s*/g, ' ')
    .trim();

/**
 * The requests that put `values` into `slots`, and where the values stand afterwards. Each slot, from the last to
 * the first (so that no edit moves a place still to be edited): the value inserted after the slot's text, which it
 * takes the style of (Docs styles inserted text like the text before it), then that text deleted.
 */
export function fillRequests(
  slots: readonly Slot[],
  values: Record<string, string | number>,
): { requests: DocsRequest[]; slots: Slot[] } {
  const texts = slots.map((s) => oneLine(values[s.name]));
  const order = slots.map((_, i) => i).sort((a, b) => slots[b].start - slots[a].start);
  const requests: DocsRequest[] = [];
  for (const i of order) {
    const { start, end } = slots[i];
    if (texts[i] !== '') requests.push({ insertText: { location: { index: end }, text: texts[i] } });
    if (end > start) requests.push({ deleteContentRange: { range: { startIndex: start, endIndex: end } } });
  }
  let shift = 0;
  const after = [...order].reverse().map((i) => {
    const start = slots[i].start + shift;
    shift += texts[i].length - (slots[i].end - slots[i].start);
    return { i, slot: { name: slots[i].name, start, end: start + texts[i].length } };
  });
  const next = [...slots];
  for (const a of after) next[a.i] = a.slot;
  return { requests, slots: next };
}

/**
 * One working copy, refilled per case. A batch names the revision it was computed for, so that one applied twice
 * (a retry after a reply lost on the way) is refused instead of garbling the text.
 */
export class DocMerge {
  private slots: Slot[];
  private revisionId: string;

  constructor(
    private readonly g: GasPorts,
    readonly docId: string,
  ) {
    const read = readDocText(g, docId);
    this.slots = read.slots;
    this.revisionId = read.revisionId;
  }

  /** The copy filled with these values (one batchUpdate; none when nothing changes). */
  fill(values: Record<string, string | number>): void {
    const { requests, slots } = fillRequests(this.slots, values);
    if (requests.length === 0) return;
    const reply = this.g.Docs.Documents.batchUpdate(
      { requests, ...(this.revisionId ? { writeControl: { requiredRevisionId: this.revisionId } } : {}) },
      this.docId,
    );
    this.slots = slots;
    this.revisionId = reply.writeControl?.requiredRevisionId ?? '';
  }
}
