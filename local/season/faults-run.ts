// A short season run under a fault schedule: the set-up, every person's events in time order, the recovery, the judging.
import { FaultPlan } from '../world';
import { COLLEAGUE, OWNER, Season } from './season';
import { kyiv } from './time';
import { prng } from './data';
import { readTab } from '../report';
import { DRIVE_LAGS, type FaultSchedule } from './faults-schedule';
import { DEADLINE, type Run, type Session, type SessionKind } from './faults-state';
import { memberSession } from './faults-members';
import {
  click,
  colleagueClick,
  disableDispatcher,
  handEdit,
  membersWithout,
  PIPELINE_ITEMS,
  unshare,
} from './faults-others';
import { type FaultOutcome, isClosed, judge } from './faults-judge';

/** Members stop half an hour before the deadline (the deadline itself is tried in the e2e season). */
const LAST_SESSION = DEADLINE - 30 * 60_000;

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
  const plan = new FaultPlan({
    seed: schedule.seed,
    transientRate: schedule.transientRate,
    cuts,
    ...(schedule.pendingCutRate ? { pendingCutRate: schedule.pendingCutRate } : {}),
  });
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
      sessions.push({
        at: sessionTime(),
        email: emails[Math.floor(rnd() * emails.length)],
        kind,
        undo: false,
      });
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
    ...[25, 26].map((d) => ({
      at: kyiv(2024, 9, d, 9, 30),
      run: () => click(season, 'Зібрати оцінки зараз'),
    })),
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
