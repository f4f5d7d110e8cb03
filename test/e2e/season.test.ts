// The 2024 cycle end to end on the local runtime: 446 cases, 8 members who behave like people, every dispatcher tick.
import { Season, DEADLINE, OWNER, SCORING } from '../../local/season/season';
import { kyiv } from '../../local/season/time';
import { readTab } from '../../local/report';

// product fix pending (issue 13): src/gas/triggers.ts compares a Trigger's event type with EventType.CLOCK read
// through src/gas/retry.ts's Proxy; on Apps Script the two are never identical, so every setup, menu and
// distribution run installs one more dispatcher (the re-run test finds the extra journal row).
const season = new Season({
  cases: 446,
  members: 8,
  seed: 2024,
  assignment: 'all',
  realWorld: true,
});
const KYIV_ALPHABET = 'абвгґдеєжзиіїйклмнопрстуфхцчшщьюя';

let scores: unknown[][];
const scoreRow = (member: string, caseId: string) => scores.find((r) => r[1] === member && r[0] === caseId);
const memberByHabit = (habit: string) => season.members.find((m) => m.habit === habit)!;
const isWholeScore = (v: string) => /^(10|[0-9])$/.test(v);

beforeAll(() => {
  season.run();
  scores = readTab(season.rt, 'Оцінки').slice(1);
});

