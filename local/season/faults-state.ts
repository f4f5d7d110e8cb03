// What a faulty season's parts share: its deadline, the members' sessions, the oracle and what happened.
import type { Season } from './season';
import { kyiv } from './time';

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

export const DEADLINE = kyiv(2024, 9, 26, 12, 0);
export const VALID = /^(10|[0-9])$/;
export const BLANK = ['', '', '', ''];

export type SessionKind = 'type' | 'sort' | 'move' | 'duplicate';
export interface Session {
  at: number;
  email: string;
  kind: SessionKind;
  undo: boolean;
}

/** The run's state the sessions share: the oracle and what happened. */
export interface Run {
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
