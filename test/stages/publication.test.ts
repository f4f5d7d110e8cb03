// What the public gets: the page (escaped, searchable and filterable on a phone, nothing loaded from elsewhere),
// the CSV (no formula runs in Excel) and the XLSX (text cells, read back by exceljs), and the QR codes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { createUtilities } from '../../local/services/utilities';
import { unzipEntries } from '../../local/services/zip';
import { World } from '../../local/world';
import {
  exportRows,
  focusDistricts,
  publicPage,
  shortDescription,
  toCsv,
  xlsxParts,
  type PublicCase,
} from '../../src/domain/publication';
import { qrMatrix, qrPng, qrPngSignedBytes } from '../../src/domain/qr';
import { foldForSearch } from '../../src/domain/search';
import { PAGE_TEMPLATE } from '../../src/workflow/publish';
import { launchChromium } from '../ui/browser';
import { qrText } from './images';

const HOSTILE = '=IMPORTXML("http://example.org","//a") <script>alert(1)</script>';

const cases: PublicCase[] = [
  {
    id: '2024-001',
    title: 'Сквер для всіх',
    organisation: 'ГО «Разом»',
    district: 'Печерський',
    category: 'Благоустрій',
    description: 'Толока й нові лавки.',
  },
  {
    id: '2024-002',
    title: 'Укриття в школі',
    organisation: 'Дарницька РДА',
    district: 'Дарницький',
    category: 'Безпека',
    description: 'Облаштовано укриття на 300 дітей.',
  },
  {
    id: '2024-003',
    title: 'Укриття біля метро',
    organisation: 'ГО "Двір"',
    district: 'Печерський',
    category: 'Безпека',
    description: 'Укриття для мешканців кварталу.',
  },
  {
    id: '2024-004',
    title: HOSTILE,
    organisation: '"><img src=x onerror=alert(2)>',
    district: 'Оболонський',
    category: 'Культура',
    description: 'Опис '.repeat(100),
  },
];

const page = (): string =>
  publicPage(PAGE_TEMPLATE, {
    title: 'ТОП-100',
    year: 2024,
    approval: { meeting: '11.10.2024', protocol: '2' },
    publishedAt: '15.10.2024 12:00',
    cases,
  });

describe('the public page', () => {
  test('escapes everything that came from the cases: no markup or attribute can be injected', () => {
    const html = page();
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain(
      '=IMPORTXML(&quot;http://example.org&quot;,&quot;//a&quot;) &lt;script&gt;alert(1)&lt;/script&gt;',
    );
    expect(html).toContain('data-d="Оболонський"');
    expect(html.match(/<li /g)).toHaveLength(4);
  });

  test('is self-contained and small: no external script, style, font or image', () => {
    const html = page();
    const tags = html.match(/<[a-z][^>]*>/gi) ?? [];
    expect(tags.length).toBeGreaterThan(20);
    expect(tags.filter((t) => /\s(src|href)\s*=/i.test(t))).toEqual([]);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(Buffer.byteLength(html)).toBeLessThan(12_000);
  });

  test('shows places nowhere and a short description of each case', () => {
    const html = page();
    expect(html).not.toMatch(/Позиція|місце №/);
    expect(shortDescription('Опис '.repeat(100))).toMatch(/^(Опис ){40,}Опис…$/);
    expect(shortDescription('Коротко.')).toBe('Коротко.');
  });

  test('on a phone: search and the district and category filters narrow the list in the page, without any request', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'top100-page-')), 'public.html');
    fs.writeFileSync(file, page());
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage({
        viewport: { width: 375, height: 740 },
        isMobile: true,
        hasTouch: true,
      });
      const requests: string[] = [];
      tab.on('request', (r) => requests.push(r.url()));
      const alerts: string[] = [];
      tab.on('dialog', (d) => {
        alerts.push(d.message());
        void d.dismiss();
      });
      await tab.goto(`file://${file}`);
      const visible = () =>
        tab.$$eval('#list li:not([hidden]) h2', (els) =>
          els.map((e) => (e as unknown as { textContent: string }).textContent),
        );
      expect(await visible()).toHaveLength(4);
      expect(await tab.textContent('#shown')).toBe('Показано: 4 з 4');
      await tab.fill('#q', 'укриття');
      expect((await visible()).sort()).toEqual(['Укриття біля метро', 'Укриття в школі']);
      await tab.selectOption('#d', 'Печерський');
      expect(await visible()).toEqual(['Укриття біля метро']);
      await tab.fill('#q', '');
      await tab.selectOption('#c', 'Благоустрій');
      expect(await visible()).toEqual(['Сквер для всіх']);
      await tab.selectOption('#c', 'Культура');
      expect(await visible()).toEqual([]);
      expect(await tab.isVisible('#none')).toBe(true);
      // Nothing overflows a phone's width
      expect(
        await tab.evaluate(
          () =>
            (globalThis as unknown as { document: { documentElement: { scrollWidth: number } } }).document
              .documentElement.scrollWidth,
        ),
      ).toBeLessThanOrEqual(375);
      expect(requests).toEqual([`file://${file}`]);
      expect(alerts).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('the public page opened from a stand’s QR code (?district=)', () => {
  test('shows only the district’s cases as it loads, and «Усі райони» shows them all again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'top100-district-'));
    const one = path.join(dir, 'one.html');
    const two = path.join(dir, 'two.html');
    fs.writeFileSync(one, focusDistricts(page(), 'печерський район'));
    fs.writeFileSync(two, focusDistricts(page(), 'Печерський,Дарницький'));
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage({ viewport: { width: 375, height: 740 }, isMobile: true });
      const visible = () =>
        tab.$$eval('#list li:not([hidden]) h2', (els) =>
          els.map((e) => (e as unknown as { textContent: string }).textContent),
        );
      await tab.goto(`file://${one}`);
      expect((await visible()).sort()).toEqual(['Сквер для всіх', 'Укриття біля метро']);
      expect(await tab.textContent('#shown')).toBe('Показано: 2 з 4');
      await tab.selectOption('#d', '');
      expect(await visible()).toHaveLength(4);
      await tab.goto(`file://${two}`);
      expect((await visible()).sort()).toEqual(['Сквер для всіх', 'Укриття біля метро', 'Укриття в школі']);
    } finally {
      await browser.close();
    }
  });
});

