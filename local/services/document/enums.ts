// DocumentApp's enums (ParagraphHeading, HorizontalAlignment, VerticalAlignment, Attribute): objects that print as
// their names, as Apps Script's are (../host-object).

import { makeEnum } from '../host-object';

export const HEADINGS = makeEnum('DocumentApp.ParagraphHeading', [
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

export const ALIGNMENTS = makeEnum('DocumentApp.HorizontalAlignment', [
  'LEFT',
  'CENTER',
  'RIGHT',
  'JUSTIFY',
] as const);
export const HORIZONTAL_ALIGNMENT =
  ALIGNMENTS as unknown as typeof GoogleAppsScript.Document.HorizontalAlignment;

export const VERTICAL = makeEnum('DocumentApp.VerticalAlignment', ['TOP', 'CENTER', 'BOTTOM'] as const);
export const VERTICAL_ALIGNMENT = VERTICAL as unknown as typeof GoogleAppsScript.Document.VerticalAlignment;

/** https://developers.google.com/apps-script/reference/document/attribute */
const ATTRIBUTES = makeEnum('DocumentApp.Attribute', [
  'BACKGROUND_COLOR',
  'BOLD',
  'BORDER_COLOR',
  'BORDER_WIDTH',
  'CODE',
  'FONT_FAMILY',
  'FONT_SIZE',
  'FOREGROUND_COLOR',
  'HEADING',
  'HEIGHT',
  'HORIZONTAL_ALIGNMENT',
  'INDENT_END',
  'INDENT_FIRST_LINE',
  'INDENT_START',
  'ITALIC',
  'GLYPH_TYPE',
  'LEFT_TO_RIGHT',
  'LINE_SPACING',
  'LINK_URL',
  'LIST_ID',
  'MARGIN_BOTTOM',
  'MARGIN_LEFT',
  'MARGIN_RIGHT',
  'MARGIN_TOP',
  'NESTING_LEVEL',
  'MINIMUM_HEIGHT',
  'PADDING_BOTTOM',
  'PADDING_LEFT',
  'PADDING_RIGHT',
  'PADDING_TOP',
  'PAGE_HEIGHT',
  'PAGE_WIDTH',
  'SPACING_AFTER',
  'SPACING_BEFORE',
  'STRIKETHROUGH',
  'UNDERLINE',
  'VERTICAL_ALIGNMENT',
  'WIDTH',
] as const);
export const ATTRIBUTE = ATTRIBUTES as unknown as typeof GoogleAppsScript.Document.Attribute;
