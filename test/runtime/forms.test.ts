// FormApp and the form-submit events as Google has them: a form in its creator's Drive, its questions, the page's
// checks when a person submits, the tab Forms writes into, the two kinds of submit trigger, closing a form, and
// what a copy of the spreadsheet brings along.
import path from 'node:path';
import { LocalRuntime } from '../../local/runtime';
import { NO_FORM, REQUIRED_QUESTION } from '../../local/services/forms';
import { MIME } from '../../local/world';

const BUNDLE = path.join(__dirname, 'fixtures/forms/bundle.js');
const OWNER = 'secretary@example.com';
const T0 = Date.UTC(2025, 7, 1, 7, 0);
/** When people submit in these tests: after the script made the form (its calls move the clock on). */
const T1 = Date.UTC(2025, 7, 1, 8, 0);

const runtime = (locale = 'uk_UA') =>
  LocalRuntime.create({
    bundlePath: BUNDLE,
    now: T0,
    owner: OWNER,
    masterName: 'ТОП-100 2025',
    masterLocale: locale,
  });

function ok<T>(r: { result: unknown; error?: unknown }): T {
  if (r.error) throw r.error;
  return r.result as T;
}

interface Made {
  id: string;
  editUrl: string;
  publishedUrl: string;
  destination: string;
  items: number[];
  sheets: [string, string | null][];
}

const answers = (over: Record<string, string | string[]> = {}) => ({
  Назва: 'Сквер біля школи',
  Опис: 'Толока',
  Район: 'Печерський',
  Згода: ['Так'],
  ...over,
});

describe('FormApp', () => {
  test('create puts the form in its creator’s Drive; only someone who may edit it opens it', () => {
    // https://developers.google.com/apps-script/reference/forms/form-app#create(String),
    // #openById(String): "No item with the given ID could be found, or you do not have permission to access it."
    const rt = runtime();
    const made = ok<Made>(rt.call('makeForm', ['Заявка 2025']));
    const item = rt.world.drive.get(made.id)!;
    expect(item).toMatchObject({ mimeType: MIME.form, owner: OWNER, name: 'Заявка 2025' });
    expect(made.editUrl).toBe(`https://docs.google.com/forms/d/${made.id}/edit`);
    expect(made.publishedUrl).toMatch(/^https:\/\/docs\.google\.com\/forms\/d\/e\/[\w-]+\/viewform$/);
    expect(made.publishedUrl).not.toContain(made.id);
    rt.authorize('stranger@example.com');
    expect(ok(rt.call('openForm', [made.id], { as: 'stranger@example.com' }))).toEqual({ error: NO_FORM });
    // by the address Sheet.getFormUrl gives, not by the published one
    expect(ok(rt.call('openFormByUrl', [made.editUrl]))).toBe(made.id);
    expect(ok(rt.call('openFormByUrl', [made.publishedUrl]))).toEqual({ error: NO_FORM });
  });

  test('setDestination adds the responses tab first, named in the spreadsheet’s language, with the questions as headers', () => {
    // https://developers.google.com/apps-script/reference/forms/form#setDestination(DestinationType,String);
    // Sheet.getFormUrl: "the URL for the form that sends its responses to this sheet, or null"
    const rt = runtime();
    const made = ok<Made>(rt.call('makeForm'));
    expect(made.destination).toBe(rt.masterId);
    expect(made.sheets[0]).toEqual([
      'Відповіді форми (1)',
      `https://docs.google.com/forms/d/${made.id}/viewform`,
    ]);
    expect(made.sheets.slice(1).every(([, url]) => url === null)).toBe(true);
    const tab = rt.as(OWNER).open(rt.masterId).read('Відповіді форми (1)', 'A1:E1');
    expect(tab[0]).toEqual(['Позначка часу', 'Назва', 'Опис', 'Район', 'Згода']);
    // in English the tab and the first header are English
    const en = runtime('en_US');
    ok(en.call('makeForm'));
    expect(en.as(OWNER).open(en.masterId).read('Form Responses 1', 'A1:A1')).toEqual([['Timestamp']]);
  });
});

