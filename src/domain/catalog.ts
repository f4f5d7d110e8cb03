// «Каталог кращих успішних практик …»: cover with two QR codes, foreword, contents, one section per case by group.
import type { ApprovedCase } from './approval';
import type { Block } from './blocks';
import { ukCompare } from './collation';
import { msg } from './i18n';
import { qrPngSignedBytes } from './qr';
import type { CaseRecord } from './types';
import { ui } from './ui-text';

export type CatalogGrouping = 'district' | 'category';

export interface CatalogEntry {
  id: string;
  title: string;
  organisation: string;
  district: string;
  category: string;
  done: string;
  results: string;
  materials: string;
  contacts: string;
  group: string;
}

/** The approved cases with their «Кейси» details, grouped (groups alphabetical, «Не вказано» last; titles within). */
export function catalogEntries(
  approved: readonly ApprovedCase[],
  cases: readonly CaseRecord[],
  by: CatalogGrouping,
): CatalogEntry[] {
  const byId = new Map(cases.map((c) => [c.id as string, c]));
  const unspecified = msg('groupUnspecified');
  const entries = approved.map((a) => {
    const c = byId.get(a.id);
    const { done, results } = splitDescription(c?.description ?? '');
    const raw = by === 'district' ? a.district : a.category;
    const group =
      raw === ''
        ? unspecified
        : by === 'district' && !/район/i.test(raw)
          ? ui('catalogDistrict', { name: raw })
          : raw;
    return {
      id: a.id,
      title: a.title,
      organisation: a.organisation,
      district: a.district,
      category: a.category,
      done,
      results,
      materials: c?.materialsLink ?? '',
      contacts: [c?.contactPerson, c?.contactEmail, c?.phone].filter((v) => v).join(' · '),
      group,
    };
  });
  const last = (e: CatalogEntry) => (e.group === unspecified ? 1 : 0);
  return entries.sort(
    (a, b) =>
      last(a) - last(b) ||
      ukCompare(a.group, b.group) ||
      ukCompare(a.title, b.title) ||
      ukCompare(a.organisation, b.organisation),
  );
}

/**
 * A case description as the catalog shows it: what was done, and the results when the applicant wrote them after
 * «Результати:» / «Результат:».
 */
export function splitDescription(text: string): { done: string; results: string } {
  const m = /(?:^|\s)(Результати|Результат)\s*:\s*/i.exec(text);
  if (!m) return { done: text.trim(), results: '' };
  return { done: text.slice(0, m.index).trim(), results: text.slice(m.index + m[0].length).trim() };
}

export interface CatalogFront {
  year: number;
  catalogUrl: string;
  pageUrl: string;
  received: number;
  members: number;
  criteria: string[];
  meeting: string;
  protocol: string;
  by: CatalogGrouping;
  entries: CatalogEntry[];
}

/** Pixels the QR codes are shown at (about 4.5 cm): large enough for a phone at arm's length. */
export const QR_WIDTH = 170;

/** Cover with the QR codes, the foreword and the contents. */
export function frontBlocks(f: CatalogFront): Block[] {
  const count = f.entries.length;
  return [
    { kind: 'title', text: ui('catalogTitle', { year: f.year }), align: 'center' },
    { kind: 'subtitle', text: ui('catalogSubtitle'), align: 'center' },
    { kind: 'paragraph', text: ui('catalogCity', { year: f.year }), align: 'center' },
    {
      kind: 'image',
      png: qrPngSignedBytes(f.catalogUrl),
      name: 'qr-catalog.png',
      width: QR_WIDTH,
      align: 'center',
    },
    { kind: 'paragraph', text: ui('catalogQrCatalog', { url: f.catalogUrl }), align: 'center' },
    {
      kind: 'image',
      png: qrPngSignedBytes(f.pageUrl),
      name: 'qr-page.png',
      width: QR_WIDTH,
      align: 'center',
    },
    { kind: 'paragraph', text: ui('catalogQrPage', { url: f.pageUrl }), align: 'center' },
    { kind: 'pageBreak' },
    { kind: 'heading1', text: ui('catalogForeword') },
    { kind: 'paragraph', text: ui('catalogForeword1'), align: 'justify' },
    {
      kind: 'paragraph',
      text: ui('catalogForeword2', { year: f.year, received: f.received, members: f.members }),
      align: 'justify',
    },
    { kind: 'list', items: f.criteria },
    {
      kind: 'paragraph',
      text: ui('catalogForeword3', {
        meeting: f.meeting,
        protocol: f.protocol,
        count,
        by: ui(f.by === 'district' ? 'catalogByDistrict' : 'catalogByCategory'),
      }),
      align: 'justify',
    },
    { kind: 'pageBreak' },
    { kind: 'heading1', text: ui('catalogContents') },
    {
      kind: 'table',
      rows: [
        [ui('catalogColSection'), ui('catalogColCase')],
        ...f.entries.map((e) => [e.group, `${e.title} — ${e.organisation}`]),
      ],
    },
  ];
}

/** Case i's section: its group's heading (on a new page) when it opens the group, the title, a card of facts. */
export function entryBlocks(entries: readonly CatalogEntry[], i: number): Block[] {
  const e = entries[i];
  const out: Block[] = [];
  if (i === 0 || entries[i - 1].group !== e.group)
    out.push({ kind: 'pageBreak' }, { kind: 'heading1', text: e.group });
  const card: string[][] = [
    [ui('catalogFieldOrganisation'), e.organisation],
    [ui('catalogFieldDistrict'), e.district],
    [ui('catalogFieldCategory'), e.category],
    [ui('catalogFieldDone'), e.done],
  ];
  if (e.results) card.push([ui('catalogFieldResults'), e.results]);
  if (e.materials) card.push([ui('catalogFieldMaterials'), e.materials]);
  if (e.contacts) card.push([ui('catalogFieldContacts'), e.contacts]);
  out.push({ kind: 'heading2', text: e.title }, { kind: 'table', rows: card });
  return out;
}

export function groupCount(entries: readonly CatalogEntry[]): number {
  return new Set(entries.map((e) => e.group)).size;
}
