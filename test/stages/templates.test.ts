// No literal {{…}} ever reaches a person: every template a letter, document or page is made from — as the settings
// give it and as the secretary edits it — is filled completely, or nothing irreversible is done.
import { Season } from '../../local/season/season';
import { readTab } from '../../local/report';
import { blocksText } from '../../src/domain/blocks';
import { certificateBlocks } from '../../src/domain/certificate';
import { messagePage, publicPage } from '../../src/domain/publication';
import { defaultSettings, defaultSettingsRows } from '../../src/domain/settings';
import { stageSettings } from '../../src/domain/stages';
import {
  fillTemplate,
  placeholdersIn,
  TEMPLATE_FIELDS,
  templateGaps,
  type TemplateKind,
} from '../../src/domain/templates';
import { asMemberEmail, type CaseId, type CaseRecord } from '../../src/domain/types';
import { certificateValues, winnerVars } from '../../src/workflow/awards';
import { forewordVars } from '../../src/workflow/catalog';
import { invitationVars } from '../../src/workflow/invite';
import type { MemberRow } from '../../src/workflow/master';
import { MESSAGE_TEMPLATE, PAGE_TEMPLATE } from '../../src/workflow/publish';
import { reminderVars } from '../../src/workflow/remind';
import type { ApprovedList } from '../../src/workflow/approve';

const settings = defaultSettings();
const extra = {
  ...stageSettings(defaultSettingsRows()),
  publicPageUrl: 'https://script.google.com/macros/s/deployment/exec',
  ceremonyDate: '18 жовтня 2024 року о 12:00',
  ceremonyPlace: 'Київ, вул. Хрещатик, 36',
  chairName: 'Мирослава СМІРНОВА',
  secretaryName: 'Дмитро РУБАН',
};
const member: MemberRow = {
  record: {
    name: 'Олена Коваленко',
    email: asMemberEmail('olena@example.org'),
    affiliation: '',
    status: 'active',
  },
  row: 2,
  fileId: 'file1',
  link: 'https://docs.google.com/spreadsheets/d/file1/edit',
  invitedAt: '',
  raw: [],
};
const kase: CaseRecord = {
  id: '2024-007' as CaseId,
  title: 'Сквер "Дружба"',
  organisation: 'ГО «Разом»',
  applicantType: 'civil',
  district: 'Голосіївський',
  category: 'Благоустрій',
  description: 'Толока. Результати: 300 учасників.',
  materialsLink: '',
  contactPerson: '',
  contactEmail: 'razom@example.org',
  phone: '',
};
const list: ApprovedList = {
  settings,
  approval: {
    year: 2024,
    meeting: '11.10.2024',
    protocol: '2',
    approvedAt: new Date(0),
    tie: null,
    cases: [{ ...kase, basis: 'rating' }],
  },
  hash: '',
  cases: [kase],
  approved: [kase],
};

/** Every template in the settings, and the values the workflow that sends it fills it with. */
const TEMPLATES: { kind: TemplateKind; text: string; vars: Record<string, string | number> }[] = [
  { kind: 'invite', text: settings.templates.inviteSubject, vars: invitationVars(settings, member, 12) },
  { kind: 'invite', text: settings.templates.inviteBody, vars: invitationVars(settings, member, 12) },
  {
    kind: 'reminder',
    text: settings.templates.reminderSubject,
    vars: reminderVars(settings, member, { remaining: 3, assigned: 12 }),
  },
  {
    kind: 'reminder',
    text: settings.templates.reminderBody,
    vars: reminderVars(settings, member, { remaining: 3, assigned: 12 }),
  },
  { kind: 'winner', text: extra.winnerSubject, vars: winnerVars(list, extra, kase) },
  { kind: 'winner', text: extra.winnerBody, vars: winnerVars(list, extra, kase) },
  { kind: 'catalogForeword', text: extra.catalogForeword, vars: forewordVars(list, 8, 1, 'district') },
];

describe('the templates as the settings give them', () => {
  test.each(TEMPLATES.map((t) => [t.kind, t.text.split('\n')[0], t] as const))(
    '%s «%s…» is filled completely, in text and in HTML',
    (_kind, _first, t) => {
      expect(templateGaps(t.kind, t.text, t.vars)).toEqual([]);
      for (const mode of ['text', 'html'] as const)
        expect(fillTemplate(t.kind, t.text, t.vars, mode)).not.toMatch(/\{\{|\}\}/);
    },
  );

  test('the reminder tells how many cases are left of how many (no «{{cases}}»)', () => {
    const r = TEMPLATES.find((t) => t.kind === 'reminder' && t.text.includes('Залишилося'))!;
    expect(fillTemplate('reminder', r.text, r.vars, 'text')).toContain('Залишилося оцінити: 3 з 12.');
  });

  test('every placeholder a kind of template may hold is one its workflow fills', () => {
    for (const t of TEMPLATES)
      for (const f of TEMPLATE_FIELDS[t.kind])
        expect({ kind: t.kind, field: f.name, filled: f.name in t.vars }).toEqual({
          kind: t.kind,
          field: f.name,
          filled: true,
        });
    const values = certificateValues(kase, list, extra);
    for (const f of TEMPLATE_FIELDS.certificate) expect([f.name, f.name in values]).toEqual([f.name, true]);
  });
});

