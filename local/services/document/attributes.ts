// The attributes DocumentApp takes (https://developers.google.com/apps-script/reference/document/attribute): each
// value checked as Apps Script checks it, and a container's text attributes carried to its paragraphs.

import { GasError } from '../../world';
import { ownEnum } from '../host-object';
import type {
  Alignment,
  DocElement,
  DocParagraph,
  Heading,
  ParagraphAttributes,
  VerticalAlignment,
} from '../document-model';
import { ALIGNMENTS, HEADINGS, VERTICAL } from './enums';

export function headingOf(v: unknown, method = 'DocumentApp.Paragraph.setAttributes'): Heading {
  return ownEnum(HEADINGS, v, method) as Heading;
}

export function alignmentOf(v: unknown, method = 'DocumentApp.Paragraph.setAttributes'): Alignment {
  return ownEnum(ALIGNMENTS, v, method) as Alignment;
}

export function verticalOf(
  v: unknown,
  method = 'DocumentApp.TableCell.setVerticalAlignment',
): VerticalAlignment {
  return ownEnum(VERTICAL, v, method) as VerticalAlignment;
}

/** Points: a finite number not below 0. */
export function points(v: unknown, what: string): number {
  const n = Number(v);
  if (typeof v === 'boolean' || !Number.isFinite(n) || n < 0) throw new GasError(`Invalid argument: ${what}`);
  return n;
}

/** Docs takes colours as #RRGGBB. */
export function color(v: unknown): string {
  const s = String(v);
  if (!/^#[0-9a-f]{6}$/i.test(s)) throw new GasError(`Invalid argument: color`);
  return s.toLowerCase();
}

/** "New-line characters are converted to line-break characters" (ListItem and Paragraph text). */
export const lineBreaks = (text: unknown): string => String(text ?? '').replace(/\r\n|\n/g, '\r');

const TEXT_ATTRIBUTES: Record<keyof ParagraphAttributes, (v: unknown) => unknown> = {
  BOLD: (v) => Boolean(v),
  ITALIC: (v) => Boolean(v),
  UNDERLINE: (v) => Boolean(v),
  FONT_SIZE: (v) => {
    const n = points(v, 'size');
    if (n < 1 || n > 400) throw new GasError('Invalid argument: size');
    return n;
  },
  FONT_FAMILY: (v) => String(v),
  FOREGROUND_COLOR: color,
  LINK_URL: (v) => String(v),
  SPACING_BEFORE: (v) => points(v, 'spacingBefore'),
  SPACING_AFTER: (v) => points(v, 'spacingAfter'),
  LINE_SPACING: (v) => {
    const n = points(v, 'multiplier');
    if (n <= 0) throw new GasError('Invalid argument: multiplier');
    return n;
  },
  INDENT_START: (v) => points(v, 'indentStart'),
  INDENT_END: (v) => points(v, 'indentEnd'),
  INDENT_FIRST_LINE: (v) => points(v, 'indentFirstLine'),
};

/**
 * Paragraph-level attributes from a setAttributes object (keys are DocumentApp.Attribute names). A null value
 * clears the attribute; attributes that do not apply to a paragraph are ignored.
 */
export function applyToParagraph(p: DocParagraph, attributes: Record<string, unknown>): void {
  for (const [key, value] of Object.entries(attributes ?? {})) {
    if (key === 'HEADING') {
      if (value !== null && value !== undefined) p.heading = headingOf(value);
    } else if (key === 'HORIZONTAL_ALIGNMENT') {
      p.alignment = value === null || value === undefined ? null : alignmentOf(value);
    } else if (key in TEXT_ATTRIBUTES) {
      const k = key as keyof ParagraphAttributes;
      const attrs = (p.attributes ??= {});
      if (value === null || value === undefined) delete attrs[k];
      else (attrs as Record<string, unknown>)[k] = TEXT_ATTRIBUTES[k](value);
    }
  }
}

/** A container's text attributes reach every paragraph in it (a table's, a cell's, a row's), as Docs applies them. */
export function applyToParagraphsIn(els: DocElement[], attributes: Record<string, unknown>): void {
  const paragraphOnly = Object.fromEntries(
    Object.entries(attributes ?? {}).filter(
      ([k]) => k in TEXT_ATTRIBUTES || k === 'HORIZONTAL_ALIGNMENT' || k === 'HEADING',
    ),
  );
  if (Object.keys(paragraphOnly).length === 0) return;
  for (const el of els) {
    if (el.type === 'table')
      for (const r of el.rows) for (const c of r.cells) applyToParagraphsIn(c.children, paragraphOnly);
    else if (el.type !== 'pageBreak') applyToParagraph(el, paragraphOnly);
  }
}
