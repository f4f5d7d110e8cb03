// «Налаштувати таблицю»: creates the missing tabs of the contract with headers; never overwrites the secretary's data.
import type { Ctx } from './context';
import type { SheetPort } from '../gas/ports';
import type { Book } from '../gas/book';
import {
  TAB,
  TabKey,
  CONFLICT_HEADERS,
  JOURNAL_HEADERS,
  LEDGER_HEADERS,
  MEMBER_HEADERS,
  RATING_HEADERS,
  SCORE_HEADERS,
  TOP_HEADERS,
} from '../domain/sheets';
import { defaultSettingsRows, settingsPlace, type SettingKey } from '../domain/settings';
import { instantToWallClock } from '../domain/time';
import { CASE_COLUMNS } from '../domain/cases';
import { ensureDispatcher } from '../gas/triggers';
import { requireOwner } from './owner';
import { loadSettings } from './master';
import { ui } from '../domain/messages';

const ORDER: TabKey[] = [
  'settings',
  'members',
  'cases',
  'conflicts',
  'scores',
  'rating',
  'top',
  'journal',
  'ledger',
];

/** The settings whose defaults name the year (2024 in the protocol's timetable). */
const YEAR_SETTINGS: SettingKey[] = [
  'year',
  'deadline',
  'submissionDeadline',
  'meetingDate',
  'assignmentSeed',
];
const DEFAULTS_YEAR = 2024;

/**
 * The default settings for the season of `year`: the year, the deadline and the meeting on the same days of
 * that year, the seed the year. A tab set up in 2025 starts as the 2025 season, not the 2024 one.
 */
function settingsRowsFor(year: number): unknown[][] {
  const rows: unknown[][] = defaultSettingsRows();
  for (const key of YEAR_SETTINGS) {
    const row = rows[settingsPlace(key) - 1];
    row[1] =
      typeof row[1] === 'number' ? year : String(row[1]).split(String(DEFAULTS_YEAR)).join(String(year));
    row[2] = String(row[2]).split(String(DEFAULTS_YEAR)).join(String(year));
  }
  return rows;
}

function initialRows(tab: TabKey, year: number): unknown[][] {
  switch (tab) {
    case 'settings':
      return settingsRowsFor(year);
    case 'members':
      return [[...MEMBER_HEADERS]];
    case 'cases':
      return [CASE_COLUMNS.map((c) => c.header)];
    case 'conflicts':
      return [[...CONFLICT_HEADERS]];
    case 'scores':
      return [[...SCORE_HEADERS]];
    case 'rating':
      return [[...RATING_HEADERS]];
    case 'top':
      return [[...TOP_HEADERS]];
    case 'journal':
      return [[...JOURNAL_HEADERS]];
    case 'ledger':
      return [[...LEDGER_HEADERS]];
    case 'stability':
    case 'agreement':
      return []; // not set up: «Аналіз стабільності та узгодженості» writes them whole
  }
}

/** The contract's tabs in the order set-up makes them. */
export const SETUP_TABS: readonly TabKey[] = ORDER;

/** One tab of the contract: made when missing, and given its header (or the default settings) when empty. */
export function setUpTab(book: Book, tab: TabKey, year: number): { created: boolean; filled: boolean } {
  const { sheet, created } = book.ensureSheet(tab);
  if (sheet.getLastRow() !== 0) return { created, filled: false };
  const rows = initialRows(tab, year);
  const width = Math.max(...rows.map((r) => r.length));
  book.writeRows(
    tab,
    1,
    rows.map((r) => [...r, ...Array(width - r.length).fill('')]),
  );
  formatHeader(sheet, width, tab);
  return { created, filled: true };
}

export interface SetupResult {
  created: string[];
  filled: string[];
  trigger: string;
}

/** The master's locale and default zone: the commission's (Kyiv), whatever the creating account's are. */
export const MASTER_LOCALE = 'uk_UA';
export const MASTER_TIME_ZONE = 'Europe/Kyiv';

function loadSettingsOrNull(ctx: Ctx): ReturnType<typeof loadSettings> | null {
  try {
    return loadSettings(ctx);
  } catch {
    return null;
  }
}

export function setUp(ctx: Ctx): SetupResult {
  const created: string[] = [];
  const filled: string[] = [];
  // The season set up now is this year's (the settings are in Kyiv time until the secretary says otherwise)
  const year = instantToWallClock(ctx.now(), 'Europe/Kyiv').year;
  for (const tab of ORDER) {
    const done = setUpTab(ctx.book, tab, year);
    if (done.created) created.push(TAB[tab]);
    if (done.filled) filled.push(TAB[tab]);
  }
  removeEmptyDefaultSheet(ctx);
  // The one who sets the pipeline up owns it; anyone else is told who does, before a trigger is made.
  requireOwner(ctx);
  // The master keeps the commission's zone and locale whoever's account created it (dates, 8,5, the journal).
  const settings = loadSettingsOrNull(ctx);
  ctx.book.ss.setSpreadsheetTimeZone(settings?.timeZone ?? MASTER_TIME_ZONE);
  ctx.book.ss.setSpreadsheetLocale(MASTER_LOCALE);
  const trigger = ensureDispatcher(ctx.g);
  if (created.length || filled.length || trigger !== 'present') {
    ctx.journal.add(
      ui('actSetup'),
      ui('setupDetails', { created: created.join(', ') || '—', filled: filled.join(', ') || '—', trigger }),
    );
  }
  return { created, filled, trigger };
}

function formatHeader(sheet: SheetPort, width: number, tab: TabKey): void {
  sheet.getRange(1, 1, 1, width).setFontWeight('bold').setBackground('#dde7f3');
  sheet.setFrozenRows(1);
  if (tab === 'settings') {
    sheet.setColumnWidth(1, 300);
    sheet.setColumnWidth(2, 360);
    sheet.setColumnWidth(3, 480);
  }
  if (tab === 'ledger') sheet.hideSheet();
  // Tabs the script writes warn the secretary before a manual edit (they are rebuilt from the members' sheets).
  if (tab === 'scores' || tab === 'rating' || tab === 'top' || tab === 'journal' || tab === 'ledger') {
    sheet.protect().setWarningOnly(true).setDescription(ui('protectionScriptTab'));
  }
  if (tab === 'journal') sheet.setColumnWidth(4, 600);
}

/** A new spreadsheet's blank first tab is noise once the contract's tabs exist; a non-empty one is kept. */
function removeEmptyDefaultSheet(ctx: Ctx): void {
  const ours = new Set<string>(Object.values(TAB));
  for (const sheet of ctx.book.ss.getSheets()) {
    const name = sheet.getName();
    if (
      !ours.has(name) &&
      /^(Sheet|Аркуш|Лист)\d+$/.test(name) &&
      sheet.getLastRow() === 0 &&
      sheet.getLastColumn() === 0
    ) {
      ctx.book.deleteSheet(sheet);
    }
  }
}