describe('a whole Stage I season (446 cases × 8 members)', () => {
  test('no execution failed and none came near the 6-minute limit', () => {
    const bad = season.rt.executions.filter((e) => e.outcome !== 'ok');
    expect(bad).toEqual([]);
    expect(Math.max(...season.rt.executions.map((e) => e.simulatedSeconds))).toBeLessThan(360);
  });

  test('every valid score a member entered before the deadline is in «Оцінки» with the right case and member', () => {
    let checked = 0;
    for (const e of season.entries.values()) {
      if (e.conflict || !e.values.every(isWholeScore)) continue;
      const row = scoreRow(e.member, e.caseId);
      expect(row).toBeDefined();
      expect(row!.slice(2, 6)).toEqual(e.values.map(Number));
      expect(row![9]).toBe('дійсна');
      checked++;
    }
    expect(checked).toBeGreaterThan(3000);
    // …and nothing else is valid: no score appears that nobody entered in time.
    expect(scores.filter((r) => r[9] === 'дійсна')).toHaveLength(checked);
  });

  test('a member who sorts whole rows is refused; one who sorts only the score cells, and the secretary’s sort, keep every score with its case', () => {
    const sorter = memberByHabit('sorter');
    expect(season.refusals.some((r) => r.member === sorter.email && r.action === 'sort')).toBe(true);
    expect(season.scoreSorts).toContain(sorter.email);
    const journal = readTab(season.rt, 'Журнал');
    expect(
      journal.some(
        (r) => r[1] === 'Сортування в таблиці члена комісії скасовано' && String(r[3]).includes(sorter.name),
      ),
    ).toBe(true);
    const mine = [...season.entries.values()].filter((e) => e.member === sorter.email);
    expect(mine.length).toBeGreaterThan(400);
    for (const e of mine) expect(scoreRow(e.member, e.caseId)!.slice(2, 6)).toEqual(e.values.map(Number));
  });

  test('«десять», 11, 8,5 and 8.5 are reported to the member and the secretary and not counted; fixed ones count', () => {
    const typist = memberByHabit('typos');
    const invalid = scores.filter((r) => r[1] === typist.email && r[9] === 'недійсна');
    expect(invalid).toHaveLength(1);
    expect(String(invalid[0][11])).toContain('десять');
    const caseId = String(invalid[0][0]);
    // The member sees what to fix in «Перевірка», next to the case.
    const sheet = season.open(typist.email);
    const rows = season.rowsById(sheet, season.fileOf(typist.email));
    const check = sheet.read(SCORING, `O${rows.get(caseId)}`)[0][0];
    expect(String(check)).toContain('десять');
    // The rating counts only valid evaluations of active members for that case.
    const rating = readTab(season.rt, 'Рейтинг');
    const header = rating[1];
    const ratingRow = rating.find((r) => r[1] === caseId)!;
    const validForCase = scores.filter((r) => r[0] === caseId && r[9] === 'дійсна').length;
    expect(ratingRow[header.indexOf('Дійсних оцінок')]).toBe(validForCase);
    const enteredValid = [...season.entries.values()].filter(
      (e) => e.caseId === caseId && !e.conflict && e.values.every(isWholeScore),
    );
    expect(validForCase).toBe(enteredValid.length);
  });

  test('a conflict of interest marked by the member is recorded and never counted; one detected by organisation is never assigned', () => {
    const conflicted = memberByHabit('conflicted');
    const recused = scores.filter((r) => r[1] === conflicted.email && r[9] === 'конфлікт інтересів');
    expect(recused).toHaveLength(2);
    const detected = readTab(season.rt, 'Конфлікти')
      .slice(1)
      .filter((r) => r[0] === conflicted.email && r[2] === 'за організацією');
    expect(detected.length).toBeGreaterThan(0);
    for (const d of detected) expect(scoreRow(conflicted.email, String(d[1]))).toBeUndefined();
  });

  test('a score typed a minute before the deadline counts; after it the sheet is locked', () => {
    const late = memberByHabit('late');
    const lastMinute = [...season.entries.values()].filter(
      (e) => e.member === late.email && e.at === DEADLINE - 60_000,
    );
    expect(lastMinute.length).toBeGreaterThan(0);
    // The last regular collection ran before these were typed: the lock read them.
    for (const e of lastMinute) expect(scoreRow(e.member, e.caseId)![9]).toBe('дійсна');
    const journal = readTab(season.rt, 'Журнал');
    expect(
      journal.some((r) => r[1] === 'Оцінку зібрано під час блокування' && String(r[3]).includes(late.name)),
    ).toBe(true);
    // 38 s after the deadline and the next morning the sheet is locked: the member can view but not edit.
    expect(season.refusals.filter((r) => r.member === late.email && r.action === 'enter')).toHaveLength(2);
    expect(season.lateEntries).toHaveLength(0);
  });

  test('a member whose address had no Google account gets Google’s invitation, creates an account and is counted', () => {
    const m = season.noAccountMember()!;
    const journal = readTab(season.rt, 'Журнал');
    expect(
      journal.some((r) => r[1] === 'Адреса без облікового запису Google' && String(r[3]).includes(m.email)),
    ).toBe(true);
    const mine = [...season.entries.values()].filter(
      (e) => e.member === m.email && e.values.every(isWholeScore),
    );
    expect(mine.length).toBeGreaterThan(300);
    for (const e of mine)
      expect(scoreRow(e.member, e.caseId)![9]).toBe(e.conflict ? 'конфлікт інтересів' : 'дійсна');
    // The others were shared without Drive's own email: only this member got Google's invitation.
    const shared = (x: { subject: string }) => x.subject.includes('shared with you');
    const invitedByGoogle = season.rt.mail.messages.filter((x) => shared(x) && x.to.includes(m.email));
    expect(invitedByGoogle).toHaveLength(1);
    expect(season.rt.mail.messages.filter(shared)).toHaveLength(1);
  });

  test('a colleague with edit rights who clicks the menu is told who runs the pipeline, and nothing of theirs runs', () => {
    expect(season.colleagueAlerts).toHaveLength(2);
    for (const text of season.colleagueAlerts) expect(text).toContain(OWNER);
    const triggers = season.rt.triggers.toJSON().triggers;
    expect(triggers.filter((t) => t.owner !== OWNER)).toEqual([]);
    expect(triggers.filter((t) => t.handler === 'dispatcherTick')).toHaveLength(1);
    const sheets = [...season.rt.world.drive.values()].filter(
      (d) => d.appProperties.top100Member && !d.trashed,
    );
    expect(sheets).toHaveLength(season.members.length);
  });

  test('the master and the members’ files are in Kyiv time and the Ukrainian locale, whatever the secretary’s account', () => {
    expect(season.rt.account(OWNER).timeZone).toBe('America/New_York');
    const master = season.rt.store.get(season.masterId)!;
    expect([master.timeZone, master.locale]).toEqual(['Europe/Kyiv', 'uk_UA']);
    for (const m of season.members) {
      const file = season.rt.store.get(season.fileOf(m.email))!;
      expect([file.timeZone, file.locale]).toEqual(['Europe/Kyiv', 'uk_UA']);
    }
  });

  test('exactly one invitation per member', () => {
    const invitations = season.rt.mail.messages.filter((m) => m.subject.includes('запрошення'));
    expect(invitations.map((m) => m.to[0]).sort()).toEqual(season.members.map((m) => m.email).sort());
  });

  test('reminders go only to unfinished members, once per wave, within one tick of 10:00 on 30 Sep, 4, 6 and 7 Oct', () => {
    const reminders = season.rt.mail.messages.filter((m) => m.subject.startsWith('Нагадування'));
    const waves = [
      kyiv(2024, 9, 30, 10),
      kyiv(2024, 10, 4, 10),
      kyiv(2024, 10, 6, 10),
      kyiv(2024, 10, 7, 10),
    ];
    const byWave = waves.map((w) => reminders.filter((m) => m.time >= w && m.time < w + 10 * 60_000));
    expect(byWave.reduce((n, w) => n + w.length, 0)).toBe(reminders.length);
    for (const wave of byWave) {
      const to = wave.map((m) => m.to[0]);
      expect(new Set(to).size).toBe(to.length);
      for (const m of wave) {
        // Unfinished at that moment: some assigned case had no valid entry yet.
        const member = season.members.find((x) => x.email === m.to[0])!;
        const assigned = scores.filter((r) => r[1] === member.email).length;
        const doneBefore = [...season.entries.values()].filter(
          (e) => e.member === member.email && e.at < m.time && (e.conflict || e.values.every(isWholeScore)),
        ).length;
        expect(doneBefore).toBeLessThan(assigned);
      }
    }
    const early = memberByHabit('early');
    expect(reminders.filter((m) => m.to[0] === early.email)).toHaveLength(1);
    expect(reminders.filter((m) => m.to[0] === memberByHabit('never').email)).toHaveLength(4);
    expect(reminders.every((m) => m.text.includes('23:59'))).toBe(true);
  });

  test('only the member edits their sheet, and only the score, conflict and comment cells', () => {
    const [a, b] = season.members;
    expect(() => season.rt.as(a.email).open(season.fileOf(b.email))).toThrow();
    expect(() => season.rt.as(a.email).open(season.masterId)).toThrow();
    // After the close nothing is editable; before it, the ID and title were protected anyway.
    const own = season.open(a.email);
    expect(own.canEdit(SCORING, 'A3')).toBe(false);
    expect(own.canEdit(SCORING, 'B3')).toBe(false);
    expect(() => own.type(SCORING, 'A3', '2024-999')).toThrow(/protected/);
  });

  test('«ТОП-100» is a general list of 100 cases, without places or scores, in Ukrainian alphabetical order', () => {
    const top = readTab(season.rt, 'ТОП-100');
    expect(top[2].filter(Boolean)).toEqual(['Назва кейсу', 'Організація-заявник', 'Район', 'Категорія']);
    const body = top.slice(3).filter((r) => r.some((v) => v !== ''));
    const tieHeader = body.findIndex((r) => String(r[0]).startsWith('Нічия на межі'));
    const list = tieHeader < 0 ? body : body.slice(0, tieHeader);
    expect(list).toHaveLength(100);
    for (const r of list) for (const v of r) expect(typeof v).toBe('string');
    const firstLetters = list.map(
      (r) =>
        String(r[0])
          .toLowerCase()
          .replace(/^[^а-яґєії]+/, '')[0],
    );
    const order = firstLetters.map((l) => KYIV_ALPHABET.indexOf(l));
    expect(order.every((x) => x >= 0)).toBe(true);
    for (let i = 1; i < order.length; i++) expect(order[i]).toBeGreaterThanOrEqual(order[i - 1]);
  });

  test('a hostile case title stays text in every sheet (no formula)', () => {
    const cases = readTab(season.rt, 'Кейси');
    const hostile = cases.find((r) => String(r[1]).startsWith('=IMPORTXML'));
    expect(hostile).toBeDefined();
    const file = season.rt.store.get(season.masterId)!;
    expect(JSON.stringify(file.sheetByName('Кейси'))).not.toMatch(/"f(ormula)?":\s*"=IMPORTXML/);
  });

  test('«Журнал» records every step', () => {
    const actions = new Set(
      readTab(season.rt, 'Журнал')
        .slice(1)
        .map((r) => r[1]),
    );
    for (const a of [
      'Налаштування таблиці',
      'Імпорт кейсів',
      'Створено таблицю члена комісії',
      'Запрошення надіслано',
      'Збір оцінок',
      'Оцінку зібрано',
      'Нагадування надіслано',
      'Оцінку зібрано під час блокування',
      'Оцінювання завершено',
      'Рейтинг обчислено',
    ]) {
      expect(actions).toContain(a);
    }
  });

  test('re-running each step changes nothing: no file, email or row twice', () => {
    const files = () => [...season.rt.world.drive.values()].filter((d) => !d.trashed).length;
    const before = {
      files: files(),
      mail: season.rt.mail.messages.length,
      scores: JSON.stringify(readTab(season.rt, 'Оцінки')),
      top: JSON.stringify(readTab(season.rt, 'ТОП-100').slice(3)),
    };
    const journalBefore = readTab(season.rt, 'Журнал').length;
    season.menu('Налаштувати таблицю');
    season.menu('Створити таблиці членів комісії');
    season.menu('Надіслати запрошення', [{ button: 'YES' }]);
    season.menu('Зібрати оцінки зараз');
    season.menu('Завершити оцінювання', [{ button: 'YES' }]);
    season.rt.advanceBy(60 * 60_000);
    expect(files()).toBe(before.files);
    expect(season.rt.mail.messages.length).toBe(before.mail);
    expect(JSON.stringify(readTab(season.rt, 'Оцінки'))).toBe(before.scores);
    expect(readTab(season.rt, 'Журнал').length).toBe(journalBefore);
    season.menu('Обчислити рейтинг');
    expect(JSON.stringify(readTab(season.rt, 'ТОП-100').slice(3))).toBe(before.top);
  });

  test('the deadline in the members’ sheets and emails is Kyiv time', () => {
    expect(DEADLINE).toBe(Date.UTC(2024, 9, 7, 20, 59));
    const invite = season.rt.mail.messages.find(
      (m) => m.to[0] === OWNER || m.subject.includes('запрошення'),
    )!;
    expect(invite.text).toContain('07.10.2024 23:59');
  });
});
