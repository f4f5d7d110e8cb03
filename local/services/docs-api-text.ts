// The Docs API's requests on text and paragraphs: insertText (new paragraphs included), deleteContentRange,
// insertPageBreak, updateParagraphStyle, updateTextStyle, createParagraphBullets — each checked as the API checks
// it (https://developers.google.com/docs/api/reference/rest/v1/documents/request), each landing in the fields
// DocumentApp sets, so DocumentApp and the PDF read what the API wrote. The model keeps one text style per
// paragraph: what would style part of one is refused as not emulated.

import type { DocElement, DocParagraph, ParagraphAttributes } from './document-model';
import {
  BadRequest,
  bodyRange,
  known,
  locationIndex,
  enumValue,
  message,
  notEmulated,
  optionalColor,
  points,
  styleUpdate,
  type Json,
  type RequestAt,
} from './docs-api-checks';
import {
  ALIGNMENT,
  NAMED_STYLE,
  PARAGRAPH_POINTS,
  paragraphAt,
  paragraphsIn,
  places,
  TEXT_FLAGS,
  type Layout,
  type ParagraphPlace,
} from './docs-api-layout';

/**
 * "Certain control characters (U+0000-U+0008, U+000C-U+001F) and characters from the Unicode Basic Multilingual
 * Plane Private Use Area (U+E000-U+F8FF) will be stripped out of the inserted text." (InsertTextRequest)
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what is stripped
const STRIPPED = /[\u0000-\u0008\u000c-\u001f\ue000-\uf8ff]/g;

/**
 * The paragraph an insertion at `index` goes into. InsertTextRequest: "The index must be within the bounds of an
 * existing Paragraph. For instance, text cannot be inserted at a table's start index".
 */
export function insertionPlace(l: Layout, index: number, at: RequestAt): ParagraphPlace {
  if (index >= l.end)
    throw new BadRequest(
      `${at.where}: Index ${index} must be less than the end index of the referenced segment, ${l.end}.`,
    );
  const place = paragraphAt(l, index);
  if (!place)
    throw new BadRequest(
      `${at.where}: The insertion index must be inside the bounds of an existing paragraph. You can still create new paragraphs by inserting newlines.`,
    );
  return place;
}

/** A new paragraph with the style of `p`: "The paragraph style of the new paragraph will be copied from the paragraph at the current insertion index, including lists and bullets" (text style too, the harsher reading). */
const styledLike = (p: DocParagraph, text: string): DocParagraph => ({
  type: p.type,
  text,
  heading: p.heading,
  alignment: p.alignment,
  ...(p.attributes ? { attributes: { ...p.attributes } } : {}),
});

/** Splits a paragraph before its text's `k`-th code unit: the tail (text after, images) follows it, styled alike. */
export function splitParagraph(place: ParagraphPlace, k: number): DocParagraph {
  const p = place.paragraph!;
  const tail = styledLike(p, p.text.slice(k));
  if (p.images) tail.images = p.images;
  delete p.images;
  p.text = p.text.slice(0, k);
  place.container.splice(place.position + 1, 0, tail);
  return tail;
}

/** The paragraph an insertion goes into, refused where the model cannot hold the result. */
export function textPlace(l: Layout, index: number, at: RequestAt): ParagraphPlace {
  const place = insertionPlace(l, index, at);
  if (!place.paragraph) throw notEmulated(at, "inserting into a page break's paragraph");
  if (index > place.textEnd) throw notEmulated(at, 'inserting among or after inline images');
  return place;
}

/** https://developers.google.com/docs/api/reference/rest/v1/documents/request#inserttextrequest */
export function insertText(body: DocElement[], r: Json, at: RequestAt): Json {
  known(r, at.path, ['text', 'location', 'endOfSegmentLocation']);
  if (r.endOfSegmentLocation !== undefined) throw notEmulated(at, 'endOfSegmentLocation');
  const index = locationIndex(r.location, at.where, `${at.path}.location`);
  // A vertical tab (U+000B, not among the stripped characters) is a line break inside the paragraph: the model keeps
  // it as DocumentApp's '\r', one index as well
  const text = String(r.text ?? '')
    .replace(STRIPPED, '')
    .replace(/\v/g, '\r');
  if (text === '') throw new BadRequest(`${at.where}: The text to insert must not be empty.`); // (inferred)
  const place = textPlace(places(body), index, at);
  const p = place.paragraph!;
  const k = index - place.start;
  // "Inserting a newline will implicitly create a new paragraph at that index."
  const lines = text.split('\n');
  if (lines.length === 1) {
    p.text = p.text.slice(0, k) + text + p.text.slice(k);
    return {};
  }
  const tail = splitParagraph(place, k);
  p.text += lines[0];
  tail.text = lines[lines.length - 1] + tail.text;
  const middle = lines.slice(1, -1).map((line) => styledLike(p, line));
  place.container.splice(place.position + 1, 0, ...middle);
  return {};
}

