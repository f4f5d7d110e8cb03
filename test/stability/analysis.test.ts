// The meeting's decision support on the local runtime: a small season, then «Аналіз стабільності та узгодженості».
import { OWNER, Season } from '../../local/season/season';
import { readTab, reportHtml } from '../../local/report';
import { krippendorffAlpha } from '../../src/domain/agreement';
import {
  AGREEMENT_ALPHA_HEADERS,
  AGREEMENT_MEMBER_HEADERS,
  STABILITY_HEADERS,
} from '../../src/domain/sheets';
import type { ExecutionRecord } from '../../local/world';

const MENU = 'Аналіз стабільності та узгодженості';
const WINNERS = 20;
const season = new Season({ cases: 60, members: 5, seed: 2025, assignment: 'all' });

let record: ExecutionRecord;
let stability: unknown[][];
let body: unknown[][];
const col = (name: (typeof STABILITY_HEADERS)[number]) => STABILITY_HEADERS.indexOf(name);
const FREQUENCY = 'Частота в списку (повторні вибірки), %' as const;

beforeAll(() => {
  season.prepare();
  season.setSetting('Кількість переможців', String(WINNERS));
  season.distribute();
  season.evaluate();
  season.finish();
  record = season.menu(MENU);
  stability = readTab(season.rt, 'Стабільність');
  body = stability.slice(3).filter((r) => r[0] !== '');
});

