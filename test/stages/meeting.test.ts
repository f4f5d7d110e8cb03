// The meeting of a smaller season whose «ТОП-100» ends in a tie: a borderline round before it (collected into its own
// tab, the first scores untouched), the agenda, the votes recorded and checked, the approval and the protocol draft
// that follow them, and the stands' posters with QR codes to the public page filtered to their districts.
import { Season, OWNER } from '../../local/season/season';
import { kyiv } from '../../local/season/time';
import { outputFiles, readTab } from '../../local/report';
import { bodyText } from '../../local/services/document-model';
import { districtUrl, STANDS_2022 } from '../../src/domain/stands';
import { typeset } from '../../src/domain/typography';
import jsQR from 'jsqr';
import { decodePng } from '../../local/services/images';
import { pageSizes, readPdfs, squash, type PdfRead } from './images';
import { ratingRows, winnersAtTie } from './rating';

/**
 * A poster's QR code as a phone reads it: the PNG (8 px a module) taken at half its size first — jsQR on the full
 * image takes a second a code.
 */
function qrText(png: Buffer): string | null {
  const { width, height, rgba } = decodePng(png);
  const k = 2;
  const w = Math.floor(width / k);
  const h = Math.floor(height / k);
  const small = new Uint8ClampedArray(w * h * 4);
  for (let y = 0; y < h; y++)
    for (let x = 0; x < w; x++) {
      const from = ((y * k + 1) * width + x * k + 1) * 4;
      small.set(rgba.subarray(from, from + 4), (y * w + x) * 4);
    }
  return jsQR(small, w, h)?.data ?? null;
}

const season = new Season({ cases: 60, members: 5, seed: 3, assignment: 'all' });
const APPROVED = 'Затверджений список';
const MEETING = 'Засідання';
const ROUND = 'Повторні оцінки';
const lastAlert = () => season.rt.ui.alerts[season.rt.ui.alerts.length - 1].prompt;

/** Rating rows: [ID, mean, decision]. */
const rating = () => ratingRows(season.rt);

let winners = 0;
let scoresBefore: unknown[][];
let ratingBefore: unknown[][];
/** «Рейтинг»'s figures and decisions (its flags are written by the stability analysis, a recomputation drops them). */
const figures = () =>
  readTab(season.rt, 'Рейтинг')
    .slice(2)
    .map((r) => r.slice(0, 16));
let borderline: string[];
let roundBefore: unknown[][];
let changedBy: { member: string; id: string; first: number; second: number };
let refusedAfterLock: boolean;

beforeAll(() => {
  season.prepare();
  season.distribute();
  season.evaluate();
  // The deadline trigger closes the evaluation; the secretary computes the rating on 8 October
  season.rt.advanceTo(kyiv(2024, 10, 8, 9, 0));
  // Only the mean decides, so equal means tie: the cut-off is put where two equal means meet
  season.setSetting('Порядок розв’язання нічиїх', '');
  // A change of the rules after the close is confirmed
  season.stage('Обчислити рейтинг', [{ button: 'YES' }]);
  winners = winnersAtTie(rating());
  season.setSetting('Кількість переможців', String(winners));
  season.stage('Обчислити рейтинг', [{ button: 'YES' }]);
  season.stage('Аналіз стабільності та узгодженості');
  borderline = readTab(season.rt, 'Стабільність')
    .filter((r) => r[9] === 'межовий кейс')
    .map((r) => String(r[0]));
  scoresBefore = readTab(season.rt, 'Оцінки');
  ratingBefore = figures();
});

