// A short season (20 cases × 4 members) run under a fault schedule, and what must hold after recovery.
import { FaultPlan, MIME } from '../world';
import { OWNER, SCORING, Season } from './season';
import { kyiv } from './time';
import { prng } from './data';
import { readTab } from '../report';

export interface FaultSchedule {
  seed: number;
  /** Probability that a service call fails with a transient error. */
  transientRate: number;
  /** How many executions are cut off at a random service call. */
  cuts: number;
  /** Email recipients per day (a small quota makes mail spill over to later runs). */
  mailPerDay: number;
  /** How many times another process holds the script lock for 20 minutes. */
  lockHolds: number;
  /** Whether the dispatcher trigger is disabled half-way (the watchdog must restore it). */
  disableTrigger: boolean;
  /** Whether the secretary edits «Оцінки» by hand (a score changed, a row cleared). */
  handEdits: boolean;
  /** Daily trigger runtime in minutes (90 on a consumer account); a few minutes makes the dispatcher stop for the day. */
  triggerMinutesPerDay?: number;
  /** Whether one member loses access to their file half-way (their later edits cannot happen). */
  unshareMember?: boolean;
}

export interface FaultOutcome {
  schedule: FaultSchedule;
  injected: Record<string, number>;
  /** Valid scores entered before the deadline that «Оцінки» does not hold as entered. */
  lost: string[];
  /** Scores «Оцінки» counts as valid that no member entered validly before the deadline. */
  extra: string[];
  duplicateEmails: string[];
  duplicateFiles: string[];
  journalRewritten: boolean;
  closed: boolean;
  executions: number;
  failedExecutions: number;
  /** Dispatcher runs Apps Script refused because the day's trigger runtime was used up. */
  skippedForQuota: number;
}

const DEADLINE = kyiv(2024, 9, 26, 12, 0);
const VALID = /^(10|[0-9])$/;

export function runFaultySeason(schedule: FaultSchedule): FaultOutcome {
  const rnd = prng(schedule.seed);
  const season = new Season({
    cases: 20,
    members: 4,
    seed: schedule.seed,
    assignment: 'all',
    limits: {
      mailRecipientsPerDay: schedule.mailPerDay,
      ...(schedule.triggerMinutesPerDay
        ? { triggerRuntimeSecondsPerDay: schedule.triggerMinutesPerDay * 60 }
        : {}),
    },
  });
  season.prepare();
  season.setSetting('Кінцевий термін оцінювання', '26.09.2024 12:00');
  season.setSetting('Кворум (мінімум дійсних оцінок)', '1');
  const rt = season.rt;
  const firstId = rt.executions.length + 1;
  const cuts = new Map<number, number>();
  for (let i = 0; i < schedule.cuts; i++)
    cuts.set(firstId + Math.floor(rnd() * 700), 2 + Math.floor(rnd() * 60));
  const plan = new FaultPlan({ seed: schedule.seed, transientRate: schedule.transientRate, cuts });
  rt.world.faults = plan;

  // The secretary clicks until the sheets exist and the invitations are out (an action may fail under faults).
  rt.advanceTo(kyiv(2024, 9, 24, 9, 0));
  const click = (caption: string, yes = false) => rt.menu(caption, yes ? [{ button: 'YES' }] : []);
  for (let i = 0; i < 12 && membersWithout(season, 4); i++) {
    click('Створити таблиці членів комісії');
    if (membersWithout(season, 4)) rt.advanceBy(10 * 60_000);
  }
  for (let i = 0; i < 12 && membersWithout(season, 5); i++) {
    click('Надіслати запрошення', true);
    if (membersWithout(season, 5)) rt.advanceBy(60 * 60_000);
  }

  // Members enter scores at random moments until half an hour before the deadline.
  const expected = new Map<string, string[]>();
  const emails = season.members.map((m) => m.email);
  const sessions: { at: number; email: string }[] = [];
  for (const email of emails)
    for (let k = 0; k < 4; k++)
      sessions.push({ at: kyiv(2024, 9, 24, 10, 0) + Math.floor(rnd() * 49 * 3600_000), email });
  const holds = Array.from(
    { length: schedule.lockHolds },
    () => kyiv(2024, 9, 24, 12, 0) + Math.floor(rnd() * 40 * 3600_000),
  );
  const disableAt = schedule.disableTrigger ? kyiv(2024, 9, 25, 8, 0) : null;
  const events = [
    ...sessions.map((s) => ({ at: s.at, run: () => enter(season, s.email, rnd, expected) })),
    ...holds.map((at) => ({ at, run: () => rt.locks.holdByOther(20 * 60_000) })),
    ...(disableAt ? [{ at: disableAt, run: () => disableDispatcher(season) }] : []),
    ...(schedule.unshareMember
      ? [{ at: kyiv(2024, 9, 25, 14, 0), run: () => unshare(season, emails[1]) }]
      : []),
    // The secretary looks at the sheet each morning (a menu action also runs the watchdog).
    ...[25, 26].map((d) => ({ at: kyiv(2024, 9, d, 9, 30), run: () => click('Зібрати оцінки зараз') })),
    ...(schedule.handEdits ? [{ at: kyiv(2024, 9, 25, 15, 0), run: () => handEdit(season, rnd) }] : []),
  ].sort((a, b) => a.at - b.at);
  const journals: unknown[][][] = [];
  for (const e of events) {
    if (e.at > DEADLINE - 30 * 60_000 && sessions.some((s) => s.at === e.at)) continue;
    rt.advanceTo(e.at);
    e.run();
    journals.push(readTab(rt, 'Журнал'));
  }

  // Faults go on through the deadline; then the service recovers and the secretary checks the next morning.
  rt.advanceTo(DEADLINE + 3 * 3600_000);
  rt.world.faults = null;
  rt.advanceTo(kyiv(2024, 9, 27, 9, 0));
  click('Зібрати оцінки зараз');
  rt.advanceTo(kyiv(2024, 9, 27, 12, 0));
  if (!isClosed(season)) click('Завершити оцінювання', true);
  if (process.env.FAULTS_DEBUG) {
    console.log(
      readTab(rt, 'Журнал')
        .slice(-12)
        .map((r) => `${String(r[1])} | ${String(r[3]).slice(0, 160)}`)
        .join('\n'),
    );
    console.log(
      rt.executions
        .filter((e) => e.startedAt > DEADLINE)
        .map((e) => `${e.id} ${e.fn} ${e.outcome} ${e.error ?? ''}`)
        .slice(0, 30)
        .join('\n'),
    );
    console.log(
      rt.ui.alerts
        .slice(-3)
        .map((a) => a.prompt)
        .join('\n'),
    );
  }
  return judge(season, schedule, plan, expected, journals);
}

