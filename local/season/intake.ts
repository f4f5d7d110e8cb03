// The synthetic season's applications as people send them through the form: on their own day and hour, mostly
// right, a share with the defects real ones have — a district spelt five ways, contacts missing, a bad email or
// phone, the applicant type in their own words, a formula-looking title, a case sent twice, a title left blank.
import { formFields, type FormAnswers } from '../../src/domain/submissions';
import { applicantTypeLabel } from '../../src/domain/messages';
import { prng, type SyntheticCase } from './data';

export type Defect =
  | 'district spelling'
  | 'no contacts'
  | 'bad email'
  | 'bad phone'
  | 'own type'
  | 'formula title'
  | 'repeat'
  | 'blank title'
  | 'resubmitted';

export interface FormSubmission {
  /** When the applicant presses Submit. */
  at: number;
  answers: FormAnswers;
  /** The synthetic case the applicant describes (a repeat describes the same case again). */
  index: number;
  defect: Defect | null;
}

/** One district written five ways by five applicants (all of them Kyiv's Солом’янський). */
export const FIVE_SPELLINGS = [
  'Соломянський',
  "Солом'янський р-н",
  'Солом’янський район м. Києва',
  'Solomianskyi',
  'СОЛОМ’ЯНСЬКИЙ',
];

const TYPE_CHOICE: Record<string, string> = {
  департамент: applicantTypeLabel('department'),
  РДА: applicantTypeLabel('district'),
  'громадська організація': applicantTypeLabel('civil'),
};

/** The answers of a case as its applicant fills the form in when nothing goes wrong. */
function answersOf(c: SyntheticCase, i: number): FormAnswers {
  const [description, results] = c.description.split(/\s*Результати:\s*/);
  const district = c.district.replace("'", '’');
  return {
    title: c.title,
    organisation: c.organisation,
    applicantType: TYPE_CHOICE[c.applicantType] ?? c.applicantType,
    district,
    category: c.category,
    description,
    results: results ?? '',
    materialsLink: i % 3 === 0 ? `https://example.org/top100/case-${i + 1}` : '',
    contactPerson: c.contactPerson,
    contactEmail: c.contactEmail,
    phone: c.phone,
    consent: formFields().find((f) => f.key === 'consent')!.choices!,
  };
}

/**
 * Every case sent once between `from` and `to` (the applicants' own days and working hours, more of them near
 * the deadline), the defects on fixed cases so a run can be checked, a repeat of one case two days later with a
 * letter lost from its title, and a blank title sent again correctly the next day.
 */
export function formSubmissions(
  cases: SyntheticCase[],
  from: number,
  to: number,
  seed: number,
): FormSubmission[] {
  const rnd = prng(seed * 7 + 3);
  const out: FormSubmission[] = [];
  const day = 86_400_000;
  const days = Math.max(1, Math.floor((to - from) / day));
  const when = (): number => {
    // Later days are likelier (applications gather before a deadline); 08:00–21:59 in the applicant's day
    const d = Math.min(days - 1, Math.floor(days * Math.sqrt(rnd())));
    return from + d * day + Math.floor(rnd() * 14 * 3_600_000);
  };
  const soloma = cases.map((c, i) => (c.district === "Солом'янський" ? i : -1)).filter((i) => i >= 0);
  const civil = cases
    .map((c, i) => (c.applicantType === 'громадська організація' ? i : -1))
    .filter((i) => i >= 0);
  const ownTypes = new Map([
    [civil[1], 'ГО'],
    [civil[2], 'ОСББ'],
    [civil[3], 'благодійний фонд'],
  ]);
  cases.forEach((c, i) => {
    const answers = answersOf(c, i);
    let defect: Defect | null = null;
    const spelling = soloma.indexOf(i);
    if (spelling >= 0 && spelling < FIVE_SPELLINGS.length) {
      answers.district = FIVE_SPELLINGS[spelling];
      defect = 'district spelling';
    } else if (c.title.startsWith('=')) defect = 'formula title';
    else if (i === 13) {
      answers.contactEmail = '-';
      answers.phone = '';
      defect = 'no contacts';
    } else if (i === 23) {
      answers.contactEmail = 'немає';
      answers.phone = 'немає';
      defect = 'no contacts';
    } else if (i === 33 || i === 43) {
      answers.contactEmail = i === 33 ? `case${i + 1}@example,org` : `case${i + 1}@gmail`;
      defect = 'bad email';
    } else if (i === 53) {
      answers.phone = '044-12';
      defect = 'bad phone';
    } else if (ownTypes.has(i)) {
      answers.applicantType = ownTypes.get(i);
      defect = 'own type';
    }
    const at = when();
    if (i === 51) {
      out.push({ at, answers: { ...answers, title: '   ' }, index: i, defect: 'blank title' });
      out.push({ at: Math.min(to - 60_000, at + day), answers, index: i, defect: 'resubmitted' });
      return;
    }
    out.push({ at, answers, index: i, defect });
    if (i === 41) {
      const title = String(answers.title);
      out.push({
        at: Math.min(to - 60_000, at + 2 * day),
        answers: {
          ...answers,
          title: title.slice(0, 3) + title.slice(4),
          contactEmail: `case${i + 1}.copy@example.org`,
        },
        index: i,
        defect: 'repeat',
      });
    }
  });
  return out.sort((a, b) => a.at - b.at || a.index - b.index);
}

/** The answers keyed by the form's questions as the applicant sees them. */
export function asFormAnswers(a: FormAnswers): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const f of formFields()) {
    const v = a[f.key];
    if (v !== undefined && v !== '') out[f.title] = v;
  }
  return out;
}