/** https://developers.google.com/docs/api/reference/rest/v1/documents/request#deletecontentrangerequest */
export function deleteContentRange(body: DocElement[], r: Json, at: RequestAt): Json {
  known(r, at.path, ['range']);
  const l = places(body);
  const [start, stop] = bodyRange(r.range, at.where, `${at.path}.range`, l.end);
  const span = l.paragraphs.find((s) => s.paragraph && s.start <= start && stop <= s.textEnd);
  if (!span)
    throw notEmulated(at, "deleting beyond one paragraph's text (newlines, tables, images, page breaks)");
  const t = span.paragraph!.text;
  const a = start - span.start;
  const b = stop - span.start;
  // "Deleting a code unit of a surrogate pair" is refused
  const cuts = (i: number) =>
    i > 0 && i < t.length && /[\ud800-\udbff]/.test(t[i - 1]) && /[\udc00-\udfff]/.test(t[i]);
  if (cuts(a) || cuts(b))
    throw new BadRequest(
      `${at.where}: Invalid deletion range. Cannot delete one code unit of a surrogate pair.`,
    ); // (inferred)
  span.paragraph!.text = t.slice(0, a) + t.slice(b);
  return {};
}

/**
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#insertpagebreakrequest: "Inserts a
 * page break followed by a newline at the specified location." "Page breaks cannot be inserted inside a table,
 * equation, footnote, header or footer." The model's page break is a paragraph of its own, so only one inserted at
 * a paragraph's start (a page break, then its newline, before the paragraph) is emulated.
 */
export function insertPageBreak(body: DocElement[], r: Json, at: RequestAt): Json {
  known(r, at.path, ['location', 'endOfSegmentLocation']);
  if (r.endOfSegmentLocation !== undefined) throw notEmulated(at, 'endOfSegmentLocation');
  const index = locationIndex(r.location, at.where, `${at.path}.location`);
  const place = insertionPlace(places(body), index, at);
  if (place.inTable)
    throw new BadRequest(
      `${at.where}: Page breaks cannot be inserted inside a table, equation, footnote, header or footer.`,
    );
  if (!place.paragraph || index !== place.start)
    throw notEmulated(at, "a page break anywhere but at a paragraph's start");
  if (place.paragraph.type === 'listItem') throw notEmulated(at, 'a page break in a list item');
  place.container.splice(place.position, 0, { type: 'pageBreak' });
  return {};
}

/** The paragraphs a style request's range overlaps; a page break's paragraph has no style the model keeps. */
function styledParagraphs(l: Layout, start: number, stop: number, at: RequestAt): ParagraphPlace[] {
  const found = paragraphsIn(l, start, stop);
  if (found.some((p) => !p.paragraph)) throw notEmulated(at, "styling a page break's paragraph");
  return found;
}

const PARAGRAPH_STYLE_FIELDS = [
  'headingId',
  'namedStyleType',
  'alignment',
  'lineSpacing',
  'direction',
  'spacingMode',
  'spaceAbove',
  'spaceBelow',
  'borderBetween',
  'borderTop',
  'borderBottom',
  'borderLeft',
  'borderRight',
  'indentFirstLine',
  'indentStart',
  'indentEnd',
  'tabStops',
  'keepLinesTogether',
  'keepWithNext',
  'avoidWidowAndOrphan',
  'shading',
  'pageBreakBefore',
] as const;

const reverse = <K extends string>(m: Record<K, string>): Record<string, K> =>
  Object.fromEntries(Object.entries(m).map(([k, v]) => [v, k])) as Record<string, K>;
const HEADING_OF = reverse(NAMED_STYLE);
const ALIGNMENT_OF = reverse(ALIGNMENT);

/** Sets or (undefined) clears one attribute. */
function setAttribute(p: DocParagraph, key: keyof ParagraphAttributes, value: unknown): void {
  const a = (p.attributes ??= {});
  if (value === undefined) delete a[key];
  else (a as Record<string, unknown>)[key] = value;
}