describe('the borderline round before the meeting', () => {
  beforeAll(() => {
    season.stage('Повторне оцінювання межових кейсів…', [
      { button: 'OK', text: '10.10.2024 18:00' },
      { button: 'YES' },
    ]);
    roundBefore = readTab(season.rt, ROUND);
    // The first member lowers К1 of the first case in their tab; another types a word; the rest change nothing
    season.rt.advanceTo(kyiv(2024, 10, 9, 11, 0));
    const [a, b] = season.members;
    const sheetA = season.open(a.email);
    const rowsA = sheetA.read('Межові кейси', 'A3:M4');
    const first = Number(rowsA[0][9]);
    const second = first > 0 ? first - 1 : first + 1;
    sheetA.type('Межові кейси', 'J3', String(second));
    changedBy = { member: a.email, id: String(rowsA[0][0]), first, second };
    const sheetB = season.open(b.email);
    sheetB.paste('Межові кейси', 'J3', [['десять']]);
    // The dispatcher collects during the round and locks the tabs at 18:00 on 10 October
    season.rt.advanceTo(kyiv(2024, 10, 10, 18, 30));
    try {
      season.open(a.email).type('Межові кейси', 'K3', '1');
      refusedAfterLock = false;
    } catch {
      refusedAfterLock = true;
    }
  });

  test('every member gets a tab with only the borderline cases they scored, and a letter with the date', () => {
    const ids = new Set(borderline);
    for (const m of season.members) {
      const tab = season
        .open(m.email)
        .read('Межові кейси', 'A3:A40')
        .map((r) => String(r[0]));
      const mine = tab.filter((id) => id !== '');
      expect(mine.length).toBeGreaterThan(0);
      for (const id of mine) expect(ids.has(id)).toBe(true);
    }
    const letters = season.rt.mail.messages.filter((m) => m.subject.includes('межових кейсів'));
    expect(letters.map((l) => l.to[0]).sort()).toEqual(season.members.map((m) => m.email).sort());
    expect(letters[0].text).toContain('10.10.2024 18:00');
    expect(roundBefore[0][0]).toContain('триває до 10.10.2024 18:00');
  });

  test('collected into «Повторні оцінки» beside the first scores; «Оцінки» and the rating untouched', () => {
    const round = readTab(season.rt, ROUND);
    expect(round[0][0]).toContain('завершено');
    const row = round.find((r) => r[0] === changedBy.id && r[2] === changedBy.member)!;
    expect(row[3]).toBe(changedBy.first);
    expect(row[8]).toBe(changedBy.second);
    expect(row[14]).toBe('змінено');
    expect(row[13]).toBe(changedBy.second - changedBy.first);
    const invalid = round.find((r) => r[2] === season.members[1].email && r[14] === 'недійсна');
    expect(invalid).toBeDefined();
    expect(round.filter((r) => r[14] === 'без змін').length).toBeGreaterThan(0);
    expect(readTab(season.rt, 'Оцінки')).toEqual(scoresBefore);
    season.stage('Обчислити рейтинг');
    expect(figures()).toEqual(ratingBefore);
    const journal = readTab(season.rt, 'Журнал');
    expect(journal.some((r) => r[1] === 'Повторне оцінювання завершено')).toBe(true);
    expect(journal.some((r) => r[1] === 'Повторна оцінка' && String(r[3]).includes(changedBy.id))).toBe(true);
  });

  test('the dispatcher reads a member’s file only when it changed, not after its own feedback', () => {
    const quiet = season.rt.executions.filter(
      (e) =>
        e.fn === 'dispatcherTick' &&
        e.startedAt >= kyiv(2024, 10, 9, 13, 0) &&
        e.startedAt < kyiv(2024, 10, 10, 17, 50),
    );
    expect(quiet.length).toBeGreaterThan(100);
    expect(quiet.filter((e) => e.calls['SpreadsheetApp.openById'])).toEqual([]);
  });

  test('is locked at its date: the member can no longer change a score', () => {
    expect(refusedAfterLock).toBe(true);
  });
});

