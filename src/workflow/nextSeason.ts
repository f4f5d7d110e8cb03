// «Новий сезон…»: next year's master as a copy of this one — settings, criteria, templates, members and stands
// carried over, nothing of this year's data — and this master kept as the archive: its tabs read-only, a note on
// «Налаштування» pointing to the new file, nothing else changed.
//
// What Apps Script does to a copy decides the steps: the copy has a script project of its own (its own triggers,
// properties and OAuth client, so this year's files are out of its reach and nothing of this project's state comes
// along), and a tab that receives a form's responses brings a copy of that form, which is closed and unlinked here.
import { restrictToOwner } from '../gas/protection';
import type { Ctx } from './context';
import { loadSettings } from './master';
import { requireOwner } from './owner';
import { MASTER_LOCALE, setUpTab, SETUP_TABS } from './setup';
import { Book, clearCells } from '../gas/book';
import { UserError } from '../gas/errors';
import { Journal } from '../gas/journal';
import { Ledger } from '../gas/ledger';
import { StagesStore } from '../gas/outputs';
import { asRealSheet, type SpreadsheetPort, type UiPort } from '../gas/ports';
import { SubmissionStore } from '../gas/submission-state';
import { DEADLINE_LOCK, DISPATCHER, FORM_SUBMIT, SUBMISSIONS_CLOSE } from '../gas/triggers';
import { placeText, problem, ui } from '../domain/messages';
import { MEMBER_COLUMNS } from '../domain/members';
import { STANDS_FIRST_ROW, STANDS_SCRIPT_COLUMNS, STANDS_TAB } from '../domain/stands';
import {
  CARRIED_TABS,
  checkNextSeason,
  nextSeasonChanges,
  nextSeasonDefaults,
  nextSeasonName,
  withDefaults,
  type NextSeasonInput,
} from '../domain/nextSeason';
import { LEDGER_STATE } from '../domain/sheets';
import { mapColumns } from '../domain/table';
import { formatDateTime } from '../domain/time';
import type { Problem, Settings } from '../domain/types';
import { bulletList } from '../domain/text';

/** This project's record of the season it made (a Script property: the copy's project never sees it). */
const KEY = 'top100.nextSeason';

interface NextSeasonRecord {
  year: number;
  id: string;
  url: string;
  done: boolean;
  /** Forms Google copied along with the spreadsheet, closed and unlinked here. */
  formCopies: { name: string; url: string }[];
}

function readRecord(ctx: Ctx): NextSeasonRecord | null {
  try {
    const raw = ctx.g.PropertiesService.getScriptProperties().getProperty(KEY);
    return raw ? (JSON.parse(raw) as NextSeasonRecord) : null;
  } catch {
    return null;
  }
}

function writeRecord(ctx: Ctx, r: NextSeasonRecord): void {
  ctx.g.PropertiesService.getScriptProperties().setProperty(KEY, JSON.stringify(r));
}

export interface NextSeasonPlan {
  current: Settings;
  defaults: NextSeasonInput;
  /** The zone the dates are typed in, as the secretary knows it. */
  zone: string;
  /** The season already made from this master. */
  already: NextSeasonRecord | null;
}

/** Who may, and when: the pipeline's owner, once this year's evaluation is closed and its jobs are done. */
export function nextSeasonPlan(ctx: Ctx): NextSeasonPlan {
  requireOwner(ctx);
  const current = loadSettings(ctx);
  const plan = {
    current,
    defaults: nextSeasonDefaults(current),
    zone: current.timeZone === 'Europe/Kyiv' ? ui('panelDeadlineZone') : current.timeZone,
  };
  const record = readRecord(ctx);
  if (record?.done) return { ...plan, already: record };
  if (!ctx.state.get().closedAt) throw new UserError([problem('seasonNotClosed')]);
  const stages = new StagesStore(ctx.g.PropertiesService).get();
  if (stages.winners.pending || stages.catalog.pending) throw new UserError([problem('seasonJobsPending')]);
  return { ...plan, already: null };
}

/** The dialog: the year and three dates, each with its default; Cancel anywhere stops it. */
export function askNextSeason(u: UiPort, plan: NextSeasonPlan): NextSeasonInput | null {
  const title = ui('menuNewSeason');
  const none = ui('nextSeasonNone');
  const ask = (prompt: string): string | null => {
    const r = u.prompt(title, prompt, u.ButtonSet.OK_CANCEL);
    return r.getSelectedButton() === u.Button.OK ? r.getResponseText() : null;
  };
  const d = plan.defaults;
  const year = ask(ui('nextYearPrompt', { default: d.year }));
  if (year === null) return null;
  const submissionDeadline = ask(
    ui('nextSubmissionPrompt', { default: d.submissionDeadline || none, zone: plan.zone }),
  );
  if (submissionDeadline === null) return null;
  const deadline = ask(ui('nextDeadlinePrompt', { default: d.deadline, zone: plan.zone }));
  if (deadline === null) return null;
  const meetingDate = ask(ui('nextMeetingPrompt', { default: d.meetingDate || none }));
  if (meetingDate === null) return null;
  return { year, submissionDeadline, deadline, meetingDate };
}