describe('a person submits the form', () => {
  test('the page refuses a required question left empty, a choice not offered and too long a paragraph; nothing is saved', () => {
    const rt = runtime();
    const made = ok<Made>(rt.call('makeForm'));
    const refused = rt.submitForm(
      made.id,
      answers({ Назва: '', Опис: 'я'.repeat(21), Район: ['Печерський', 'Подільський'] }),
    );
    expect(refused).toEqual({
      ok: false,
      reason: 'invalid',
      problems: [
        { title: 'Назва', message: REQUIRED_QUESTION },
        { title: 'Опис', message: 'Не більше 20 знаків' },
        { title: 'Район', message: 'Choose one of the options' },
      ],
    });
    expect(ok(rt.call('responses'))).toEqual([]);
    // «Other:» takes the person's own words; spaces pass as an answer to a required question
    expect(rt.submitForm(made.id, answers({ Назва: '   ', Район: 'Поділ, Київ' })).ok).toBe(true);
  });

  test('the tab gets a row as if the answers were typed there: a formula stays a formula, a number loses its zero', () => {
    // Users see leading zeros dropped and answers starting with «=» or «+» read as formulas in the responses tab
    // (the reference is silent: the harsher reading, so the script must read answers from the form, not the tab)
    const rt = runtime();
    const made = ok<Made>(rt.call('makeForm'));
    rt.advanceTo(T1);
    rt.submitForm(made.id, answers({ Назва: '=IMPORTXML("http://example.org","//a")', Опис: '0441234567' }));
    const sheet = rt.store.get(rt.masterId)!.sheetByName('Відповіді форми (1)')!;
    expect(sheet.get(2, 2)?.f).toBe('=IMPORTXML("http://example.org","//a")');
    expect(sheet.get(2, 3)?.v).toBe(441234567);
    expect(rt.as(OWNER).open(rt.masterId).readDisplay('Відповіді форми (1)', 'A2:A2')[0][0]).toBe(
      '01.08.2025 11:00:00',
    );
    expect(sheet.get(2, 5)?.v).toBe('Так');
  });

  test('FormResponse gives the answered questions only; a checkbox answer is an array', () => {
    // https://developers.google.com/apps-script/reference/forms/item-response#getResponse()
    const rt = runtime();
    const made = ok<Made>(rt.call('makeForm'));
    ok(rt.call('installFormTrigger'));
    rt.submitForm(made.id, { Назва: 'Сквер', Згода: ['Так'] });
    const event = JSON.parse(ok<string>(rt.call('property', ['formEvent'])));
    expect(event.answers).toEqual([
      ['Назва', 'Сквер'],
      ['Згода', ['Так']],
    ]);
  });

  test('the form’s submit trigger runs as its creator with e.response and e.source; no spreadsheet is active there', () => {
    // https://developers.google.com/apps-script/guides/triggers/events#form-submit_1 (Google Forms: authMode,
    // response, source, triggerUid). Whether a spreadsheet's script sees its spreadsheet as active in a form's
    // trigger the reference does not say: here it does not (the harsher reading).
    const rt = runtime();
    const made = ok<Made>(rt.call('makeForm'));
    const uid = ok<string>(rt.call('installFormTrigger'));
    rt.advanceTo(T1);
    const outcome = rt.submitForm(made.id, answers());
    if (!outcome.ok) throw new Error('refused');
    const event = JSON.parse(ok<string>(rt.call('property', ['formEvent'])));
    expect(event).toMatchObject({
      authMode: 'FULL',
      triggerUid: uid,
      id: outcome.response.id,
      at: T1,
      isDate: true,
      source: made.id,
      active: null,
    });
    expect(rt.executions.filter((e) => e.fn === 'onFormAnswer').map((e) => [e.kind, e.user])).toEqual([
      ['trigger', OWNER],
    ]);
  });

  test('the spreadsheet’s form-submit trigger gets the row as values, namedValues and range', () => {
    // https://developers.google.com/apps-script/guides/triggers/events#form-submit (Google Sheets: namedValues,
    // range, triggerUid, values)
    const rt = runtime();
    ok(rt.call('makeForm'));
    const uid = ok<string>(rt.call('installSheetTrigger'));
    rt.advanceTo(T1);
    rt.submitForm(rt.forms.ids()[0], answers({ Район: 'Поділ' }));
    const event = JSON.parse(ok<string>(rt.call('property', ['sheetEvent'])));
    expect(event).toEqual({
      values: ['01.08.2025 11:00:00', 'Сквер біля школи', 'Толока', 'Поділ', 'Так'],
      namedValues: {
        'Позначка часу': ['01.08.2025 11:00:00'],
        Назва: ['Сквер біля школи'],
        Опис: ['Толока'],
        Район: ['Поділ'],
        Згода: ['Так'],
      },
      range: 'A2:E2',
      sheet: 'Відповіді форми (1)',
      triggerUid: uid,
    });
  });

  test('a closed form shows its closed message and takes nothing; getResponses(after) is strictly later', () => {
    // https://developers.google.com/apps-script/reference/forms/form#setAcceptingResponses(Boolean),
    // #setCustomClosedFormMessage(String), #getResponses(Date)
    const rt = runtime();
    const made = ok<Made>(rt.call('makeForm'));
    rt.advanceTo(T1);
    rt.submitForm(made.id, answers());
    rt.advanceBy(60_000);
    rt.submitForm(made.id, answers({ Назва: 'Друга' }));
    const all = ok<string[]>(rt.call('responses'));
    expect(all).toHaveLength(2);
    expect(ok(rt.call('responses', [T1]))).toEqual([all[1]]);
    ok(rt.call('setAccepting', [false]));
    expect(rt.submitForm(made.id, answers())).toEqual({
      ok: false,
      reason: 'closed',
      message: 'Прийом заявок завершено.',
    });
    expect(ok<string[]>(rt.call('responses'))).toHaveLength(2);
  });
});

