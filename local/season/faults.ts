// A short season (20 cases × 4 members) run under a fault schedule, and what must hold after recovery.
//
// The oracle (`expected`) is a plain model of the members' hands, kept apart from the product: for each member
// and case, the four values last put into the score cells of the row that shows that case's ID — typed there,
// or pasted there from another row (a copy or a cut: positional, the pasted score counts where it was pasted,
// and a cut leaves its row blank), taken back by undo. A sort changes nothing in it (the script puts each score
// back with its case); a duplicated tab is not the scoring tab, so what is typed there is not in it at all.
import { DRIVE_LAG_DEFAULT, DriveLag, FaultPlan, MIME } from '../world';
import type { UserSpreadsheet } from '../spreadsheet';
import { COLLEAGUE, OWNER, SCORING, Season } from './season';
import { kyiv } from './time';
import { prng } from './data';
import { readTab } from '../report';

export type DriveLagKind = 'off' | 'typical' | 'heavy';

/**
 * A heavy tail of Drive's modifiedTime lag: most edits reported within 10 minutes, a fifth only after 30–40,
 * longer than the script's 20-minute look-back over the last sweep.
 */
export const HEAVY_DRIVE_LAG: DriveLag = { typicalMs: 600_000, tailMs: 2_400_000, tailShare: 0.2 };

const DRIVE_LAGS: Record<DriveLagKind, DriveLag | 0> = {
  off: 0,
  typical: DRIVE_LAG_DEFAULT,
  heavy: HEAVY_DRIVE_LAG,
};

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
  /** Drive's modifiedTime lag: off, the runtime's typical one (about 3 minutes, a tenth about 10), or a heavy tail. */
  driveLag?: DriveLagKind;
  /**
   * One member's address has no Google account: they get Google's invitation and create an account this many
   * hours after the secretary starts sending the sheets (perhaps only after the deadline). Absent: all have one.
   */
  accountAfterHours?: number;
  /** How many times a colleague with edit rights on the master clicks an item of the pipeline. */
  colleagueClicks?: number;
  /** How many times a member sorts only their score cells, or a single score column. */
  sorts?: number;
  /** How many times a member duplicates the scoring tab and types scores on the copy. */
  duplicateTabs?: number;
  /** How many times a member cuts and pastes, or copies and pastes, score cells from one row to another. */
  moves?: number;
  /** How many of the members' sessions end with Ctrl+Z on their last change. */
  undos?: number;
}

/** A schedule drawn at random: every fault kind is on or off, and sized, per run. */
export function randomSchedule(rnd: () => number): FaultSchedule {
  const int = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const some = (p: number, lo: number, hi: number) => (rnd() < p ? int(lo, hi) : 0);
  const lags: DriveLagKind[] = ['off', 'typical', 'heavy'];
  return {
    seed: int(1, 1_000_000),
    transientRate: rnd() * 0.08,
    cuts: int(0, 8),
    mailPerDay: int(2, 39),
    lockHolds: int(0, 3),
    disableTrigger: rnd() < 0.5,
    handEdits: rnd() < 0.5,
    ...(rnd() < 0.3 ? { triggerMinutesPerDay: int(2, 10) } : {}),
    unshareMember: rnd() < 0.3,
    driveLag: lags[int(0, 2)],
    ...(rnd() < 0.4 ? { accountAfterHours: int(0, 60) } : {}),
    colleagueClicks: some(0.5, 1, 4),
    sorts: some(0.6, 1, 4),
    duplicateTabs: some(0.4, 1, 2),
    moves: some(0.6, 1, 4),
    undos: some(0.5, 1, 3),
  };
}

/** What the members and the colleague did, as the schedule asked and as Sheets let them. */
export interface Activity {
  sessions: number;
  /** Sessions that could not open the file (no Google account yet, access removed, no sheet yet). */
  sessionsWithoutAccess: number;
  /** Sessions put off because the script had not yet put a sort, or a move, of that member's cells right. */
  sessionsPostponed: number;
  sorts: number;
  /** Sorts that left some score cell beside another case (the script had to put it back). */
  sortsDisplacing: number;
  cuts: number;
  copies: number;
  undos: number;
  duplicateTabs: number;
  /** Score rows typed on a duplicated tab. */
  duplicateRows: number;
  colleagueClicks: number;
  /** The colleague's clicks answered with the owner's name. */
  colleagueRefused: number;
  /** The colleague's clicks that met another process holding the lock («try again in a minute»): clicked again. */
  colleagueBusy: number;
  /** Whether a member started without a Google account, and when (or never before the deadline) they made one. */
  accountCreated: 'none' | 'before deadline' | 'after deadline';
}

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
  /** Dispatcher runs Apps Script refused because the day's trigger runtime was used up. */
  skippedForQuota: number;
}

