// The secretary's progress panel and deadline dialog in headless Chromium, over a mid-season local runtime.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { contrastFindings, launchChromium } from './browser';
import { midSeason, startUiServer, type UiServer } from '../../local/ui-server';
import { DEADLINE, type Season } from '../../local/season/season';
import { SCORE_COL, STATUS_UK } from '../../src/domain/sheets';
import { isDate } from '../../src/domain/table';
import { formatDateTime } from '../../src/domain/time';
import { ui } from '../../src/domain/messages';

// Browser globals of the code that runs inside the page (page.evaluate): the Node tsconfig has no DOM library,
// which would clash with the Apps Script types.
declare const document: any;
declare const window: any;
declare function getComputedStyle(el: unknown): any;

const XSS = '<img src=x onerror=alert(1)>';
const TZ = 'Europe/Kyiv';
const ARTIFACTS = path.join(__dirname, '..', '..', 'test-artifacts');
const DAY = 86_400_000;

let season: Season;
let server: UiServer;
let browser: Browser;
let page: Page;
const dialogs: string[] = [];
const pageErrors: string[] = [];
const requests: string[] = [];

beforeAll(async () => {
  // 40 cases × 4 members on 1 October: one done, one halfway, one with typos, one (named like an attack) at 60 %.
  season = midSeason({
    cases: 40,
    members: 4,
    seed: 7,
    quorum: 3,
    names: { 3: XSS },
  });
  server = await startUiServer({ rt: season.rt });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  page.on('request', (r) => requests.push(r.url()));
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function openPanel(): Promise<void> {
  await page.goto(`${server.url}/panel`);
  await page.waitForSelector('#panel[aria-busy="false"] #members li');
}

const statusText = (): Promise<string> => page.locator('#status').innerText();

/** The script's columns of «Члени комісії», by email. */
function membersTab(): Map<
  string,
  { name: string; scored: string; problems: number; last: unknown; done: string }
> {
  const rows = season.tab('Члени комісії').slice(1);
  return new Map(
    rows.map((r) => [
      String(r[1]),
      { name: String(r[0]), scored: String(r[6]), problems: Number(r[7]), last: r[8], done: String(r[9]) },
    ]),
  );
}

/** «Оцінки» rows as (case, member, status word). */
function scoresTab(): { caseId: string; member: string; status: string }[] {
  return season
    .tab('Оцінки')
    .slice(1)
    .map((r) => ({
      caseId: String(r[SCORE_COL.caseId]),
      member: String(r[SCORE_COL.member]),
      status: String(r[SCORE_COL.status]),
    }));
}

function setting(label: string): unknown {
  return season.tab('Налаштування').find((r) => r[0] === label)?.[1];
}

interface ShownMember {
  email: string;
  name: string;
  text: string;
  now: number;
  max: number;
  valueText: string;
  label: string;
  done: boolean;
}

function shownMembers(): Promise<ShownMember[]> {
  return page.$$eval('#members li[data-email]', (items) =>
    items.map((li) => {
      const bar = li.querySelector('[role="progressbar"]')!;
      return {
        email: li.getAttribute('data-email') ?? '',
        name: li.querySelector('.name')?.textContent ?? '',
        text: li.textContent ?? '',
        now: Number(bar.getAttribute('aria-valuenow')),
        max: Number(bar.getAttribute('aria-valuemax')),
        valueText: bar.getAttribute('aria-valuetext') ?? '',
        label: bar.getAttribute('aria-label') ?? '',
        done: li.querySelector('.done') !== null,
      };
    }),
  );
}

function lastExecution(fn: string): { startedAt: number } {
  const list = season.rt.executions.filter((e) => e.fn === fn);
  return list[list.length - 1];
}

describe('the progress panel (sidebar, 300 px)', () => {
  test("shows each member's progress exactly as «Члени комісії» and «Оцінки» record it", async () => {
    await openPanel();
    fs.mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, 'panel.png'), fullPage: true });

    const tab = membersTab();
    const scores = scoresTab();
    const shown = await shownMembers();
    expect(shown.map((m) => m.email)).toEqual([...tab.keys()]);
    for (const m of shown) {
      const row = tab.get(m.email)!;
      const [valid, assigned] = row.scored.split(' / ').map(Number);
      const mine = scores.filter((s) => s.member === m.email);
      const invalid = mine.filter((s) => s.status === STATUS_UK.invalid).length;
      const incomplete = mine.filter((s) => s.status === STATUS_UK.incomplete).length;
      expect(m.name).toBe(row.name);
      expect([m.now, m.max]).toEqual([valid, assigned]);
      expect(assigned).toBe(mine.length);
      expect(m.valueText).toBe(ui('panelScored', { valid, assigned }));
      expect(m.text).toContain(ui('panelScored', { valid, assigned }));
      expect(invalid + incomplete).toBe(row.problems);
      expect(m.text.includes(ui('panelInvalid', { count: invalid }))).toBe(invalid > 0);
      expect(m.text.includes(ui('panelIncomplete', { count: incomplete }))).toBe(incomplete > 0);
      expect(m.done).toBe(row.done === ui('yes'));
      expect(isDate(row.last)).toBe(true);
      expect(m.text).toContain(
        ui('panelLastActivity', { at: formatDateTime((row.last as Date).getTime(), TZ) }),
      );
    }
    // The season is mid-way: the page must be showing real differences, not four identical rows.
    expect(shown.map((m) => [m.now, m.done])).toEqual([
      [40, true],
      [20, false],
      [16, false],
      [24, false],
    ]);
    expect(shown[2].text).toContain(ui('panelInvalid', { count: 2 }));
    expect(shown[2].text).toContain(ui('panelIncomplete', { count: 1 }));
  });

  test('counts the cases below quorum, the time left and the dispatcher runs as the master and the clock say', async () => {
    await openPanel();
    const quorum = Number(setting('Кворум (мінімум дійсних оцінок)'));
    const caseIds = season
      .tab('Кейси')
      .slice(1)
      .map((r) => String(r[0]));
    const validByCase = new Map<string, number>();
    for (const s of scoresTab())
      if (s.status === STATUS_UK.valid) validByCase.set(s.caseId, (validByCase.get(s.caseId) ?? 0) + 1);
    const below = caseIds.filter((id) => (validByCase.get(id) ?? 0) < quorum).length;
    expect(below).toBeGreaterThan(0);
    await expect(page.locator('#quorum').innerText()).resolves.toBe(
      ui('panelBelowQuorum', { below, total: caseIds.length, quorum }),
    );

    const at = lastExecution('panelData').startedAt;
    const left = DEADLINE - at;
    await expect(page.locator('#countdown').innerText()).resolves.toBe(
      ui('panelCountdown', { days: Math.floor(left / DAY), hours: Math.floor((left % DAY) / 3_600_000) }),
    );
    await expect(page.locator('#deadline').innerText()).resolves.toBe(
      ui('panelCountdownTo', { deadline: formatDateTime(DEADLINE, TZ), zone: ui('panelDeadlineZone') }),
    );

    // The last full run (a quiet run only looks for changes: no lock), and the next look after the panel's moment
    const full = season.rt.world.executions.filter(
      (e) => e.fn === 'dispatcherTick' && e.calls['Lock.tryLock'],
    );
    const tick = full[full.length - 1].startedAt;
    const next = tick + 10 * 60_000 * (Math.floor((at - tick) / (10 * 60_000)) + 1);
    const dispatcher = await page.locator('#dispatcher').innerText();
    expect(dispatcher).toContain(ui('panelLastRun', { at: formatDateTime(tick, TZ) }));
    expect(dispatcher).toContain(ui('panelNextRun', { at: formatDateTime(next, TZ) }));
    expect(dispatcher).toContain(ui('panelNoErrors'));
    expect(dispatcher).not.toContain(ui('panelNoTrigger'));
  });

  test('shows a member named like an HTML attack as plain text and runs nothing from it', async () => {
    await openPanel();
    const shown = await shownMembers();
    const attacker = shown.find((m) => m.email === season.members[3].email)!;
    expect(attacker.name).toBe(XSS);
    expect(attacker.label).toBe(ui('panelBarLabel', { name: XSS }));
    await expect(page.locator('img').count()).resolves.toBe(0);
    await expect(page.locator('.name', { hasText: XSS }).isVisible()).resolves.toBe(true);
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(requests.filter((u) => new URL(u).pathname === '/x')).toEqual([]);
  });

  test('every button is reached with Tab in reading order, shows its focus, and works from the keyboard', async () => {
    await openPanel();
    const buttons = await page.$$eval('button', (list) =>
      list.filter((b) => !b.disabled && b.offsetParent !== null).map((b) => b.id),
    );
    expect(buttons).toEqual(['refresh', 'terms', 'collect', 'remind', 'rating']);
    const reached: { id: string; outline: string }[] = [];
    for (let i = 0; i < buttons.length + 2; i++) {
      await page.keyboard.press('Tab');
      reached.push(
        await page.evaluate(() => {
          const el = document.activeElement;
          const s = getComputedStyle(el);
          return { id: el.id, outline: `${s.outlineStyle} ${parseFloat(s.outlineWidth)}` };
        }),
      );
    }
    const order = reached.map((r) => r.id).filter((id) => buttons.includes(id));
    expect(order.slice(0, buttons.length)).toEqual(buttons);
    for (const r of reached.filter((x) => buttons.includes(x.id))) expect(r.outline).toBe('solid 3');

    // Enter opens the reminder confirmation and moves focus into it; its buttons follow with Tab; Escape closes it.
    await page.focus('#remind');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#confirm:not([hidden])');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('confirm-title');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('confirm-send');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('confirm-cancel');
    await page.keyboard.press('Escape');
    await expect(page.locator('#confirm').isHidden()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('remind');
    await expect(statusText()).resolves.toBe(ui('panelCanceled'));
  });

  test('after a member scores five more cases, «collect now» brings them into the page and the master', async () => {
    await openPanel();
    const member = season.members[1];
    const before = (await shownMembers()).find((m) => m.email === member.email)!;
    expect(before.now).toBe(20);

    const ids = season.assigned(member.email).slice(20, 25);
    season.enter(member, ids);
    // Not collected yet: refreshing alone shows the old count.
    await page.click('#refresh');
    await page.waitForSelector('#panel[aria-busy="false"]');
    expect((await shownMembers()).find((m) => m.email === member.email)!.now).toBe(20);

    // Asked for by a person, every member's sheet is read now, whatever Drive's lagging change list says.
    await page.click('#collect');
    await page.waitForFunction(
      (text) => document.getElementById('status')?.textContent === text,
      // The member with typos still has two invalid rows («десять», «11»): a reading of every file counts them
      ui('collectReport', { files: season.members.length, changed: 5, invalid: 2 }),
    );
    const after = (await shownMembers()).find((m) => m.email === member.email)!;
    expect([after.now, after.max]).toEqual([25, 40]);
    expect(membersTab().get(member.email)!.scored).toBe('25 / 40');
    expect(scoresTab().filter((s) => s.member === member.email && s.status === STATUS_UK.valid)).toHaveLength(
      25,
    );
  });

  test('the reminder confirmation names exactly the members with work left, and only they get an email', async () => {
    await openPanel();
    const expected = [...membersTab()]
      .filter(([, m]) => m.done !== ui('yes'))
      .map(([email, m]) => {
        const [valid, assigned] = m.scored.split(' / ').map(Number);
        return { email, text: ui('panelRemindItem', { name: m.name, remaining: assigned - valid }) };
      });
    expect(expected).toHaveLength(3);

    const mailBefore = season.rt.mail.messages.length;
    // A list other than the one due is refused by the server, and nothing is sent.
    const refused = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const run = window.google.script.run;
          run
            .withSuccessHandler(() => resolve('sent'))
            .withFailureHandler((e: Error) => resolve(e.message))
            .sendRemindersNow(['member1@example.org']);
        }),
    );
    expect(refused).toBe(ui('panelRemindChanged'));
    expect(season.rt.mail.messages.length).toBe(mailBefore);

    await page.click('#remind');
    await page.waitForSelector('#confirm:not([hidden])');
    await expect(page.locator('#confirm-title').innerText()).resolves.toBe(
      ui('panelRemindWho', { count: 3 }),
    );
    const items = await page.$$eval('#confirm-list li', (lis) =>
      lis.map((li) => ({ email: li.getAttribute('data-email'), text: li.textContent })),
    );
    expect(items).toEqual(expected);
    await expect(page.locator('#confirm-list img').count()).resolves.toBe(0);

    await page.click('#confirm-send');
    await page.waitForFunction(
      (text) => document.getElementById('status')?.textContent === text,
      ui('remindReport', { sent: 3, waiting: 0, finished: 1 }),
    );
    const sent = season.rt.mail.messages.slice(mailBefore);
    expect(sent.flatMap((m) => m.to).sort()).toEqual(expected.map((e) => e.email).sort());

    // Today's wave is done: asking again names nobody.
    await page.click('#remind');
    await page.waitForFunction(
      (text) => document.getElementById('status')?.textContent === text,
      ui('panelRemindNone'),
    );
    await expect(page.locator('#confirm').isHidden()).resolves.toBe(true);
    expect(dialogs).toEqual([]);
  });

  test('texts and the progress bars have WCAG AA contrast', async () => {
    await openPanel();
    const findings = await contrastFindings(page);
    expect(findings.length).toBeGreaterThan(20);
    expect(findings.filter((f) => f.ratio < f.needed)).toEqual([]);
  });
});

