// The pages' common ground: a page's texts filled in from the catalog, and how a page's call to the server runs.
import { Ctx, finish, LOCK_WAIT_MS, openContext, withScriptLock } from '../context';
import { describeError } from '../../gas/errors';
import { escapeHtml } from '../../domain/text';
import { ui } from '../../domain/messages';
import pageBase from '../../ui/page-base.html';
import panelStyle from '../../ui/panel-style.html';
import panelScript from '../../ui/panel-script.html';

/**
 * A page with the parts it asks for by a marker: `<!--PAGE_BASE-->` the pages' shared style and text helpers
 * (ui/page-base.html), `<!--PANEL_STYLE-->` and `<!--PANEL_SCRIPT-->` the panel's own (ui/panel-style.html,
 * ui/panel-script.html), each part's text put in as it is.
 */
export function withParts(page: string): string {
  return page
    .replace('<!--PAGE_BASE-->', () => pageBase)
    .replace('<!--PANEL_STYLE-->', () => panelStyle)
    .replace('<!--PANEL_SCRIPT-->', () => panelScript);
}

/** A value as a script's JSON literal, with `<` escaped so that no text in it can close the script. */
const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');

/**
 * A page with its parts (`withParts`) and its texts from the catalog: `{{key}}` in the markup the escaped text,
 * and the keys the script reads with `t('key')` are handed to it as JSON (`scriptJson`). `data`: values the page's
 * script starts from, each put in where the script has `null` after a comment holding its name (`var START =
 * <comment START> null;`).
 */
export function fillPage(page: string, data: Record<string, unknown> = {}): string {
  const source = withParts(page);
  const known = (key: string): string => {
    const text = ui(key);
    if (text === key) throw new Error(`No UI text «${key}»`);
    return text;
  };
  const forScript: Record<string, string> = {};
  for (const m of source.matchAll(/\bt\('(\w+)'/g)) forScript[m[1]] = known(m[1]);
  let out = source
    .replace(/\{\{(\w+)\}\}/g, (_m, key: string) => escapeHtml(known(key)))
    .replace('/*UI_TEXT*/ {}', () => scriptJson(forScript));
  for (const [name, value] of Object.entries(data)) {
    const marker = `/*${name}*/ null`;
    if (!out.includes(marker)) throw new Error(`The page has no ${marker}`);
    out = out.replace(marker, () => scriptJson(value));
  }
  return out;
}

/**
 * A google.script.run target: one context, the script lock, plain data back, a Ukrainian Error otherwise. `busy`:
 * what to answer when another run holds the lock (a page that asks again by itself), instead of the error.
 */
export function fromPage<T>(title: string, body: (ctx: Ctx) => T, journalErrors = true, busy?: () => T): T {
  const ctx = openContext();
  try {
    const r = withScriptLock(ctx, LOCK_WAIT_MS, () => body(ctx));
    if (!r.ok) {
      if (busy) return busy();
      throw new Error(ui('busy'));
    }
    return r.value;
  } catch (e) {
    if (journalErrors) ctx.journal.add(ui('actError'), `${title}: ${describeError(e)}`);
    throw new Error(describeError(e), { cause: e });
  } finally {
    finish(ctx);
  }
}
