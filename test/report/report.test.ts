// report.html as the secretary reads it after a small season: Kyiv times, the right counts, the chosen top N,
// tables that fit the page, and charts whose labels can be read.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readTab, reportHtml } from '../../local/report';
import { Season } from '../../local/season/season';
import { formatDateTime } from '../../src/domain/time';
import { reportShot } from '../../local/screenshots';
import { launchChromium } from '../ui/browser';

const WINNERS = 10;
const season = new Season({ cases: 30, members: 5, seed: 2025, assignment: 'all' });
let html: string;
let rating: unknown[][];

beforeAll(() => {
  season.prepare();
  season.setSetting('Кількість переможців', String(WINNERS));
  // Every member must score a case for it to be ranked: a case one member left blank falls below the quorum
  season.setSetting('Кворум (мінімум дійсних оцінок)', '5');
  season.distribute();
  season.evaluate();
  season.finish();
  season.menu('Аналіз стабільності та узгодженості');
  rating = readTab(season.rt, 'Рейтинг');
  html = reportHtml(season.rt, 'ТОП-100 2024');
});

/** The cells of the table that follows a heading, header row first. */
function tableAfter(heading: string): string[][] {
  const from = html.indexOf(heading);
  const table = html.slice(html.indexOf('<table>', from), html.indexOf('</table>', from));
  return [...table.matchAll(/<tr>(.*?)<\/tr>/g)].map((row) =>
    [...row[1].matchAll(/<t[hd][^>]*>(.*?)<\/t[hd]>/g)].map((c) => c[1].replace(/<wbr>/g, '')),
  );
}

/** The figure on a summary card. */
const card = (label: string): number =>
  Number(new RegExp(`<span>${label}</span><b>(\\d+)</b>`).exec(html)?.[1] ?? NaN);

describe('report.html after a season of 30 cases × 5 members, top 10, quorum 5', () => {
  test('the «Нижче кворуму» card counts the cases the rating puts below the quorum', () => {
    const below = rating.slice(2).filter((r) => r[15] === 'нижче кворуму').length;
    expect(below).toBeGreaterThan(0);
    expect(card('Нижче кворуму')).toBe(below);
    expect(card('Кейси')).toBe(30);
    expect(card('У списку')).toBe(WINNERS);
  });

  test('the progress shows times in Kyiv, as the secretary lives them, never UTC', () => {
    const members = readTab(season.rt, 'Члени комісії').slice(1);
    const invited = members[0][5] as Date;
    expect(invited).toBeInstanceOf(Date);
    const progress = tableAfter('<h2>Хід оцінювання');
    const column = progress[0].indexOf('Запрошено');
    expect(progress[1][column]).toBe(formatDateTime(invited.getTime(), 'Europe/Kyiv'));
    expect(progress[1][column]).toMatch(/^24\.09\.2024 09:\d\d$/);
    expect(html).not.toMatch(/\d{4}-\d\d-\d\d \d\d:\d\d/);
  });

  test('the histogram and the list name the top N the settings choose, not always 100', () => {
    expect(html).toContain(`межа ТОП-${WINNERS}: `);
    expect(html).toContain(`<h2>ТОП-${WINNERS}: загальний список без місць</h2>`);
    expect(html).not.toContain('ТОП-100:');
  });

  test('no column of the rating table is empty (z-scores are off, so their column is left out)', () => {
    const [head, ...body] = tableAfter('<h2>Рейтинг (внутрішній');
    expect(body).toHaveLength(30);
    const empty = head.filter((_, i) => body.every((r) => r[i] === ''));
    expect(empty).toEqual([]);
    expect(head).not.toContain('z');
  });

  test('numbers read the Ukrainian way: a decimal comma', () => {
    const [head, ...body] = tableAfter('<h2>Рейтинг (внутрішній');
    const means = body.map((r) => r[head.indexOf('Середній бал')]);
    expect(means.some((m) => /^\d+,\d+$/.test(m))).toBe(true);
    expect(means.every((m) => !m.includes('.'))).toBe(true);
  });

  test('in a browser, every table fits the page and no two labels of a chart touch; the histogram counts cases', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'top100-report-')), 'report.html');
    fs.writeFileSync(file, html);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(`file://${file}`);
      const layout = await page.evaluate(() => {
        const doc = (globalThis as unknown as { document: any }).document;
        const tables = Array.from(doc.querySelectorAll('table')) as any[];
        const touching: string[] = [];
        for (const svg of Array.from(doc.querySelectorAll('svg')) as any[]) {
          const boxes = (Array.from(svg.querySelectorAll('text')) as any[]).map((t) => ({
            text: t.textContent as string,
            r: t.getBoundingClientRect(),
          }));
          for (let i = 0; i < boxes.length; i++)
            for (let j = i + 1; j < boxes.length; j++) {
              const [a, b] = [boxes[i].r, boxes[j].r];
              // A gap of at least 2 px between any two labels
              if (
                a.left < b.right + 2 &&
                b.left < a.right + 2 &&
                a.top < b.bottom + 2 &&
                b.top < a.bottom + 2
              )
                touching.push(`${svg.getAttribute('aria-label')}: «${boxes[i].text}» and «${boxes[j].text}»`);
            }
        }
        const histogram = doc.querySelector('svg[aria-label="Розподіл середніх балів кейсів"]');
        return {
          page: doc.documentElement.scrollWidth,
          overflowing: tables
            .filter(
              (t) => t.scrollWidth > t.parentElement.clientWidth || t.getBoundingClientRect().right > 1280,
            )
            .map((t) => `${t.previousElementSibling?.textContent ?? ''} ${t.scrollWidth}`),
          touching,
          histogramTexts: (Array.from(histogram.querySelectorAll('text')) as any[]).map(
            (t) => t.textContent as string,
          ),
        };
      });
      expect(layout.page).toBeLessThanOrEqual(1280);
      expect(layout.overflowing).toEqual([]);
      expect(layout.touching).toEqual([]);
      // The count axis: 0, then steps up to at least the tallest bar, and what it counts
      expect(layout.histogramTexts).toEqual(expect.arrayContaining(['0', 'кейсів']));
      expect(layout.histogramTexts.filter((t) => /^\d+$/.test(t)).length).toBeGreaterThanOrEqual(3);
    } finally {
      await browser.close();
    }
  });

  test('npm run screenshots takes the top of this page: a 1200 px wide PNG down to the borderline cases', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'top100-shot-')), 'report.png');
    await reportShot(season.rt, file, 'ТОП-100 2024');
    const png = fs.readFileSync(file);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBeGreaterThan(600);
  });
});