describe('the deadline dialog', () => {
  const fields = async (): Promise<string[]> => [
    await page.inputValue('#date'),
    await page.inputValue('#time'),
    await page.inputValue('#offsets'),
  ];

  test('opens from the panel link with the values of «Налаштування»', async () => {
    await openPanel();
    await page.setViewportSize({ width: 440, height: 460 });
    await page.click('#terms');
    await page.waitForURL(/\/dialog\/\d+$/);
    await page.waitForSelector('#form[aria-busy="false"]');
    expect(await fields()).toEqual(['07.10.2024', '23:59', '7, 3, 1, 0']);
    await expect(page.locator('legend').innerText()).resolves.toBe(
      ui('termsDeadline', { zone: ui('panelDeadlineZone') }),
    );
    await page.screenshot({ path: path.join(ARTIFACTS, 'settings.png'), fullPage: true });
    const findings = await contrastFindings(page);
    expect(findings.filter((f) => f.ratio < f.needed)).toEqual([]);
  });

  test('a badly shaped date gets a message next to the field, and nothing reaches the server', async () => {
    await page.goto(`${server.url}/settings`);
    await page.waitForSelector('#form[aria-busy="false"]');
    const executions = season.rt.executions.length;
    await page.fill('#date', '07/10/2024');
    await page.click('#save');
    await expect(page.locator('#deadline-msg').innerText()).resolves.toBe(ui('termsBadDate'));
    await expect(page.getAttribute('#date', 'aria-invalid')).resolves.toBe('true');
    await expect(page.getAttribute('#time', 'aria-invalid')).resolves.toBeNull();
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('date');
    await expect(page.locator('#form-msg').innerText()).resolves.toBe(ui('termsFix'));
    expect(season.rt.executions.length).toBe(executions);
  });

  test('the server rejects a date that does not exist and a deadline already past, writing nothing', async () => {
    await page.goto(`${server.url}/settings`);
    await page.waitForSelector('#form[aria-busy="false"]');
    const before = [setting('Кінцевий термін оцінювання'), setting('Нагадування (днів до терміну)')];

    await page.fill('#date', '31.02.2025');
    await page.click('#save');
    await page.waitForSelector('#form[aria-busy="false"] #deadline-msg:not(:empty)');
    const impossible = await page.locator('#deadline-msg').innerText();
    expect(impossible).toContain('31.02.2025');
    expect(impossible).toContain('не існує');

    await page.fill('#date', '30.09.2024');
    await page.fill('#offsets', '2, 1');
    await page.click('#save');
    await page.waitForFunction(() =>
      (document.getElementById('deadline-msg')?.textContent ?? '').includes('минув'),
    );
    expect([setting('Кінцевий термін оцінювання'), setting('Нагадування (днів до терміну)')]).toEqual(before);
  });

  test('a good deadline and offsets are saved into «Налаштування» and the panel counts down to the new deadline', async () => {
    await page.goto(`${server.url}/settings`);
    await page.waitForSelector('#form[aria-busy="false"]');
    await page.fill('#date', '10.10.2024');
    await page.fill('#time', '18:00');
    await page.fill('#offsets', '5;2 0');
    await page.click('#save');
    await page.waitForFunction(
      (text) => (document.getElementById('status')?.textContent ?? '').startsWith(text),
      ui('termsSaved', { deadline: '10.10.2024 18:00', offsets: '5, 2, 0' }),
    );
    await expect(page.locator('#deadline-msg').innerText()).resolves.toBe('');
    expect(await fields()).toEqual(['10.10.2024', '18:00', '5, 2, 0']);
    const stored = setting('Кінцевий термін оцінювання');
    expect(isDate(stored) ? formatDateTime((stored as Date).getTime(), TZ) : String(stored)).toBe(
      '10.10.2024 18:00',
    );
    expect(String(setting('Нагадування (днів до терміну)'))).toBe('5, 2, 0');
    expect(season.tab('Журнал').some((r) => r[1] === ui('actTerms'))).toBe(true);

    await page.setViewportSize({ width: 300, height: 900 });
    await openPanel();
    await expect(page.locator('#deadline').innerText()).resolves.toBe(
      ui('panelCountdownTo', { deadline: '10.10.2024 18:00', zone: ui('panelDeadlineZone') }),
    );
    expect(dialogs).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
