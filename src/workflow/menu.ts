// The «ТОП-100» menu and what each item does: confirm when it matters, run under the lock, report in Ukrainian.
import { Ctx, finish, openContext, withScriptLock } from './context';
import { setUp } from './setup';
import { importFromCasesTab, importFromCsv, importFromSpreadsheet, ImportResult } from './importCases';
import { createMemberSheets } from './distribute';
import { sendInvitations } from './invite';
import { collect, collectReport } from './collect';
import { manualReminderTargets, sendReminders } from './remind';
import { closeEvaluation } from './close';
import { computeRating } from './rating';
import { requireOwner, runsAsOwner } from './owner';
import type { ConfirmRules } from './rules';
import {
  approvalPlan,
  approvalReport,
  approvedNote,
  approveQuestion,
  approveRating,
  askApproval,
  loadApproved,
} from './approve';
import { createProtocolDraft, protocolReport } from './protocol';
import { publishList, publishReport } from './publish';
import { certificateTemplate, runWinners, templateReport, winnersReport } from './awards';
import { buildCatalog, catalogReport } from './catalog';
import { analyseStability, stabilityReport } from './stability';
import { systemCheck } from './check';
import { closeReport, closeSubmissionForm, createSubmissionForm, formReport } from './submissions';
import {
  askNextSeason,
  createNextSeason,
  nextSeasonPlan,
  nextSeasonReport,
  previewNextSeason,
  type NextSeasonPlan,
} from './nextSeason';
import { fillPage } from './panel';
import { describeError } from '../gas/errors';
import { ensureDispatcher } from '../gas/triggers';
import type { GasPorts } from '../gas/ports';
import { ui } from '../domain/messages';
import csvDialog from '../ui/import-csv.html';
import panelPage from '../ui/panel.html';
import settingsPage from '../ui/settings.html';
import { bulletList } from '../domain/text';

/** Menu captions and the top-level functions they call, in the order of the work. */
export const MENU: readonly (
  readonly [string, string] | 'separator' | readonly [string, readonly (readonly [string, string])[]]
)[] = [
  [ui('menuSetup'), 'menuSetup'],
  [
    ui('menuImport'),
    [
      [ui('menuImportTab'), 'menuImportFromTab'],
      [ui('menuImportSheet'), 'menuImportFromSheet'],
      [ui('menuImportCsv'), 'menuImportCsv'],
    ],
  ],
  [
    ui('menuIntake'),
    [
      [ui('menuIntakeForm'), 'menuCreateForm'],
      [ui('menuIntakeClose'), 'menuCloseSubmissions'],
    ],
  ],
  'separator',
  [ui('menuCreateSheets'), 'menuCreateSheets'],
  [ui('menuInvite'), 'menuSendInvitations'],
  [ui('menuCollect'), 'menuCollectNow'],
  [ui('menuRemind'), 'menuSendReminders'],
  [ui('menuPanel'), 'menuShowPanel'],
  [ui('menuTerms'), 'menuShowSettings'],
  'separator',
  [ui('menuClose'), 'menuCloseEvaluation'],
  [ui('menuRating'), 'menuComputeRating'],
  [ui('menuStability'), 'menuAnalyseStability'],
  'separator',
  [
    ui('menuMeeting'),
    [
      [ui('menuMeetingRound'), 'menuBorderlineRound'],
      [ui('menuMeetingRoundCollect'), 'menuBorderlineCollect'],
      [ui('menuMeetingAgenda'), 'menuMeetingAgenda'],
      [ui('menuMeetingCheck'), 'menuMeetingCheck'],
    ],
  ],
  [ui('menuApprove'), 'menuApproveRating'],
  [ui('menuProtocol'), 'menuProtocolDraft'],
  [ui('menuPublish'), 'menuPublishList'],
  [ui('menuTemplate'), 'menuCertificateTemplate'],
  [ui('menuWinners'), 'menuWinners'],
  [ui('menuCatalog'), 'menuCatalog'],
  [ui('menuStands'), 'menuStands'],
  'separator',
  [ui('menuNewSeason'), 'menuNewSeason'],
  'separator',
  [ui('menuCheck'), 'menuSystemCheck'],
];

/** onOpen / onInstall: only the menu (in AuthMode.NONE nothing else may run). */
export function buildMenu(g: Pick<GasPorts, 'SpreadsheetApp'>, addon = false): void {
  const u = g.SpreadsheetApp.getUi();
  const menu = addon ? u.createAddonMenu() : u.createMenu(ui('menuTitle'));
  for (const item of MENU) {
    if (item === 'separator') menu.addSeparator();
    else if (typeof item[1] === 'string') menu.addItem(item[0], item[1]);
    else {
      const sub = u.createMenu(item[0]);
      for (const [caption, fn] of item[1]) sub.addItem(caption, fn);
      menu.addSubMenu(sub as unknown as GoogleAppsScript.Base.Menu);
    }
  }
  menu.addToUi();
}

