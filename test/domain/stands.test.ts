// The stands on plain data: the tab as the secretary edits it (every mistake named by its cell), which cases each
// stand shows, the address its QR code opens, and a poster readable from two metres.
import type { ApprovedCase } from '../../src/domain/approval';
import type { Block } from '../../src/domain/blocks';
import { focusDistricts } from '../../src/domain/publication';
import {
  districtUrl,
  parseStands,
  parsePaper,
  poster,
  POSTER_MIN_PT,
  standCases,
  standPlace,
  standsInitialRows,
  unservedDistricts,
  STANDS_2022,
  type Stand,
} from '../../src/domain/stands';
import { asCaseId } from '../../src/domain/types';
import { typeset } from '../../src/domain/typography';

const PAGE = 'https://script.google.com/macros/s/AKfycb-deployment/exec';
const CATALOG = 'https://drive.google.com/file/d/catalog-pdf/view';

const approved = (district: string, n: number, from = 1): ApprovedCase[] =>
  Array.from({ length: n }, (_, i) => ({
    id: asCaseId(`2024-${String(from + i).padStart(3, '0')}`),
    title: `Кейс ${district} ${from + i}: сквер, укриття й толока для мешканців кварталу`,
    organisation: `ГО «Громада ${from + i}»`,
    district,
    category: 'Благоустрій',
    basis: 'rating',
  }));

const list = [
  ...approved('Голосіївський', 3, 1),
  ...approved('Печерський', 2, 10),
  ...approved('Дарницький', 1, 20),
  ...approved('', 1, 30),
];

/** Rows of the tab: the two head rows and the stands given. */
const tab = (...stands: unknown[][]): unknown[][] => [['help'], ['header'], ...stands];

describe('the «Стенди» tab', () => {
  test('made with the eight locations of 2022; the one on Хрещатик serves the whole city', () => {
    const { stands, problems } = parseStands(standsInitialRows());
    expect(problems).toEqual([]);
    expect(stands.map((s) => s.location)).toEqual(STANDS_2022.map((s) => s[0]));
    expect(stands.filter((s) => s.city).map((s) => s.location)).toEqual([
      'Хрещатик, навпроти Київської міської державної адміністрації',
    ]);
    expect(stands.every((s) => s.size === 'A1')).toBe(true);
  });

  test('districts in any spelling, several by commas; sizes with a Cyrillic А or spaces', () => {
    const { stands, problems } = parseStands(
      tab(['Парк', 'печерського району; Голосіївський', 'а2 '], ['Площа', 'усе місто', 'A3']),
    );
    expect(problems).toEqual([]);
    expect(stands.map((s) => [s.row, s.districts, s.city, s.size])).toEqual([
      [3, ['Печерський', 'Голосіївський'], false, 'A2'],
      [4, [], true, 'A3'],
    ]);
    expect(parsePaper('A4')).toBeNull();
  });

  test('a wrong size, an unknown district or a missing location is named by its cell; blank rows are skipped', () => {
    const { stands, problems } = parseStands(
      tab(
        ['Парк', 'Київський', 'A1'],
        ['', '', ''],
        ['Сквер', 'Оболонський', 'A4'],
        ['', 'Дарницький', 'A1'],
      ),
    );
    expect(stands).toEqual([]);
    expect(problems.map((p) => [p.place?.row, p.place?.column])).toEqual([
      [3, 'B'],
      [5, 'C'],
      [6, 'A'],
    ]);
    expect(problems[0].uk).toBe(
      'Аркуш «Стенди», рядок 3: «Київський» — не район Києва. Впишіть назву району (наприклад, Голосіївський) або «усе місто».',
    );
    expect(problems[1].uk).toContain('розмір «A4» — має бути A1, A2 або A3');
  });
});

