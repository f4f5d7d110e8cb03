// «Створити форму»: the form made with FormApp from the case contract's questions, or shown (and reopened) again.
import { distributed, openForm, registerSheet, stateLine, store, syncCloseTrigger, when } from './state';
import { Ctx } from '../context';
import { loadSettings } from '../master';
import { requireOwner } from '../owner';
import { UserError } from '../../gas/errors';
import type { FormPort } from '../../gas/ports';
import { type SubmissionFormState } from '../../gas/submission-state';
import { ensureFormTrigger } from '../../gas/triggers';
import { problem, ui } from '../../domain/messages';
import { TAB } from '../../domain/sheets';
import { formFields, RESPONSES_TAB, SUBMISSIONS_TAB } from '../../domain/submissions';
import type { Settings } from '../../domain/types';

export interface FormReport {
  created: boolean;
  reopened: boolean;
  url: string;
  edit: string;
  state: string;
}

/**
 * «Створити форму»: the form with the case contract's questions, sending its responses to this master, and its
 * on-submit trigger. Run again, it shows the form (reopened if it was closed and the deadline now lies ahead);
 * a form deleted by hand is made anew.
 */
export function createSubmissionForm(ctx: Ctx): FormReport {
  requireOwner(ctx);
  const settings = loadSettings(ctx);
  if (distributed(ctx)) throw new UserError([problem('formAfterDistribution')]);
  const deadline = settings.submissionDeadline?.getTime() ?? null;
  if (deadline !== null && deadline <= ctx.now())
    throw new UserError([problem('formDeadlinePassed', { deadline: when(ctx, deadline, settings) })]);
  const s = store(ctx);
  const known = s.get();
  let form: FormPort | null = null;
  if (known) {
    try {
      form = openForm(ctx, known);
    } catch {
      form = null;
    }
  }
  if (form && known) {
    ensureFormTrigger(ctx.g, known.formId);
    const reopened = known.closedAt !== null;
    if (reopened) {
      form.setAcceptingResponses(true);
      s.update((x) => {
        x.closedAt = null;
        x.closedBy = null;
      });
      ctx.journal.add(ui('actFormReopened'), known.publishedUrl);
    }
    syncCloseTrigger(ctx, settings);
    return {
      created: false,
      reopened,
      url: known.publishedUrl,
      edit: known.editUrl,
      state: stateLine(ctx, settings, s.get()!),
    };
  }
  const made = buildForm(ctx, settings);
  s.set(made);
  ensureFormTrigger(ctx.g, made.formId);
  syncCloseTrigger(ctx, settings);
  ctx.journal.add(
    ui('actFormCreated'),
    ui('formCreatedDetails', {
      url: made.publishedUrl,
      deadline: deadline === null ? '—' : when(ctx, deadline, settings),
    }),
  );
  return {
    created: true,
    reopened: false,
    url: made.publishedUrl,
    edit: made.editUrl,
    state: stateLine(ctx, settings, made),
  };
}

function buildForm(ctx: Ctx, settings: Settings): SubmissionFormState {
  const app = ctx.g.FormApp;
  const deadline = settings.submissionDeadline?.getTime() ?? null;
  const form = app.create(ui('formTitle', { title: settings.title, year: settings.year }));
  form
    .setDescription(
      ui('formDescription', {
        year: settings.year,
        until: deadline === null ? '' : ui('formUntil', { deadline: when(ctx, deadline, settings) }),
      }).trim(),
    )
    .setConfirmationMessage(ui('formConfirmation'))
    .setCustomClosedFormMessage(ui('formClosedMessage', { year: settings.year }));
  const items: SubmissionFormState['items'] = {};
  for (const f of formFields()) {
    let id: number;
    if (f.kind === 'text') {
      id = form.addTextItem().setTitle(f.title).setHelpText(f.help).setRequired(f.required).getId();
    } else if (f.kind === 'paragraph') {
      const item = form.addParagraphTextItem().setTitle(f.title).setHelpText(f.help).setRequired(f.required);
      if (f.maxLength)
        item.setValidation(
          app
            .createParagraphTextValidation()
            .requireTextLengthLessThanOrEqualTo(f.maxLength)
            .setHelpText(ui('formLengthHelp', { limit: f.maxLength }))
            .build(),
        );
      id = item.getId();
    } else if (f.kind === 'choice') {
      const item = form.addMultipleChoiceItem().setTitle(f.title).setRequired(f.required);
      if (f.help) item.setHelpText(f.help);
      id = item
        .setChoiceValues(f.choices ?? [])
        .showOtherOption(Boolean(f.other))
        .getId();
    } else {
      id = form
        .addCheckboxItem()
        .setTitle(f.title)
        .setHelpText(f.help)
        .setRequired(f.required)
        .setChoiceValues(f.choices ?? [])
        .getId();
    }
    items[String(id)] = f.key;
  }
  const ss = ctx.book.ss;
  form.setDestination(app.DestinationType.SPREADSHEET, ss.getId());
  // Forms names its tab in the spreadsheet's language («Відповіді форми (1)»): found by its link, then named ours.
  const formId = form.getId();
  const tab = ss.getSheets().find((sheet) => (sheet.getFormUrl() ?? '').includes(`/d/${formId}/`));
  if (tab && !ss.getSheetByName(RESPONSES_TAB)) tab.setName(RESPONSES_TAB);
  registerSheet(ctx);
  return {
    formId,
    publishedUrl: form.getPublishedUrl(),
    editUrl: form.getEditUrl(),
    masterId: ss.getId(),
    items,
    createdAt: ctx.now(),
    cursor: 0,
    closedAt: null,
    closedBy: null,
    waiting: false,
  };
}

export function formReport(r: FormReport): string {
  return r.created
    ? ui('formCreatedReport', {
        url: r.url,
        edit: r.edit,
        responses: RESPONSES_TAB,
        cases: TAB.cases,
        register: SUBMISSIONS_TAB,
        state: r.state,
      })
    : ui('formExistsReport', { url: r.url, edit: r.edit, state: r.state });
}