const LOCK_WAIT_MS = 30_000;

/** Any menu action also checks that the dispatcher still runs, and restores it if it went silent. */
function watchdog(ctx: Ctx): void {
  const state = ctx.state.get();
  // Only the owner's own triggers run the pipeline: another editor's click never makes one.
  if (state.closedAt || !state.owner || !runsAsOwner(ctx)) return;
  const check = ensureDispatcher(ctx.g, { lastTick: state.lastTick, now: ctx.now() });
  if (check === 'recreated' || check === 'created')
    ctx.journal.add(ui('actWatchdog'), ui('watchdogDetails', { check }));
}

/** Run one menu action: optional confirmation, the script lock, an alert with the outcome, the journal. */
export function fromMenu<T>(
  title: string,
  body: (ctx: Ctx) => T,
  report: (r: T) => string,
  confirm?: (ctx: Ctx) => string | null,
): T | undefined {
  const ctx = openContext();
  const u = ctx.g.SpreadsheetApp.getUi();
  try {
    if (confirm) {
      const question = confirm(ctx);
      if (question !== null && u.alert(title, question, u.ButtonSet.YES_NO) !== u.Button.YES)
        return undefined;
    }
    const r = withScriptLock(ctx, LOCK_WAIT_MS, () => body(ctx));
    if (!r.ok) {
      u.alert(title, ui('busy'), u.ButtonSet.OK);
      return undefined;
    }
    watchdog(ctx);
    u.alert(title, report(r.value), u.ButtonSet.OK);
    return r.value;
  } catch (e) {
    ctx.journal.add(ui('actError'), `${title}: ${describeError(e)}`);
    u.alert(title, describeError(e), u.ButtonSet.OK);
    return undefined;
  } finally {
    finish(ctx);
  }
}

export const menuSetup = () =>
  fromMenu(ui('menuSetup'), setUp, (r) =>
    ui('setupReport', { created: r.created.join(', ') || '—', filled: r.filled.join(', ') || '—' }),
  );

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
  const ctx = openContext();
  try {
    const r = withScriptLock(ctx, LOCK_WAIT_MS, () => importFromCsv(ctx, text, fileName));
    if (!r.ok) throw new Error(ui('busy'));
    return importReport(r.value);
  } catch (e) {
    ctx.journal.add(ui('actError'), `${ui('menuImportCsv')}: ${describeError(e)}`);
    throw new Error(describeError(e), { cause: e });
  } finally {
    finish(ctx);
  }
}

export const menuCreateSheets = () =>
  fromMenu(
    ui('menuCreateSheets'),
    createMemberSheets,
    (r) =>
      ui(r.remaining > 0 ? 'sheetsReportPartial' : 'sheetsReport', {
        created: r.created + r.reused - r.failed.length,
        ready: r.alreadyReady,
        remaining: r.remaining,
        conflicts: r.conflictsDetected,
      }) +
      (r.failed.length
        ? '\n' + ui('sheetsFailed', { count: r.failed.length, emails: r.failed.join(', ') })
        : ''),
  );

export const menuSendInvitations = () =>
  fromMenu(
    ui('menuInvite'),
    sendInvitations,
    (r) =>
      ui('inviteReport', { sent: r.sent, already: r.alreadySent, waiting: r.waiting, quota: r.quotaLeft }) +
      (r.unconfirmed.length ? '\n' + ui('inviteUnconfirmed', { emails: r.unconfirmed.join(', ') }) : ''),
    (ctx) => {
      requireOwner(ctx);
      return ui('inviteConfirm');
    },
  );

/** After the close, a change of the rules is applied only when the secretary says yes to the list of changes. */
const askRuleChange =
  (ctx: Ctx): ConfirmRules =>
  (changes) => {
    const u = ctx.g.SpreadsheetApp.getUi();
    return (
      u.alert(
        ui('menuRating'),
        ui('rulesConfirmPrompt', { changes: changes.join('\n') }),
        u.ButtonSet.YES_NO,
      ) === u.Button.YES
    );
  };

export const menuCollectNow = () =>
  fromMenu(
    ui('menuCollect'),
    (ctx) => {
      requireOwner(ctx);
      // Asked for by a person: every file is read now, whatever Drive's lagging change list says.
      return collect(ctx, { all: true });
    },
    (r) => collectReport(r),
  );