/** A problem of «Налаштування» said for the dialog: without its row and column, the label names the field. */
const forDialog = (p: Problem): string => (p.place ? p.uk.slice(placeText(p.place).length + 2) : p.uk);

/**
 * The answers checked as «Налаштування» would read them: the year after this one, the dates through the settings'
 * own validator, an evaluation deadline still ahead. Returns the question to confirm, or what to correct.
 */
export function previewNextSeason(
  ctx: Ctx,
  plan: NextSeasonPlan,
  typed: NextSeasonInput,
): { ok: true; question: string } | { ok: false; message: string } {
  const input = withDefaults(typed, plan.defaults);
  const checked = check(ctx, plan.current, input);
  if (!checked.ok)
    return {
      ok: false,
      message: ui('nextSeasonProblems', {
        problems: bulletList(checked.problems.map(forDialog)),
      }),
    };
  const s = checked.value;
  const none = ui('nextSeasonNone');
  const warnings = checked.warnings
    .filter((w) => /^settings(TimeGap|TimeRepeated|DeadlineEndOfDay)$/.test(w.code))
    .map((w) => '\n• ' + forDialog(w));
  return {
    ok: true,
    question:
      ui('nextSeasonConfirm', {
        year: s.year,
        submission: s.submissionDeadline ? formatDateTime(s.submissionDeadline.getTime(), s.timeZone) : none,
        deadline: formatDateTime(s.deadline.getTime(), s.timeZone),
        meeting: s.meetingDate ? formatDateTime(s.meetingDate.getTime(), s.timeZone, 'dd.MM.yyyy') : none,
      }) + warnings.join(''),
  };
}

function check(ctx: Ctx, current: Settings, input: NextSeasonInput) {
  return checkNextSeason(ctx.book.readAll('settings'), input, current, ctx.now(), {
    badYear: (value) => problem('nextSeasonBadYear', { value, year: current.year, next: current.year + 1 }),
    past: (deadline) => problem('nextSeasonPast', { deadline }),
  });
}

export interface NextSeasonResult {
  already: boolean;
  year: number;
  url: string;
  formCopies: { name: string; url: string }[];
}

/**
 * Makes next year's master. Each step can run again after a cut-off run: the copy is found by the id recorded
 * right after it was made, and every step after it leaves a finished state alone.
 */
export function createNextSeason(ctx: Ctx, typed: NextSeasonInput): NextSeasonResult {
  const plan = nextSeasonPlan(ctx);
  if (plan.already)
    return {
      already: true,
      year: plan.already.year,
      url: plan.already.url,
      formCopies: plan.already.formCopies,
    };
  const current = plan.current;
  const input = withDefaults(typed, plan.defaults);
  const checked = check(ctx, current, input);
  if (!checked.ok) throw new UserError(checked.problems);
  const next = checked.value;
  const rows = ctx.book.readAll('settings');

  let record = readRecord(ctx);
  let copy: SpreadsheetPort | null = null;
  if (record && record.year === next.year && record.id) {
    try {
      copy = ctx.g.SpreadsheetApp.openById(record.id);
    } catch {
      copy = null;
    }
  }
  if (!copy) {
    const name = nextSeasonName(ctx.book.ss.getName(), current.title, current.year, next.year);
    copy = ctx.book.ss.copy(name);
    record = { year: next.year, id: copy.getId(), url: copy.getUrl(), done: false, formCopies: [] };
    writeRecord(ctx, record);
  }
  const made = record as NextSeasonRecord;

  // The forms Google copied along: closed and unlinked, so their tabs can go
  for (const sheet of copy.getSheets()) {
    const url = sheet.getFormUrl();
    if (!url) continue;
    const form = ctx.g.FormApp.openByUrl(url);
    form.setAcceptingResponses(false);
    form.removeDestination();
    made.formCopies.push({ name: form.getTitle(), url: form.getEditUrl() });
    writeRecord(ctx, made);
  }
  // Nothing of this year's data: every tab but the carried ones goes, then the contract's tabs come back empty
  for (const sheet of copy.getSheets())
    if (!CARRIED_TABS.includes(sheet.getName())) copy.deleteSheet(asRealSheet(sheet));
  const book = new Book(copy);
  for (const tab of SETUP_TABS) setUpTab(book, tab, next.year);
  clearMemberScriptColumns(book);
  clearStandScriptColumns(copy);
  for (const c of nextSeasonChanges(rows, input, current)) {
    const value = c.key === 'year' ? next.year : c.value;
    if (c.row <= rows.length) book.writeRows('settings', c.row, [[value]], 2);
    else book.writeRows('settings', c.row, [[c.label, value]]);
  }
  copy.setSpreadsheetTimeZone(next.timeZone);
  copy.setSpreadsheetLocale(MASTER_LOCALE);
  // The new master's own record (a copy of a master is refused otherwise) and the first line of its journal
  new Ledger(book, () => ctx.g.SpreadsheetApp.flush()).mark(
    `master:${made.id}`,
    LEDGER_STATE.sent,
    new Date(ctx.now()),
    made.url,
  );
  if (book.readAll('journal').length <= 1) {
    const journal = new Journal(ctx.actor, ctx.now);
    journal.add(
      ui('actNextSeason'),
      ui('nextSeasonDetails', {
        year: current.year,
        url: ctx.book.ss.getUrl(),
        tabs: CARRIED_TABS.filter((t) => copy!.getSheetByName(t)).join(', '),
      }),
    );
    journal.flush(book);
  }

  archive(ctx, current, made);
  stopThisSeason(ctx);
  made.done = true;
  writeRecord(ctx, made);
  return { already: false, year: made.year, url: made.url, formCopies: made.formCopies };
}

