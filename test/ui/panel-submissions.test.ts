// The progress panel during the submissions, in headless Chromium: the form's state and link, and the counts per
// day, district and type as «Заявки» records them.
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from './browser';
import { LocalRuntime } from '../../local/runtime';
import { kyiv } from '../../local/season/time';
import { startUiServer, type UiServer } from '../../local/ui-server';
import { formFields } from '../../src/domain/submissions';

const BUNDLE = path.join(__dirname, '..', '..', 'dist', 'Code.js');
const OWNER = 'secretary@example.org';

let rt: LocalRuntime;
let server: UiServer;
let browser: Browser;
let page: Page;
let formUrl: string;

beforeAll(async () => {
  rt = LocalRuntime.create({
    bundlePath: BUNDLE,
    now: kyiv(2025, 8, 18, 9, 0),
    owner: OWNER,
    masterLocale: 'uk_UA',
  });
  rt.openMaster(OWNER);
  rt.menu('Налаштувати таблицю');
  const sheet = rt.as(OWNER).open(rt.masterId);
  const row = sheet
    .read('Налаштування', 'A1:A80')
    .findIndex((r) => r[0] === 'Кінцевий термін подання заявок');
  sheet.type('Налаштування', `B${row + 1}`, '31.08.2025 23:59');
  rt.menu('Створити форму');
  const state = JSON.parse(rt.properties.script.get('top100.form')!) as {
    formId: string;
    publishedUrl: string;
  };
  formUrl = state.publishedUrl;
  const title = Object.fromEntries(formFields().map((f) => [f.key, f.title]));
  const consent = formFields().find((f) => f.key === 'consent')!.choices!;
  const submit = (n: number, district: string, type: string) =>
    rt.submitForm(state.formId, {
      [title.title]: `Кейс ${n}`,
      [title.organisation]: `Організація ${n}`,
      [title.applicantType]: type,
      [title.district]: district,
      [title.description]: 'Опис',
      [title.contactPerson]: 'Контакт',
      [title.contactEmail]: `case${n}@example.org`,
      [title.consent]: consent,
    });
  rt.advanceTo(kyiv(2025, 8, 18, 12, 0));
  submit(1, 'Печерський', 'інститут громадянського суспільства');
  submit(2, 'Печерський', 'департамент');
  rt.advanceTo(kyiv(2025, 8, 19, 12, 0));
  submit(3, 'Подільський', 'інститут громадянського суспільства');
  server = await startUiServer({ rt });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 300, height: 1200 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

test('the panel shows the open form, its link and the submissions per day, district and type', async () => {
  await page.goto(`${server.url}/panel`);
  await page.waitForSelector('#panel[aria-busy="false"] #members li');
  const section = page.locator('#submissions-section');
  expect(await section.isVisible()).toBe(true);
  const text = await page.locator('#submissions').innerText();
  expect(text).toContain('Форма приймає заявки до 31.08.2025 23:59.');
  expect(text).toContain('Надійшло 3; прийнято 3 (можливих повторів 0); потребують рішення 0.');
  expect(text).toContain('18.08.2025 — 2');
  expect(text).toContain('19.08.2025 — 1');
  expect(text).toContain('Печерський — 2');
  expect(text).toContain('Подільський — 1');
  expect(text).toContain('інститут громадянського суспільства — 2');
  expect(text).toContain('структурний підрозділ КМДА — 1');
  expect(await page.locator('#submissions a').getAttribute('href')).toBe(formUrl);
});
