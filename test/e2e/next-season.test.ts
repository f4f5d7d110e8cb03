// «Новий сезон…» refuses what it should and asks what it must: only the pipeline's owner, only after the close, the
// year and dates checked as «Налаштування» checks them, a time the clocks skip shown before anything is made.
import { Season, OWNER, COLLEAGUE } from '../../local/season/season';

type Answer = { button: 'OK' | 'CANCEL' | 'YES' | 'NO' | 'CLOSE'; text?: string };
const dialog = (texts: string[], last: Answer['button'] = 'YES'): Answer[] => [
  ...texts.map((text): Answer => ({ button: 'OK', text })),
  { button: last },
];

const season = new Season({ cases: 6, members: 2, seed: 5, assignment: 'all' });
const files = (): number => season.rt.world.drive.size;
const lastAlert = (): string => season.rt.ui.alerts[season.rt.ui.alerts.length - 1].prompt;

beforeAll(() => {
  season.prepare();
  season.distribute();
});

test('before this year’s evaluation is closed it is refused, and nothing is made', () => {
  const before = files();
  season.rt.menu('Новий сезон…');
  expect(lastAlert()).toContain('після завершення оцінювання');
  expect(files()).toBe(before);
  expect(season.rt.ui.pendingAnswers()).toBe(0);
});

describe('after the close', () => {
  beforeAll(() => {
    season.menu('Завершити оцінювання', [{ button: 'YES' }]);
  });

  test('a colleague with edit rights is told who runs the pipeline', () => {
    season.rt.share(season.masterId, COLLEAGUE, 'writer', { notify: false });
    season.rt.authorize(COLLEAGUE);
    season.rt.openMaster(COLLEAGUE);
    const before = files();
    season.rt.menu('Новий сезон…', [], { as: COLLEAGUE });
    expect(lastAlert()).toContain(`належать ${OWNER}`);
    expect(files()).toBe(before);
    season.rt.openMaster(OWNER);
  });

  test('the dialog offers next year and this year’s dates a year later', () => {
    season.rt.menu('Новий сезон…', [{ button: 'CANCEL' }]);
    const prompt = season.rt.ui.prompts[season.rt.ui.prompts.length - 1].prompt;
    expect(prompt).toBe('Рік нового сезону.\nПорожньо — 2025.');
    season.rt.menu('Новий сезон…', [{ button: 'OK', text: '' }, { button: 'CANCEL' }]);
    expect(season.rt.ui.prompts[season.rt.ui.prompts.length - 1].prompt).toContain(
      'Порожньо — 31.08.2025 23:59; «-» — без терміну',
    );
  });

  test('a year not after this one, or dates that do not hold, are refused with what to correct; nothing is made', () => {
    const before = files();
    // The answers stop at the refusal: the confirmation is never asked
    season.rt.menu('Новий сезон…', dialog(['2024', '', '', ''], 'OK'));
    expect(lastAlert()).toContain('Рік нового сезону «2024» не підходить');
    season.rt.menu('Новий сезон…', dialog(['2025', '15.10.2025 23:59', '07.10.2025 23:59', ''], 'OK'));
    expect(lastAlert()).toContain('Нового сезону не створено');
    expect(lastAlert()).toContain('не може закінчуватися пізніше за кінцевий термін оцінювання');
    season.rt.menu('Новий сезон…', dialog(['2025', '31.02.2025 12:00', '', ''], 'OK'));
    expect(lastAlert()).toContain('не існує');
    season.rt.menu('Новий сезон…', dialog(['2025', '-', '20.09.2024 23:59', '-'], 'OK'));
    expect(lastAlert()).toContain('Кінцевий термін оцінювання нового сезону (20.09.2024 23:59) уже минув');
    expect(files()).toBe(before);
    expect(season.rt.ui.pendingAnswers()).toBe(0);
  });

  test('a deadline in the hour the clocks skip is shown as the time it becomes before anything is made', () => {
    const before = files();
    season.rt.menu('Новий сезон…', dialog(['2025', '-', '30.03.2025 03:30', '-'], 'NO'));
    const question = lastAlert();
    expect(question).toContain('Оцінювання до: 30.03.2025 04:30');
    expect(question).toContain('Засідання: немає');
    expect(files()).toBe(before);
  });

  test('answered and confirmed, it makes one new master; asked again, it names that one', () => {
    // This year's stands, as «Стенди» left them: the secretary's columns and the script's (the poster, its cases)
    const owner = season.rt.as(OWNER).open(season.masterId);
    const tab = owner.addSheet().sheetName;
    owner.renameSheet(tab, 'Стенди');
    owner.paste('Стенди', 'A3', [
      [
        'Парк «Совки»',
        'Святошинський',
        'A1',
        'https://drive.google.com/file/d/poster-2024/view',
        '9',
        '15.10.2024',
      ],
    ]);
    const before = files();
    season.menu('Новий сезон…', dialog(['', '', '', '']));
    expect(lastAlert()).toContain('Головну таблицю сезону 2025 створено');
    const made = /\/spreadsheets\/d\/([\w-]+)/.exec(lastAlert())![1];
    expect(season.rt.store.get(made)?.name).toBe('ТОП-100 2025');
    // The stands carried over without this year's posters
    const stands = season.rt.as(OWNER).open(made).read('Стенди', 'A3:F3')[0];
    expect(stands).toEqual(['Парк «Совки»', 'Святошинський', 'A1', '', '', '']);
    expect(files()).toBe(before + 1);
    season.rt.menu('Новий сезон…');
    expect(lastAlert()).toContain(
      `Головну таблицю сезону 2025 уже створено: https://docs.google.com/spreadsheets/d/${made}/edit`,
    );
    expect(files()).toBe(before + 1);
    // Nobody has authorised the new master's own script yet: its menu asks for consent first
    const next = season.rt.boundTo(made);
    next.openMaster(OWNER);
    expect(next.menu('Налаштувати таблицю').error).toBeDefined();
    next.authorize(OWNER);
    expect(next.menu('Налаштувати таблицю').error).toBeUndefined();
  });
});