/** «Члени комісії» keeps each member and their status; the script's columns (sheet, invited, scored …) empty. */
function clearMemberScriptColumns(book: Book): void {
  const all = book.readAll('members');
  const map = mapColumns(all, MEMBER_COLUMNS);
  const sheet = book.sheet('members');
  if (!map || !sheet || all.length <= map.headerRow + 1) return;
  const rows = all.length - map.headerRow - 1;
  for (const c of MEMBER_COLUMNS.filter((c) => c.writtenBy === 'script')) {
    const col = map.index[c.key];
    if (col !== undefined) clearCells(sheet.getRange(map.headerRow + 2, col + 1, rows, 1));
  }
}

/** «Стенди» keeps each stand; the script's columns (this year's poster, its number of cases, when made) empty. */
function clearStandScriptColumns(copy: SpreadsheetPort): void {
  const sheet = copy.getSheetByName(STANDS_TAB);
  const last = sheet?.getLastRow() ?? 0;
  if (!sheet || last < STANDS_FIRST_ROW) return;
  const { first, count } = STANDS_SCRIPT_COLUMNS;
  clearCells(sheet.getRange(STANDS_FIRST_ROW, first, last - STANDS_FIRST_ROW + 1, count));
}

/**
 * The archive marks, and nothing else: every tab protected for the owner only (a tab's own protection keeps its
 * description), and a note on «Налаштування» that names the new master.
 */
function archive(ctx: Ctx, current: Settings, made: NextSeasonRecord): void {
  const owner = (ctx.state.get().owner || '').toLowerCase();
  const description = ui('archiveProtection', { year: current.year, url: made.url });
  const sheetType = ctx.g.SpreadsheetApp.ProtectionType.SHEET;
  for (const sheet of ctx.book.ss.getSheets()) {
    const existing = sheet.getProtections(sheetType)[0];
    const p = existing ?? sheet.protect();
    if (!existing || p.isWarningOnly()) {
      p.setWarningOnly(false);
      p.setDescription(description);
    }
    // The archive's owner owns the file already: only the others go
    restrictToOwner(p, owner, false);
  }
  const settings = ctx.book.sheet('settings');
  settings?.getRange(1, 1).setNote(
    ui('archiveNote', {
      year: current.year,
      at: formatDateTime(ctx.now(), current.timeZone),
      next: made.year,
      url: made.url,
    }),
  );
}

/** This season's triggers go (the archive runs nothing), and a form still open stops taking responses. */
function stopThisSeason(ctx: Ctx): void {
  const ours = [DISPATCHER, DEADLINE_LOCK, FORM_SUBMIT, SUBMISSIONS_CLOSE];
  for (const t of ctx.g.ScriptApp.getProjectTriggers())
    if (ours.includes(t.getHandlerFunction())) ctx.g.ScriptApp.deleteTrigger(t);
  const forms = new SubmissionStore(ctx.g.PropertiesService);
  const form = forms.get();
  if (form && !form.closedAt) {
    try {
      ctx.g.FormApp.openById(form.formId).setAcceptingResponses(false);
    } catch {
      // A form deleted by hand takes nothing anyway
    }
    forms.update((s) => {
      s.closedAt = ctx.now();
      s.closedBy = 'secretary';
    });
  }
}

export function nextSeasonReport(r: NextSeasonResult): string {
  if (r.already) return ui('nextSeasonAlready', { year: r.year, url: r.url });
  return [
    ui('nextSeasonReport', { year: r.year, url: r.url }),
    ...r.formCopies.map((f) => ui('nextSeasonFormCopy', f)),
  ].join('\n\n');
}
