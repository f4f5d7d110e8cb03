// The menu items that run at once (after a yes/no where it matters): each a body and its report.
import type { Ctx } from '../context';
import { fromMenu } from './run';
import { setUp } from '../setup';
import { createMemberSheets } from '../distribute';
import { sendInvitations } from '../invite';
import { collect, collectReport } from '../collect';
import { manualReminderTargets, sendReminders } from '../remind';
import { closeEvaluation } from '../close';
import { computeRating } from '../rating';
import { requireOwner } from '../owner';
import type { ConfirmRules } from '../rules';
import { approvedNote, loadApproved } from '../approve';
import { createProtocolDraft, protocolReport } from '../protocol';
import { publishList, publishReport } from '../publish';
import { certificateTemplate, runWinners, templateReport, winnersReport } from '../awards';
import { showWinnersProgress } from './dialogs';
import { buildCatalog, catalogReport } from '../catalog';
import { analyseStability, stabilityReport } from '../stability';
import { systemCheck } from '../check';
import { closeReport, closeSubmissionForm, createSubmissionForm, formReport } from '../submissions';
import { ui } from '../../domain/messages';

export const menuSetup = () =>
  fromMenu(ui('menuSetup'), setUp, (r) =>
    ui('setupReport', { created: r.created.join(', ') || '—', filled: r.filled.join(', ') || '—' }),
  );

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

export const menuProtocolDraft = () => fromMenu(ui('menuProtocol'), createProtocolDraft, protocolReport);

export const menuPublishList = () => fromMenu(ui('menuPublish'), publishList, publishReport);

export const menuCertificateTemplate = () =>
  fromMenu(ui('menuTemplate'), certificateTemplate, templateReport);

/** What the run has no time for goes on in the progress dialog (awards/progress.ts), not in an alert. */
export const menuWinners = () =>
  fromMenu(
    ui('menuWinners'),
    (ctx) => runWinners(ctx, { driven: true }),
    winnersReport,
    (ctx) => {
      requireOwner(ctx);
      return ui('winnersConfirm', { count: loadApproved(ctx).approval.cases.length });
    },
    showWinnersProgress,
  );

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
