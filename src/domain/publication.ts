// What is published from the approved list: the public page (HTML), and the CSV and XLSX exports.
import type { Approval } from './approval';
import type { CatalogEntry } from './catalog';
import { normalizeDistrict } from './cases';
import { ukCompare } from './collation';
import { TOP_HEADERS } from './sheets';
import { foldForSearch } from './search';
import { csvField, escapeHtml, normalizeName } from './text';
import { ui } from './messages';

/** One case as the public sees it: no place, no score, no contacts. */
export interface PublicCase {
  /** The case's ID: its entry is `#<ID>` on the page (the catalog's QR codes lead to `?case=<ID>`). */
  id: string;
  title: string;
  organisation: string;
  district: string;
  category: string;
  description: string;
}

export function publicCases(
  entries: readonly Pick<CatalogEntry, 'id' | 'title' | 'organisation' | 'district' | 'category' | 'done'>[],
): PublicCase[] {
  return entries
    .map((e) => ({
      id: e.id,
      title: e.title,
      organisation: e.organisation,
      district: e.district,
      category: e.category,
      description: e.done,
    }))
    .sort((a, b) => ukCompare(a.title, b.title) || ukCompare(a.organisation, b.organisation));
}

/** The first sentences of a description, cut at a word near `max` characters. */
export function shortDescription(text: string, max = 220): string {
  const t = text.replace(/\s+/g, ' ').trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:—-]+$/, '') + '…';
}

export interface PageFacts {
  title: string;
  year: number;
  approval: Pick<Approval, 'meeting' | 'protocol'>;
  publishedAt: string;
  cases: PublicCase[];
}

type Fill = string | { html: string };

/** Replaces [[name]] markers: text is escaped, {html} is inserted as it is (built here from escaped parts). */
export function fillMarkers(template: string, vars: Record<string, Fill>): string {
  return template.replace(/\[\[(\w+)\]\]/g, (m, name: string) => {
    const v = vars[name];
    if (v === undefined) return m;
    return typeof v === 'string' ? escapeHtml(v) : v.html;
  });
}

const options = (values: string[]): string =>
  [...new Set(values.filter((v) => v !== ''))]
    .sort(ukCompare)
    .map((v) => `<option value="${escapeHtml(v)}">${escapeHtml(v)}</option>`)
    .join('');

/** The page: the list (every value escaped), the district and category filters, the labels. */
export function publicPage(template: string, f: PageFacts): string {
  const items = f.cases
    .map(
      (c) =>
        `<li id="${escapeHtml(c.id)}" data-d="${escapeHtml(c.district)}" data-c="${escapeHtml(c.category)}"><h2>${escapeHtml(c.title)}</h2>` +
        `<p class="org">${escapeHtml(c.organisation)}</p>` +
        `<p class="meta">${escapeHtml([c.district, c.category].filter((v) => v).join(' · '))}</p>` +
        (c.description ? `<p>${escapeHtml(shortDescription(c.description))}</p>` : '') +
        '</li>',
    )
    .join('\n');
  return fillMarkers(template, {
    pageTitle: ui('pageTitle', { title: f.title, year: f.year }),
    heading: ui('pageHeading', { year: f.year }),
    lead: ui('pageLead', {
      count: f.cases.length,
      meeting: f.approval.meeting,
      protocol: f.approval.protocol,
    }),
    search: ui('pageSearch'),
    district: ui('pageDistrict'),
    category: ui('pageCategory'),
    all: ui('pageAll'),
    shown: ui('pageShown', { total: f.cases.length }),
    nothing: ui('pageNothing'),
    footer: ui('pageFooter', { at: f.publishedAt, title: f.title }),
    districtOptions: { html: options(f.cases.map((c) => c.district)) },
    categoryOptions: { html: options(f.cases.map((c) => c.category)) },
    items: { html: items },
    // The page folds the query and the entries with the domain's own function, so search matches as tested
    fold: { html: foldForSearch.toString() },
  });
}

/**
 * The page opened for one case (`?case=<ID>`, the catalog's QR code): that case's entry first in the list and marked
 * as the current one. The page is served from a cache as published, so the entry is moved in its HTML; an ID that is
 * not on the page leaves the page as it is.
 */
export function focusCase(html: string, id: string): string {
  if (!/^[\w-]{1,40}$/.test(id)) return html;
  const entry = new RegExp(`<li id="${id}"[^>]*>[\\s\\S]*?</li>\\n?`).exec(html);
  const list = html.indexOf('<ul id="list">');
  if (!entry || list < 0) return html;
  const marked = entry[0].replace('<li ', '<li aria-current="true" ');
  const rest = html.slice(0, entry.index) + html.slice(entry.index + entry[0].length);
  const at = rest.indexOf('<ul id="list">') + '<ul id="list">'.length;
  return rest.slice(0, at) + '\n' + marked.trimEnd() + '\n' + rest.slice(at).replace(/^\n/, '');
}

