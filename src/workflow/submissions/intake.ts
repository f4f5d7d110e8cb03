// Responses taken into «Кейси» with the import's validation and ID, likely repeats flagged, the applicant's
// confirmation sent once; the form's on-submit trigger.
import { distributed, openForm, registerSheet, store, when } from './state';
import { Ctx, finish, LOCK_WAIT_MS, openContext, openLedger, withScriptLock } from '../context';
import { loadSettings } from '../master';
import { runsAsOwner } from '../owner';
import { describeError } from '../../gas/errors';
import type { FormResponsePort } from '../../gas/ports';
import { Ledger } from '../../gas/ledger';
import { sendLetter } from '../../gas/mailer';
import { withRetries } from '../../gas/retry';
import { services } from '../../gas/services';
import { SubmissionStore, type SubmissionFormState } from '../../gas/submission-state';
import {
  CASE_COLUMNS,
  likelyDuplicateOf,
  newCaseIds,
  parseCaseTable,
  type CaseField,
} from '../../domain/cases';
import { applicantTypeLabel, placeText, ui } from '../../domain/messages';
import { LEDGER_STATE } from '../../domain/sheets';
import {
  answersToCaseRow,
  RESPONSES_TAB,
  SUBMISSION_COL,
  SUBMISSION_STATUS_UK,
  type FormAnswers,
  type SubmissionStatus,
} from '../../domain/submissions';
import { mapColumns, cellText } from '../../domain/table';
import { escapeHtml, isValidEmail } from '../../domain/text';
import type { CaseRecord, Problem, Settings } from '../../domain/types';

/** Responses a little older than the cursor are asked for again (the ledger skips those taken in). */
const CURSOR_MARGIN_MS = 60_000;

export interface IntakeResult {
  accepted: number;
  duplicates: number;
  rejected: number;
  late: number;
  confirmed: number;
  waiting: number;
}

const emptyIntake = (): IntakeResult => ({
  accepted: 0,
  duplicates: 0,
  rejected: 0,
  late: 0,
  confirmed: 0,
  waiting: 0,
});

/** A problem of one response without its place (the register names the response): «column»: what is wrong. */
function noteOf(p: Problem): string {
  const body = p.place ? p.uk.slice(placeText(p.place).length + 2) : p.uk;
  return p.place?.column ? `«${p.place.column}»: ${body}` : body;
}

/** The answers of one response by field, through the question ids the form was made with. */
function answersOf(state: SubmissionFormState, response: FormResponsePort): FormAnswers {
  const answers: FormAnswers = {};
  for (const ir of response.getItemResponses()) {
    const key = state.items[String(ir.getItem().getId())];
    const value = ir.getResponse();
    if (key) answers[key] = Array.isArray(value) ? value.map(String) : String(value);
  }
  return answers;
}

type Confirmation = 'sent' | 'waiting' | 'noEmail' | 'unconfirmed';

interface Letterhead {
  response: string;
  caseId: string;
  email: string;
  name: string;
  title: string;
  organisation: string;
}

/** The applicant's confirmation with the case's ID, through the mail ledger: sent once, never twice. */
function confirm(
  ctx: Ctx,
  settings: Settings,
  ledger: Ledger,
  quota: { left: number },
  l: Letterhead,
): Confirmation {
  const key = `confirm:${l.response}`;
  const state = ledger.state(key);
  if (state === LEDGER_STATE.sent) return 'sent';
  if (state === LEDGER_STATE.sending) return 'unconfirmed';
  if (!isValidEmail(l.email)) return 'noEmail';
  if (quota.left < 1) return 'waiting';
  const at = new Date(ctx.now());
  ledger.mark(key, LEDGER_STATE.sending, at, l.email);
  const vars = {
    name: l.name || l.organisation,
    title: settings.title,
    year: settings.year,
    case: l.title,
    organisation: l.organisation,
    id: l.caseId,
    sender: settings.senderName || settings.title,
  };
  const text = ui('confirmBody', vars);
  try {
    sendLetter(ctx.g, settings, {
      to: l.email,
      subject: ui('confirmSubject', vars),
      text,
      html: `<p>${escapeHtml(text).replace(/\n/g, '<br>')}</p>`,
    });
  } catch (e) {
    ledger.mark(key, LEDGER_STATE.failed, at, describeError(e));
    return 'noEmail';
  }
  quota.left -= 1;
  ledger.mark(key, LEDGER_STATE.sent, at, l.email);
  return 'sent';
}

function confirmationText(ctx: Ctx, settings: Settings, c: Confirmation): string {
  return c === 'sent'
    ? ui('confirmSent', { at: when(ctx, ctx.now(), settings) })
    : c === 'waiting'
      ? ui('confirmWaiting')
      : c === 'noEmail'
        ? ui('confirmNoEmail')
        : ui('confirmUnconfirmed');
}