/** Whether some member lacks the script column `col` (4 = sheet link, 5 = invited at; 0-based) in «Члени комісії». */
function membersWithout(season: Season, col: number): boolean {
  return readTab(season.rt, 'Члени комісії')
    .slice(1)
    .some((r) => r[0] !== '' && !r[col]);
}

function isClosed(season: Season): boolean {
  return readTab(season.rt, 'Журнал').some((r) => r[1] === 'Оцінювання завершено');
}

/** Someone removed the member's access to their file on Drive: the script (the owner) still reads it. */
function unshare(season: Season, email: string): void {
  const item = season.rt.world.drive.get(season.fileOf(email));
  if (item) item.permissions = item.permissions.filter((p) => p.emailAddress.toLowerCase() !== email);
}

function disableDispatcher(season: Season): void {
  const t = season.rt.triggers.toJSON().triggers.find((x) => x.handler === 'dispatcherTick');
  if (t) season.rt.setTriggerDisabled(t.uid, true);
}

/** One member session: a few cases, mostly valid scores, sometimes a word, an out-of-range value or a blank. */
function enter(season: Season, email: string, rnd: () => number, expected: Map<string, string[]>): void {
  let sheet;
  let fileId: string;
  try {
    fileId = season.fileOf(email);
    sheet = season.rt.as(email).open(fileId);
  } catch {
    return; // no sheet yet (creation still failing): nothing entered
  }
  const rows = season.rowsById(sheet, fileId);
  const ids = [...rows.keys()];
  for (let n = 0; n < 5 && ids.length > 0; n++) {
    const id = ids[Math.floor(rnd() * ids.length)];
    const values = [0, 1, 2, 3].map(() => {
      const x = rnd();
      return x < 0.06 ? 'десять' : x < 0.1 ? '11' : x < 0.13 ? '' : String(Math.floor(rnd() * 11));
    });
    try {
      sheet.paste(SCORING, `I${rows.get(id)}`, [values]);
      expected.set(`${email}|${id}`, values);
    } catch {
      // A refused paste (sheet locked) changes nothing.
    }
  }
}

/** The secretary changes one collected score and clears one row of «Оцінки» by hand. */
function handEdit(season: Season, rnd: () => number): void {
  const master = season.rt.as(OWNER).open(season.masterId);
  const rows = readTab(season.rt, 'Оцінки');
  const filled = rows.map((r, i) => ({ r, i })).filter(({ r, i }) => i > 0 && r[9] === 'дійсна');
  if (filled.length < 2) return;
  const a = filled[Math.floor(rnd() * filled.length)];
  master.type('Оцінки', `C${a.i + 1}`, '0');
  const b = filled.find((f) => f !== a)!;
  master.clear('Оцінки', `A${b.i + 1}:L${b.i + 1}`);
}

function judge(
  season: Season,
  schedule: FaultSchedule,
  plan: FaultPlan,
  expected: Map<string, string[]>,
  journals: unknown[][][],
): FaultOutcome {
  const rt = season.rt;
  const scores = readTab(rt, 'Оцінки').slice(1);
  const byKey = new Map(scores.filter((r) => r[0] !== '').map((r) => [`${r[1]}|${r[0]}`, r]));
  const lost: string[] = [];
  const extra: string[] = [];
  for (const [key, values] of expected) {
    const row = byKey.get(key);
    const valid = values.every((v) => VALID.test(v));
    if (
      valid &&
      (!row || row[9] !== 'дійсна' || JSON.stringify(row.slice(2, 6)) !== JSON.stringify(values.map(Number)))
    )
      lost.push(key);
    if (!valid && row && row[9] === 'дійсна') extra.push(key);
  }
  for (const [key, row] of byKey) if (row[9] === 'дійсна' && !expected.has(key)) extra.push(key);

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
    lost,
    extra,
    duplicateEmails,
    duplicateFiles,
    journalRewritten,
    closed: isClosed(season),
    executions: rt.executions.length,
    failedExecutions: rt.executions.filter((e) => e.outcome !== 'ok').length,
    skippedForQuota: rt.executions.filter((e) => /too much computer time/.test(e.error ?? '')).length,
  };
}
