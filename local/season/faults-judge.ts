// What must hold after the faulty season recovered: no score lost or added, no duplicate email or file, and the rest.
import { FaultPlan, MIME } from '../world';
import type { Season } from './season';
import { readTab } from '../report';
import type { FaultSchedule } from './faults-schedule';
import { type Activity, BLANK, type Run, VALID } from './faults-state';

export interface FaultOutcome {
  schedule: FaultSchedule;
  injected: Record<string, number>;
  activity: Activity;
  /** Valid scores entered before the deadline that «Оцінки» does not hold as entered. */
  lost: string[];
  /** Scores «Оцінки» counts as valid that no member entered validly before the deadline. */
  extra: string[];
  /** Scores typed on a duplicated tab that «Оцінки» counts (and the scoring tab did not hold). */
  duplicateCounted: string[];
  /** Scores «Оцінки» holds for one case that the member put beside another case (for members who sorted). */
  attachedElsewhere: string[];
  /** The colleague's clicks not refused with the owner's name. */
  colleagueNotRefused: string[];
  /** The colleague's clicks that created a trigger, a file or an email, or changed the master's data. */
  colleagueChanged: string[];
  /** Sessions after the member without a Google account made one in which they still could not open their file. */
  shutOutAfterAccount: number;
  duplicateEmails: string[];
  duplicateFiles: string[];
  journalRewritten: boolean;
  closed: boolean;
  executions: number;
  failedExecutions: number;
  /** Cut-off executions that lost writes SpreadsheetApp still held (docs/cost-model.md §3.5), and the tabs put back. */
  cutLosingWrites: number;
  tabsPutBack: number;
  /** Dispatcher runs Apps Script refused because the day's trigger runtime was used up. */
  skippedForQuota: number;
}

export function isClosed(season: Season): boolean {
  return readTab(season.rt, 'Журнал').some((r) => r[1] === 'Оцінювання завершено');
}

const same = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);

export function judge(
  run: Run,
  schedule: FaultSchedule,
  plan: FaultPlan,
  journals: unknown[][][],
): FaultOutcome {
  const { season, expected } = run;
  const rt = season.rt;
  const scores = readTab(rt, 'Оцінки').slice(1);
  const byKey = new Map(scores.filter((r) => r[0] !== '').map((r) => [`${r[1]}|${r[0]}`, r]));
  const counted = (row: unknown[] | undefined): number[] | null =>
    row && row[9] === 'дійсна' ? row.slice(2, 6).map(Number) : null;
  const lost: string[] = [];
  const extra: string[] = [];
  for (const [key, values] of expected) {
    const got = counted(byKey.get(key));
    const valid = values.every((v) => VALID.test(v));
    if (valid && (!got || !same(got, values.map(Number)))) lost.push(key);
    if (!valid && got) extra.push(key);
  }
  for (const [key, row] of byKey) if (counted(row) && !expected.has(key)) extra.push(key);

  const duplicateCounted = run.onCopies
    .filter(({ key, values }) => {
      const got = counted(byKey.get(key));
      return got && same(got, values.map(Number)) && !same(expected.get(key) ?? BLANK, values);
    })
    .map(({ key }) => key);

  // A sorted member's score counted for one case that they had put beside another.
  const attachedElsewhere: string[] = [];
  for (const [key, row] of byKey) {
    const member = String(row[1]);
    const got = counted(row);
    if (!run.sorted.has(member) || !got) continue;
    const mine = expected.get(key);
    if (mine && same(got, mine.map(Number))) continue;
    const elsewhere = [...expected].some(
      ([k, v]) =>
        k !== key && k.startsWith(`${member}|`) && v.every((x) => VALID.test(x)) && same(got, v.map(Number)),
    );
    if (elsewhere) attachedElsewhere.push(key);
  }

  const count = (keys: string[]) => {
    const seen = new Map<string, number>();
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
    return [...seen.entries()].filter(([, n]) => n > 1).map(([k]) => k);
  };
  const mail = rt.mail.messages.filter((m) => m.kind === 'mail');
  const duplicateEmails = count(
    mail.map((m) =>
      m.subject.includes('запрошення')
        ? `invite|${m.to[0]}`
        : m.subject.includes('завершено')
          ? 'summary'
          : `other|${m.seq}`,
    ),
  );
  // Reminders: one wave a day at most, so two to the same member within 12 hours is one too many.
  const reminders = mail.filter((m) => m.subject.startsWith('Нагадування')).sort((a, b) => a.time - b.time);
  reminders.forEach((m, i) => {
    if (reminders.slice(0, i).some((p) => p.to[0] === m.to[0] && m.time - p.time < 12 * 3600_000))
      duplicateEmails.push(`remind|${m.to[0]}|${new Date(m.time).toISOString()}`);
  });
  const duplicateFiles = count(
    [...rt.world.drive.values()]
      .filter((d) => d.mimeType === MIME.spreadsheet && !d.trashed && d.appProperties.top100Member)
      .map((d) => d.appProperties.top100Member),
  );
  const finalJournal = JSON.stringify(readTab(rt, 'Журнал'));
  const journalRewritten = journals.some((j) => !finalJournal.startsWith(JSON.stringify(j).slice(0, -1)));
  return {
    schedule,
    injected: { ...plan.injected },
    activity: run.activity,
    lost,
    extra,
    duplicateCounted,
    attachedElsewhere,
    colleagueNotRefused: run.colleagueNotRefused,
    colleagueChanged: run.colleagueChanged,
    shutOutAfterAccount: run.shutOutAfterAccount,
    duplicateEmails,
    duplicateFiles,
    journalRewritten,
    closed: isClosed(season),
    executions: rt.executions.length,
    failedExecutions: rt.executions.filter((e) => e.outcome !== 'ok').length,
    cutLosingWrites: rt.executions.filter((e) => (e.lostWrites ?? 0) > 0).length,
    tabsPutBack: rt.executions.reduce((n, e) => n + (e.lostWrites ?? 0), 0),
    skippedForQuota: rt.executions.filter((e) => /too much computer time/.test(e.error ?? '')).length,
  };
}