describe('the meeting', () => {
  let agenda: ReturnType<Season['agenda']>;
  let refusal: string;
  let checkAlert: string;
  let tie: typeof agenda;
  let swapOut: (typeof agenda)[number];
  let swapIn: (typeof agenda)[number];

  beforeAll(() => {
    season.rt.advanceTo(kyiv(2024, 10, 11, 10, 0));
    season.stage('Підготувати порядок денний');
    agenda = season.agenda();
    tie = agenda.filter((i) => i.kind === 'Нічия на межі');
    const bl = agenda.filter((i) => i.kind === 'Межовий кейс');
    swapOut = bl.find((i) => i.standing === 'так')!;
    swapIn = bl.find((i) => i.standing === 'ні')!;
    // A slip first: six votes recorded with five present
    season.vote(swapOut.row, [5, 1, 0, 0], 'виключити');
    season.rt.menu('Затвердити рейтинг…');
    refusal = lastAlert();
    season.stage('Перевірити записи голосування');
    checkAlert = lastAlert();
  });

  test('the agenda lists the tie, the borderline cases with their figures and the round beside the first mean', () => {
    expect(tie.length).toBeGreaterThan(1);
    expect(tie.every((t) => t.standing === 'нічия на межі')).toBe(true);
    const tab = readTab(season.rt, MEETING);
    const header = tab.find((r) => r[0] === '№')!;
    expect(header.slice(14, 19)).toEqual(['«За»', '«Проти»', '«Утрималися»', '«Не голосували»', 'Рішення']);
    for (const id of borderline) expect(agenda.some((i) => i.id === id)).toBe(true);
    const changed = tab.find((r) => r[2] === changedBy.id)!;
    expect(typeof changed[11]).toBe('number');
    expect(String(changed[12])).toMatch(/^1 з \d$/);
    expect(tab.find((r) => r[0] === 'Присутні члени комісії')![1]).toBe(5);
    expect(tab.find((r) => r[0] === 'Повторне оцінювання межових кейсів')![1]).toContain('завершено');
  });

  test('a wrong record is refused with the row named, and «Перевірка» says what is wrong beside it', () => {
    expect(refusal).toContain(`Аркуш «Засідання», рядок ${swapOut.row} (кейс ${swapOut.id}): голосів 6`);
    expect(refusal).toContain('а присутніх 5');
    expect(readTab(season.rt, APPROVED)).toEqual([]);
    expect(checkAlert).toContain('Знайдено помилок у записах засідання: 1');
    const row = season.rt.as(OWNER).open(season.masterId).read(MEETING, `U${swapOut.row}`)[0][0];
    expect(String(row)).toMatch(/^голосів 6/);
  });

  test('decisions that change the number of places need an explanation', () => {
    season.vote(swapOut.row, [3, 1, 1, 0], 'виключити');
    season.rt.menu('Затвердити рейтинг…');
    const inList = rating().filter((r) => r[2] === 'до списку').length;
    // The tie is not decided yet either: its seats are empty too
    expect(lastAlert()).toContain(`За рішеннями засідання у списку ${inList - 1} кейс`);
    expect(lastAlert()).toContain(`а місць ${winners}`);
    expect(lastAlert()).toContain('B4');
    // Two of five for the decision recorded: no majority
    season.vote(swapIn.row, [2, 2, 1, 0], 'включити');
    season.rt.menu('Затвердити рейтинг…');
    expect(lastAlert()).toContain(
      `рядок ${swapIn.row} (кейс ${swapIn.id}): рішення «включити» не набрало більшості`,
    );
  });

  describe('approval and protocol by the recorded votes', () => {
    let approved: unknown[][];
    let protocol: string;
    const seats = () => winners - rating().filter((r) => r[2] === 'до списку').length;

    beforeAll(() => {
      season.vote(swapIn.row, [5, 0, 0, 0], 'включити', 'Кейс має вплив на кілька районів.');
      // The tie: the last tied cases, as many as there are seats, are included; the others not
      const chosen = tie.slice(-seats());
      for (const t of tie)
        season.vote(
          t.row,
          chosen.includes(t) ? [5, 0, 0, 0] : [4, 1, 0, 0],
          chosen.includes(t) ? 'включити' : 'виключити',
        );
      season.stage('Затвердити рейтинг…', [{ button: 'OK' }, { button: 'OK' }, { button: 'YES' }]);
      approved = readTab(season.rt, APPROVED);
      season.setSetting('Голова комісії', 'Мирослава СМІРНОВА');
      season.setSetting('Секретар комісії', 'Дмитро РУБАН');
      season.stage('Проєкт протоколу засідання');
      const doc = [...season.rt.world.drive.values()].find((f) => f.appProperties.top100 === 'protocol')!;
      protocol = bodyText(season.rt.documents.get(doc.id).saved).replace(/\u00a0/g, ' ');
    });

    test('the approved list is the rating’s selection changed only by the decisions, the places kept', () => {
      const list = approved.slice(8).map((r) => String(r[0]));
      const selected = rating()
        .filter((r) => r[2] === 'до списку')
        .map((r) => r[0]);
      const chosen = tie.slice(-seats()).map((t) => t.id);
      expect(list.sort()).toEqual(
        [...selected.filter((id) => id !== swapOut.id), swapIn.id, ...chosen].sort(),
      );
      expect(list).toHaveLength(winners);
      const basis = new Map(approved.slice(8).map((r) => [String(r[0]), r[5]]));
      expect(basis.get(swapIn.id)).toBe('рішення засідання комісії');
      for (const id of chosen) expect(basis.get(id)).toBe('рішення комісії (нічия на межі)');
      expect(approved[5].slice(1, 4)).toEqual([tie.map((t) => t.id).join(', '), seats(), chosen.join(', ')]);
    });

    test('«Засідання» is protected once the list is approved by it', () => {
      season.rt.share(season.masterId, 'colleague@example.org', 'writer', { notify: false });
      const colleague = season.rt.as('colleague@example.org').open(season.masterId);
      expect(colleague.canEdit(MEETING, `O${swapIn.row}`)).toBe(false);
      season.rt.menu('Підготувати порядок денний');
      expect(lastAlert()).toContain('Рейтинг уже затверджено');
    });

    test('the protocol writes each decided item in the seeds’ form with the recorded votes', () => {
      const dashes = (s: string) => s.replace(/\s[–—-]\s/g, ' — ');
      const text = dashes(protocol);
      const decided = 2 + tie.length;
      expect(text.match(/^1\.\d+\. СЛУХАЛИ: /gm)).toHaveLength(decided);
      const item = (id: string) => text.slice(text.indexOf(`щодо кейсу ${id}`));
      expect(item(swapOut.id)).toMatch(
        /^[^\n]*\nГОЛОСУВАЛИ: «за» — 3; «проти» — 1; «утрималися» — 1; «не голосували» — 0\. Рішення прийнято\.\nВИРІШИЛИ: виключити кейс/,
      );
      expect(item(swapIn.id)).toMatch(
        /^[^\n]*\nВИСТУПИЛИ: Кейс має вплив на кілька районів\.\nГОЛОСУВАЛИ: «за» — 5; «проти» — 0; «не голосували» — 0\. Рішення прийнято\.\nВИРІШИЛИ: включити кейс/,
      );
      for (const t of tie) expect(item(t.id)).toMatch(/^[^\n]*нічия|однаковий результат на межі/);
      const added = /до списку включено: ([^;]*);/.exec(text)![1].split(', ');
      expect(added.sort()).toEqual([swapIn.id, ...tie.slice(-seats()).map((t) => t.id)].sort());
      expect(text).toContain(`зі списку виключено: ${swapOut.id}`);
      // The annex is the approved list
      for (const r of approved.slice(8))
        expect(text).toContain(typeset(String(r[1])).replace(/\u00a0/g, ' '));
      expect(text).not.toContain(typeset(swapOut.id + ' »'));
    });
  });
});