export const menuSendReminders = () =>
  fromMenu(
    ui('menuRemind'),
    (ctx) => {
      requireOwner(ctx);
      return sendReminders(ctx, true);
    },
    (r) => ui('remindReport', { sent: r.sent.length, waiting: r.waiting, finished: r.finished }),
    (ctx) => {
      requireOwner(ctx);
      const targets = manualReminderTargets(ctx);
      if (targets.length === 0) return ui('remindNobody');
      return ui('remindConfirm', {
        count: targets.length,
        names: targets.map((t) => `${t.name} (${t.remaining})`).join(', '),
      });
    },
  );

/** The sidebar loads its data itself (panelData), so opening it reads nothing. */
export function menuShowPanel(): void {
  const ctx = openContext();
  try {
    const html = ctx.g.HtmlService.createHtmlOutput(fillPage(panelPage)).setTitle(ui('menuPanel'));
    ctx.g.SpreadsheetApp.getUi().showSidebar(html);
  } catch (e) {
    ctx.g.SpreadsheetApp.getUi().alert(
      ui('menuPanel'),
      describeError(e),
      ctx.g.SpreadsheetApp.getUi().ButtonSet.OK,
    );
  } finally {
    finish(ctx);
  }
}

/** The deadline dialog, from the menu or the panel's link; it loads its values itself (settingsData). */
export function menuShowSettings(): void {
  const ctx = openContext();
  try {
    const html = ctx.g.HtmlService.createHtmlOutput(fillPage(settingsPage)).setWidth(440).setHeight(460);
    ctx.g.SpreadsheetApp.getUi().showModalDialog(html, ui('termsTitle'));
  } catch (e) {
    ctx.g.SpreadsheetApp.getUi().alert(
      ui('termsTitle'),
      describeError(e),
      ctx.g.SpreadsheetApp.getUi().ButtonSet.OK,
    );
  } finally {
    finish(ctx);
  }
}

export const menuCloseEvaluation = () =>
  fromMenu(
    ui('menuClose'),
    (ctx) => {
      requireOwner(ctx);
      return closeEvaluation(ctx);
    },
    (r) =>
      r.alreadyClosed
        ? ui('closeAlready')
        : r.done
          ? ui('closeReport', {
              locked: r.locked,
              snapshot: r.snapshot,
              selected: r.rating?.selected ?? 0,
              tied: r.rating?.tied ?? 0,
            })
          : ui('closePartial', { remaining: r.remaining }),
    (ctx) => {
      requireOwner(ctx);
      return ui('closeConfirm');
    },
  );

export const menuComputeRating = () =>
  fromMenu(
    ui('menuRating'),
    (ctx) => ({ ...computeRating(ctx, undefined, askRuleChange(ctx)), approved: approvedNote(ctx) }),
    (r) =>
      ui(r.provisional ? 'ratingReportProvisional' : 'ratingReport', {
        selected: r.selected,
        tied: r.tied,
        seats: r.seatsForTied,
        below: r.belowQuorum,
        cases: r.cases,
      }) + (r.approved ? '\n\n' + r.approved : ''),
  );

export const menuAnalyseStability = () => fromMenu(ui('menuStability'), analyseStability, stabilityReport);

export const menuSystemCheck = () =>
  fromMenu(
    ui('menuCheck'),
    (ctx) => systemCheck(ctx),
    (rows) => rows.map((r) => `${r.ok ? '✓' : '✗'} ${r.service}: ${r.details}`).join('\n'),
  );

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

export const menuProtocolDraft = () => fromMenu(ui('menuProtocol'), createProtocolDraft, protocolReport);

export const menuPublishList = () => fromMenu(ui('menuPublish'), publishList, publishReport);

export const menuCertificateTemplate = () =>
  fromMenu(ui('menuTemplate'), certificateTemplate, templateReport);

export const menuWinners = () =>
  fromMenu(ui('menuWinners'), runWinners, winnersReport, (ctx) => {
    requireOwner(ctx);
    return ui('winnersConfirm', { count: loadApproved(ctx).approval.cases.length });
  });

export const menuCatalog = () => fromMenu(ui('menuCatalog'), buildCatalog, catalogReport);

export const menuCreateForm = () => fromMenu(ui('menuIntakeForm'), createSubmissionForm, formReport);

export const menuCloseSubmissions = () =>
  fromMenu(
    ui('menuIntakeClose'),
    (ctx) => {
      requireOwner(ctx);
      return closeSubmissionForm(ctx, 'secretary');
    },
    closeReport,
    () => ui('formCloseConfirm'),
  );

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