/**
 * Takes responses into «Кейси»: each one validated as the import validates a row (districts and types mapped,
 * emails and phones checked, text kept as text), given the next ID, a likely repeat of a case already there
 * flagged, the applicant confirmed. A response that fails is kept — in the form, its tab and «Заявки» with the
 * reasons — never dropped. Exactly once per response, whatever fires twice: the ledger records each.
 * `given`: the trigger's own response; otherwise the form is asked for those after the cursor.
 */
export function takeIn(ctx: Ctx, given?: FormResponsePort[]): IntakeResult {
  const out = emptyIntake();
  const s = store(ctx);
  const state = s.get();
  if (!state) return out;
  const responses = given ?? openForm(ctx, state).getResponses(new Date(state.cursor - CURSOR_MARGIN_MS));
  if (responses.length === 0) return out;
  const ledger = openLedger(ctx);
  const fresh = responses
    .map((r) => ({ r, id: r.getId(), at: r.getTimestamp().getTime() }))
    .filter((x) => ledger.state(`form:${x.id}`) !== LEDGER_STATE.sent)
    .sort((a, b) => a.at - b.at);
  let cursor = Math.max(state.cursor, ...responses.map((r) => r.getTimestamp().getTime()));
  if (fresh.length === 0) {
    if (cursor !== state.cursor) s.update((x) => (x.cursor = cursor));
    return out;
  }
  const settings = loadSettings(ctx);
  const header = CASE_COLUMNS.map((c) => c.header);
  let all = ctx.book.readAll('cases');
  if (all.length === 0) {
    ctx.book.writeRows('cases', 1, [header]);
    all = [header];
  }
  const map = mapColumns(all, CASE_COLUMNS);
  const at = (row: unknown[], key: 'id' | 'title' | 'organisation'): string =>
    map?.index[key] === undefined ? '' : cellText(row[map.index[key] as number]);
  const existing = all
    .slice((map?.headerRow ?? 0) + 1)
    .map((row) => ({ id: at(row, 'id'), title: at(row, 'title'), organisation: at(row, 'organisation') }))
    .filter((c) => c.id !== '' || c.title !== '');
  const taken = new Set(existing.map((c) => c.id).filter((id) => id !== ''));
  let nextCaseRow = all.length + 1;
  const late = distributed(ctx);
  const register = registerSheet(ctx);
  let nextRegisterRow = register.getLastRow() + 1;
  const quota = { left: ctx.g.MailApp.getRemainingDailyQuota() };
  let waiting = 0;

  for (const { r, id: response, at: received } of fresh) {
    if (ctx.outOfTime()) break;
    const key = `form:${response}`;
    const row = answersToCaseRow(answersOf(state, r));
    const parsed = parseCaseTable([header, row], { year: settings.year, sheet: ui('sourceForm') });
    let status: SubmissionStatus;
    let record: CaseRecord | null = null;
    const notes: string[] = [];
    let confirmation = '';
    const cell = (field: CaseField): string => row[CASE_COLUMNS.findIndex((c) => c.key === field)].trim();
    const title = cell('title');
    const organisation = cell('organisation');
    if (!parsed.ok) {
      status = 'rejected';
      notes.push(...parsed.problems.map(noteOf));
      ledger.mark(key, LEDGER_STATE.sent, new Date(ctx.now()), SUBMISSION_STATUS_UK.rejected);
      ctx.journal.add(
        ui('actSubmissionRejected'),
        ui('submissionRejectedDetails', { response, title, reasons: notes.join('; ') }),
      );
      out.rejected++;
    } else if (late) {
      status = 'late';
      record = parsed.value[0];
      notes.push(ui('submissionLateNote', { responses: RESPONSES_TAB }));
      ledger.mark(key, LEDGER_STATE.sent, new Date(ctx.now()), SUBMISSION_STATUS_UK.late);
      ctx.journal.add(ui('actSubmissionLate'), ui('submissionDetails', { id: '—', title, organisation }));
      out.late++;
    } else {
      record = parsed.value[0];
      notes.push(...parsed.warnings.map(noteOf));
      // A run cut off after choosing the ID left it in the ledger: the same ID, and the row only if it is missing.
      const planned = ledger.state(key) === LEDGER_STATE.sending ? ledger.details(key) : '';
      record.id = (planned || newCaseIds(taken, settings.year, 1)[0]) as CaseRecord['id'];
      const dup = likelyDuplicateOf(
        record,
        existing.filter((c) => c.id !== record!.id),
      );
      if (!taken.has(record.id)) {
        ledger.mark(key, LEDGER_STATE.sending, new Date(ctx.now()), record.id);
        ctx.book.writeRows('cases', nextCaseRow++, [
          CASE_COLUMNS.map((col) =>
            col.key === 'applicantType'
              ? applicantTypeLabel(record!.applicantType)
              : String(record![col.key] ?? ''),
          ),
        ]);
        taken.add(record.id);
        existing.push({ id: record.id, title: record.title, organisation: record.organisation });
      }
      ledger.mark(key, LEDGER_STATE.sent, new Date(ctx.now()), record.id);
      status = dup ? 'duplicate' : 'accepted';
      if (status === 'duplicate') {
        notes.unshift(ui('submissionDuplicateNote', { other: dup!.id, title: dup!.title }));
        out.duplicates++;
        ctx.journal.add(
          ui('actSubmissionDuplicate'),
          `${ui('submissionDetails', { id: record.id, title: record.title, organisation: record.organisation })}; ${ui('submissionDuplicateNote', { other: dup!.id, title: dup!.title })}`,
        );
      } else {
        ctx.journal.add(
          ui('actSubmission'),
          ui('submissionDetails', { id: record.id, title: record.title, organisation: record.organisation }),
        );
      }
      out.accepted++;
      const c = confirm(ctx, settings, ledger, quota, {
        response,
        caseId: record.id,
        email: record.contactEmail,
        name: record.contactPerson,
        title: record.title,
        organisation: record.organisation,
      });
      if (c === 'sent') out.confirmed++;
      if (c === 'waiting') waiting++;
      confirmation = confirmationText(ctx, settings, c);
    }
    ctx.book.writeSheet(register, nextRegisterRow++, 1, [
      [
        new Date(received),
        response,
        SUBMISSION_STATUS_UK[status],
        record && status !== 'late' ? record.id : '',
        record?.title ?? title,
        record?.organisation ?? organisation,
        (record && applicantTypeLabel(record.applicantType)) || cell('applicantType'),
        record?.district ?? cell('district'),
        record?.contactEmail ?? '',
        notes.join('\n'),
        confirmation,
      ],
    ]);
    cursor = Math.max(cursor, received);
  }
  out.waiting = waiting;
  s.update((x) => {
    x.cursor = cursor;
    x.waiting = x.waiting || waiting > 0;
  });
  return out;
}

