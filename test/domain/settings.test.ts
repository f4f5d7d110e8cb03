import {
  defaultSettings,
  defaultSettingsRows,
  parseSettings,
  PROTOCOL_CRITERIA,
  SETTINGS_ROWS,
  settingsPlace,
  type SettingKey,
} from '../../src/domain/settings';
import type { Problem, Settings } from '../../src/domain/types';

type Cell = string | number | Date | boolean;

/** The default tab with some values changed, as the secretary would leave it. */
function tabWith(changes: Partial<Record<SettingKey, Cell>>): Cell[][] {
  const rows = defaultSettingsRows();
  for (const [key, value] of Object.entries(changes))
    rows[settingsPlace(key as SettingKey) - 1][1] = value as Cell;
  return rows;
}

function settingsOf(rows: unknown[][]): Settings {
  const r = parseSettings(rows);
  if (!r.ok) throw new Error(r.problems.map((p) => p.uk).join('\n'));
  return r.value;
}

function problemsOf(rows: unknown[][]): Problem[] {
  const r = parseSettings(rows);
  if (r.ok) throw new Error('expected the settings to be refused');
  return r.problems;
}

const row = (key: SettingKey) => settingsPlace(key);

describe('the «Налаштування» tab as the script writes it', () => {
  test('has the header «Параметр | Значення | Пояснення», then one row per setting with an explanation', () => {
    const rows = defaultSettingsRows();
    expect(rows[0]).toEqual(['Параметр', 'Значення', 'Пояснення']);
    expect(rows).toHaveLength(SETTINGS_ROWS.length + 1);
    for (const r of rows.slice(1)) expect(String(r[2]).length).toBeGreaterThan(10);
  });

  test('names every setting the commission needs, in Ukrainian', () => {
    const labels = defaultSettingsRows().map((r) => r[0]);
    for (const label of [
      'Рік',
      'Назва',
      'Кінцевий термін оцінювання',
      'Часовий пояс',
      'Дата засідання',
      'Кількість переможців',
      'Шкала: мінімум',
      'Шкала: максимум',
      'Шкала: крок',
      'Критерій 1: назва',
      'Критерій 4: вага',
      'Кворум (мінімум дійсних оцінок)',
      'Режим розподілу',
      'Нагадування (днів до терміну)',
      'Година нагадувань',
      'Папка на Диску (ID)',
      'Ім’я відправника',
      'Адреса для відповідей',
      'Email секретаря',
      'Порядок розв’язання нічиїх',
      'Нормалізація (z-оцінки)',
      'Поріг розбіжності (бали)',
      'Групування публічного списку',
      'Лист-запрошення: тема',
      'Лист-запрошення: текст',
      'Нагадування: тема',
      'Нагадування: текст',
    ]) {
      expect(labels).toContain(label);
    }
  });

  test('row numbers of settings in the written layout', () => {
    expect(settingsPlace('year')).toBe(2);
    expect(settingsPlace('title')).toBe(3);
    expect(settingsPlace('deadline')).toBe(4);
    expect(defaultSettingsRows()[settingsPlace('quorum') - 1][0]).toBe('Кворум (мінімум дійсних оцінок)');
  });

  test('the email templates use the documented placeholders only', () => {
    const allowed = new Set([
      'name',
      'link',
      'deadline',
      'cases',
      'remaining',
      'criteria',
      'title',
      'year',
      'sender',
    ]);
    const s = defaultSettings();
    for (const t of Object.values(s.templates))
      for (const m of t.matchAll(/\{\{(\w+)\}\}/g)) expect(allowed).toContain(m[1]);
    expect(s.templates.inviteBody).toContain('{{link}}');
    expect(s.templates.reminderBody).toContain('{{remaining}}');
  });
});

