// The functions the HtmlService pages call through google.script.run, and the plain JSON data they exchange.

/** A moment as the pages show it: milliseconds for arithmetic, wall-clock text in the commission's zone for people. */
export interface Moment {
  ms: number;
  text: string;
}

export interface MemberPanelRow {
  name: string;
  email: string;
  assigned: number;
  /** Valid evaluations plus recusals (a conflict of interest counts as done). */
  valid: number;
  invalid: number;
  incomplete: number;
  lastActivity: Moment | null;
  done: boolean;
  hasSheet: boolean;
  /** Something the secretary must act on for this member ('' for nothing): an address without a Google account. */
  note: string;
}

/** The submission form on the panel: where it is, whether it takes responses, and what came in. */
export interface SubmissionsPanel {
  url: string;
  open: boolean;
  /** «Форма приймає заявки до …» or «Прийом завершено …». */
  state: string;
  total: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  perDay: { day: string; count: number }[];
  perDistrict: { name: string; count: number }[];
  perType: { name: string; count: number }[];
}

export interface PanelData {
  title: string;
  now: Moment;
  deadline: Moment;
  /** The zone the deadline is read in, as the secretary knows it. */
  zone: string;
  msLeft: number;
  closed: boolean;
  /** What the secretary should know about the settings (a deadline in the clocks' spring gap …). */
  notices: string[];
  /** `borderline`: the meeting's «межові кейси» from the last stability analysis (null: not run yet). */
  cases: { total: number; belowQuorum: number; quorum: number; borderline: string[] | null };
  members: MemberPanelRow[];
  /** The submission form (null before «Прийом заявок → Створити форму»). */
  submissions: SubmissionsPanel | null;
  dispatcher: {
    installed: boolean;
    intervalMinutes: number;
    lastRun: Moment | null;
    /** Last run plus the interval: when the trigger should fire next. */
    nextRun: Moment | null;
    /** No run for three intervals while one was expected. */
    late: boolean;
    lateMinutes: number;
    lastError: string | null;
  };
}

/** An action's outcome for the status line, with the panel as it is afterwards. */
export interface ActionReport {
  message: string;
  panel: PanelData;
}

export interface ReminderTarget {
  name: string;
  email: string;
  remaining: number;
}

export interface ReminderPreview {
  targets: ReminderTarget[];
  closed: boolean;
}

export interface SettingsData {
  /** DD.MM.YYYY and HH:MM in `zone`, as the «Налаштування» tab writes them. */
  deadlineDate: string;
  deadlineTime: string;
  reminderOffsets: string;
  zone: string;
  closed: boolean;
}

export interface SettingsInput {
  deadlineDate: string;
  deadlineTime: string;
  reminderOffsets: string;
}

/** Where a message is shown in the dialog: under the deadline (date and time), under the offsets, or above the buttons. */
export type SettingsField = 'deadline' | 'reminderOffsets' | 'form';

export type SaveSettingsResult =
  | { ok: true; message: string; warnings: string[]; settings: SettingsData }
  | { ok: false; problems: { field: SettingsField; message: string }[] };

/** Where the winners' job stands after a step of its progress dialog (each step is one execution). */
export interface WinnersProgress {
  /** Another run held the script lock: this step did nothing, the dialog asks again shortly. */
  busy: boolean;
  /** Nothing left that a step could do now (letters may still wait for tomorrow's mail quota: the dispatcher's). */
  done: boolean;
  count: number;
  made: number;
  mailed: number;
  /** The report the menu's alert would give, for the dialog's last screen. */
  report: string;
  /** The job refused to go on (a setting emptied, the template gone): what to fix, in Ukrainian; nothing was done. */
  error?: string;
}

/** Every function a page may call; src/main.ts exports each under this name. */
export interface ServerApi {
  panelData(): PanelData;
  collectNow(): ActionReport;
  reminderPreview(): ReminderPreview;
  /** Sends only when the members still to remind are exactly the `confirmed` emails the person saw. */
  sendRemindersNow(confirmed: string[]): ActionReport;
  computeRatingNow(): ActionReport;
  settingsData(): SettingsData;
  saveSettings(input: SettingsInput): SaveSettingsResult;
  /** Opens the settings dialog (the panel's link; the menu item calls the same function). */
  menuShowSettings(): void;
  /** One step of the winners' job (certificates and letters), for as long as the time budget lasts. */
  winnersStep(): WinnersProgress;
}

/** The same list at run time: the local page server accepts only these names. */
export const SERVER_FUNCTIONS = [
  'panelData',
  'collectNow',
  'reminderPreview',
  'sendRemindersNow',
  'computeRatingNow',
  'settingsData',
  'saveSettings',
  'menuShowSettings',
  'winnersStep',
] as const satisfies readonly (keyof ServerApi)[];

// Compile-time proof: the list names every function of the interface (main.ts proves it exports each one).
type AllListed<T extends never> = T;
export type _EveryFunctionListed = AllListed<Exclude<keyof ServerApi, (typeof SERVER_FUNCTIONS)[number]>>;