/** A style's fields checked and turned into one change, applied to each paragraph after all are checked. */
type Change = (p: DocParagraph) => void;

/**
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#updateparagraphstylerequest: every
 * paragraph the range overlaps; "fields" names what changes, a named field left unset goes back to its default.
 */
export function updateParagraphStyle(body: DocElement[], r: Json, at: RequestAt): Json {
  known(r, at.path, ['range', 'paragraphStyle', 'fields']);
  const l = places(body);
  const [start, stop] = bodyRange(r.range, at.where, `${at.path}.range`, l.end);
  const modelled = ['namedStyleType', 'alignment', 'lineSpacing', ...Object.keys(PARAGRAPH_POINTS)];
  const {
    style,
    fields,
    path: sPath,
  } = styleUpdate(r, 'paragraphStyle', at, PARAGRAPH_STYLE_FIELDS, modelled);
  const changes: Change[] = [];
  if (fields.has('namedStyleType')) {
    const v = style.namedStyleType;
    const heading =
      v === undefined
        ? 'NORMAL'
        : HEADING_OF[enumValue(v, `${sPath}.namedStyleType`, at, Object.keys(HEADING_OF))];
    changes.push((p) => (p.heading = heading));
  }
  if (fields.has('alignment')) {
    const v = style.alignment;
    const alignment =
      v === undefined
        ? null
        : ALIGNMENT_OF[enumValue(v, `${sPath}.alignment`, at, Object.keys(ALIGNMENT_OF))];
    changes.push((p) => (p.alignment = alignment));
  }
  for (const [field, attr] of Object.entries(PARAGRAPH_POINTS)) {
    if (!fields.has(field)) continue;
    const v = style[field] === undefined ? undefined : points(style[field], at.where, `${sPath}.${field}`);
    changes.push((p) => setAttribute(p, attr, v));
  }
  if (fields.has('lineSpacing')) {
    const v = style.lineSpacing;
    if (v !== undefined && (typeof v !== 'number' || !(v > 0)))
      throw new BadRequest(`${at.where}: ${sPath}.lineSpacing must be a positive percentage.`); // (inferred)
    // A percentage (100 is single spacing); DocumentApp's LINE_SPACING is a multiple
    changes.push((p) => setAttribute(p, 'LINE_SPACING', v === undefined ? undefined : v / 100));
  }
  for (const place of styledParagraphs(l, start, stop, at)) for (const c of changes) c(place.paragraph!);
  return {};
}

const TEXT_STYLE_FIELDS = [
  'bold',
  'italic',
  'underline',
  'strikethrough',
  'smallCaps',
  'backgroundColor',
  'foregroundColor',
  'fontSize',
  'weightedFontFamily',
  'baselineOffset',
  'link',
] as const;

/**
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#updatetextstylerequest. The model
 * keeps one text style per paragraph: the range must take each paragraph it touches whole (its text and images;
 * the closing newline may be in it or not).
 */