/**
 * The page opened for a district stand's QR code (`?district=<name>`, several joined by commas): the district filter
 * set to them, so only their cases show (the visitor can still choose «Усі»). Names are matched as «Кейси» matches
 * districts (any case, «район» or not); several districts become one more option of the filter. A name the page
 * does not have leaves the page as it is.
 */
export function focusDistricts(html: string, value: string): string {
  const wanted = value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .slice(0, 10);
  const select = /<select id="d">([\s\S]*?)<\/select>/.exec(html);
  if (wanted.length === 0 || !select) return html;
  const key = (name: string): string => normalizeDistrict(name) || normalizeName(name);
  const unescape = (v: string): string =>
    v.replace(
      /&(amp|lt|gt|quot|#39);/g,
      (m, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? m,
    );
  const options = [...select[1].matchAll(/<option value="([^"]+)">/g)].map((m) => unescape(m[1]));
  const keys = new Set(wanted.map(key));
  const chosen = options.filter((o) => keys.has(key(o)));
  if (chosen.length === 0) return html;
  const list =
    chosen.length === 1
      ? select[1].replace(
          `<option value="${escapeHtml(chosen[0])}">`,
          `<option value="${escapeHtml(chosen[0])}" selected>`,
        )
      : select[1].replace(
          /(<option value="">[^<]*<\/option>)/,
          `$1<option value="${escapeHtml(chosen.join('|'))}" selected>${escapeHtml(chosen.join(', '))}</option>`,
        );
  return (
    html.slice(0, select.index) +
    `<select id="d">${list}</select>` +
    html.slice(select.index + select[0].length)
  );
}

/** A page with one message (not published yet, unavailable), in the same look. */
export function messagePage(template: string, title: string, text: string): string {
  return fillMarkers(template, { pageTitle: title, heading: title, text });
}

/** Header and rows of the exports: the public columns and the full description. */
export function exportRows(cases: readonly PublicCase[]): string[][] {
  return [
    [...TOP_HEADERS, ui('exportDescription')],
    ...cases.map((c) => [c.title, c.organisation, c.district, c.category, c.description]),
  ];
}

/** CSV for Excel: UTF-8 with a BOM, CRLF, every field through the one CSV guard (csvField). */
export function toCsv(rows: readonly string[][]): string {
  return '\uFEFF' + rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

const xml = (s: string): string =>
  escapeHtml(s)
    // XML 1.0 has no place for most control characters
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');

function column(n: number): string {
  let s = '';
  for (let x = n + 1; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

/**
 * The parts of an .xlsx workbook (Office Open XML) with one sheet of text cells (inline strings: nothing is a
 * formula, a number or a date), the header bold and frozen; zipped by Utilities.zip with these names as paths.
 */
export function xlsxParts(sheetName: string, rows: readonly string[][]): { name: string; text: string }[] {
  const widths = rows[0].map((_, c) =>
    Math.min(80, Math.max(10, ...rows.map((r) => (r[c] ?? '').length + 2))),
  );
  const sheetRows = rows
    .map(
      (r, i) =>
        `<row r="${i + 1}">` +
        r
          .map(
            (v, c) =>
              `<c r="${column(c)}${i + 1}" t="inlineStr"${i === 0 ? ' s="1"' : ''}><is><t xml:space="preserve">${xml(v)}</t></is></c>`,
          )
          .join('') +
        '</row>',
    )
    .join('');
  const head = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return [
    {
      name: '[Content_Types].xml',
      text:
        head +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '</Types>',
    },
    {
      name: '_rels/.rels',
      text:
        head +
        `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      text:
        head +
        `<workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="${xml(sheetName.slice(0, 31))}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      text:
        head +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${rel}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId2" Type="${rel}/styles" Target="styles.xml"/>` +
        '</Relationships>',
    },
    {
      name: 'xl/styles.xml',
      text:
        head +
        `<styleSheet xmlns="${ns}"><fonts count="2"><font><sz val="11"/><name val="Arial"/></font><font><b/><sz val="11"/><name val="Arial"/></font></fonts>` +
        '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
        '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
        '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>' +
        '</styleSheet>',
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      text:
        head +
        `<worksheet xmlns="${ns}"><sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
        `<cols>${widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>` +
        `<sheetData>${sheetRows}</sheetData></worksheet>`,
    },
  ];
}