describe('the stands', () => {
  let pdfs: { name: string; read: PdfRead; content: Buffer }[];
  let tabRows: unknown[][];
  let approved: unknown[][];

  beforeAll(() => {
    season.setSetting('Адреса публічної сторінки', season.publicUrl);
    season.stage('Оприлюднити список');
    season.stage('Каталог кращих практик');
    for (let i = 0; i < 20 && season.stagesState().catalog.pending; i++) season.rt.advanceBy(10 * 60_000);
    season.stage('Стенди');
    tabRows = readTab(season.rt, 'Стенди');
    approved = readTab(season.rt, APPROVED).slice(8);
    const files = outputFiles(season.rt, 'stand');
    const read = readPdfs(
      files.map((f) => f.content),
      { images: true },
    );
    pdfs = files.map((f, i) => ({ name: f.name, read: read[i], content: f.content }));
  });

  test('the tab is made with the 2022 locations, and each row gets its poster’s link and count', () => {
    expect(tabRows.slice(2).map((r) => r[0])).toEqual(STANDS_2022.map((s) => s[0]));
    expect(pdfs).toHaveLength(STANDS_2022.length);
    for (const r of tabRows.slice(2))
      expect(String(r[3])).toMatch(/^https:\/\/drive\.google\.com\/file\/d\/.+\/view$/);
    expect(lastAlert()).toContain('Плакатів для стендів: 8');
  });

  test('every poster is a print-ready A1 sheet set holding all its district’s approved cases', () => {
    const mm = (pt: number) => Math.round((pt * 25.4) / 72);
    for (const [location, district] of STANDS_2022) {
      const pdf = pdfs.find((p) => p.name.includes(location))!;
      for (const s of pageSizes(pdf.content)) expect([mm(s.width), mm(s.height)]).toEqual([594, 841]);
      const text = squash(pdf.read.text);
      const mine = approved.filter((r) => district === 'усе місто' || r[3] === district);
      for (const r of mine) expect(text).toContain(squash(typeset(String(r[1]))));
      const others = approved.filter((r) => !mine.includes(r));
      for (const r of others) expect(text).not.toContain(squash(typeset(String(r[1]))));
      expect(text).toContain(squash('ТОП-100 — ярмарок кращих кейсів партнерства влади та громади · 2024'));
    }
  });

  test('the QR codes decode to the public page filtered to the stand’s district and to the catalog', () => {
    const catalog = outputFiles(season.rt, 'catalog-pdf')[0];
    for (const [location, district] of STANDS_2022) {
      const pdf = pdfs.find((p) => p.name.includes(location))!;
      const codes = pdf.read.images.filter((i) => i.page === 1).map((i) => qrText(i.png));
      const hasCases = approved.some((r) => r[3] === district);
      const page =
        district === 'усе місто' || !hasCases ? season.publicUrl : districtUrl(season.publicUrl, [district]);
      expect(codes).toEqual([page, `https://drive.google.com/file/d/${catalog.id}/view`]);
      if (page === season.publicUrl) continue;
      // The web app opened from that code lists the district's cases: its filter is set to the district
      const param = new URL(page).searchParams.get('district')!;
      const html = season.rt.web({ district: param }).html;
      expect(html).toContain(`<option value="${district}" selected>`);
    }
  });

  test('each PDF has as many pages as the journal says sheets: nothing spills onto a page of its own', () => {
    const journal = readTab(season.rt, 'Журнал').filter((r) => r[1] === 'Плакат стенда');
    for (const [location] of STANDS_2022) {
      const pdf = pdfs.find((p) => p.name.includes(location))!;
      const line = String(journal.find((r) => String(r[3]).startsWith(location))![3]);
      expect({ location, pages: pdf.read.pages }).toEqual({
        location,
        pages: Number(/аркушів (\d+)/.exec(line)![1]),
      });
    }
  });
});