describe('«Аналіз стабільності та узгодженості» after a season of 60 cases × 5 members (top 20)', () => {
  test('the menu item runs without error, costs a constant number of service calls, and logs to «Журнал»', () => {
    expect(record.outcome).toBe('ok');
    const calls = Object.entries(record.calls).filter(([k]) => k !== '(startup)');
    const reads = calls.filter(([k]) => k.endsWith('getValues')).reduce((n, [, v]) => n + v, 0);
    const writes = calls.filter(([k]) => k.endsWith('setValues')).reduce((n, [, v]) => n + v, 0);
    expect(reads).toBeLessThanOrEqual(6);
    expect(writes).toBeLessThanOrEqual(6);
    expect(calls.reduce((n, [, v]) => n + v, 0)).toBeLessThan(60);
    const journal = readTab(season.rt, 'Журнал');
    const entry = journal.find((r) => r[1] === MENU);
    expect(entry).toBeDefined();
    expect(String(entry![3])).toMatch(/кейсів: 60; межових: \d+/);
    const alert = season.rt.ui.alerts.at(-1)!;
    expect(alert.title).toBe(MENU);
    expect(alert.prompt).toContain('Межових кейсів');
  });

  test('«Стабільність» lists every case once, under the documented header and thresholds', () => {
    expect(String(stability[0][0])).toContain(`Стабільність ТОП-${WINNERS}`);
    expect(String(stability[1][0])).toContain('≥ 90 %');
    expect(String(stability[1][0])).toContain('≤ 10 %');
    expect(stability[2].slice(0, STABILITY_HEADERS.length)).toEqual([...STABILITY_HEADERS]);
    expect(body).toHaveLength(60);
    const ids = readTab(season.rt, 'Кейси')
      .slice(1)
      .map((r) => String(r[0]))
      .filter(Boolean);
    expect(body.map((r) => String(r[0])).sort()).toEqual(ids.sort());
  });

  test('the borderline cases are those whose frequency lies between 10 and 90 %, or whose rules or tie say so — listed first', () => {
    const verdict = (r: unknown[]) => String(r[col('Висновок')]);
    const borderline = body.filter((r) => verdict(r) === 'межовий кейс');
    expect(borderline.length).toBeGreaterThan(0);
    for (const r of body) {
      const f = r[col(FREQUENCY)];
      if (typeof f !== 'number') {
        expect(verdict(r)).toBe('нижче кворуму — не ранжується');
        continue;
      }
      const now = String(r[col('У списку зараз')]);
      const inBand = f > 10 && f < 90;
      const unconfirmed = (now === 'так' && f < 90) || (now !== 'так' && f > 10);
      const rules = [col('За z-оцінками'), col('За медіаною'), col('За усіченим середнім')].some(
        (c) => String(r[c]) !== now,
      );
      if (inBand) expect(verdict(r)).toBe('межовий кейс');
      expect(verdict(r) === 'межовий кейс').toBe(unconfirmed || rules || now === 'нічия на межі');
      if (verdict(r) === 'стабільно в списку') expect(f).toBeGreaterThanOrEqual(90);
      if (verdict(r) === 'стабільно поза списком') expect(f).toBeLessThanOrEqual(10);
    }
    // The agenda first: the borderline rows open the tab, most often in the list first.
    expect(body.slice(0, borderline.length).every((r) => verdict(r) === 'межовий кейс')).toBe(true);
    const freq = borderline.map((r) => r[col(FREQUENCY)] as number);
    expect(freq).toEqual([...freq].sort((a, b) => b - a));
    expect(String(stability[0][0])).toContain(`межових кейсів ${borderline.length}`);
  });

  test('«Рейтинг» flags exactly the borderline cases, and «in the list now» is the rating’s decision', () => {
    const rating = readTab(season.rt, 'Рейтинг');
    const header = rating[1].map(String);
    const rows = rating.slice(2).filter((r) => r[1] !== '');
    const flagged = rows
      .filter((r) => String(r[header.indexOf('Позначки')]).includes('межовий кейс'))
      .map((r) => String(r[1]));
    const borderline = body.filter((r) => r[col('Висновок')] === 'межовий кейс').map((r) => String(r[0]));
    expect(flagged.sort()).toEqual(borderline.sort());
    const decision = new Map(rows.map((r) => [String(r[1]), String(r[header.indexOf('Рішення')])]));
    for (const r of body)
      expect(String(r[col('У списку зараз')]) === 'так').toBe(decision.get(String(r[0])) === 'до списку');
    expect(body.filter((r) => r[col('У списку зараз')] === 'так').length).toBeLessThanOrEqual(WINNERS);
  });

  test('«Узгодженість» gives alpha per criterion and for the total, as computed from «Оцінки», with a reading; each member against the others', () => {
    const tab = readTab(season.rt, 'Узгодженість');
    const alphaHeader = tab.findIndex((r) => r[0] === AGREEMENT_ALPHA_HEADERS[0]);
    expect(tab[alphaHeader].slice(0, AGREEMENT_ALPHA_HEADERS.length)).toEqual([...AGREEMENT_ALPHA_HEADERS]);
    const alphas = tab.slice(alphaHeader + 1, alphaHeader + 6);
    expect(alphas.map((r) => String(r[0]).slice(0, 3))).toEqual(['К1:', 'К2:', 'К3:', 'К4:', 'Сум']);
    for (const r of alphas) {
      expect(typeof r[1]).toBe('number');
      expect(String(r[4])).toMatch(
        /висока узгодженість|прийнятна для попередніх висновків|низька: рейтинг значною мірою залежить від того, хто оцінював/,
      );
    }
    // The total's alpha, recomputed here from the valid rows of «Оцінки» (members × cases, the rest missing).
    const scores = readTab(season.rt, 'Оцінки')
      .slice(1)
      .filter((r) => r[9] === 'дійсна');
    const members = [...new Set(scores.map((r) => String(r[1])))];
    const cases = [...new Set(scores.map((r) => String(r[0])))];
    const matrix = members.map((m) =>
      cases.map((c) => (scores.find((r) => r[1] === m && r[0] === c)?.[6] as number | undefined) ?? null),
    );
    expect(alphas[4][1]).toBeCloseTo(krippendorffAlpha(matrix).alpha!, 3);

    const memberHeader = tab.findIndex((r) => r[0] === AGREEMENT_MEMBER_HEADERS[0]);
    const memberRows = tab.slice(memberHeader + 1).filter((r) => r[1] !== '');
    expect(memberRows.map((r) => String(r[1])).sort()).toEqual(season.members.map((m) => m.email).sort());
    for (const r of memberRows) {
      expect(typeof r[4]).toBe('number');
      expect(String(r[6])).toMatch(/суворіше|м’якше|близько до інших/);
    }
  });

  test('the progress panel lists the same borderline cases as the meeting agenda', () => {
    const tab = readTab(season.rt, 'Стабільність').slice(3);
    const expected = tab.filter((r) => r[9] === 'межовий кейс').map((r) => `${r[0]} — ${r[1]}`);
    const { result } = season.rt.call('panelData', [], { as: OWNER, kind: 'script' });
    expect((result as { cases: { borderline: string[] } }).cases.borderline).toEqual(expected);
  });

  test('re-running writes the same analysis: no duplicate rows, the same figures', () => {
    season.rt.advanceBy(60_000);
    season.menu(MENU);
    const again = readTab(season.rt, 'Стабільність');
    expect(again.length).toBe(stability.length);
    expect(again.slice(1)).toEqual(stability.slice(1));
  });

  test('report.html shows the stability and agreement figures with charts', () => {
    const html = reportHtml(season.rt, 'ТОП-100');
    expect(html).toContain('межові кейси — порядок денний засідання');
    expect(html).toContain('aria-label="Частота потрапляння до списку за місцем у рейтингу"');
    expect(html).toContain('aria-label="Альфа Кріппендорфа за критеріями"');
    expect(html).toContain('aria-label="Суворість членів комісії порівняно з іншими"');
    expect(html).not.toContain('Аналіз ще не виконано');
  });
});