describe('what a stand shows and where its codes lead', () => {
  const stand = (districts: string[], city = false): Stand => ({
    row: 3,
    location: 'Парк',
    districts,
    city,
    size: 'A1',
  });

  test('a district stand its districts’ cases; a whole-city stand every case', () => {
    expect(standCases(stand(['Печерський', 'Дарницький']), list).map((c) => c.id)).toEqual([
      '2024-010',
      '2024-011',
      '2024-020',
    ]);
    expect(standCases(stand([], true), list)).toHaveLength(list.length);
    expect(unservedDistricts([stand(['Печерський'])], list)).toEqual(['Голосіївський', 'Дарницький']);
    expect(standPlace(stand(['Печерський', 'Дарницький']))).toBe('Печерський і Дарницький райони');
    expect(standPlace(stand([], true))).toBe('Київ');
  });

  test('the page address with the districts percent-encoded; the whole city gets the page itself', () => {
    expect(districtUrl(PAGE, ['Солом’янський'])).toBe(
      `${PAGE}?district=%D0%A1%D0%BE%D0%BB%D0%BE%D0%BC%E2%80%99%D1%8F%D0%BD%D1%81%D1%8C%D0%BA%D0%B8%D0%B9`,
    );
    expect(districtUrl(`${PAGE}?lang=uk`, ['Печерський', 'Дарницький'])).toBe(
      `${PAGE}?lang=uk&district=${encodeURIComponent('Печерський,Дарницький')}`,
    );
    expect(districtUrl(PAGE, [])).toBe(PAGE);
  });

  test('the public page opened with ?district= has that district chosen in its filter, however it is spelt', () => {
    const html =
      '<select id="d"><option value="">Усі райони</option><option value="Дарницький">Дарницький</option>' +
      '<option value="Печерський">Печерський</option></select><ul></ul>';
    expect(focusDistricts(html, 'печерський район')).toContain('<option value="Печерський" selected>');
    const two = focusDistricts(html, 'Печерський,Дарницький');
    expect(two).toContain('<option value="Дарницький|Печерський" selected>Дарницький, Печерський</option>');
    // A district the page does not list, or markup, leaves the page as it was
    expect(focusDistricts(html, 'Оболонський')).toBe(html);
    expect(focusDistricts(html, '"><script>alert(1)</script>')).toBe(html);
  });
});

describe('the poster', () => {
  const texts = (blocks: Block[]): string[] =>
    blocks.flatMap((b) =>
      b.kind === 'paragraph'
        ? [b.text]
        : b.kind === 'table'
          ? b.rows.flat().flatMap((c) => (typeof c === 'string' ? [c] : texts(c.blocks)))
          : [],
    );

  test.each(['A1', 'A2', 'A3'] as const)(
    '%s: every text but the printed links at least 44 pt, the sheet of that size, every case on it',
    (size) => {
      const many = [...approved('Голосіївський', 40, 100)];
      const p = poster({
        title: 'ТОП-100',
        year: 2024,
        stand: { row: 3, location: 'Голосіївський парк', districts: ['Голосіївський'], city: false, size },
        cases: many,
        pageUrl: districtUrl(PAGE, ['Голосіївський']),
        catalogUrl: CATALOG,
      });
      for (const t of p.texts.filter((x) => !x.link)) expect(t.size).toBeGreaterThanOrEqual(POSTER_MIN_PT);
      expect(p.texts.filter((x) => x.link).map((x) => x.text)).toEqual([
        districtUrl(PAGE, ['Голосіївський']),
        CATALOG,
      ]);
      const mm = (pt: number) => Math.round((pt * 25.4) / 72);
      expect([mm(p.page.width), mm(p.page.height)]).toEqual(
        { A1: [594, 841], A2: [420, 594], A3: [297, 420] }[size],
      );
      const all = texts(p.blocks).join('\n');
      for (const c of many) expect(all).toContain(`${typeset(c.title)}\n${typeset(c.organisation)}`);
      expect(p.sheets).toBeGreaterThan(1);
      expect(p.blocks.filter((b) => b.kind === 'pageBreak')).toHaveLength(p.sheets - 1);
      expect(all).toContain(`аркуш ${p.sheets} з ${p.sheets}`);
    },
  );

  test('a whole-city stand groups its cases by district, the cases without one last', () => {
    const p = poster({
      title: 'ТОП-100',
      year: 2024,
      stand: { row: 3, location: 'Хрещатик', districts: [], city: true, size: 'A1' },
      cases: list,
      pageUrl: PAGE,
      catalogUrl: CATALOG,
    });
    const t = texts(p.blocks);
    const groups = t.filter((x) => /район$|^Не вказано$/.test(x));
    expect(groups).toEqual(['Голосіївський район', 'Дарницький район', 'Печерський район', 'Не вказано']);
    expect(t[t.length - 1]).toBe(typeset(list[list.length - 1].organisation));
    expect(t[1]).toBe(typeset('Київ: 7 кращих кейсів 2024 року за районами'));
  });
});