describe('reading the 2024 settings', () => {
  const s = defaultSettings();

  test('the year, title, deadline 07.10.2024 23:59 Kyiv (20:59 UTC) and meeting on 11.10.2024', () => {
    expect(s.year).toBe(2024);
    expect(s.title).toBe('ТОП-100 — ярмарок кращих кейсів партнерства влади та громади');
    expect(s.deadline.getTime()).toBe(Date.UTC(2024, 9, 7, 20, 59));
    expect(s.timeZone).toBe('Europe/Kyiv');
    expect(s.meetingDate?.getTime()).toBe(Date.UTC(2024, 9, 10, 21, 0));
  });

  test('100 winners, integer scale 0–10, the protocol’s four criteria at weight 1, quorum 5, everyone scores everything', () => {
    expect(s.winners).toBe(100);
    expect(s.scale).toEqual({ min: 0, max: 10, step: 1 });
    expect(s.criteria.map((c) => [c.index, c.title, c.weight])).toEqual([
      [1, 'актуальність, вплив отриманих кейсів на вирішення питань місцевого значення', 1],
      [2, 'інноваційність методів і підходів, оригінальність, новизна та креативність', 1],
      [3, 'значення кейсів для територіальної громади міста Києва', 1],
      [
        4,
        'рівень залучення інституту громадянського суспільства до реалізації кейсів, можливість адаптації та поширення методики',
        1,
      ],
    ]);
    expect(PROTOCOL_CRITERIA).toHaveLength(4);
    expect(s.quorum).toBe(5);
    expect(s.assignment).toEqual({ kind: 'all' });
  });

  test('reminders 7, 3, 1, 0 days before at 10:00; ties by median, count, criterion 1, criterion 3; list alphabetical', () => {
    expect(s.reminderOffsetsDays).toEqual([7, 3, 1, 0]);
    expect(s.reminderHour).toBe(10);
    expect(s.tieBreak).toEqual(['median', 'validCount', 'criterion1', 'criterion3']);
    expect(s.normalization).toBe(false);
    expect(s.disagreementThreshold).toBe(15);
    expect(s.publicGrouping).toBe('alphabetical');
    expect(s.driveFolderId).toBe('');
    expect(s.replyTo).toBe('');
  });

  test('the order of the rows does not matter', () => {
    const rows = defaultSettingsRows();
    const reordered = [rows[0], ...rows.slice(1).reverse()];
    expect(settingsOf(reordered)).toEqual(s);
  });

  test('labels match whatever the case, spacing, colon or apostrophe', () => {
    const rows = defaultSettingsRows().map((r) => [
      typeof r[0] === 'string' ? `  ${r[0].toUpperCase().replace(/’/g, "'").replace(': ', ' :  ')} ` : r[0],
      r[1],
    ]);
    expect(settingsOf(rows)).toEqual(s);
  });

  test('a row the script does not know is ignored with a warning naming it', () => {
    const r = parseSettings([...defaultSettingsRows(), ['Колір заголовків', 'синій']]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.map((w) => w.uk)).toEqual([expect.stringContaining('«Колір заголовків»')]);
  });

  test('an optional row that was deleted falls back to its default with a warning', () => {
    const rows = defaultSettingsRows().filter((r) => r[0] !== 'Година нагадувань');
    const r = parseSettings(rows);
    expect(r.ok && r.value.reminderHour).toBe(10);
    if (r.ok) expect(r.warnings[0].uk).toContain('«Година нагадувань»');
  });
});