describe('the public page’s search, as visitors type', () => {
  const typed: PublicCase[] = [
    {
      id: '2024-001',
      title: 'Толока на схилах',
      organisation: 'ГО «Ґрунт Подолу»',
      district: 'Подільський',
      category: 'Екологія',
      description: 'Висадили 300 дерев.',
    },
    {
      id: '2024-002',
      title: 'Укриття в школі',
      organisation: 'Солом’янська районна в місті Києві державна адміністрація',
      district: 'Солом’янський',
      category: 'Безпека',
      description: 'Облаштовано укриття на 300 дітей.',
    },
    {
      id: '2024-003',
      title: 'Кіт у бібліотеці',
      organisation: 'ГО «Їжак Дарниці»',
      district: 'Дарницький',
      category: 'Культура',
      description: 'Читання з котом для дітей Києва.',
    },
  ];

  test('capitals, г for ґ, any apostrophe, і for ї and a Latin i all find the case; и does not find і', async () => {
    const html = publicPage(PAGE_TEMPLATE, {
      title: 'ТОП-100',
      year: 2024,
      approval: { meeting: '11.10.2024', protocol: '2' },
      publishedAt: '15.10.2024 12:00',
      cases: typed,
    });
    // The page runs the domain's folding function itself, not a copy of it
    expect(html).toContain(foldForSearch.toString());
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'top100-search-')), 'public.html');
    fs.writeFileSync(file, html);
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage({ viewport: { width: 375, height: 740 } });
      const errors: string[] = [];
      tab.on('pageerror', (e) => errors.push(e.message));
      await tab.goto(`file://${file}`);
      const found = async (query: string): Promise<string[]> => {
        await tab.fill('#q', query);
        return tab.$$eval('#list li:not([hidden]) h2', (els) =>
          els.map((e) => (e as unknown as { textContent: string }).textContent),
        );
      };
      expect(await found('ГРУНТ')).toEqual(['Толока на схилах']);
      expect(await found('грунт подолу')).toEqual(['Толока на схилах']);
      for (const q of ["солом'янська", 'соломʼянська', 'соломянська', 'СОЛОМ’ЯНСЬКА'])
        expect(await found(q)).toEqual(['Укриття в школі']);
      expect(await found('іжак')).toEqual(['Кіт у бібліотеці']);
      expect(await found('бiблiотецi')).toEqual(['Кіт у бібліотеці']); // Latin i's
      expect(await found('кит')).toEqual([]);
      expect(await tab.textContent('#shown')).toBe('Показано: 0 з 3');
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe('the exports', () => {
  test('CSV: UTF-8 with a BOM for Excel, quoted where needed, and a formula-looking title kept as text', () => {
    const csv = toCsv(exportRows(cases));
    expect(csv.startsWith('\uFEFFНазва кейсу,Організація-заявник,Район,Категорія,Опис\r\n')).toBe(true);
    expect(csv).toContain(`"'=IMPORTXML(""http://example.org"",""//a"") <script>alert(1)</script>"`);
    expect(csv).toContain('"ГО ""Двір"""');
    expect(csv.split('\r\n')).toHaveLength(6);
  });

  test('XLSX zipped by Utilities.zip opens in a spreadsheet reader: one sheet, bold header, every cell text', async () => {
    const u = createUtilities(new World({ now: Date.UTC(2024, 9, 15), owner: 'secretary@example.org' }));
    const rows = exportRows(cases);
    const zip = u.zip(
      xlsxParts('ТОП-100 2024', rows).map((p) => u.newBlob(p.text, 'application/xml', p.name)),
      'list.xlsx',
    );
    const bytes = Buffer.from(zip.getBytes().map((b) => b & 0xff));
    expect([...unzipEntries(bytes).keys()]).toContain('xl/worksheets/sheet1.xml');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    expect(sheet.name).toBe('ТОП-100 2024');
    const read = (sheet.getSheetValues() as unknown[][]).slice(1).map((r) => r.slice(1));
    expect(read).toEqual(rows);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A5').type).toBe(ExcelJS.ValueType.String);
  });
});

describe('QR codes made inside Apps Script', () => {
  test.each([
    'https://drive.google.com/file/d/1AbC-dEf_123/view',
    'https://script.google.com/macros/s/AKfycbz-Long_Deployment-Id-0123456789abcdefghijklmnop/exec',
    'https://kyivcity.gov.ua/каталог-топ-100',
  ])('a PNG that decodes back to %s', (link) => {
    const png = Buffer.from(qrPng(qrMatrix(link)));
    expect(qrText(png)).toBe(link);
    // The signed bytes Utilities.newBlob takes are the same bytes
    expect(qrPngSignedBytes(link).map((b) => b & 0xff)).toEqual([...png]);
  });
});
