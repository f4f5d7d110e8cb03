// The catalog's entries: the approved cases with their «Кейси» details, grouped by district or category.
import type { ApprovedCase } from '../approval';
import { ukCompare } from '../collation';
import { ui } from '../messages';
import type { CaseRecord } from '../types';

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
  contactPerson: string;
  contactEmail: string;
  phone: string;
  group: string;
}

/** The approved cases with their «Кейси» details, grouped (groups alphabetical, «Не вказано» last; titles within). */
export function catalogEntries(
  approved: readonly ApprovedCase[],
  cases: readonly CaseRecord[],
  by: CatalogGrouping,
): CatalogEntry[] {
  const byId = new Map(cases.map((c) => [c.id as string, c]));
  const unspecified = ui('groupUnspecified');
  const entries = approved.map((a) => {
    const c = byId.get(a.id);
    const { done, results } = splitDescription(c?.description ?? '');
    const raw = by === 'district' ? a.district : a.category;
    const group = raw === '' ? unspecified : by === 'district' ? districtLabel(raw) : raw;
    return {
      id: a.id,
      title: a.title,
      organisation: a.organisation,
      district: a.district,
      category: a.category,
      done,
      results,
      materials: c?.materialsLink ?? '',
      contactPerson: c?.contactPerson ?? '',
      contactEmail: c?.contactEmail ?? '',
      phone: c?.phone ?? '',
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

/** «Голосіївський» as «Голосіївський район» (a value that already says «район» stays as it is). */
export const districtLabel = (name: string): string =>
  /район/i.test(name) ? name : ui('catalogDistrict', { name });

export function groupCount(entries: readonly CatalogEntry[]): number {
  return new Set(entries.map((e) => e.group)).size;
}

/** A case's entry on the public page: the page's address with `?case=<ID>` (the page also has `#<ID>`). */
export function caseUrl(pageUrl: string, id: string): string {
  const [base, hash] = pageUrl.split('#');
  return `${base}${base.includes('?') ? '&' : '?'}case=${encodeURIComponent(id)}${hash ? `#${hash}` : ''}`;
}
