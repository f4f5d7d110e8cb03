// `npm run screenshots`: the README's pictures, made by the code as it is: report.html after the synthetic
// season of npm start, and the progress panel on 1 October of a season in progress; into docs/img/.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchChromium } from './browser';
import { reportHtml } from './report';
import type { LocalRuntime } from './runtime';
import { Season } from './season/season';
import { midSeason, startUiServer } from './ui-server';

export const IMAGES = path.join(__dirname, '..', 'docs', 'img');

/**
 * The top of report.html as the secretary opens it (1200 px wide): the summary, the score histogram and the
 * stability chart, down to the list of borderline cases.
 */
export async function reportShot(rt: LocalRuntime, file: string, title: string): Promise<void> {
  const html = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'top100-shot-')), 'report.html');
  fs.writeFileSync(html, reportHtml(rt, title));
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`file://${html}`);
    // Down to the first table after the charts, or the whole page when it is shorter
    const bottom = await page.evaluate(() => {
      const doc = (globalThis as unknown as { document: any }).document;
      const table = doc.querySelector('h3 + .wide, h2 + .wide');
      return Math.ceil(table ? table.getBoundingClientRect().top - 8 : doc.documentElement.scrollHeight);
    });
    await page.screenshot({
      path: file,
      fullPage: true,
      clip: { x: 0, y: 0, width: 1200, height: Math.min(bottom, 1600) },
    });
  } finally {
    await browser.close();
    fs.rmSync(path.dirname(html), { recursive: true, force: true });
  }
}

/** The sidebar as Sheets shows it (300 px wide), whole. */
export async function panelShot(rt: LocalRuntime, file: string): Promise<void> {
  const server = await startUiServer({ rt });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
    await page.goto(`${server.url}/panel`);
    await page.waitForSelector('#panel[aria-busy="false"] #members li');
    await page.screenshot({ path: file, fullPage: true });
  } finally {
    await browser.close();
    await server.close();
  }
}

async function main(): Promise<void> {
  fs.mkdirSync(IMAGES, { recursive: true });
  console.log('Сезон 446 кейсів × 8 членів комісії, як у npm start… / the npm start season…');
  const season = new Season({ cases: 446, members: 8, seed: 2024, assignment: 'all' });
  season.run();
  const report = path.join(IMAGES, 'report.png');
  await reportShot(season.rt, report, 'ТОП-100 2024 · синтетичний сезон: кейсів 446, членів комісії 8');
  console.log(`  ${path.relative(process.cwd(), report)}`);
  // The demo of npm run ui: 120 cases × 8 members on 1 October, one member with typos, one not started
  const panel = path.join(IMAGES, 'panel.png');
  await panelShot(midSeason({ cases: 120, members: 8, seed: 2024, quorum: 5 }).rt, panel);
  console.log(`  ${path.relative(process.cwd(), panel)}`);
}

if (require.main === module)
  main().then(
    () => process.exit(0),
    (e) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : e);
      process.exit(1);
    },
  );
