// The blocks as the structure a Doc gets from them (src/gas/docs-batch.ts writes it): paragraphs with their look,
// tables whose cells hold the same, page breaks; and the paragraph Docs puts before every table.
import type { Align, Block, Cell, HeadingKind, TextStyle } from '../domain/blocks';

export type ImageBlock = Extract<Block, { kind: 'image' }>;

export interface Para {
  kind: 'para';
  text: string;
  heading: HeadingKind | 'paragraph';
  style: TextStyle;
  align?: Align;
  list?: boolean;
  image?: ImageBlock;
}
export interface Tbl {
  kind: 'table';
  rows: CellPlan[][];
  widths?: number[];
  border?: { width: number; color?: string };
  minHeights?: (number | undefined)[];
}
export interface CellPlan {
  els: El[];
  cell?: Cell;
}
export type El = Para | Tbl | { kind: 'pageBreak' };

/** An empty paragraph made as small as Docs allows. */
export const TINY: TextStyle = { size: 1, before: 0, after: 0, lineSpacing: 1 };

/**
 * A paragraph's text as the API keeps it in one paragraph: a line break becomes the vertical tab Docs makes of a
 * soft break, and the control characters the API strips (InsertTextRequest) are dropped here, so the indexes
 * counted here are the ones the Doc gets.
 */
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g; // eslint-disable-line no-control-regex -- what the API strips
const cleanText = (s: string): string => s.replace(/\r\n|\r|\n/g, '\v').replace(STRIPPED, '');

/**
 * The blocks as the structure they become. `inherited` is a table's style, which every paragraph in it takes; `end`
 * says the container's last paragraph (a cell's own, or the body's last at the end) is used by the last block: a
 * block that is not a paragraph leaves it empty and shrunk.
 */
export function plan(blocks: readonly Block[], inherited: TextStyle, end: boolean, inCell: boolean): El[] {
  const els: El[] = [];
  const para = (p: Omit<Para, 'kind'>): Para => ({ kind: 'para', ...p });
  for (const b of blocks) {
    switch (b.kind) {
      case 'pageBreak':
        if (inCell) throw new Error('A page break cannot stand in a table cell.');
        els.push({ kind: 'pageBreak' });
        break;
      case 'list':
        for (const item of b.items)
          els.push(
            para({
              text: cleanText(item).replace(/^\t+/, ''),
              heading: 'paragraph',
              style: { ...inherited, ...b.style },
              list: true,
            }),
          );
        break;
      case 'image':
        els.push(
          para({
            text: '',
            heading: 'paragraph',
            style: { ...inherited, ...b.style },
            align: b.align,
            image: b,
          }),
        );
        break;
      case 'table': {
        if (b.rows.length === 0) break;
        // The paragraph the table's insertion makes before it: the block before, or an empty one shrunk
        if (els.length === 0 || els[els.length - 1].kind !== 'para')
          els.push(para({ text: '', heading: 'paragraph', style: TINY }));
        const style = { ...inherited, ...b.style };
        els.push({
          kind: 'table',
          rows: b.rows.map((row) =>
            row.map((c): CellPlan =>
              typeof c === 'string'
                ? { els: plan([{ kind: 'paragraph', text: c }], style, true, true) }
                : { els: plan(c.blocks, style, true, true), cell: c },
            ),
          ),
          widths: b.widths,
          border: b.border,
          minHeights: b.minHeights,
        });
        break;
      }
      default:
        els.push(
          para({
            text: cleanText(b.text),
            heading: b.kind,
            style: { ...inherited, ...b.style },
            align: b.align && b.align !== 'left' ? b.align : undefined,
          }),
        );
    }
  }
  if (end && (els.length === 0 || els[els.length - 1].kind !== 'para'))
    els.push(para({ text: '', heading: 'paragraph', style: TINY }));
  return els;
}

export const columnsOf = (t: Tbl): number => Math.max(...t.rows.map((r) => r.length));
