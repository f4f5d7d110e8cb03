// The script's small persistent state (cursors, sweep times, job flags) in one Script property.
import type { PropertiesServicePort } from './ports';

export const STATE_KEY = 'top100.state';
const KEY = STATE_KEY;

export interface ScriptState {
  /** Drive folder that holds the members' spreadsheets. */
  folderId: string;
  /** The instant the last collection sweep started (ms). */
  lastSweep: number;
  /** Per member file id: the modifiedTime (ms) after the script's own last write, so its own edits are not re-read. */
  fileSeen: Record<string, number>;
  /** Jobs left unfinished by the time limit; the dispatcher resumes them. */
  pending: { sheets?: boolean; invitations?: boolean };
  closedAt: number | null;
  lastTick: number | null;
  lastTickOk: number | null;
  lastError: string | null;
  /** When the daily check that every member file is still in the folder last ran. */
  lastFileCheck?: number;
  /** Keys of reminder waves that are complete (every targeted member has it in the ledger). */
  wavesDone: string[];
  /** Member files already locked (withdrawn members, or all at the close). */
  lockedFiles: string[];
  /**
   * The close in progress: short keys (fileKey) of the member files already locked and read (or given up on),
   * and how many runs failed to lock or read each of the others.
   */
  closing: { done: string[]; failures?: Record<string, number> } | null;
  /** The next collection reads every member file (a column of «Оцінки» was lost and is refilled). */
  recollect?: boolean;
  /** The scoring rules last applied (see workflow/rules.ts); frozen at the close unless a change is confirmed. */
  rules?: import('../domain/rules').ScoringRules;
  /** Member|case pairs of «Конфлікти» already journaled as excluding a collected evaluation. */
  conflictsNoted?: string[];
  /** The account that owns the pipeline (workflow/owner.ts), lower case. */
  owner?: string;
  /** Members whose address has no Google account: shared with Google's own invitation instead. */
  invitedByGoogle?: string[];
  /** The one-off trigger at the deadline (gas/triggers.ts). */
  deadlineTrigger?: { uid: string; at: number };
  /** Until when the dispatcher only looks for changes (workflow/dispatcher.ts quietTick). */
  quiet?: { until: number };
}

/**
 * A member file's short key in the state: the id's last 12 characters, unique among a season's files (ids are
 * 44 random characters), so that a list of 50 stays well inside a property's 9 KB.
 */
export const fileKey = (id: string): string => id.slice(-12);

/** The script property that records the member files built and shared (its own 9 KB, beside the state's). */
export const BUILT_KEY = 'top100.files';

/**
 * Member files built and shared, by short key: the scoring tab's sheet id and the id Sheets gave its protection
 * (0: not known). A file Drive lists without its key here is rebuilt by the next run. Recorded here rather than as a
 * Drive tag: a property write is one call of 60 ms, a Drive update one of 0.5 s (docs/cost-model.md §2.7–2.8).
 */
export type BuiltFiles = Record<string, [sheetId: number, protectionId: number]>;

export function builtFiles(props: PropertiesServicePort): BuiltFiles {
  try {
    const parsed = JSON.parse(props.getScriptProperties().getProperty(BUILT_KEY) ?? '{}') as unknown;
    return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as BuiltFiles) : {};
  } catch {
    return {};
  }
}

/** One property write: the file is built and shared (the next run leaves it as it is). */
export function recordBuilt(
  props: PropertiesServicePort,
  fileId: string,
  sheetId: number,
  protectionId = 0,
): void {
  const all = builtFiles(props);
  all[fileKey(fileId)] = [sheetId, protectionId];
  props.getScriptProperties().setProperty(BUILT_KEY, JSON.stringify(all));
}

const EMPTY: ScriptState = {
  folderId: '',
  lastSweep: 0,
  fileSeen: {},
  pending: {},
  closedAt: null,
  lastTick: null,
  lastTickOk: null,
  lastError: null,
  wavesDone: [],
  lockedFiles: [],
  closing: null,
};

export function parseState(raw: string | null): Partial<ScriptState> {
  try {
    return raw ? (JSON.parse(raw) as Partial<ScriptState>) : {};
  } catch {
    return {};
  }
}

export class StateStore {
  private value: ScriptState | null = null;

  constructor(private readonly props: PropertiesServicePort) {}

  /** Whether this execution has read the state yet. */
  loaded(): boolean {
    return this.value !== null;
  }

  /** Read again on the next get (what another execution wrote meanwhile). */
  reload(): void {
    this.value = null;
  }

  /** One getProperty per execution. */
  get(): ScriptState {
    if (!this.value) {
      const raw = this.props.getScriptProperties().getProperty(KEY);
      const parsed = parseState(raw);
      this.value = {
        ...EMPTY,
        ...parsed,
        pending: { ...(parsed.pending ?? {}) },
        fileSeen: { ...(parsed.fileSeen ?? {}) },
      };
    }
    return this.value;
  }

  update(change: (s: ScriptState) => void): void {
    const s = this.get();
    change(s);
    this.props.getScriptProperties().setProperty(KEY, JSON.stringify(s));
  }
}