describe('the responses tab and copies', () => {
  test('a linked tab cannot be deleted until the form is unlinked; then getDestinationId has nothing to give', () => {
    const rt = runtime();
    const made = ok<Made>(rt.call('makeForm'));
    expect(ok(rt.call('deleteSheet', ['Відповіді форми (1)']))).toEqual({
      error:
        'This sheet is linked to a form. Unlink the form (Form.removeDestination) before deleting the sheet.',
    });
    ok(rt.call('unlink'));
    expect(ok(rt.call('destinationOf', [made.id]))).toEqual({
      error: 'The form currently has no response destination.',
    });
    expect(ok(rt.call('deleteSheet', ['Відповіді форми (1)']))).toBe('deleted');
  });

  test('Spreadsheet.copy: a new file the runner owns, its own script project, and a copy of the linked form', () => {
    // https://developers.google.com/apps-script/reference/spreadsheet/spreadsheet#copy(String); the bound script
    // is copied as a new project (https://developers.google.com/apps-script/guides/bound); the linked form is
    // copied and linked to the copy (nprapps/lookatthis#195, findthemasks/findthemasks#496)
    const rt = runtime();
    const made = ok<Made>(rt.call('makeForm'));
    rt.submitForm(made.id, answers());
    const copy = ok<{ id: string; sheets: [string, string | null][] }>(
      rt.call('copyBound', ['ТОП-100 2026']),
    );
    expect(rt.world.drive.get(copy.id)).toMatchObject({ owner: OWNER, parents: [], name: 'ТОП-100 2026' });
    const [name, url] = copy.sheets[0];
    expect(name).toBe('Відповіді форми (1)');
    const copiedForm = /\/forms\/d\/([\w-]+)\//.exec(url!)![1];
    expect(copiedForm).not.toBe(made.id);
    expect(rt.world.drive.get(copiedForm)).toMatchObject({
      mimeType: MIME.form,
      owner: OWNER,
      name: 'Copy of Заявка',
    });
    expect(rt.forms.get(copiedForm)).toMatchObject({ responses: [], accepting: true });
    expect(ok(rt.call('destinationOf', [copiedForm]))).toBe(copy.id);
    // the original keeps its own link and its response; the copy's tab holds the copied rows
    expect(ok(rt.call('destinationOf', [made.id]))).toBe(rt.masterId);
    expect(rt.store.get(copy.id)!.sheetByName('Відповіді форми (1)')!.lastRow()).toBe(2);
    const next = rt.boundTo(copy.id);
    expect(next.project.scriptId).not.toBe(rt.project.scriptId);
    expect(next.isAuthorized(OWNER)).toBe(false);
    next.authorize(OWNER);
    expect(ok(next.call('whoAmI'))).toEqual({ scriptId: next.project.scriptId, bound: copy.id });
    expect(next.triggers.triggers).toEqual([]);
  });

  test('forms and their responses survive saving and loading the workspace', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const rt = runtime();
    const made = ok<Made>(rt.call('makeForm'));
    rt.submitForm(made.id, answers());
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'forms-'));
    try {
      await rt.save(dir);
      const again = LocalRuntime.load(dir);
      expect(again.forms.get(made.id)?.responses).toHaveLength(1);
      expect(ok<string[]>(again.call('responses'))).toHaveLength(1);
      expect(again.store.get(again.masterId)!.sheetByName('Відповіді форми (1)')!.formId).toBe(made.id);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
