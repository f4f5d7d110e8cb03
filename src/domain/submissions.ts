// Submissions through a Google Form: its questions (the «Кейси» contract as an applicant answers it), one response
// as a «Кейси» row for the import's validation, the register of every response, and the panel's counts.
import { CASE_COLUMNS, KYIV_DISTRICTS, type CaseField } from './cases';
import { cellText, isDate } from './table';
import { localDateKey } from './time';
import type { ApplicantType } from './types';
import { applicantTypeLabel, type MessageKey, ui } from './messages';

/** The tab Forms writes the responses into (renamed from Google's «Відповіді форми (1)»). */
export const RESPONSES_TAB = 'Відповіді форми';
/** The register of every response, written by the script: what became of it and why. */
export const SUBMISSIONS_TAB = 'Заявки';

export type FormFieldKey = Exclude<CaseField, 'id'> | 'results' | 'consent';

export interface FormField {
  key: FormFieldKey;
  kind: 'text' | 'paragraph' | 'choice' | 'checkbox';
  title: string;
  help: string;
  required: boolean;
  /** choice, checkbox: the options; a choice with `other` also takes the applicant's own words. */
  choices?: string[];
  other?: boolean;
  /** paragraph: the most characters the form accepts. */
  maxLength?: number;
}

/** A description the members can read in a row of their sheet; the results go after it. */
export const DESCRIPTION_LIMIT = 3000;
export const RESULTS_LIMIT = 1500;

const APPLICANT_TYPES: ApplicantType[] = ['department', 'district', 'civil'];

/** The form's questions in order: the case contract's fields, the results, and consent to publication. */
export function formFields(): FormField[] {
  const field = (
    key: FormFieldKey,
    kind: FormField['kind'],
    required: boolean,
    extra: Partial<FormField> = {},
  ): FormField => ({
    key,
    kind,
    required,
    title: ui(`formQ_${key}` as MessageKey),
    help: ui(`formH_${key}` as MessageKey, { limit: extra.maxLength ?? '' }),
    ...extra,
  });
  return [
    field('title', 'text', true),
    field('organisation', 'text', true),
    field('applicantType', 'choice', true, {
      choices: APPLICANT_TYPES.map((t) => applicantTypeLabel(t)),
      other: true,
    }),
    field('district', 'choice', true, { choices: KYIV_DISTRICTS.map((d) => d.name), other: true }),
    field('category', 'text', false),
    field('description', 'paragraph', true, { maxLength: DESCRIPTION_LIMIT }),
    field('results', 'paragraph', false, { maxLength: RESULTS_LIMIT }),
    field('materialsLink', 'text', false),
    field('contactPerson', 'text', true),
    field('contactEmail', 'text', true),
    field('phone', 'text', false),
    field('consent', 'checkbox', true, { choices: [ui('formConsentChoice')] }),
  ];
}

export type FormAnswers = Partial<Record<FormFieldKey, string | string[]>>;

const text = (v: string | string[] | undefined): string =>
  v === undefined ? '' : Array.isArray(v) ? v.join(', ') : v;

/**
 * One response as a row of «Кейси» in the contract's column order, without an ID: the same cells an applicant's
 * line in an imported table would hold, so the import's validation reads it. The results follow the description
 * after «Результати:», where the catalog finds them.
 */
export function answersToCaseRow(answers: FormAnswers): string[] {
  const results = text(answers.results).trim();
  const description = text(answers.description);
  const values: Record<CaseField, string> = {
    id: '',
    title: text(answers.title),
    organisation: text(answers.organisation),
    applicantType: text(answers.applicantType),
    district: text(answers.district),
    category: text(answers.category),
    description: results ? `${description.trim()}\n\n${ui('formResultsLabel')}: ${results}` : description,
    materialsLink: text(answers.materialsLink),
    contactPerson: text(answers.contactPerson),
    contactEmail: text(answers.contactEmail),
    phone: text(answers.phone),
  };
  return CASE_COLUMNS.map((c) => values[c.key]);
}

/** «Заявки»: one row per response, as the script took it in. */
export const SUBMISSION_HEADERS = [
  'Отримано',
  'ID відповіді',
  'Стан',
  'ID кейсу',
  'Назва кейсу',
  'Організація-заявник',
  'Тип заявника',
  'Район',
  'Email контакту',
  'Зауваження',
  'Підтвердження',
] as const;
export const SUBMISSION_COL = {
  at: 0,
  response: 1,
  status: 2,
  caseId: 3,
  title: 4,
  organisation: 5,
  type: 6,
  district: 7,
  email: 8,
  notes: 9,
  confirmation: 10,
} as const;

export type SubmissionStatus = 'accepted' | 'duplicate' | 'rejected' | 'late';

export const SUBMISSION_STATUS_UK: Record<SubmissionStatus, string> = {
  accepted: 'прийнято',
  duplicate: 'прийнято — можливий повтор',
  rejected: 'не прийнято — потрібне рішення секретаря',
  late: 'після створення таблиць членів комісії — не додано',
};

export interface SubmissionStats {
  total: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** Responses per calendar day in the zone, oldest first (`yyyy-MM-dd`). */
  perDay: { day: string; count: number }[];
  /** Accepted cases by district and by applicant type, largest first ('—' for none given). */
  perDistrict: { name: string; count: number }[];
  perType: { name: string; count: number }[];
}

function counted(values: string[]): { name: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v || '—', (counts.get(v || '—') ?? 0) + 1);
  return [...counts.entries()]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name, 'uk'));
}

/** The panel's counts from «Заявки» (getValues of the whole tab, header first). */
export function submissionStats(rows: unknown[][], timeZone: string): SubmissionStats {
  const body = rows.slice(1).filter((r) => cellText(r[SUBMISSION_COL.response]) !== '');
  const status = (r: unknown[]): string => cellText(r[SUBMISSION_COL.status]);
  const accepted = body.filter(
    (r) => status(r) === SUBMISSION_STATUS_UK.accepted || status(r) === SUBMISSION_STATUS_UK.duplicate,
  );
  const days = body
    .map((r) => r[SUBMISSION_COL.at])
    .filter(isDate)
    .map((d) => localDateKey(d.getTime(), timeZone));
  const perDay = counted(days)
    .map(({ name, count }) => ({ day: name, count }))
    .sort((a, b) => a.day.localeCompare(b.day));
  return {
    total: body.length,
    accepted: accepted.length,
    duplicates: body.filter((r) => status(r) === SUBMISSION_STATUS_UK.duplicate).length,
    rejected: body.filter((r) => status(r) === SUBMISSION_STATUS_UK.rejected).length,
    perDay,
    perDistrict: counted(accepted.map((r) => cellText(r[SUBMISSION_COL.district]))),
    perType: counted(accepted.map((r) => cellText(r[SUBMISSION_COL.type]))),
  };
}
