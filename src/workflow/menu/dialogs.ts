// The menu items that ask or show a page first: the imports, the panel, the deadlines, the approval, a new season.
import { type Ctx, finish, openContext } from '../context';
import { fromMenu } from './run';
import { importFromCasesTab, importFromCsv, importFromSpreadsheet, type ImportResult } from '../importCases';
import { approvalPlan, approvalReport, approveQuestion, approveRating, askApproval } from '../approve';
import {
  askNextSeason,
  createNextSeason,
  nextSeasonPlan,
  nextSeasonReport,
  previewNextSeason,
  type NextSeasonPlan,
} from '../nextSeason';
import { fillPage, fromPage } from '../panel';
import { describeError } from '../../gas/errors';
import { ui } from '../../domain/messages';
import { bulletList } from '../../domain/text';
import csvDialog from '../../ui/import-csv.html';
import panelPage from '../../ui/panel.html';
import settingsPage from '../../ui/settings.html';
import progressPage from '../../ui/progress.html';
import { progressOf, type WinnersResult } from '../awards';

const importReport = (r: ImportResult): string =>
  ui('importReport', { count: r.count, source: r.source, warnings: r.warnings.length }) +
  (r.warnings.length
    ? '\n\n' +
      bulletList(
        r.warnings.map((w) => w.uk),
        15,
      )
    : '');

export const menuImportFromTab = () => fromMenu(ui('menuImportTab'), importFromCasesTab, importReport);

export function menuImportFromSheet(): void {
  const g = openContext().g;
  const u = g.SpreadsheetApp.getUi();
  const answer = u.prompt(ui('menuImportSheet'), ui('importSheetPrompt'), u.ButtonSet.OK_CANCEL);
  if (answer.getSelectedButton() !== u.Button.OK) return;
  const link = answer.getResponseText().trim();
  fromMenu(ui('menuImportSheet'), (ctx) => importFromSpreadsheet(ctx, link), importReport);
}

export function menuImportCsv(): void {
  const g = openContext().g;
  const html = g.HtmlService.createHtmlOutput(csvDialog).setWidth(480).setHeight(360);
  g.SpreadsheetApp.getUi().showModalDialog(html, ui('menuImportCsv'));
}

/** google.script.run target of the CSV dialog: returns a report, or throws the Ukrainian message. */
export function importCasesCsv(text: string, fileName: string): string {
  return fromPage(ui('menuImportCsv'), (ctx) => importReport(importFromCsv(ctx, text, fileName)));
}

/** Open a page; a failure is shown in an alert titled as the page. */
function showPage(title: string, show: (g: Ctx['g']) => void): void {
  const ctx = openContext();
  try {
    show(ctx.g);
  } catch (e) {
    ctx.g.SpreadsheetApp.getUi().alert(title, describeError(e), ctx.g.SpreadsheetApp.getUi().ButtonSet.OK);
  } finally {
    finish(ctx);
  }
}

/** The sidebar loads its data itself (panelData), so opening it reads nothing. */
export function menuShowPanel(): void {
  showPage(ui('menuPanel'), (g) => {
    const html = g.HtmlService.createHtmlOutput(fillPage(panelPage)).setTitle(ui('menuPanel'));
    g.SpreadsheetApp.getUi().showSidebar(html);
  });
}

/** The deadline dialog, from the menu or the panel's link; it loads its values itself (settingsData). */
export function menuShowSettings(): void {
  showPage(ui('termsTitle'), (g) => {
    const html = g.HtmlService.createHtmlOutput(fillPage(settingsPage)).setWidth(440).setHeight(460);
    g.SpreadsheetApp.getUi().showModalDialog(html, ui('termsTitle'));
  });
}

/** The meeting date, the protocol number and any tie decision are asked first, outside the lock. */
export function menuApproveRating(): void {
  const title = ui('menuApprove');
  const ctx = openContext();
  const u = ctx.g.SpreadsheetApp.getUi();
  let plan: ReturnType<typeof approvalPlan>;
  try {
    plan = approvalPlan(ctx);
  } catch (e) {
    u.alert(title, describeError(e), u.ButtonSet.OK);
    return;
  }
  if (plan.already) {
    u.alert(
      title,
      approvalReport({
        already: true,
        approval: plan.already.approval,
        hash: plan.already.hash,
        timeZone: plan.timeZone,
      }),
      u.ButtonSet.OK,
    );
    return;
  }
  const input = askApproval(u, plan);
  if (!input) return;
  fromMenu(
    title,
    (c) => approveRating(c, input),
    approvalReport,
    () => approveQuestion(plan, input),
  );
}

/** The year and dates are asked and checked first, outside the lock; then one confirmation, then the copy. */
export function menuNewSeason(): void {
  const title = ui('menuNewSeason');
  const ctx = openContext();
  const u = ctx.g.SpreadsheetApp.getUi();
  let plan: NextSeasonPlan;
  try {
    plan = nextSeasonPlan(ctx);
  } catch (e) {
    u.alert(title, describeError(e), u.ButtonSet.OK);
    return;
  } finally {
    finish(ctx);
  }
  if (plan.already) {
    u.alert(
      title,
      nextSeasonReport({ already: true, year: plan.already.year, url: plan.already.url, formCopies: [] }),
      u.ButtonSet.OK,
    );
    return;
  }
  const typed = askNextSeason(u, plan);
  if (!typed) return;
  const preview = previewNextSeason(ctx, plan, typed);
  if (!preview.ok) {
    u.alert(title, preview.message, u.ButtonSet.OK);
    return;
  }
  fromMenu(
    title,
    (c) => createNextSeason(c, typed),
    nextSeasonReport,
    () => preview.question,
  );
}

/**
 * After the winners' menu run: when it stopped at the time budget, the progress dialog opens where the run left
 * off and carries the job on by itself (awards/progress.ts); true: shown, in place of the report's alert.
 */
export function showWinnersProgress(ctx: Ctx, r: WinnersResult): boolean {
  const start = progressOf(r);
  if (start.done) return false;
  const page = fillPage(progressPage, { START: start });
  const html = ctx.g.HtmlService.createHtmlOutput(page).setWidth(480).setHeight(340);
  ctx.g.SpreadsheetApp.getUi().showModalDialog(html, ui('menuWinners'));
  return true;
}