const DEADLINE = kyiv(2024, 9, 26, 12, 0);
/** Members stop half an hour before the deadline (the deadline itself is tried in the e2e season). */
const LAST_SESSION = DEADLINE - 30 * 60_000;
const VALID = /^(10|[0-9])$/;
const BLANK = ['', '', '', ''];
/** What a menu action says when another process holds the script lock. */
const BUSY = /Зараз працює інша дія ТОП-100/;
/** The help text of a score cell names its case (the product's witness; see the README's member sheet). */
const WITNESS = /^Кейс (.+?) · /;

/** Pipeline items of the menu, with the answers a person gives to their questions. */
const PIPELINE_ITEMS: string[] = [
  'Налаштувати таблицю',
  'Створити таблиці членів комісії',
  'Надіслати запрошення',
  'Зібрати оцінки зараз',
  'Надіслати нагадування зараз',
  'Завершити оцінювання',
];

type SessionKind = 'type' | 'sort' | 'move' | 'duplicate';
interface Session {
  at: number;
  email: string;
  kind: SessionKind;
  undo: boolean;
}

/** The run's state the sessions share: the oracle and what happened. */
interface Run {
  season: Season;
  rnd: () => number;
  /** member|case → the four values last put in the row of that case. */
  expected: Map<string, string[]>;
  /** What a member's last sort or move left for the script to put right (null: nothing). */
  displaced: Map<string, 'sort' | 'move'>;
  /** Members whose sort displaced cells at least once. */
  sorted: Set<string>;
  /** Scores typed on duplicated tabs. */
  onCopies: { key: string; values: string[] }[];
  activity: Activity;
  noAccount: string | null;
  accountAt: number | null;
  shutOutAfterAccount: number;
  colleagueNotRefused: string[];
  colleagueChanged: string[];
}

export interface RunOptions {
  /** Keep the runtime's real-time guard against endless loops (on by default; a long batch turns it off). */
  realTimeGuard?: boolean;
  /** The bundle to run (default dist/Code.js); a long batch runs its own copy, safe from rebuilds. */
  bundlePath?: string;
}

