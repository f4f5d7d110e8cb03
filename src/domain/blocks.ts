// A document as plain data (headings, paragraphs, lists, tables, images, page breaks), written into a Doc by gas/docs.

export type Align = 'left' | 'center' | 'right' | 'justify';

export type Block =
  | {
      kind: 'title' | 'subtitle' | 'heading1' | 'heading2' | 'heading3' | 'paragraph';
      text: string;
      align?: Align;
    }
  | { kind: 'list'; items: string[] }
  | { kind: 'table'; rows: string[][] }
  /** A PNG, as signed bytes (Utilities.newBlob takes them), shown `width` pixels wide. */
  | { kind: 'image'; png: number[]; name: string; width: number; align?: Align }
  | { kind: 'pageBreak' };

/** Plain text of the blocks, one line per paragraph, list item or table cell (for checks and previews). */
export function blocksText(blocks: readonly Block[]): string {
  const lines: string[] = [];
  for (const b of blocks) {
    if (b.kind === 'list') lines.push(...b.items);
    else if (b.kind === 'table') for (const r of b.rows) lines.push(...r);
    else if (b.kind !== 'image' && b.kind !== 'pageBreak') lines.push(b.text);
  }
  return lines.join('\n');
}
