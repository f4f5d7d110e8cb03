// The submission form's state as one execution sees it: its store, «Заявки», the close trigger, the panel's line.
import { Ctx } from '../context';
import { loadMembers } from '../master';
import type { FormPort, SheetPort } from '../../gas/ports';
import { SubmissionStore, type SubmissionFormState } from '../../gas/submission-state';
import { ensureDeadlineTrigger, removeTrigger, SUBMISSIONS_CLOSE } from '../../gas/triggers';
import { ui } from '../../domain/messages';
import {
  SUBMISSION_HEADERS,
  SUBMISSIONS_TAB,
  submissionStats,
  type SubmissionStats,
} from '../../domain/submissions';
import { formatDateTime } from '../../domain/time';
import type { Settings } from '../../domain/types';

/** One store per execution, so every step reads and updates the same state. */
const stores = new WeakMap<Ctx, SubmissionStore>();
export function store(ctx: Ctx): SubmissionStore {
  let s = stores.get(ctx);
  if (!s) {
    s = new SubmissionStore(ctx.g.PropertiesService);
    stores.set(ctx, s);
  }
  return s;
}
export const when = (ctx: Ctx, ms: number, settings: Settings): string =>
  formatDateTime(ms, settings.timeZone);

/** Whether the members' sheets exist: the cases are their assignments from then on. */
export function distributed(ctx: Ctx): boolean {
  return ctx.book.readAll('members').length > 0 && loadMembers(ctx).some((m) => m.fileId !== '');
}

/** «Заявки», made with its header when missing. */
export function registerSheet(ctx: Ctx): SheetPort {
  const existing = ctx.book.sheetNamed(SUBMISSIONS_TAB);
  if (existing) return existing;
  const sheet = ctx.book.ensureSheetNamed(SUBMISSIONS_TAB).sheet;
  ctx.book.writeSheet(sheet, 1, 1, [[...SUBMISSION_HEADERS]]);
  sheet.getRange(1, 1, 1, SUBMISSION_HEADERS.length).setFontWeight('bold').setBackground('#dde7f3');
  sheet.setFrozenRows(1);
  sheet.protect().setWarningOnly(true).setDescription(ui('protectionScriptTab'));
  return sheet;
}

/** The state sentence of the reports: when the form closes, or that it is closed. */
export function stateLine(ctx: Ctx, settings: Settings, state: SubmissionFormState): string {
  if (state.closedAt) return ui('formStateClosed', { at: when(ctx, state.closedAt, settings) });
  return settings.submissionDeadline
    ? ui('formStateOpen', { deadline: when(ctx, settings.submissionDeadline.getTime(), settings) })
    : ui('formStateOpenNoDeadline');
}

/** The one-off trigger at the submission deadline, kept on «Налаштування» (none without a deadline or once closed). */
export function syncCloseTrigger(ctx: Ctx, settings: Settings): void {
  const s = store(ctx);
  const state = s.get();
  if (!state) return;
  const wanted = state.closedAt ? null : (settings.submissionDeadline?.getTime() ?? null);
  if (wanted === null) {
    if (state.closeTrigger) {
      removeTrigger(ctx.g, state.closeTrigger.uid);
      s.update((x) => delete x.closeTrigger);
    }
    return;
  }
  if (state.closeTrigger?.at === wanted) return;
  const next = ensureDeadlineTrigger(ctx.g, state.closeTrigger, wanted, ctx.now(), SUBMISSIONS_CLOSE);
  s.update((x) => {
    if (next) x.closeTrigger = next;
    else delete x.closeTrigger;
  });
}

export function openForm(ctx: Ctx, state: SubmissionFormState): FormPort {
  return ctx.g.FormApp.openById(state.formId);
}

export function registerStats(ctx: Ctx, settings: Settings): SubmissionStats {
  const sheet = ctx.book.sheetNamed(SUBMISSIONS_TAB);
  return submissionStats(sheet ? sheet.getDataRange().getValues() : [], settings.timeZone);
}

/** For the panel: the form's link, whether it is open, and the counts (null when there is no form). */
export function submissionsPanel(
  ctx: Ctx,
  settings: Settings,
): { url: string; open: boolean; state: string; stats: SubmissionStats } | null {
  const state = store(ctx).get();
  if (!state) return null;
  const deadline = settings.submissionDeadline?.getTime() ?? null;
  return {
    url: state.publishedUrl,
    open: !state.closedAt,
    state: state.closedAt
      ? ui('panelSubmissionsClosed', { at: when(ctx, state.closedAt, settings) })
      : deadline !== null
        ? ui('panelSubmissionsOpen', { deadline: when(ctx, deadline, settings) })
        : ui('panelSubmissionsOpenNoDeadline'),
    stats: registerStats(ctx, settings),
  };
}