describe('templates the secretary edited', () => {
  const vars = invitationVars(settings, member, 12);

  test('a mistyped or foreign placeholder and stray braces are found before anything is sent', () => {
    expect(templateGaps('invite', 'Добрий день, {{nmae}}! Сторінка: {{page}}. {{link}', vars)).toEqual([
      { kind: 'unknown', placeholder: '{{nmae}}' },
      { kind: 'unknown', placeholder: '{{page}}' },
      { kind: 'braces', text: 'Сторінка: . {{link}' },
    ]);
  });

  test('a required value left empty names the row of «Налаштування» that gives it', () => {
    expect(
      templateGaps('winner', 'Список: {{page}}', { ...winnerVars(list, extra, kase), page: '' }),
    ).toEqual([{ kind: 'empty', placeholder: '{{page}}', setting: 'publicPageUrl' }]);
  });

  test('an optional value left empty takes its comma along: «Добрий день!»', () => {
    const noName = { ...vars, name: '' };
    expect(templateGaps('invite', 'Добрий день, {{name}}!', noName)).toEqual([]);
    expect(
      fillTemplate(
        'invite',
        'Добрий день, {{name}}!\nЗ повагою,\n{{sender}}',
        { ...noName, sender: '' },
        'text',
      ),
    ).toBe('Добрий день!\nЗ повагою,\n');
  });
});

describe('documents and pages', () => {
  test('the certificate template holds only placeholders the certificates fill, and each is filled', () => {
    const text = blocksText(certificateBlocks(100));
    const used = placeholdersIn(text);
    expect(used.sort()).toEqual([
      'case',
      'chair',
      'date',
      'meeting',
      'organisation',
      'protocol',
      'secretary',
      'year',
    ]);
    expect(templateGaps('certificate', text, certificateValues(kase, list, extra))).toEqual([]);
    // The number of winners is written in when the template is made, in words that agree with it
    expect(text).toContain('один із 100 кращих кейсів');
    expect(blocksText(certificateBlocks(21))).toContain('один із 21 кращого кейсу');
  });

  test('the public page and its message page keep no [[marker]]', () => {
    const page = publicPage(PAGE_TEMPLATE, {
      title: settings.title,
      year: 2024,
      approval: { meeting: '11.10.2024', protocol: '2' },
      publishedAt: '15.10.2024 12:00',
      cases: [{ ...kase, description: kase.description }],
    });
    expect(page).not.toMatch(/\[\[\w+\]\]/);
    expect(page).toContain('id="2024-007"');
    expect(messagePage(MESSAGE_TEMPLATE, 'ТОП-100', 'Ще ні.')).not.toMatch(/\[\[\w+\]\]/);
  });
});

describe('on the runtime: a reminder with a mistyped placeholder is not sent', () => {
  const season = new Season({ cases: 12, members: 3, seed: 7, assignment: 'all' });
  const lastAlert = () => season.rt.ui.alerts[season.rt.ui.alerts.length - 1].prompt;

  beforeAll(() => {
    season.prepare();
    season.distribute();
  });

  test('every invitation went out filled', () => {
    const invitations = season.rt.mail.messages;
    expect(invitations.length).toBe(3);
    for (const m of invitations) {
      expect(`${m.subject}\n${m.text}\n${m.html}`).not.toMatch(/\{\{|\}\}/);
      expect(m.text).toContain('Кейсів для оцінювання: 12.');
    }
  });

  test('the secretary’s typo stops the whole wave before the first letter, naming the row; fixed, it goes out', () => {
    const before = season.rt.mail.messages.length;
    const body = String(readTab(season.rt, 'Налаштування').find((r) => r[0] === 'Нагадування: текст')![1]);
    const row = readTab(season.rt, 'Налаштування').findIndex((r) => r[0] === 'Нагадування: текст') + 1;
    season.setSetting('Нагадування: текст', body.replace('{{remaining}}', '{{remainig}}'));
    season.rt.menu('Надіслати нагадування зараз', [{ button: 'YES' }]);
    expect(lastAlert()).toContain(
      `Аркуш «Налаштування», рядок ${row} («Нагадування: текст»): {{remainig}} — невідома підстановка`,
    );
    expect(season.rt.mail.messages.length).toBe(before);

    season.setSetting('Нагадування: текст', body);
    season.rt.menu('Надіслати нагадування зараз', [{ button: 'YES' }]);
    const reminders = season.rt.mail.messages.slice(before);
    expect(reminders).toHaveLength(3);
    for (const m of reminders) {
      expect(`${m.subject}\n${m.text}\n${m.html}`).not.toMatch(/\{\{|\}\}/);
      expect(m.text).toMatch(/Залишилося оцінити: 12 з 12\./);
    }
  });

  test('«Перевірка системи» finds a mistyped placeholder before any letter is due, naming its row', () => {
    const row = readTab(season.rt, 'Налаштування').findIndex((r) => r[0] === 'Лист переможцю: тема') + 1;
    season.setSetting('Лист переможцю: тема', '{{title}}: кейс «{{cse}}»');
    season.rt.menu('Перевірка системи');
    const line = lastAlert()
      .split('\n')
      .find((l) => l.includes('Тексти листів'))!;
    expect(line).toContain(`✗ Тексти листів і передмова каталогу: Аркуш «Налаштування», рядок ${row}`);
    expect(line).toContain('{{cse}} — невідома підстановка');
    season.setSetting('Лист переможцю: тема', '{{title}}: кейс «{{case}}»');
    season.rt.menu('Перевірка системи');
    expect(lastAlert()).toContain(
      '✓ Тексти листів і передмова каталогу: усі підстановки відомі (текстів: 7)',
    );
  });
});
