// A respondent's submission: the checks the form's page makes, the response, and its row in the destination.

import type { FormResponseRecord } from '../form-model';
import { FORM_CLOSED_DEFAULT, REQUIRED_QUESTION } from './names';
import type { FormsDeps } from './bound';
import { writeResponseRow } from './destination';

export type SubmitOutcome =
  | { ok: true; response: FormResponseRecord; row: number | null; destination: string | null }
  | { ok: false; reason: 'closed'; message: string }
  | { ok: false; reason: 'invalid'; problems: { title: string; message: string }[] };

/**
 * A person fills in the form's page and presses Submit. The page checks what it checks (required questions,
 * choices, the paragraph length rule) and shows its messages without saving anything; a closed form shows its
 * closed message. A required answer of spaces passes (the reference is silent; the harsher reading). Answers are
 * keyed by the questions' titles as the person sees them; an unknown title is a mistake of the caller.
 */
export function submitResponse(
  d: FormsDeps,
  formId: string,
  answers: Record<string, string | string[]>,
): SubmitOutcome {
  const form = d.forms.get(formId);
  const item = d.world.drive.get(formId);
  if (!form || !item || item.trashed) throw new Error(`No form ${formId}`);
  if (!form.accepting)
    return { ok: false, reason: 'closed', message: form.closedMessage || FORM_CLOSED_DEFAULT(form.title) };
  for (const title of Object.keys(answers))
    if (!form.items.some((i) => i.title === title)) throw new Error(`The form has no question «${title}»`);
  const problems: { title: string; message: string }[] = [];
  const recorded: FormResponseRecord['answers'] = [];
  for (const q of form.items) {
    const raw = answers[q.title];
    const given = raw === undefined ? [] : (Array.isArray(raw) ? raw : [raw]).filter((v) => v !== '');
    if (given.length === 0) {
      if (q.required) problems.push({ title: q.title, message: REQUIRED_QUESTION });
      continue;
    }
    if (q.kind === 'MULTIPLE_CHOICE' || q.kind === 'CHECKBOX') {
      const own = given.filter((v) => !q.choices.includes(v));
      if ((q.kind === 'MULTIPLE_CHOICE' && given.length > 1) || own.length > (q.other ? 1 : 0)) {
        problems.push({ title: q.title, message: 'Choose one of the options' });
        continue;
      }
      recorded.push({ itemId: q.id, value: q.kind === 'CHECKBOX' ? given : given[0] });
      continue;
    }
    // A short answer is one line: the page's text box takes no line breaks.
    const text = q.kind === 'TEXT' ? given.join(' ').replace(/\r?\n/g, ' ') : given.join('\n');
    if (q.kind === 'PARAGRAPH_TEXT' && q.maxLength !== undefined && text.length > q.maxLength) {
      problems.push({
        title: q.title,
        message: q.validationHelp || `Must be at most ${q.maxLength} characters`,
      });
      continue;
    }
    recorded.push({ itemId: q.id, value: text });
  }
  if (problems.length) return { ok: false, reason: 'invalid', problems };
  const response: FormResponseRecord = {
    id: `2_ABaOn${String(form.nextResponse++).padStart(6, '0')}${form.id.slice(-12)}`,
    timestamp: d.world.now(),
    answers: recorded,
  };
  form.responses.push(response);
  const row = writeResponseRow(d, form, response);
  return { ok: true, response, row, destination: row === null ? null : form.destination!.spreadsheetId };
}
