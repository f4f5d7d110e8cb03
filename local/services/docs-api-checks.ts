// The Docs API's checks that every request kind shares: unknown JSON names, integers, the body segment, field masks,
// Dimensions and colours, each refused as a 400 (BadRequest) the way the API refuses them.
//
// Field masks: https://developers.google.com/docs/api/how-tos/field-masks ("multiple different fields are
// comma-separated"; "Field names can be specified in camelCase or separated_by_underscores"). Dimensions:
// https://developers.google.com/docs/api/reference/rest/v1/documents#dimension (unit: PT the only unit). Colours:
// https://developers.google.com/docs/api/reference/rest/v1/documents#optionalcolor (an OptionalColor without a colour
// is transparent; RgbColor components are 0.0–1.0). Texts marked (inferred) are the runtime's wording.

export type Json = Record<string, unknown>;

/** A request the API would answer with 400 Bad Request. */
export class BadRequest extends Error {}

/** Where a request stands in the batch: `path` names it in JSON errors, `where` opens its other errors. */
export interface RequestAt {
  path: string;
  where: string;
}

export function known(o: Json, where: string, fields: string[]): void {
  for (const k of Object.keys(o))
    if (!fields.includes(k))
      throw new BadRequest(
        `Invalid JSON payload received. Unknown name "${k}" at '${where}': Cannot find field.`,
      );
}

export function integer(v: unknown, where: string): number {
  if (typeof v !== 'number' || !Number.isInteger(v))
    throw new BadRequest(`Invalid value at '${where}' (TYPE_INT32), ${JSON.stringify(v)}`);
  return v;
}

/** The body segment only: headers, footers, footnotes and tabs are not modelled. */
export function bodySegment(o: Json, where: string): void {
  if (o.segmentId !== undefined && o.segmentId !== '')
    throw new BadRequest(`${where}: segments other than the body are not emulated by the local runtime.`);
  if (o.tabId !== undefined) throw new BadRequest(`${where}: tabs are not emulated by the local runtime.`);
}

/** An object-valued field (absent is an empty message, as proto3 reads it). */
export function message(v: unknown, where: string): Json {
  if (v === undefined || v === null) return {};
  if (typeof v !== 'object' || Array.isArray(v))
    throw new BadRequest(`Invalid value at '${where}', ${JSON.stringify(v)}`); // (inferred)
  return v as Json;
}

/** A Location {index, segmentId, tabId} in the body: its index. */
export function locationIndex(v: unknown, where: string, path: string): number {
  if (v === undefined) throw new BadRequest(`${where}: Location must be specified.`); // (inferred)
  const loc = message(v, path);
  known(loc, path, ['index', 'segmentId', 'tabId']);
  bodySegment(loc, where);
  return integer(loc.index ?? 0, `${path}.index`);
}

/** A Range {startIndex, endIndex} in the body, not empty and inside it. */
export function bodyRange(v: unknown, where: string, path: string, end: number): [number, number] {
  const range = message(v, path);
  known(range, path, ['startIndex', 'endIndex', 'segmentId', 'tabId']);
  bodySegment(range, where);
  const start = integer(range.startIndex ?? 0, `${path}.startIndex`);
  const stop = integer(range.endIndex ?? 0, `${path}.endIndex`);
  if (stop <= start) throw new BadRequest(`${where}: The range should not be empty.`);
  if (start < 0) throw new BadRequest(`${where}: Index ${start} must not be negative.`); // (inferred)
  if (stop > end)
    throw new BadRequest(
      `${where}: Index ${stop - 1} must be less than the end index of the referenced segment, ${end}.`,
    );
  return [start, stop];
}