describe('values as getValues returns them', () => {
  test('a deadline typed into a date cell is read as Kyiv wall time', () => {
    const s = settingsOf(tabWith({ deadline: new Date(2024, 9, 7, 23, 59) }));
    expect(s.deadline.getTime()).toBe(Date.UTC(2024, 9, 7, 20, 59));
  });

  test('a deadline after the October clock change is read in winter time', () => {
    const s = settingsOf(tabWith({ deadline: '28.10.2024 18:00', year: 2024 }));
    expect(s.deadline.getTime()).toBe(Date.UTC(2024, 9, 28, 16, 0));
  });

  test('an ISO deadline is accepted, with or without an explicit offset', () => {
    expect(settingsOf(tabWith({ deadline: '2024-10-07T23:59' })).deadline.getTime()).toBe(
      Date.UTC(2024, 9, 7, 20, 59),
    );
    expect(settingsOf(tabWith({ deadline: '2024-10-07T20:59:00Z' })).deadline.getTime()).toBe(
      Date.UTC(2024, 9, 7, 20, 59),
    );
    expect(settingsOf(tabWith({ deadline: '2024-10-07T23:59+03:00' })).deadline.getTime()).toBe(
      Date.UTC(2024, 9, 7, 20, 59),
    );
  });

  test('a deadline without a time means 23:59 that day, and the secretary is told so', () => {
    for (const value of ['07.10.2024', new Date(2024, 9, 7)]) {
      const r = parseSettings(tabWith({ deadline: value }));
      expect(r.ok && r.value.deadline.getTime()).toBe(Date.UTC(2024, 9, 7, 20, 59));
      if (r.ok) expect(r.warnings.map((w) => w.uk)).toEqual([expect.stringContaining('23:59')]);
    }
  });

  test('the deadline in UTC when the zone says so', () => {
    expect(settingsOf(tabWith({ timeZone: 'UTC' })).deadline.getTime()).toBe(Date.UTC(2024, 9, 7, 23, 59));
  });

  test('numbers typed as text, decimals with a comma, and checkboxes are understood', () => {
    const s = settingsOf(
      tabWith({
        winners: '100',
        scaleStep: '0,5',
        quorum: ' 4 ',
        normalization: true,
        disagreementThreshold: '12,5',
      }),
    );
    expect(s.winners).toBe(100);
    expect(s.scale.step).toBe(0.5);
    expect(s.quorum).toBe(4);
    expect(s.normalization).toBe(true);
    expect(s.disagreementThreshold).toBe(12.5);
  });

  test('k members per case with its k and seed', () => {
    const s = settingsOf(
      tabWith({ assignmentMode: 'k членів на кейс', assignmentK: 5, assignmentSeed: 77, quorum: 3 }),
    );
    expect(s.assignment).toEqual({ kind: 'perCase', k: 5, seed: 77 });
  });

  test('grouping, tie-break words and offsets in the secretary’s own spelling', () => {
    const s = settingsOf(
      tabWith({
        publicGrouping: 'За районом',
        tieBreak: 'Медіана; менший розкид;критерій 2',
        reminderOffsets: '5;2; 0',
      }),
    );
    expect(s.publicGrouping).toBe('district');
    expect(s.tieBreak).toEqual(['median', 'lowerSpread', 'criterion2']);
    expect(s.reminderOffsetsDays).toEqual([5, 2, 0]);
    expect(settingsOf(tabWith({ reminderOffsets: 3 })).reminderOffsetsDays).toEqual([3]);
    expect(settingsOf(tabWith({ tieBreak: '' })).tieBreak).toEqual([]);
  });

  test('email addresses are kept lower-cased', () => {
    expect(settingsOf(tabWith({ secretaryEmail: 'Secretary@KyivCity.gov.ua' })).secretaryEmail).toBe(
      'secretary@kyivcity.gov.ua',
    );
  });
});

