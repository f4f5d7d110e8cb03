// The winners' progress dialog in headless Chromium, its steps run by the bundle on the local runtime: a refusal
// shown at once with the place to fix, «Зупинити» honoured after the step under way, and the job carried on to the
// end with the bar, the counts and the report as the data say.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { contrastFindings, launchChromium } from './browser';
import { startUiServer, type UiServer } from '../../local/ui-server';
import { Season } from '../../local/season/season';
import { outputFiles } from '../../local/report';

const CAPTION = 'Дипломи й листи переможцям';
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
const CHAIR = 'Голова комісії';

let season: Season;
let server: UiServer;
let browser: Browser;
let page: Page;
let dialog = -1;
const pageErrors: string[] = [];

beforeAll(async () => {
  // 100 winners: the menu's run makes about a third, the dialog needs two more steps
  season = new Season({ cases: 100, members: 3, seed: 9, assignment: 'all' });
  season.run();
  season.beforeAwards();
  const before = season.rt.ui.dialogs.length;
  season.menu(CAPTION, [{ button: 'YES' }]);
  dialog = before;
  server = await startUiServer({ rt: season.rt });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 480, height: 340 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const made = () => outputFiles(season.rt, 'certificate').length;
const idle = () => page.waitForSelector('#progress[aria-busy="false"]', { timeout: 120_000 });
const barNow = () => page.locator('#bar').getAttribute('aria-valuenow');

test('a refusal is shown at once, naming what to fix, and nothing is made', async () => {
  expect(season.rt.ui.dialogs[dialog]?.title).toBe(CAPTION);
  const before = made();
  expect(before).toBeGreaterThan(0);
  expect(before).toBeLessThan(100);
  season.setSetting(CHAIR, '');
  await page.goto(`${server.url}/dialog/${dialog}`);
  await idle();
  const error = page.locator('#error');
  await expect(error.isVisible()).resolves.toBe(true);
  await expect(error.getAttribute('role')).resolves.toBe('alert');
  await expect(error.innerText()).resolves.toContain(`«${CHAIR}»`);
  // The counts are where the menu's run left them
  await expect(barNow()).resolves.toBe(String(before));
  await expect(page.locator('#counts').innerText()).resolves.toContain(`${before} з 100`);
  await expect(page.locator('#again').isVisible()).resolves.toBe(true);
  expect(made()).toBe(before);
}, 120_000);

test('«Зупинити» stops after the step under way, with the report; the rest is left for later', async () => {
  season.setSetting(CHAIR, 'Мирослава СМІРНОВА');
  const before = made();
  // Both clicks in one turn of the page, before the step's answer can come
  const status = await page.evaluate(() => {
    const d = (globalThis as any).document;
    d.getElementById('again').click();
    d.getElementById('stop').click();
    return d.getElementById('status').textContent as string;
  });
  expect(status).toBe('Зупиню, щойно скінчиться поточний крок…');
  await idle();
  await expect(page.locator('#status').innerText()).resolves.toMatch(/^Зупинено/);
  const now = made();
  expect(now).toBeGreaterThan(before);
  expect(now).toBeLessThan(100);
  await expect(barNow()).resolves.toBe(String(now));
  await expect(page.locator('#report').innerText()).resolves.toContain(`Дипломів готово: ${now} з 100`);
  await expect(page.locator('#close').isVisible()).resolves.toBe(true);
  await expect(page.locator('#stop').isVisible()).resolves.toBe(false);
}, 300_000);

test('left open, it goes on step after step to the end: the bar full, the report, the focus on «Закрити»', async () => {
  await page.goto(`${server.url}/dialog/${dialog}`);
  await idle();
  await expect(page.locator('#status').innerText()).resolves.toBe('Готово.');
  expect(made()).toBe(100);
  await expect(barNow()).resolves.toBe('100');
  await expect(page.locator('#bar').getAttribute('aria-valuemax')).resolves.toBe('100');
  await expect(page.locator('#counts').innerText()).resolves.toBe(
    'Дипломів готово: 100 з 100 · листів надіслано: 100',
  );
  await expect(page.locator('#report').innerText()).resolves.toContain('Дипломів готово: 100 з 100');
  await expect(page.evaluate(() => (globalThis as any).document.activeElement.id)).resolves.toBe('close');
  // The fill's width is animated: the picture once it has reached the end
  await page.waitForFunction(() => {
    const d = (globalThis as any).document;
    return d.getElementById('fill').offsetWidth === d.getElementById('bar').clientWidth;
  });
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, 'winners-progress.png'), fullPage: true });
  expect((await contrastFindings(page)).filter((f) => f.ratio < f.needed)).toEqual([]);
  expect(pageErrors).toEqual([]);
  const steps = season.rt.executions.filter((e) => e.fn === 'winnersStep');
  expect(steps.every((e) => e.kind === 'menu' && e.outcome === 'ok')).toBe(true);
}, 300_000);
