// A fault schedule: which faults a short season meets, and how often; one drawn at random per run.
import { DRIVE_LAG_DEFAULT, DriveLag } from '../world';

export type DriveLagKind = 'off' | 'typical' | 'heavy';

/**
 * A heavy tail of Drive's modifiedTime lag: most edits reported within 10 minutes, a fifth only after 30–40,
 * longer than the script's 20-minute look-back over the last sweep.
 */
export const HEAVY_DRIVE_LAG: DriveLag = { typicalMs: 600_000, tailMs: 2_400_000, tailShare: 0.2 };

export const DRIVE_LAGS: Record<DriveLagKind, DriveLag | 0> = {
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
  /** Probability that a call cuts its execution while SpreadsheetApp holds uncommitted writes (0: never). */
  pendingCutRate?: number;
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
    ...(rnd() < 0.5 ? { pendingCutRate: rnd() * 0.01 } : {}),
  };
}