export function updateTextStyle(body: DocElement[], r: Json, at: RequestAt): Json {
  known(r, at.path, ['range', 'textStyle', 'fields']);
  const l = places(body);
  const [start, stop] = bodyRange(r.range, at.where, `${at.path}.range`, l.end);
  const modelled = [...Object.keys(TEXT_FLAGS), 'fontSize', 'foregroundColor', 'weightedFontFamily', 'link'];
  const { style, fields, path: sPath } = styleUpdate(r, 'textStyle', at, TEXT_STYLE_FIELDS, modelled);
  const changes: Change[] = [];
  const set = (field: string, attr: keyof ParagraphAttributes, read: (v: unknown) => unknown) => {
    if (!fields.has(field)) return;
    const v = style[field] === undefined ? undefined : read(style[field]);
    changes.push((p) => setAttribute(p, attr, v));
  };
  for (const [field, attr] of Object.entries(TEXT_FLAGS))
    set(field, attr, (v) => {
      if (typeof v !== 'boolean')
        throw new BadRequest(`Invalid value at '${sPath}.${field}' (TYPE_BOOL), ${JSON.stringify(v)}`);
      return v;
    });
  set('fontSize', 'FONT_SIZE', (v) => {
    const size = points(v, at.where, `${sPath}.fontSize`);
    // The editor's sizes, 1–400 (the reference gives no range: the runtime keeps DocumentApp's)
    if (size < 1 || size > 400)
      throw new BadRequest(`${at.where}: ${sPath}.fontSize must be between 1 and 400 points.`); // (inferred)
    return size;
  });
  set('foregroundColor', 'FOREGROUND_COLOR', (v) => {
    const c = optionalColor(v, at.where, `${sPath}.foregroundColor`);
    if (c === null) throw notEmulated(at, 'transparent text');
    return c;
  });
  set('weightedFontFamily', 'FONT_FAMILY', (v) => {
    const f = message(v, `${sPath}.weightedFontFamily`);
    known(f, `${sPath}.weightedFontFamily`, ['fontFamily', 'weight']);
    // "If omitted, defaults to 400" (WeightedFontFamily.weight)
    if (f.weight !== undefined && f.weight !== 400) throw notEmulated(at, 'a font weight other than 400');
    if (typeof f.fontFamily !== 'string' || f.fontFamily === '')
      throw new BadRequest(`${at.where}: ${sPath}.weightedFontFamily.fontFamily must not be empty.`); // (inferred)
    return f.fontFamily;
  });
  set('link', 'LINK_URL', (v) => {
    const link = message(v, `${sPath}.link`);
    known(link, `${sPath}.link`, ['url', 'bookmarkId', 'headingId', 'bookmark', 'heading', 'tabId']);
    if (Object.keys(link).some((k) => k !== 'url'))
      throw notEmulated(at, 'a link to a bookmark, heading or tab');
    if (typeof link.url !== 'string' || link.url === '')
      throw new BadRequest(`${at.where}: ${sPath}.link.url must not be empty.`); // (inferred)
    return link.url;
  });
  const targets = styledParagraphs(l, start, stop, at);
  for (const place of targets)
    if (start > place.start || stop < place.end - 1)
      throw notEmulated(
        at,
        "styling part of a paragraph's text (the model keeps one text style a paragraph)",
      );
  for (const place of targets) for (const c of changes) c(place.paragraph!);
  return {};
}

/** CreateParagraphBulletsRequest.bulletPreset's values (BULLET_GLYPH_PRESET_UNSPECIFIED refused). */
const BULLET_PRESETS = [
  'BULLET_DISC_CIRCLE_SQUARE',
  'BULLET_DIAMONDX_ARROW3D_SQUARE',
  'BULLET_CHECKBOX',
  'BULLET_ARROW_DIAMOND_DISC',
  'BULLET_STAR_CIRCLE_SQUARE',
  'BULLET_ARROW3D_CIRCLE_SQUARE',
  'BULLET_LEFTTRIANGLE_DIAMOND_DISC',
  'BULLET_DIAMONDX_HOLLOWDIAMOND_SQUARE',
  'BULLET_DIAMOND_CIRCLE_SQUARE',
  'NUMBERED_DECIMAL_ALPHA_ROMAN',
  'NUMBERED_DECIMAL_ALPHA_ROMAN_PARENS',
  'NUMBERED_DECIMAL_NESTED',
  'NUMBERED_UPPERALPHA_ALPHA_ROMAN',
  'NUMBERED_UPPERROMAN_UPPERALPHA_DECIMAL',
  'NUMBERED_ZERODECIMAL_ALPHA_ROMAN',
] as const;

/**
 * https://developers.google.com/docs/api/reference/rest/v1/documents/request#createparagraphbulletsrequest: the
 * paragraphs the range overlaps become list items. "The nesting level of each paragraph will be determined by
 * counting leading tabs … these leading tabs are removed": a paragraph that starts with a tab is not emulated.
 */
export function createParagraphBullets(body: DocElement[], r: Json, at: RequestAt): Json {
  known(r, at.path, ['range', 'bulletPreset']);
  const l = places(body);
  const [start, stop] = bodyRange(r.range, at.where, `${at.path}.range`, l.end);
  enumValue(
    r.bulletPreset ?? 'BULLET_GLYPH_PRESET_UNSPECIFIED',
    `${at.path}.bulletPreset`,
    at,
    BULLET_PRESETS,
  );
  const targets = styledParagraphs(l, start, stop, at);
  if (targets.some((p) => p.paragraph!.text.startsWith('\t')))
    throw notEmulated(at, 'nesting levels from leading tabs');
  for (const place of targets) place.paragraph!.type = 'listItem';
  return {};
}
