// A small season on the real bundle for the score-integrity tests: the secretary and members acting through the
// runtime's user model, and a plain recomputation of the rating from what each member typed.
import { Season, OWNER, SCORING, DEADLINE } from '../../local/season/season';
import { readTab } from '../../local/report';
import type { UserSpreadsheet } from '../../local/spreadsheet';

export { OWNER, SCORING, DEADLINE, readTab };

export const SCORES = 'Оцінки';
export const RATING = 'Рейтинг';
export const JOURNAL = 'Журнал';

/** 3 members × `cases` cases, everybody scores every case, quorum 1; sheets made and invitations sent. */
export function smallSeason(cases = 8, members = 3, seed = 11): Season {
  const s = new Season({ cases, members, seed, assignment: 'all' });
  s.prepare();
  s.setSetting('Кворум (мінімум дійсних оцінок)', '1');
  s.setSetting('Кінцевий термін оцінювання', '07.10.2024 23:59');
  s.distribute();
  return s;
}

/** The member's scoring tab and the sheet row of each of their cases (the ID column never moves). */
export function memberSheet(s: Season, email: string): { sheet: UserSpreadsheet; rows: Map<string, number> } {
  const sheet = s.open(email);
  return { sheet, rows: s.rowsById(sheet, s.fileOf(email)) };
}

/** Types К1..К4 of one case as text, one cell at a time, the way a person does. */
export function typeScores(s: Season, email: string, caseId: string, values: string[]): void {
  const { sheet, rows } = memberSheet(s, email);
  const row = rows.get(caseId);
  if (!row) throw new Error(`${email} has no row for ${caseId}`);
  values.forEach((v, k) => sheet.type(SCORING, `${'IJKL'[k]}${row}`, v));
}

export function scoreRow(s: Season, email: string, caseId: string): unknown[] | undefined {
  return readTab(s.rt, SCORES).find((r) => r[0] === caseId && r[1] === email);
}

/** «Рейтинг» by case ID: the header row is the second. */
export function rating(s: Season): Map<string, Record<string, unknown>> {
  const tab = readTab(s.rt, RATING);
  const header = (tab[1] ?? []).map(String);
  const out = new Map<string, Record<string, unknown>>();
  for (const r of tab.slice(2)) out.set(String(r[1]), Object.fromEntries(header.map((h, i) => [h, r[i]])));
  return out;
}

export function journal(s: Season): { action: string; details: string }[] {
  return readTab(s.rt, JOURNAL)
    .slice(1)
    .map((r) => ({ action: String(r[1]), details: String(r[3]) }));
}

/** The menu's last alert text. */
export function lastAlert(s: Season): string {
  const alerts = s.rt.ui.alerts;
  return alerts.length ? alerts[alerts.length - 1].prompt : '';
}

/**
 * The oracle: the mean weighted total per case from the scores each member typed (whole numbers on 0–10 only),
 * counting members and cases as given. Nothing of the product is used.
 */
export function expectedMeans(
  typed: Map<string, number[]>,
  weights: number[],
  excluded: Set<string> = new Set(),
): Map<string, number> {
  const sums = new Map<string, number[]>();
  for (const [key, values] of typed) {
    if (excluded.has(key)) continue;
    const caseId = key.split('|')[1];
    const total = values.reduce((a, v, i) => a + v * weights[i], 0);
    sums.set(caseId, [...(sums.get(caseId) ?? []), total]);
  }
  return new Map(
    [...sums].map(([id, list]) => [
      id,
      Math.round((list.reduce((a, b) => a + b, 0) / list.length) * 100) / 100,
    ]),
  );
}

/** Advance the simulated clock by ticks of the dispatcher. */
export function ticks(s: Season, n = 1): void {
  s.rt.advanceBy(n * 10 * 60_000);
}

export function triggerUid(s: Season, handler: string): string {
  const t = s.rt.triggers.toJSON().triggers.find((x) => x.handler === handler);
  if (!t) throw new Error(`no trigger for ${handler}`);
  return t.uid;
}