/** Confirmations the mail quota held back, from «Заявки»; sent as the quota allows (the dispatcher's step). */
export function sendWaitingConfirmations(ctx: Ctx): number {
  const s = store(ctx);
  const state = s.get();
  if (!state || !state.waiting) return 0;
  const quota = { left: ctx.g.MailApp.getRemainingDailyQuota() };
  if (quota.left < 1) return 0;
  const settings = loadSettings(ctx);
  const register = registerSheet(ctx);
  const rows = register.getDataRange().getValues();
  const waitingText = ui('confirmWaiting');
  const cases = ctx.book.readAll('cases');
  const map = mapColumns(cases, CASE_COLUMNS);
  const person = (id: string): string => {
    if (!map || map.index.id === undefined || map.index.contactPerson === undefined) return '';
    const row = cases.find((r) => cellText(r[map.index.id as number]) === id);
    return row ? cellText(row[map.index.contactPerson as number]) : '';
  };
  const ledger = openLedger(ctx);
  let sent = 0;
  let left = 0;
  rows.forEach((r, i) => {
    if (i === 0 || cellText(r[SUBMISSION_COL.confirmation]) !== waitingText) return;
    const caseId = cellText(r[SUBMISSION_COL.caseId]);
    const c = confirm(ctx, settings, ledger, quota, {
      response: cellText(r[SUBMISSION_COL.response]),
      caseId,
      email: cellText(r[SUBMISSION_COL.email]),
      name: person(caseId),
      title: cellText(r[SUBMISSION_COL.title]),
      organisation: cellText(r[SUBMISSION_COL.organisation]),
    });
    if (c === 'waiting') left++;
    else {
      if (c === 'sent') sent++;
      ctx.book.writeSheet(register, i + 1, SUBMISSION_COL.confirmation + 1, [
        [confirmationText(ctx, settings, c)],
      ]);
    }
  });
  s.update((x) => (x.waiting = left > 0));
  return sent;
}

/**
 * The form's on-submit trigger. It runs in the form's context, so the master is opened by the id the form was
 * made for; as anyone but the pipeline's owner it leaves at once. A busy lock leaves the response to the
 * dispatcher's sweep.
 */
export function onCaseSubmitted(e?: { response?: FormResponsePort }): void {
  const g = withRetries(services());
  const state = new SubmissionStore(g.PropertiesService).get();
  if (!state) return;
  const master = g.SpreadsheetApp.getActiveSpreadsheet() ?? g.SpreadsheetApp.openById(state.masterId);
  const ctx = openContext(g, master);
  if (!runsAsOwner(ctx)) return;
  try {
    const r = withScriptLock(ctx, LOCK_WAIT_MS, () => takeIn(ctx, e?.response ? [e.response] : undefined));
    if (!r.ok) ctx.journal.add(ui('actTick'), ui('tickBusy'));
  } catch (err) {
    ctx.journal.add(ui('actTickError'), describeError(err));
  } finally {
    finish(ctx);
  }
}