const camel = (name: string): string => name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * The fields a request's mask names, from the message's `all` fields: "*" is every one. The mask is required ("At
 * least one field must be specified"); a name the message lacks is refused.
 */
export function fieldMask(v: unknown, where: string, all: readonly string[]): Set<string> {
  const names =
    typeof v === 'string'
      ? v
          .split(',')
          .map((s) => camel(s.trim()))
          .filter(Boolean)
      : [];
  if (names.length === 0)
    throw new BadRequest(
      `${where}: At least one field must be listed in 'fields'. (Use '*' to indicate all fields.)`,
    ); // (inferred)
  if (names.includes('*')) {
    if (names.length > 1) throw new BadRequest(`${where}: '*' must be the only field in 'fields'.`); // (inferred)
    return new Set(all);
  }
  for (const n of names)
    if (!all.includes(n)) throw new BadRequest(`${where}: Invalid field mask: unknown field '${n}'.`); // (inferred)
  return new Set(names);
}

/**
 * The named fields the runtime does not model: refused, since applying (or resetting) them is something the model
 * cannot hold. With "*" an unmodelled field left unset resets to its default, which the model already is.
 */
export function modelledOnly(
  fields: Set<string>,
  style: Json,
  modelled: readonly string[],
  star: boolean,
  where: string,
): void {
  for (const f of fields)
    if (!modelled.includes(f) && (!star || style[f] !== undefined))
      throw new BadRequest(`${where}: the field '${f}' is not emulated by the local runtime.`);
}

/** A Dimension in points: "PT" is the API's only unit; a magnitude not below `min`. */
export function points(v: unknown, where: string, path: string, min = 0): number {
  const d = message(v, path);
  known(d, path, ['magnitude', 'unit']);
  if (d.unit !== 'PT')
    throw new BadRequest(
      `${where}: Invalid ${path}.unit: ${d.unit === undefined ? 'UNIT_UNSPECIFIED' : String(d.unit)}; the only unit is PT.`,
    ); // (inferred)
  const m = d.magnitude ?? 0;
  if (typeof m !== 'number' || !Number.isFinite(m))
    throw new BadRequest(`Invalid value at '${path}.magnitude' (TYPE_DOUBLE), ${JSON.stringify(m)}`);
  if (m < min) throw new BadRequest(`${where}: ${path} must be at least ${min} points.`); // (inferred)
  return m;
}

export const dimension = (magnitude: number): Json => ({ magnitude, unit: 'PT' });

/** An OptionalColor as '#rrggbb', or null when it holds no colour (transparent). */
export function optionalColor(v: unknown, where: string, path: string): string | null {
  const o = message(v, path);
  known(o, path, ['color']);
  if (o.color === undefined) return null;
  const c = message(o.color, `${path}.color`);
  known(c, `${path}.color`, ['rgbColor']);
  const rgb = message(c.rgbColor, `${path}.color.rgbColor`);
  known(rgb, `${path}.color.rgbColor`, ['red', 'green', 'blue']);
  const hex = (['red', 'green', 'blue'] as const).map((k) => {
    const x = rgb[k] ?? 0;
    if (typeof x !== 'number' || !(x >= 0 && x <= 1))
      throw new BadRequest(`${where}: ${path}.color.rgbColor.${k} must be between 0 and 1.`); // (inferred)
    return Math.round(x * 255)
      .toString(16)
      .padStart(2, '0');
  });
  return `#${hex.join('')}`;
}

/** '#rrggbb' as the API's OptionalColor (a component of 0 left out, as proto3's JSON leaves out defaults). */
export function colorOf(hex: string): Json {
  const rgbColor: Json = {};
  (['red', 'green', 'blue'] as const).forEach((k, i) => {
    const x = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255;
    if (x) rgbColor[k] = x;
  });
  return { color: { rgbColor } };
}

/**
 * A style request's style (the message `r[key]`, whose fields are the top-level names in `all`) and the fields its
 * mask names — the runtime's unmodelled ones refused (modelledOnly).
 */
export function styleUpdate(
  r: Json,
  key: string,
  at: RequestAt,
  all: readonly string[],
  modelled: readonly string[],
): { style: Json; fields: Set<string>; path: string } {
  const path = `${at.path}.${key}`;
  const style = message(r[key], path);
  known(
    style,
    path,
    all.filter((f) => !f.includes('.')),
  );
  const fields = fieldMask(r.fields, at.where, all);
  modelledOnly(fields, style, modelled, String(r.fields).trim() === '*', at.where);
  return { style, fields, path };
}

export const notEmulated = (at: RequestAt, what: string): BadRequest =>
  new BadRequest(`${at.where}: ${what} is not emulated by the local runtime.`);

/** A value of an enum field: a name the API does not know fails JSON parsing; an *_UNSPECIFIED one is refused. */
export function enumValue<T extends string>(
  v: unknown,
  path: string,
  at: RequestAt,
  values: readonly T[],
): T {
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T;
  if (typeof v === 'string' && /_UNSPECIFIED$/.test(v))
    throw new BadRequest(`${at.where}: ${path} must be specified.`); // (inferred)
  throw new BadRequest(`Invalid value at '${path}' (TYPE_ENUM), ${JSON.stringify(v)}`);
}
