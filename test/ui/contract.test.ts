// The pages and the server agree on one list of callable functions, and the pages carry their texts from the catalog.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LocalRuntime } from '../../local/runtime';
import { startUiServer } from '../../local/ui-server';
import { SERVER_FUNCTIONS } from '../../src/ui/api';
import { fillPage, withParts } from '../../src/workflow/panel';

const UI_DIR = path.join(__dirname, '..', '..', 'src', 'ui');
const PAGES = ['panel.html', 'settings.html', 'progress.html'];
/** A page as the server makes it, with the parts it asks for (the panel's script is one of them). */
const source = (name: string): string => withParts(fs.readFileSync(path.join(UI_DIR, name), 'utf8'));

/**
 * Names a page calls: through its `call('name', …)` helper, directly after withFailureHandler(…), or the step a
 * progress dialog names (`data-step`) and calls again and again.
 */
function calledBy(html: string): string[] {
  const names = new Set<string>();
  for (const m of html.matchAll(/\bdata-step="(\w+)"/g)) names.add(m[1]);
  for (const m of html.matchAll(/\bcall\('(\w+)'/g)) names.add(m[1]);
  for (const m of html.matchAll(/\.withFailureHandler\([^)]*\)\s*\.(\w+)\(/g)) names.add(m[1]);
  return [...names];
}

describe('the pages and the server share one list of functions', () => {
  const called = PAGES.flatMap((p) => calledBy(source(p)));

  test('a page calls only functions of ServerApi, and every function of ServerApi is called by a page', () => {
    expect(called.length).toBeGreaterThan(0);
    expect(called.filter((n) => !(SERVER_FUNCTIONS as readonly string[]).includes(n))).toEqual([]);
    expect([...SERVER_FUNCTIONS].filter((n) => !called.includes(n))).toEqual([]);
  });

  test('the bundle has every ServerApi function as a top-level function', () => {
    const rt = LocalRuntime.create({ now: Date.UTC(2024, 8, 20), owner: 'secretary@example.org' });
    expect(SERVER_FUNCTIONS.filter((n) => !rt.sandbox.has(n))).toEqual([]);
  });

  test('the local page server refuses a function outside the list and runs nothing', async () => {
    const rt = LocalRuntime.create({ now: Date.UTC(2024, 8, 20), owner: 'secretary@example.org' });
    const server = await startUiServer({ rt });
    try {
      const res = await fetch(`${server.url}/run`, {
        method: 'POST',
        body: JSON.stringify({ fn: 'menuCloseEvaluation', args: [] }),
      });
      const body = (await res.json()) as { ok: boolean; error: string };
      expect(body.ok).toBe(false);
      expect(body.error).toContain('menuCloseEvaluation');
      expect(rt.executions).toHaveLength(0);
    } finally {
      await server.close();
    }
  });

  test('a page without set-up reports the Ukrainian error to the page, not a crash', async () => {
    const rt = LocalRuntime.create({ now: Date.UTC(2024, 8, 20), owner: 'secretary@example.org' });
    const server = await startUiServer({ rt });
    try {
      const res = await fetch(`${server.url}/run`, {
        method: 'POST',
        body: JSON.stringify({ fn: 'panelData', args: [] }),
      });
      const body = (await res.json()) as { ok: boolean; error: string };
      expect(body.ok).toBe(false);
      expect(body.error).toContain('Налаштування');
      expect(body.error).toContain('ТОП-100 → Налаштувати таблицю');
    } finally {
      await server.close();
    }
  });
});

describe('the pages get their texts from the catalog', () => {
  test.each(PAGES)('%s: every {{key}} and every t(key) of the script is a catalog text', (name) => {
    const html = fillPage(source(name));
    expect(html).not.toMatch(/\{\{\w+\}\}/);
    expect(html).not.toContain('/*UI_TEXT*/');
    const json = /var TEXT = (\{.*\});/.exec(html)?.[1] ?? '';
    const text = JSON.parse(json) as Record<string, string>;
    expect(Object.keys(text).length).toBeGreaterThan(3);
    for (const value of Object.values(text)) expect(value).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
  });

  test('a page whose script asks for a text the catalog lacks is refused when the page is made', () => {
    expect(() => fillPage("<script>var TEXT = /*UI_TEXT*/ {}; t('noSuchPanelText');</script>")).toThrow(
      'noSuchPanelText',
    );
  });
});
