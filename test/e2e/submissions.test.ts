// Submissions through the Google Form, end to end on the bundle: applicants submit, the cases arrive in «Кейси» as
// the import would make them, repeats are flagged, failures kept with their reasons, each applicant confirmed once,
// and the form closes itself at the deadline.
import path from 'node:path';
import { LocalRuntime } from '../../local/runtime';
import { kyiv } from '../../local/season/time';
import { readTab } from '../../local/report';
import { answersToCaseRow, formFields, type FormAnswers } from '../../src/domain/submissions';
import { CASE_COLUMNS } from '../../src/domain/cases';

const BUNDLE = path.join(__dirname, '..', '..', 'dist', 'Code.js');
const OWNER = 'secretary@example.org';
const DEADLINE_TEXT = '12.08.2025 23:59';
const DEADLINE = kyiv(2025, 8, 12, 23, 59);
/** A field of a CSV file as a spreadsheet program saves it (RFC 4180 quoting, nothing else). */
const csvCell = (t: string): string => (/[",\r\n]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t);

/** The form's question titles by field, as the applicant sees them. */
const TITLES = Object.fromEntries(formFields().map((f) => [f.key, f.title])) as Record<string, string>;
const CONSENT = formFields().find((f) => f.key === 'consent')!.choices!;

function answers(a: FormAnswers): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = { [TITLES.consent]: CONSENT };
  for (const [k, v] of Object.entries(a)) if (v !== undefined) out[TITLES[k]] = v;
  return out;
}

const base = (n: number, over: FormAnswers = {}): FormAnswers => ({
  title: `Толока в парку №${n}`,
  organisation: 'ГО «Світанок Оболоні»',
  applicantType: 'інститут громадянського суспільства',
  district: 'Оболонський',
  category: 'Екологія',
  description: 'Мешканці висадили дерева.',
  results: 'Висаджено 40 дерев.',
  contactPerson: `Контакт ${n}`,
  contactEmail: `case${n}@example.org`,
  phone: '+380 44 123 45 67',
  ...over,
});

/** Five responses of an ordinary summer: a district spelt five ways, a repeat, a bad email, a formula, a failure. */
const RESPONSES: FormAnswers[] = [
  base(1),
  base(2, { district: 'Соломянський', organisation: 'Департамент культури', applicantType: 'департамент' }),
  base(3, { district: "Солом'янський р-н", contactEmail: 'case3@example,org' }),
  base(4, { district: 'Солом’янський район м. Києва', contactEmail: '-', phone: 'немає' }),
  base(5, { district: 'solomianskyi', title: '=IMPORTXML("http://example.org","//a")' }),
  base(6, { district: 'СОЛОМ’ЯНСЬКИЙ', applicantType: 'ОСББ' }),
  base(1, { title: 'Толока в парку №1!', contactEmail: 'other1@example.org' }),
  base(7, { title: '   ' }),
];

function season(): { rt: LocalRuntime; formId: string } {
  const rt = LocalRuntime.create({
    bundlePath: BUNDLE,
    now: kyiv(2025, 8, 10, 9, 0),
    owner: OWNER,
    masterName: 'ТОП-100 2025',
    masterLocale: 'uk_UA',
  });
  rt.openMaster(OWNER);
  expect(rt.menu('Налаштувати таблицю').error).toBeUndefined();
  setSetting(rt, 'Кінцевий термін подання заявок', DEADLINE_TEXT);
  setSetting(rt, 'Кінцевий термін оцінювання', '07.10.2025 23:59');
  setSetting(rt, 'Email секретаря', OWNER);
  const made = rt.menu('Створити форму');
  expect(made.error).toBeUndefined();
  const formId = JSON.parse(rt.properties.script.get('top100.form')!).formId as string;
  return { rt, formId };
}

function setSetting(rt: LocalRuntime, label: string, value: string): void {
  const s = rt.as(OWNER).open(rt.masterId);
  const row = s.read('Налаштування', 'A1:A80').findIndex((r) => r[0] === label);
  expect(row).toBeGreaterThanOrEqual(0);
  s.type('Налаштування', `B${row + 1}`, value);
}

const lastAlert = (rt: LocalRuntime): string => rt.ui.alerts[rt.ui.alerts.length - 1].prompt;

describe('«Прийом заявок → Створити форму»', () => {
  test('makes the form with the case contract’s questions, its tab and register, one trigger; a second click makes nothing new', () => {
    const { rt, formId } = season();
    const report = lastAlert(rt);
    expect(report).toContain('Форму заявок створено');
    expect(report).toContain(`https://docs.google.com/forms/d/e/`);
    expect(report).toContain('Форма закриється сама: 12.08.2025 23:59');
    const form = rt.forms.get(formId)!;
    expect(form.items.map((i) => i.title)).toEqual(formFields().map((f) => f.title));
    expect(form.items.find((i) => i.title === TITLES.description)?.maxLength).toBe(3000);
    expect(form.destination?.spreadsheetId).toBe(rt.masterId);
    const names = rt.store.get(rt.masterId)!.sheets.map((s) => s.name);
    expect(names).toContain('Відповіді форми');
    expect(names).toContain('Заявки');
    const triggers = () => rt.triggers.triggers.map((t) => [t.handler, t.eventType]);
    expect(triggers()).toEqual(
      expect.arrayContaining([
        ['onCaseSubmitted', 'ON_FORM_SUBMIT'],
        ['closeSubmissions', 'CLOCK'],
      ]),
    );
    const before = triggers().length;
    rt.menu('Створити форму');
    expect(lastAlert(rt)).toContain('Форму заявок уже створено');
    expect(rt.forms.ids()).toHaveLength(1);
    expect(triggers()).toHaveLength(before);
  });

  test('a colleague may not make it; a deadline already past is refused with the row to fix', () => {
    const { rt } = season();
    rt.share(rt.masterId, 'deputy@example.org', 'writer', { notify: false });
    rt.authorize('deputy@example.org');
    rt.openMaster('deputy@example.org');
    rt.menu('Створити форму', [], { as: 'deputy@example.org' });
    expect(lastAlert(rt)).toContain('належать secretary@example.org');
    const late = LocalRuntime.create({
      bundlePath: BUNDLE,
      now: kyiv(2025, 8, 14, 9, 0),
      owner: OWNER,
      masterLocale: 'uk_UA',
    });
    late.openMaster(OWNER);
    late.menu('Налаштувати таблицю');
    setSetting(late, 'Кінцевий термін подання заявок', DEADLINE_TEXT);
    late.menu('Створити форму');
    expect(lastAlert(late)).toContain('Кінцевий термін подання заявок (12.08.2025 23:59) уже минув');
    expect(late.forms.ids()).toEqual([]);
  });
});

describe('responses in, through the bundle', () => {
  let rt: LocalRuntime;
  let formId: string;
  beforeAll(() => {
    ({ rt, formId } = season());
    let at = kyiv(2025, 8, 10, 9, 0);
    for (const r of RESPONSES) {
      rt.advanceTo((at += 2 * 3600_000));
      const outcome = rt.submitForm(formId, answers(r));
      expect(outcome.ok).toBe(true);
    }
  });

  test('«Кейси» holds exactly what the import makes of the same answers as a table', () => {
    const formCases = readTab(rt, 'Кейси');
    // The same answers as one CSV file, imported by the secretary into a fresh master
    const other = LocalRuntime.create({
      bundlePath: BUNDLE,
      now: kyiv(2025, 9, 1, 9, 0),
      owner: OWNER,
      masterLocale: 'uk_UA',
    });
    other.openMaster(OWNER);
    other.menu('Налаштувати таблицю');
    const header = CASE_COLUMNS.map((c) => c.header);
    const rows = RESPONSES.filter((r) => String(r.title).trim() !== '').map(answersToCaseRow);
    const csv = [header, ...rows].map((r) => r.map(csvCell).join(',')).join('\r\n');
    const imported = other.call('importCasesCsv', [csv, 'кейси.csv'], { kind: 'menu' });
    expect(imported.error).toBeUndefined();
    expect(formCases).toEqual(readTab(other, 'Кейси'));
    expect(formCases.slice(1).map((r) => r[0])).toEqual([
      '2025-001',
      '2025-002',
      '2025-003',
      '2025-004',
      '2025-005',
      '2025-006',
      '2025-007',
    ]);
  });

  test('the district spelt five ways is one district; «ОСББ» is a civil-society institution; results follow «Результати:»', () => {
    const cases = readTab(rt, 'Кейси').slice(1);
    expect(cases.slice(1, 6).map((r) => r[4])).toEqual(Array(5).fill('Солом’янський'));
    expect(cases[5][3]).toBe('інститут громадянського суспільства');
    expect(cases[0][6]).toBe('Мешканці висадили дерева.\n\nРезультати: Висаджено 40 дерев.');
  });

  test('a formula-looking title is text in «Кейси» (Google’s own tab holds it as a formula)', () => {
    const master = rt.store.get(rt.masterId)!;
    const cases = master.sheetByName('Кейси')!;
    expect(cases.get(6, 2)?.f).toBeUndefined();
    expect(cases.get(6, 2)?.v).toBe('=IMPORTXML("http://example.org","//a")');
    expect(master.sheetByName('Відповіді форми')!.get(6, 2)?.f).toBeDefined();
  });

  test('a likely repeat is in «Кейси» with its own ID, flagged for the secretary in «Заявки» and «Журнал»', () => {
    const register = readTab(rt, 'Заявки');
    const repeat = register.find((r) => r[3] === '2025-007')!;
    expect(repeat[2]).toBe('прийнято — можливий повтор');
    expect(String(repeat[9])).toContain('схоже на 2025-001 «Толока в парку №1»');
    expect(readTab(rt, 'Журнал').some((r) => r[1] === 'Заявка: можливий повтор')).toBe(true);
  });

  test('a response that fails validation is kept with its reason and gets no ID', () => {
    const register = readTab(rt, 'Заявки');
    const failed = register.filter((r) => r[2] === 'не прийнято — потрібне рішення секретаря');
    expect(failed).toHaveLength(1);
    expect(failed[0][3]).toBe('');
    expect(String(failed[0][9])).toContain('«Назва кейсу»: не заповнено');
    expect(rt.forms.get(formId)!.responses).toHaveLength(RESPONSES.length);
    expect(readTab(rt, 'Кейси')).toHaveLength(8);
  });

  test('bad addresses and phones are noted; each valid address gets one confirmation with its ID', () => {
    const register = readTab(rt, 'Заявки');
    const row = (id: string) => register.find((r) => r[3] === id)!;
    expect(row('2025-003')[10]).toBe('не надіслано: немає правильної адреси');
    expect(String(row('2025-003')[9])).toContain('не схоже на адресу електронної пошти');
    expect(String(row('2025-004')[9])).toContain('не схоже на номер телефону');
    const confirmations = rt.mail.messages.filter((m) => m.subject.includes('заявку отримано'));
    expect(confirmations.map((m) => [m.to[0], m.subject.slice(-8)])).toEqual([
      ['case1@example.org', '2025-001'],
      ['case2@example.org', '2025-002'],
      ['case5@example.org', '2025-005'],
      ['case6@example.org', '2025-006'],
      ['other1@example.org', '2025-007'],
    ]);
  });

  test('a second firing of the trigger and the dispatcher’s sweeps take nothing in twice and send nothing twice', () => {
    const mails = rt.mail.messages.length;
    const cases = readTab(rt, 'Кейси').length;
    const registered = readTab(rt, 'Заявки').length;
    expect(rt.call('onCaseSubmitted', []).error).toBeUndefined();
    rt.advanceBy(30 * 60_000);
    expect(rt.mail.messages.length).toBe(mails);
    expect(readTab(rt, 'Кейси')).toHaveLength(cases);
    expect(readTab(rt, 'Заявки')).toHaveLength(registered);
  });

  test('the progress panel shows the submissions per day, district and type', () => {
    const panel = rt.call('panelData', [], { kind: 'web' }).result as {
      submissions: { total: number; perDay: unknown[]; perDistrict: unknown[]; perType: unknown[] };
    };
    expect(panel.submissions).toMatchObject({
      total: 8,
      accepted: 7,
      duplicates: 1,
      rejected: 1,
      open: true,
    });
    expect(panel.submissions.perDay).toEqual([
      { day: '2025-08-10', count: 7 },
      { day: '2025-08-11', count: 1 },
    ]);
    expect(panel.submissions.perDistrict).toEqual([
      { name: 'Солом’янський', count: 5 },
      { name: 'Оболонський', count: 2 },
    ]);
    expect(panel.submissions.perType).toEqual([
      { name: 'інститут громадянського суспільства', count: 6 },
      { name: 'структурний підрозділ КМДА', count: 1 },
    ]);
  });

  test('the form closes itself at the deadline: a late applicant sees the closed message; the close is journaled', () => {
    rt.advanceTo(DEADLINE + 60_000);
    expect(rt.forms.get(formId)!.accepting).toBe(false);
    expect(rt.executions.some((e) => e.fn === 'closeSubmissions' && e.outcome === 'ok')).toBe(true);
    const late = rt.submitForm(formId, answers(base(9)));
    expect(late).toEqual({
      ok: false,
      reason: 'closed',
      message: 'Прийом заявок на «ТОП-100» 2025 завершено. Дякуємо за інтерес!',
    });
    const closed = readTab(rt, 'Журнал').find((r) => r[1] === 'Прийом заявок завершено')!;
    expect(String(closed[3])).toContain('у кінцевий термін 12.08.2025 23:59');
  });
});

describe('when triggers and quotas fail', () => {
  test('a response the submit trigger missed is taken in by the next dispatcher run', () => {
    const { rt, formId } = season();
    const trigger = rt.triggers.triggers.find((t) => t.handler === 'onCaseSubmitted')!;
    rt.setTriggerDisabled(trigger.uid);
    rt.advanceTo(kyiv(2025, 8, 10, 12, 0));
    rt.submitForm(formId, answers(base(1)));
    expect(readTab(rt, 'Кейси')).toHaveLength(1);
    rt.advanceBy(11 * 60_000);
    expect(
      readTab(rt, 'Кейси')
        .slice(1)
        .map((r) => r[0]),
    ).toEqual(['2025-001']);
    expect(rt.mail.messages.filter((m) => m.subject.includes('2025-001'))).toHaveLength(1);
  });

  test('without the one-off trigger the dispatcher closes the form at its deadline', () => {
    const { rt, formId } = season();
    const closer = rt.triggers.triggers.find((t) => t.handler === 'closeSubmissions')!;
    rt.setTriggerDisabled(closer.uid);
    rt.advanceTo(DEADLINE + 11 * 60_000);
    expect(rt.forms.get(formId)!.accepting).toBe(false);
  });

  test('confirmations the mail quota holds back go out on a later day, once', () => {
    const rt = LocalRuntime.create({
      bundlePath: BUNDLE,
      now: kyiv(2025, 8, 10, 9, 0),
      owner: OWNER,
      masterLocale: 'uk_UA',
      limits: { mailRecipientsPerDay: 2 },
    });
    rt.openMaster(OWNER);
    rt.menu('Налаштувати таблицю');
    setSetting(rt, 'Кінцевий термін подання заявок', DEADLINE_TEXT);
    rt.menu('Створити форму');
    const formId = JSON.parse(rt.properties.script.get('top100.form')!).formId as string;
    rt.advanceTo(kyiv(2025, 8, 10, 12, 0));
    for (const n of [1, 2, 3, 4]) rt.submitForm(formId, answers(base(n)));
    const confirmed = () => rt.mail.messages.filter((m) => m.subject.includes('заявку отримано')).length;
    expect(confirmed()).toBe(2);
    expect(readTab(rt, 'Заявки').filter((r) => r[10] === 'чекає на ліміт листів')).toHaveLength(2);
    rt.advanceTo(kyiv(2025, 8, 11, 13, 0));
    expect(confirmed()).toBe(4);
    expect(readTab(rt, 'Заявки').filter((r) => r[10] === 'чекає на ліміт листів')).toHaveLength(0);
    rt.advanceTo(kyiv(2025, 8, 13, 11, 0));
    expect(confirmed()).toBe(4);
  });
});
