// The workspace folder: loading the runtime from it, saving it back only after a command succeeded, and
// reading the master's tabs the way the secretary sees them.
import fs from 'node:fs';
import path from 'node:path';
import { STATE_FILE } from '../persist';
import { LocalRuntime } from '../runtime';
import type { UserSpreadsheet } from '../spreadsheet';
import { MEMBER_SCRIPT_COL, TAB } from '../../src/domain/sheets';
import { CliError, t } from './messages';

/** The bundle this checkout builds (npm run build); a workspace always runs the current one. */
export const BUNDLE = path.join(__dirname, '..', '..', 'dist', 'Code.js');

/** What a workspace holds (state.json is the truth; the rest is written from it on every save). */
const WORKSPACE_ENTRIES = [
  STATE_FILE,
  'master.xlsx',
  'members',
  'mail',
  'files',
  'top100.csv',
  'report.html',
  'panel.html',
];

export const hasWorkspace = (dir: string): boolean => fs.existsSync(path.join(dir, STATE_FILE));

function requireBundle(): void {
  if (!fs.existsSync(BUNDLE)) throw new CliError(t('noBundle', { file: BUNDLE }));
}

export function openWorkspace(dir: string): LocalRuntime {
  if (!hasWorkspace(dir)) throw new CliError(t('noWorkspace', { dir }));
  requireBundle();
  try {
    return LocalRuntime.load(dir, { bundlePath: BUNDLE });
  } catch (e) {
    throw new CliError(t('badWorkspace', { dir, error: String((e as Error).message ?? e) }));
  }
}

export function createRuntime(owner: string, now: number, masterName: string): LocalRuntime {
  requireBundle();
  return LocalRuntime.create({ now, owner, masterName, masterLocale: 'uk_UA', bundlePath: BUNDLE });
}

/**
 * A new workspace in place of whatever was there: written into a sibling folder first, so a failure leaves
 * the old one as it was, then moved in entry by entry (other files in the folder are left alone).
 */
export async function replaceWorkspace(rt: LocalRuntime, dir: string): Promise<void> {
  const parent = path.dirname(path.resolve(dir));
  fs.mkdirSync(parent, { recursive: true });
  const staging = fs.mkdtempSync(path.join(parent, `.${path.basename(dir)}-new-`));
  try {
    await rt.save(staging);
    fs.mkdirSync(dir, { recursive: true });
    for (const entry of WORKSPACE_ENTRIES) fs.rmSync(path.join(dir, entry), { recursive: true, force: true });
    for (const entry of fs.readdirSync(staging))
      fs.renameSync(path.join(staging, entry), path.join(dir, entry));
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/** The secretary (the owner) in the master, as in the browser: reads cost no execution, edits fire onEdit. */
export function secretary(rt: LocalRuntime): UserSpreadsheet {
  return rt.as(rt.world.owner).open(rt.masterId);
}

export function hasTab(rt: LocalRuntime, tab: string): boolean {
  return Boolean(rt.store.get(rt.masterId)?.sheetByName(tab));
}

/** A master tab's used block as values (Dates for date cells); [] when the tab is missing or empty. */
export function readTab(rt: LocalRuntime, tab: string, width?: number): unknown[][] {
  const sheet = rt.store.get(rt.masterId)?.sheetByName(tab);
  if (!sheet || sheet.lastRow() === 0) return [];
  const cols = Math.max(1, width ?? sheet.lastCol());
  return secretary(rt).read(tab, `A1:${columnName(cols)}${sheet.lastRow()}`);
}

export function columnName(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export interface MemberRow {
  /** 1-based row in «Члени комісії». */
  row: number;
  values: unknown[];
}

/** The member's row in «Члени комісії», by email (case-insensitive). */
export function memberRow(rt: LocalRuntime, email: string): MemberRow {
  const rows = readTab(rt, TAB.members, MEMBER_SCRIPT_COL.done);
  const who = email.trim().toLowerCase();
  const i = rows.findIndex(
    (r, k) =>
      k > 0 &&
      String(r[1] ?? '')
        .trim()
        .toLowerCase() === who,
  );
  if (i < 0) throw new CliError(t('memberUnknown', { email, tab: TAB.members }));
  return { row: i + 1, values: rows[i] };
}

/** The id of the member's spreadsheet, from the «Таблиця» link the script wrote in column E. */
export function memberFileId(rt: LocalRuntime, email: string): string {
  const { values } = memberRow(rt, email);
  const link = String(values[MEMBER_SCRIPT_COL.link - 1] ?? '');
  const m = /\/d\/([-\w]+)/.exec(link) ?? /^([-\w]{20,})$/.exec(link.trim());
  if (!m || !rt.store.get(m[1])) throw new CliError(t('memberNoSheet', { email }));
  return m[1];
}