describe('mistakes the secretary is told about, with the row and the value', () => {
  const only = (changes: Partial<Record<SettingKey, Cell>>): Problem => {
    const problems = problemsOf(tabWith(changes));
    expect(problems).toHaveLength(1);
    return problems[0];
  };

  test('an impossible date: 31.09.2024 does not exist', () => {
    const p = only({ deadline: '31.09.2024 23:59' });
    expect(p.uk).toBe(
      `Аркуш «Налаштування», рядок ${row('deadline')}, стовпець «Значення»: «Кінцевий термін оцінювання»: дати або часу «31.09.2024 23:59» не існує. Перевірте день, місяць і години.`,
    );
    expect(p.place).toEqual({ sheet: 'Налаштування', row: row('deadline'), column: 'Значення' });
  });

  test('25:00 is not a time, and «наступного тижня» is not a date', () => {
    expect(only({ deadline: '07.10.2024 25:00' }).code).toBe('settingsImpossibleDate');
    expect(only({ deadline: 'наступного тижня' }).uk).toContain('«наступного тижня» — не дата й час');
    expect(only({ meetingDate: '11/10/2024' }).code).toBe('settingsBadDate');
  });

  test('a scale whose minimum is not below its maximum', () => {
    expect(only({ scaleMin: 10, scaleMax: 10 }).uk).toContain(
      'мінімум (10) має бути меншим за максимум (10)',
    );
  });

  test('a step that does not divide the range, and a step of zero', () => {
    expect(only({ scaleStep: 3 }).uk).toContain('крок 3 не ділить шкалу від 0 до 10');
    expect(only({ scaleStep: 0 }).code).toBe('settingsScaleStepPositive');
  });

  test('a weight that is not a number, or not positive', () => {
    expect(only({ criterion2Weight: 'половина' }).uk).toContain('«Критерій 2: вага»: «половина» — не число');
    expect(only({ criterion3Weight: -1 }).uk).toContain('вага «-1» має бути додатним числом');
    expect(only({ criterion4Weight: 0 }).code).toBe('settingsWeightPositive');
  });

  test('a quorum the k members of a case could never reach', () => {
    const p = only({ assignmentMode: 'k членів на кейс', assignmentK: 3, quorum: 5 });
    expect(p.uk).toContain('Кворум (5) більший за кількість членів на кейс (k = 3)');
    expect(p.place?.row).toBe(row('quorum'));
  });

  test('k below 1, or missing when the mode needs it', () => {
    expect(only({ assignmentMode: 'k членів на кейс', assignmentK: 0, quorum: 1 }).uk).toContain(
      '«Членів на кейс (k)»: «0» — має бути ціле число від 1',
    );
    expect(only({ assignmentMode: 'k членів на кейс', assignmentK: '', quorum: 1 }).code).toBe(
      'settingsKRequired',
    );
  });

  test('a malformed email', () => {
    expect(only({ replyTo: 'secretary at kyivcity.gov.ua' }).uk).toContain(
      '«secretary at kyivcity.gov.ua» — не схоже на адресу електронної пошти',
    );
  });

  test('an unknown mode, grouping or tie-break word names the allowed words', () => {
    expect(only({ assignmentMode: 'як вийде' }).uk).toContain(
      'Напишіть «усі оцінюють усі», «k членів на кейс»',
    );
    expect(only({ publicGrouping: 'за рейтингом' }).code).toBe('settingsUnknownGrouping');
    expect(only({ tieBreak: 'медіана, жереб' }).uk).toContain('«жереб» — невідомий показник');
  });

  test('whole numbers where whole numbers are needed', () => {
    expect(only({ winners: 99.5 }).code).toBe('settingsNotInteger');
    expect(only({ reminderHour: 24 }).uk).toContain('від 0 до 23');
    expect(only({ year: 'двадцять четвертий' }).code).toBe('settingsNotInteger');
    expect(only({ reminderOffsets: '7, три' }).uk).toContain('«три» — не кількість днів');
  });

  test('a yes/no setting with another word', () => {
    expect(only({ normalization: 'можливо' }).code).toBe('settingsNotBoolean');
  });

  test('an unsupported time zone', () => {
    expect(only({ timeZone: 'Europe/Warsaw' }).uk).toContain('«Europe/Warsaw» не підтримується');
  });

  test('an empty required value', () => {
    expect(only({ title: '' }).uk).toContain('«Назва»: значення не заповнене');
  });

  test('a label written twice names both rows', () => {
    const rows = [...defaultSettingsRows(), ['Кворум (мінімум дійсних оцінок)', 3]];
    const p = problemsOf(rows);
    expect(p.map((x) => x.uk)).toEqual([
      expect.stringContaining(`повторюється в рядках ${row('quorum')} і ${rows.length}`),
    ]);
  });

  test('a required row deleted is named with its default', () => {
    const p = problemsOf(defaultSettingsRows().filter((r) => r[0] !== 'Кількість переможців'));
    expect(p.map((x) => x.uk)).toEqual([
      'Аркуш «Налаштування»: Немає рядка «Кількість переможців». Додайте його (стандартне значення: «100»).',
    ]);
  });

  test('several mistakes are all reported at once, each once', () => {
    const p = problemsOf(tabWith({ year: 'x', scaleStep: 3, replyTo: 'no' }));
    expect(p.map((x) => x.place?.row).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual([
      row('year'),
      row('scaleStep'),
      row('replyTo'),
    ]);
  });

  test('an empty tab reports every required row', () => {
    const p = problemsOf([]);
    expect(p.length).toBe(SETTINGS_ROWS.filter((r) => r.required).length);
  });

  test('a deadline in another year than the settings’ year is only a warning', () => {
    const r = parseSettings(tabWith({ deadline: '07.10.2025 23:59', meetingDate: '' }));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.warnings.map((w) => w.code)).toEqual(['settingsDeadlineOtherYear']);
  });

  test('a meeting before the deadline is only a warning', () => {
    const r = parseSettings(tabWith({ meetingDate: '01.10.2024' }));
    expect(r.ok).toBe(true);
    if (r.ok)
      expect(r.warnings.map((w) => w.uk)).toEqual([
        expect.stringContaining('«Дата засідання»: засідання «01.10.2024» раніше'),
      ]);
  });
});