export function runFaultySeason(schedule: FaultSchedule, opts: RunOptions = {}): FaultOutcome {
  const rnd = prng(schedule.seed);
  const season = new Season({
    cases: 20,
    members: 4,
    seed: schedule.seed,
    assignment: 'all',
    // The secretary sets up the morning the sheets go out: idle days of ticks before it would test nothing.
    start: kyiv(2024, 9, 24, 8, 0),
    ...(opts.realTimeGuard === false ? { realTimeoutMs: 0 } : {}),
    ...(opts.bundlePath ? { bundlePath: opts.bundlePath } : {}),
    driveLag: DRIVE_LAGS[schedule.driveLag ?? 'typical'],
    runtimeSeed: String(schedule.seed),
    limits: {
      mailRecipientsPerDay: schedule.mailPerDay,
      ...(schedule.triggerMinutesPerDay
        ? { triggerRuntimeSecondsPerDay: schedule.triggerMinutesPerDay * 60 }
        : {}),
    },
  });
  const rt = season.rt;
  const emails = season.members.map((m) => m.email);
  const noAccount = schedule.accountAfterHours !== undefined ? emails[2] : null;
  if (noAccount) rt.addAccount(noAccount, { hasGoogleAccount: false });
  season.prepare();
  season.setSetting('Кінцевий термін оцінювання', '26.09.2024 12:00');
  season.setSetting('Кворум (мінімум дійсних оцінок)', '1');
  if (schedule.colleagueClicks) {
    rt.share(season.masterId, COLLEAGUE, 'writer', { as: OWNER, notify: false });
    rt.authorize(COLLEAGUE);
  }
  const firstId = rt.executions.length + 1;
  const cuts = new Map<number, number>();
  // Among the season's executions (about 460: a tick every 10 minutes from 24 Sep 09:00 to 27 Sep 12:00).
  for (let i = 0; i < schedule.cuts; i++)
    cuts.set(firstId + Math.floor(rnd() * 460), 2 + Math.floor(rnd() * 60));
  const plan = new FaultPlan({ seed: schedule.seed, transientRate: schedule.transientRate, cuts });
  rt.world.faults = plan;

  // The secretary clicks until the sheets exist and the invitations are out (an action may fail under faults).
  const start = kyiv(2024, 9, 24, 9, 0);
  rt.advanceTo(start);
  for (let i = 0; i < 12 && membersWithout(season, 4); i++) {
    click(season, 'Створити таблиці членів комісії');
    if (membersWithout(season, 4)) rt.advanceBy(10 * 60_000);
  }
  for (let i = 0; i < 12 && membersWithout(season, 5); i++) {
    click(season, 'Надіслати запрошення', true);
    if (membersWithout(season, 5)) rt.advanceBy(60 * 60_000);
  }

  const run: Run = {
    season,
    rnd,
    expected: new Map(),
    displaced: new Map(),
    sorted: new Set(),
    onCopies: [],
    activity: {
      sessions: 0,
      sessionsWithoutAccess: 0,
      sessionsPostponed: 0,
      sorts: 0,
      sortsDisplacing: 0,
      cuts: 0,
      copies: 0,
      undos: 0,
      duplicateTabs: 0,
      duplicateRows: 0,
      colleagueClicks: 0,
      colleagueRefused: 0,
      colleagueBusy: 0,
      accountCreated: 'none',
    },
    noAccount,
    accountAt: null,
    shutOutAfterAccount: 0,
    colleagueNotRefused: [],
    colleagueChanged: [],
  };

  // Members enter scores at random moments until half an hour before the deadline; some sessions sort, move
  // cells, or work on a copy of the tab; some end with an undo.
  const sessionTime = () => kyiv(2024, 9, 24, 10, 0) + Math.floor(rnd() * 49 * 3600_000);
  const sessions: Session[] = [];
  for (const email of emails)
    for (let k = 0; k < 4; k++) sessions.push({ at: sessionTime(), email, kind: 'type', undo: false });
  const special = (kind: SessionKind, n: number) => {
    for (let i = 0; i < n; i++)
      sessions.push({ at: sessionTime(), email: emails[Math.floor(rnd() * emails.length)], kind, undo: false });
  };
  special('sort', schedule.sorts ?? 0);
  special('move', schedule.moves ?? 0);
  special('duplicate', schedule.duplicateTabs ?? 0);
  const undoable = sessions.filter((s) => s.kind !== 'duplicate');
  for (let i = 0; i < (schedule.undos ?? 0); i++) undoable[Math.floor(rnd() * undoable.length)].undo = true;

  const holds = Array.from(
    { length: schedule.lockHolds },
    () => kyiv(2024, 9, 24, 12, 0) + Math.floor(rnd() * 40 * 3600_000),
  );
  const disableAt = schedule.disableTrigger ? kyiv(2024, 9, 25, 8, 0) : null;
  /** An event; one that returns 'again' happens again later (a person told to try again in a minute). */
  type Event = { at: number; run: () => void | 'again'; session?: Session };
  const events: Event[] = [
    ...sessions.map((s) => ({ at: s.at, session: s, run: () => undefined })),
    ...holds.map((at) => ({ at, run: () => rt.locks.holdByOther(20 * 60_000) })),
    ...(disableAt ? [{ at: disableAt, run: () => disableDispatcher(season) }] : []),
    ...(schedule.unshareMember
      ? [{ at: kyiv(2024, 9, 25, 14, 0), run: () => unshare(season, emails[1]) }]
      : []),
    // The secretary looks at the sheet each morning (a menu action also runs the watchdog).
    ...[25, 26].map((d) => ({ at: kyiv(2024, 9, d, 9, 30), run: () => click(season, 'Зібрати оцінки зараз') })),
    ...(schedule.handEdits ? [{ at: kyiv(2024, 9, 25, 15, 0), run: () => handEdit(season, rnd) }] : []),
    ...(noAccount
      ? [
          {
            at: start + schedule.accountAfterHours! * 3600_000 + Math.floor(rnd() * 3600_000),
            run: () => {
              rt.createAccount(noAccount);
              run.accountAt = rt.world.now();
              run.activity.accountCreated = rt.world.now() < DEADLINE ? 'before deadline' : 'after deadline';
            },
          },
        ]
      : []),
    ...Array.from({ length: schedule.colleagueClicks ?? 0 }, () => {
      const caption = PIPELINE_ITEMS[Math.floor(rnd() * PIPELINE_ITEMS.length)];
      return {
        at: kyiv(2024, 9, 24, 10, 0) + Math.floor(rnd() * 52 * 3600_000),
        run: () => colleagueClick(run, caption),
      };
    }),
  ];
  const journals: unknown[][][] = [];
  while (events.length > 0) {
    let next = 0;
    for (let i = 1; i < events.length; i++) if (events[i].at < events[next].at) next = i;
    const [e] = events.splice(next, 1);
    if (e.session && e.at > LAST_SESSION) continue;
    rt.advanceTo(e.at);
    if (e.session) {
      if (memberSession(run, e.session) === 'postponed') {
        // Back later, once the script has read the file and put the cells right.
        run.activity.sessionsPostponed++;
        events.push({ ...e, at: e.at + (20 + Math.floor(rnd() * 40)) * 60_000 });
      }
    } else if (e.run() === 'again') events.push({ ...e, at: e.at + 25 * 60_000 });
    journals.push(readTab(rt, 'Журнал'));
  }

  // Faults go on through the deadline; then the service recovers and the secretary checks the next morning.
  rt.advanceTo(DEADLINE + 3 * 3600_000);
  rt.world.faults = null;
  rt.advanceTo(kyiv(2024, 9, 27, 9, 0));
  click(season, 'Зібрати оцінки зараз');
  rt.advanceTo(kyiv(2024, 9, 27, 12, 0));
  if (!isClosed(season)) click(season, 'Завершити оцінювання', true);
  if (process.env.FAULTS_DEBUG) debug(season);
  return judge(run, schedule, plan, journals);
}

