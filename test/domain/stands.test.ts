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
import { qrModuleMmFor, qrReadingDistanceMm } from '../../src/domain/qr';
import { decodePng } from '../../local/services/images';
import jsQR from 'jsqr';
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

  test('the page address names the districts in Latin (a Cyrillic name percent-encoded is six bytes a letter); the whole city gets the page itself', () => {
    expect(districtUrl(PAGE, ['Солом’янський'])).toBe(`${PAGE}?district=Solomianskyi`);
    expect(districtUrl(`${PAGE}?lang=uk`, ['Печерський', 'Дарницький'])).toBe(
      `${PAGE}?lang=uk&district=Pecherskyi,Darnytskyi`,
    );
    expect(districtUrl(PAGE, [])).toBe(PAGE);
  });

  test('the public page opened with ?district= has that district chosen in its filter, however it is spelt', () => {
    const html =
      '<select id="d"><option value="">Усі райони</option><option value="Дарницький">Дарницький</option>' +
      '<option value="Печерський">Печерський</option></select><ul></ul>';
    expect(focusDistricts(html, 'печерський район')).toContain('<option value="Печерський" selected>');
    // …and by the Latin name the stands' QR codes carry
    const latin = new URL(districtUrl(PAGE, ['Печерський'])).searchParams.get('district')!;
    expect(focusDistricts(html, latin)).toContain('<option value="Печерський" selected>');
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
      for (const c of many) expect(all).toContain(typeset(`${c.title} — ${c.organisation}`));
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
    const last = list[list.length - 1];
    expect(t[t.length - 1]).toBe(typeset(`${last.title} — ${last.organisation}`));
    expect(t).toContain(typeset('Київ: 7 кращих кейсів 2024 року за районами'));
  });
});

describe('the QR codes read from two metres on every paper', () => {
  /** A web app's address as Apps Script gives it (a deployment ID of 72 characters), and a Drive file's. */
  const DEPLOYED = `https://script.google.com/macros/s/AKfycb${'x7Qm2Lp9'.repeat(8)}Zk1/exec`;
  const DRIVE = `https://drive.google.com/file/d/1${'aB3dE5gH7j'.repeat(3)}Kl/view`;

  /** Every image of the blocks with the sheet it is on (page breaks counted). */
  const images = (blocks: Block[]): { png: number[]; width: number; sheet: number }[] => {
    let sheet = 1;
    const out: { png: number[]; width: number; sheet: number }[] = [];
    const walk = (bs: Block[]) => {
      for (const b of bs) {
        if (b.kind === 'pageBreak') sheet++;
        else if (b.kind === 'image') out.push({ png: b.png, width: b.width, sheet });
        else if (b.kind === 'table')
          for (const r of b.rows) for (const c of r) if (typeof c !== 'string') walk(c.blocks);
      }
    };
    walk(blocks);
    return out;
  };

  /**
   * A printed code as a phone meets it: decoded from its PNG (which gives its version, so its modules), and the
   * module's printed size from the image's side on the sheet (Docs pixels, 96 to the inch) over the PNG's modules,
   * its quiet zone included.
   */
  const printed = (img: { png: number[]; width: number }) => {
    const { width, height, rgba } = decodePng(Buffer.from(img.png.map((b) => b & 0xff)));
    const code = jsQR(new Uint8ClampedArray(rgba), width, height)!;
    const modules = 17 + 4 * code.version;
    // The PNG is whole pixels a module: its side over the modules with the quiet zone
    const scale = [...Array(20).keys()].find(
      (k) => k > 0 && width % k === 0 && (width / k - modules) % 2 === 0 && width / k - modules === 8,
    )!;
    expect(scale).toBeDefined();
    const moduleMm = ((img.width / 96) * 25.4) / (width / scale);
    return { url: code.data, modules, moduleMm };
  };

  test('the rule: 4.2 mm a module at 2 m; a 25-module code of 20 cm (the 10:1 rule at 2 m) is read from farther', () => {
    expect(qrModuleMmFor(2000)).toBeCloseTo(4.17, 2);
    expect(qrReadingDistanceMm(qrModuleMmFor(1234))).toBeCloseTo(1234, 6);
    expect(qrReadingDistanceMm(200 / 25)).toBeGreaterThan(2000);
  });

  test.each(['A1', 'A2', 'A3'] as const)(
    '%s: both codes decode to their addresses and each module is read from 2 m; the page’s code on the first sheet, both before the cases',
    (size) => {
      for (const districts of [['Святошинський'], ['Солом’янський', 'Шевченківський', 'Дніпровський']]) {
        const pageUrl = districtUrl(DEPLOYED, districts);
        const p = poster({
          title: 'ТОП-100 — ярмарок кращих кейсів партнерства влади та громади',
          year: 2024,
          stand: { row: 3, location: 'Парк «Совки», Святошинський район', districts, city: false, size },
          cases: approved(districts[0], 30),
          pageUrl,
          catalogUrl: DRIVE,
        });
        const codes = images(p.blocks);
        expect(codes.map((c) => printed(c).url)).toEqual([pageUrl, DRIVE]);
        for (const c of codes) expect(qrReadingDistanceMm(printed(c).moduleMm)).toBeGreaterThanOrEqual(2000);
        expect(codes[0].sheet).toBe(1);
        // The cases come after the codes: the sheet of the first table of cases is not before the catalog's code
        let sheet = 1;
        let casesFrom = 0;
        for (const b of p.blocks) {
          if (b.kind === 'pageBreak') sheet++;
          else if (!casesFrom && b.kind === 'table' && b.rows.every((r) => typeof r[0] === 'string'))
            casesFrom = sheet;
        }
        expect(casesFrom).toBeGreaterThanOrEqual(codes[1].sheet);
        // The codes as the poster reports them (what the workflow and the guide rely on)
        expect(p.codes.map((c) => [c.url, c.sheet])).toEqual(
          codes.map((c, i) => [[pageUrl, DRIVE][i], c.sheet]),
        );
        if (size === 'A1') expect(codes.map((c) => c.sheet)).toEqual([1, 1]);
      }
    },
  );

  test('a code printed at the old A3 size (11 cm for the page) would not be read from 2 m', () => {
    const p = poster({
      title: 'ТОП-100',
      year: 2024,
      stand: { row: 3, location: 'Парк', districts: ['Печерський'], city: false, size: 'A3' },
      cases: approved('Печерський', 2),
      pageUrl: districtUrl(DEPLOYED, ['Печерський']),
      catalogUrl: DRIVE,
    });
    const [page] = images(p.blocks);
    const old = { ...page, width: Math.round((110 / 25.4) * 96) };
    expect(qrReadingDistanceMm(printed(old).moduleMm)).toBeLessThan(2000);
  });
});