describe('the stands again', () => {
  test('a re-run makes nothing twice; a changed row makes only its poster again, in the same PDF file', () => {
    const before = outputFiles(season.rt, 'stand');
    const filesBefore = season.rt.world.drive.size;
    season.stage('Стенди');
    expect(lastAlert()).toContain('Плакатів для стендів: 0');
    expect(lastAlert()).toContain('Без змін (плакат уже показує те саме): 8');
    expect(season.rt.world.drive.size).toBe(filesBefore);
    // The stand in the Голосіївський park is printed on A2 this year
    season.rt.as(OWNER).open(season.masterId).type('Стенди', 'C3', 'A2');
    season.stage('Стенди');
    expect(lastAlert()).toContain('Плакатів для стендів: 1');
    const after = outputFiles(season.rt, 'stand');
    expect(after.map((f) => f.id).sort()).toEqual(before.map((f) => f.id).sort());
    const changed = after.find((f) => f.name.includes(STANDS_2022[0][0]))!;
    const mm = (pt: number) => Math.round((pt * 25.4) / 72);
    expect(pageSizes(changed.content).map((p) => [mm(p.width), mm(p.height)])[0]).toEqual([420, 594]);
    expect(after.filter((f) => !before.find((b) => b.content.equals(f.content)))).toEqual([changed]);
  });

  test('on A2 and A3 both codes still decode from the PDF, the page’s on the first sheet, and the sheets are what the journal says', () => {
    const owner = season.rt.as(OWNER).open(season.masterId);
    owner.type('Стенди', 'C4', 'A3');
    season.stage('Стенди');
    const catalog = outputFiles(season.rt, 'catalog-pdf')[0];
    const journal = readTab(season.rt, 'Журнал').filter((r) => r[1] === 'Плакат стенда');
    const approved = readTab(season.rt, APPROVED).slice(8);
    for (const [row, size] of [
      [3, 'A2'],
      [4, 'A3'],
    ] as const) {
      const [location, district] = STANDS_2022[row - 3];
      const file = outputFiles(season.rt, 'stand').find((f) => f.name.includes(location))!;
      const [read] = readPdfs([file.content], { images: true });
      const mm = (pt: number) => Math.round((pt * 25.4) / 72);
      const want = size === 'A2' ? [420, 594] : [297, 420];
      for (const s of pageSizes(file.content)) expect([mm(s.width), mm(s.height)]).toEqual(want);
      const hasCases = approved.some((r) => r[3] === district);
      expect(read.images.map((i) => qrText(i.png))).toEqual([
        hasCases ? districtUrl(season.publicUrl, [district]) : season.publicUrl,
        `https://drive.google.com/file/d/${catalog.id}/view`,
      ]);
      expect(read.images[0].page).toBe(1);
      const line = String([...journal].reverse().find((r) => String(r[3]).startsWith(location))![3]);
      expect(read.pages).toBe(Number(/аркушів (\d+)/.exec(line)![1]));
      const text = squash(read.text);
      for (const r of approved.filter((a) => a[3] === district))
        expect(text).toContain(squash(typeset(String(r[1]))));
    }
    owner.type('Стенди', 'C4', 'A1');
    season.stage('Стенди');
  });

  test('a stand taken out of the tab has its poster put in the trash, journaled once; the others are untouched', () => {
    const owner = season.rt.as(OWNER).open(season.masterId);
    const before = outputFiles(season.rt, 'stand');
    const gone = before.find((f) => f.name.includes(STANDS_2022[7][0]))!;
    const row = owner.read('Стенди', 'A10:F10')[0];
    owner.type('Стенди', 'A10', '');
    owner.type('Стенди', 'B10', '');
    owner.type('Стенди', 'C10', '');
    season.stage('Стенди');
    expect(lastAlert()).toContain('Плакатів для стендів: 0');
    expect(lastAlert()).toContain(
      `У кошику плакати стендів, яких більше немає в аркуші «Стенди»: ${gone.name}`,
    );
    const after = outputFiles(season.rt, 'stand');
    expect(after.map((f) => f.id).sort()).toEqual(
      before
        .filter((f) => f !== gone)
        .map((f) => f.id)
        .sort(),
    );
    expect(season.rt.world.drive.get(gone.id)?.trashed).toBe(true);
    const trashedLines = () =>
      readTab(season.rt, 'Журнал').filter((r) => String(r[3]).startsWith('У кошику плакати стендів')).length;
    expect(trashedLines()).toBe(1);
    // Run again: nothing left to trash, nothing made
    season.stage('Стенди');
    expect(lastAlert()).not.toContain('У кошику');
    expect(trashedLines()).toBe(1);
    // The row back: its poster is made anew
    owner.type('Стенди', 'A10', String(row[0]));
    owner.type('Стенди', 'B10', String(row[1]));
    owner.type('Стенди', 'C10', String(row[2]));
    season.stage('Стенди');
    expect(lastAlert()).toContain('Плакатів для стендів: 1');
    expect(outputFiles(season.rt, 'stand')).toHaveLength(before.length);
  });

  test('a size mistyped in the tab is refused naming its cell, and no poster changes', () => {
    const before = outputFiles(season.rt, 'stand').map((f) => f.content);
    season.rt.as(OWNER).open(season.masterId).type('Стенди', 'C4', 'А5');
    season.rt.menu('Стенди');
    expect(lastAlert()).toContain('Аркуш «Стенди», рядок 4: розмір «А5» — має бути A1, A2 або A3.');
    expect(outputFiles(season.rt, 'stand').map((f) => f.content)).toEqual(before);
    season.rt.as(OWNER).open(season.masterId).type('Стенди', 'C4', 'A1');
  });

  test('cut off by Apps Script’s limit in the middle of a poster, the dispatcher finishes the rest: every stand one PDF, the same files, every row its link', () => {
    const before = outputFiles(season.rt, 'stand');
    const limit = season.rt.world.limits.executionSeconds;
    // A new title changes every poster; executions of 90 s end in the middle of the third or fourth
    season.setSetting('Назва', 'ТОП-100 — кращі кейси партнерства');
    // The rows' links wiped: each must be written again by the run that finds its poster made
    const owner = season.rt.as(OWNER).open(season.masterId);
    owner.paste(
      'Стенди',
      'D3',
      STANDS_2022.map(() => ['', '', '']),
    );
    // The click is cut off in the middle of its first poster; the dispatcher's runs of 90 s in a later one
    season.rt.world.limits.executionSeconds = 15;
    try {
      const from = season.rt.executions.length;
      season.rt.menu('Стенди');
      expect(season.rt.executions[season.rt.executions.length - 1]).toMatchObject({
        fn: 'menuStands',
        outcome: 'timeout',
      });
      expect(season.stagesState().stands?.pending).toBe(true);
      season.rt.world.limits.executionSeconds = 90;
      for (let i = 0; i < 30 && season.stagesState().stands?.pending; i++) season.rt.advanceBy(10 * 60_000);
      expect(season.stagesState().stands?.pending).toBe(false);
      const runs = season.rt.executions.slice(from).filter((e) => e.outcome === 'timeout');
      expect(runs.length).toBeGreaterThanOrEqual(1);
      const after = outputFiles(season.rt, 'stand');
      expect(after.map((f) => f.id).sort()).toEqual(before.map((f) => f.id).sort());
      // One Doc a stand: each one made anew put the one before it in the trash
      const docs = [...season.rt.world.drive.values()].filter(
        (f) => f.appProperties.top100 === 'stand-doc' && !f.trashed,
      );
      expect(docs.map((d) => d.appProperties.top100Case).sort()).toEqual(before.map((f) => f.caseId).sort());
      const texts = readPdfs(after.map((f) => f.content)).map((r) => squash(r.text));
      for (const t of texts) expect(t).toContain(squash('ТОП-100 — кращі кейси партнерства · 2024'));
      const tab = readTab(season.rt, 'Стенди').slice(2);
      for (const r of tab) {
        const file = after.find((f) => f.name.includes(String(r[0])))!;
        expect(r[3]).toBe(`https://drive.google.com/file/d/${file.id}/view`);
      }
    } finally {
      season.rt.world.limits.executionSeconds = limit;
      season.setSetting('Назва', 'ТОП-100 — ярмарок кращих кейсів партнерства влади та громади');
    }
  });
});

describe('owner only', () => {
  test('a colleague clicking «Стенди» is told who the owner is, and no file is made', () => {
    const before = season.rt.world.drive.size;
    season.rt.share(season.masterId, 'colleague@example.org', 'writer', { notify: false });
    season.rt.authorize('colleague@example.org');
    season.rt.openMaster('colleague@example.org');
    season.rt.menu('Стенди', [], { as: 'colleague@example.org' });
    expect(lastAlert()).toContain(OWNER);
    expect(season.rt.world.drive.size).toBe(before);
    season.rt.openMaster(OWNER);
  });
});