/** The secretary's click; answers a question nobody asked (the action failed first) are dropped. */
function click(season: Season, caption: string, yes = false): void {
  season.rt.menu(caption, yes ? [{ button: 'YES' }] : []);
  season.rt.ui.discardAnswers();
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

/** The member's scoring tab as they see it now: the case ID of each row. */
interface Open {
  sheet: UserSpreadsheet;
  /** Row number → case ID (column A, which only the script writes). */
  ids: Map<number, string>;
}

function openAs(run: Run, email: string): Open | null {
  const { season } = run;
  let fileId: string;
  try {
    fileId = season.fileOf(email);
  } catch {
    return null; // no sheet yet (creation still failing)
  }
  let sheet: UserSpreadsheet;
  try {
    sheet = season.rt.as(email).open(fileId);
  } catch {
    // No Google account yet, or their access was removed.
    if (email === run.noAccount && run.accountAt !== null) run.shutOutAfterAccount++;
    return null;
  }
  const ids = new Map<number, string>();
  for (const [id, row] of season.rowsById(sheet, fileId)) ids.set(row, id);
  return { sheet, ids };
}

/** Whether every score cell's help text names the case of its own row (nothing left for the script to put back). */
function cellsHome(o: Open): boolean {
  const rows = [...o.ids.keys()];
  if (rows.length === 0) return true;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const rules = o.sheet.validations(SCORING, `I${first}:M${last}`);
  return rules.every((r, i) => {
    const id = o.ids.get(first + i);
    return id === undefined || r.every((rule) => WITNESS.exec(rule?.helpText ?? '')?.[1] === id);
  });
}

/**
 * One member session. A member whose last sort the script has not yet put back waits (they would be typing beside
 * other cases' scores); one whose last move is not yet read neither sorts nor moves again (a sort mixed with moves
 * between two readings is refused by design, and tested apart).
 */
function memberSession(run: Run, s: Session): 'done' | 'postponed' | 'no access' {
  const o = openAs(run, s.email);
  if (!o) {
    run.activity.sessionsWithoutAccess++;
    return 'no access';
  }
  const pending = run.displaced.get(s.email);
  if (pending && cellsHome(o)) run.displaced.delete(s.email);
  const waiting = run.displaced.get(s.email);
  if (waiting === 'sort' || (waiting === 'move' && (s.kind === 'sort' || s.kind === 'move'))) return 'postponed';
  run.activity.sessions++;
  switch (s.kind) {
    case 'type':
      typeScores(run, s, o);
      break;
    case 'sort':
      sortScores(run, s, o);
      break;
    case 'move':
      moveScores(run, s, o);
      break;
    case 'duplicate':
      typeOnCopy(run, s, o);
      break;
  }
  return 'done';
}

/** Ctrl+Z on the member's last change; the oracle takes back what that change put there. */
function undo(run: Run, o: Open, before: Map<string, string[] | undefined>): boolean {
  try {
    o.sheet.undo();
  } catch {
    return false; // refused (the sheet was locked): nothing changed
  }
  run.activity.undos++;
  for (const [key, values] of before) {
    if (values) run.expected.set(key, values);
    else run.expected.delete(key);
  }
  return true;
}

/** A few cases, mostly valid scores, sometimes a word, an out-of-range value or a blank. */
function typeScores(run: Run, s: Session, o: Open): void {
  const { rnd, expected } = run;
  const rows = [...o.ids.keys()];
  let last: Map<string, string[] | undefined> | null = null;
  for (let n = 0; n < 5 && rows.length > 0; n++) {
    const row = rows[Math.floor(rnd() * rows.length)];
    const key = `${s.email}|${o.ids.get(row)}`;
    const values = [0, 1, 2, 3].map(() => {
      const x = rnd();
      return x < 0.06 ? 'десять' : x < 0.1 ? '11' : x < 0.13 ? '' : String(Math.floor(rnd() * 11));
    });
    try {
      o.sheet.paste(SCORING, `I${row}`, [values]);
    } catch {
      continue; // a refused paste (sheet locked) changes nothing
    }
    last = new Map([[key, expected.get(key)]]);
    expected.set(key, values);
  }
  if (s.undo && last) undo(run, o, last);
}

/**
 * Data → Sort range over the score cells only (К1…comment, by one of the scores), or over a single score column.
 * Sheets moves each cell whole, its help text too; what the member meant for each case does not change.
 */
function sortScores(run: Run, s: Session, o: Open): void {
  const { rnd } = run;
  const rows = [...o.ids.keys()];
  if (rows.length < 2) return;
  const first = Math.min(...rows);
  const last = Math.max(...rows);
  const ascending = rnd() < 0.5;
  try {
    if (rnd() < 0.5) o.sheet.sort(SCORING, `I${first}:N${last}`, 1 + Math.floor(rnd() * 4), ascending);
    else {
      const col = 'IJKL'[Math.floor(rnd() * 4)];
      o.sheet.sort(SCORING, `${col}${first}:${col}${last}`, 1, ascending);
    }
  } catch {
    return;
  }
  run.activity.sorts++;
  if (s.undo) undo(run, o, new Map());
  if (!cellsHome(o)) {
    run.activity.sortsDisplacing++;
    run.displaced.set(s.email, 'sort');
    run.sorted.add(s.email);
  }
}

/**
 * Ctrl+X or Ctrl+C on the scores of one to three rows, Ctrl+V on other rows (never overlapping): the pasted scores
 * belong to the cases of the rows they were pasted into; a cut leaves its rows blank.
 */
function moveScores(run: Run, s: Session, o: Open): void {
  const { rnd, expected } = run;
  const rows = [...o.ids.keys()].sort((a, b) => a - b);
  if (rows.length < 4) return;
  const first = rows[0];
  const n = rows.length;
  const h = 1 + Math.floor(rnd() * 3);
  const from = first + Math.floor(rnd() * (n - h + 1));
  const targets = Array.from({ length: n - h + 1 }, (_, i) => first + i).filter(
    (t) => t + h - 1 < from || t > from + h - 1,
  );
  if (targets.length === 0) return;
  const to = targets[Math.floor(rnd() * targets.length)];
  const cut = rnd() < 0.5;
  const keyAt = (row: number) => `${s.email}|${o.ids.get(row)}`;
  const moved = Array.from({ length: h }, (_, i) => expected.get(keyAt(from + i)) ?? BLANK);
  const affected = [
    ...Array.from({ length: h }, (_, i) => keyAt(to + i)),
    ...(cut ? Array.from({ length: h }, (_, i) => keyAt(from + i)) : []),
  ];
  const before = new Map(affected.map((k) => [k, expected.get(k)]));
  try {
    const source = `I${from}:L${from + h - 1}`;
    if (cut) o.sheet.cut(SCORING, source);
    else o.sheet.copy(SCORING, source);
    o.sheet.pasteCells(SCORING, `I${to}`);
  } catch {
    return;
  }
  if (cut) {
    run.activity.cuts++;
    for (let i = 0; i < h; i++) expected.set(keyAt(from + i), BLANK);
  } else run.activity.copies++;
  for (let i = 0; i < h; i++) expected.set(keyAt(to + i), moved[i]);
  if (s.undo && undo(run, o, before)) return;
  run.displaced.set(s.email, 'move');
}

/** Edit → Duplicate of the scoring tab, then valid scores typed on the copy: not the scoring tab, never counted. */
function typeOnCopy(run: Run, s: Session, o: Open): void {
  const { rnd, expected } = run;
  let copy: string;
  try {
    copy = o.sheet.duplicateSheet(SCORING).sheetName;
  } catch {
    return;
  }
  run.activity.duplicateTabs++;
  const rows = [...o.ids.keys()];
  for (let n = 0; n < 3 && rows.length > 0; n++) {
    const row = rows[Math.floor(rnd() * rows.length)];
    const key = `${s.email}|${o.ids.get(row)}`;
    const now = expected.get(key) ?? BLANK;
    // Valid scores that differ from what the scoring tab holds for the case, so counting them would show.
    const values = now.map((v) => String(((VALID.test(v) ? Number(v) : 0) + 1 + Math.floor(rnd() * 9)) % 11));
    try {
      o.sheet.paste(copy, `I${row}`, [values]);
    } catch {
      continue;
    }
    run.activity.duplicateRows++;
    run.onCopies.push({ key, values });
  }
}

/**
 * A colleague with edit rights on the master opens it and clicks an item of the pipeline. It must be refused with
 * the owner's name and change nothing: no trigger, no file, no email, no data of the master. The click is judged
 * on the ownership rule alone, so the service faults pause for it; when another process holds the script lock the
 * colleague is told to try again, and does, later (the owner is checked under the lock).
 */
function colleagueClick(run: Run, caption: string): void | 'again' {
  const rt = run.season.rt;
  const faults = rt.world.faults;
  rt.world.faults = null;
  try {
    rt.openMaster(COLLEAGUE);
    const before = worldState(run.season);
    const alerts = rt.ui.alerts.length;
    // The owner is checked before any question is asked: the colleague is never asked to confirm (an item that
    // asked would find no answer and not be refused with the owner's name)
    rt.menu(caption, [], { as: COLLEAGUE });
    rt.ui.discardAnswers();
    run.activity.colleagueClicks++;
    const texts = rt.ui.alerts.slice(alerts).map((a) => a.prompt);
    const after = worldState(run.season);
    const changed = Object.keys(before).filter(
      (k) => before[k as keyof typeof before] !== after[k as keyof typeof after],
    );
    if (changed.length > 0) run.colleagueChanged.push(`${caption}: ${changed.join(', ')}`);
    if (texts.some((t) => t.includes(OWNER))) run.activity.colleagueRefused++;
    else if (texts.some((t) => BUSY.test(t)) && changed.length === 0) {
      run.activity.colleagueBusy++;
      return 'again';
    } else run.colleagueNotRefused.push(`${caption}: ${texts.join(' / ').slice(0, 200)}`);
  } finally {
    rt.world.faults = faults;
  }
}

/** What a refused click must leave as it was (the journal may note the refusal). */
function worldState(season: Season) {
  const rt = season.rt;
  return {
    triggers: JSON.stringify(rt.triggers.toJSON().triggers.map((t) => [t.uid, t.owner, t.handler])),
    files: [...rt.world.drive.values()].map((d) => `${d.id}:${d.owner}:${d.trashed}`).join(),
    mail: String(rt.mail.messages.length),
    master: JSON.stringify(['Налаштування', 'Члени комісії', 'Кейси', 'Оцінки'].map((t) => readTab(rt, t))),
  };
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

function debug(season: Season): void {
  const rt = season.rt;
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

const same = (a: unknown[], b: unknown[]) => JSON.stringify(a) === JSON.stringify(b);

function judge(run: Run, schedule: FaultSchedule, plan: FaultPlan, journals: unknown[][][]): FaultOutcome {
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
      ([k, v]) => k !== key && k.startsWith(`${member}|`) && v.every((x) => VALID.test(x)) && same(got, v.map(Number)),
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
    skippedForQuota: rt.executions.filter((e) => /too much computer time/.test(e.error ?? '')).length,
  };
}
