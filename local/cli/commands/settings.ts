// `settings`: the «Налаштування» tab — listed, or one value typed in as the secretary and the whole tab validated.
import { parseSettings } from '../../../src/domain/settings';
import { TAB } from '../../../src/domain/sheets';
import { normalizeName } from '../../../src/domain/text';
import type { Result, Settings } from '../../../src/domain/types';
import type { LocalRuntime } from '../../runtime';
import { EditRefused, type UserSpreadsheet } from '../../spreadsheet';
import type { Command } from '../command';
import { bullets, CliError, same, t } from '../messages';
import { hasTab, openWorkspace, readTab, secretary } from '../workspace';

/** Column A of «Налаштування» with the row of each label (1-based). */
function labelRows(rt: LocalRuntime): { label: string; row: number }[] {
  if (!hasTab(rt, TAB.settings)) throw new CliError(t('settingsNoTab', { tab: TAB.settings }));
  return readTab(rt, TAB.settings, 1)
    .map((r, i) => ({ label: String(r[0] ?? '').trim(), row: i + 1 }))
    .filter((x, i) => i > 0 && x.label !== '');
}

/** The row of a label, matched as the script matches it: regardless of case, spacing and apostrophes. */
function rowOf(rt: LocalRuntime, label: string): { label: string; row: number } {
  const rows = labelRows(rt);
  const wanted = normalizeName(label);
  // The label's start is enough when only one label starts so («Кворум» for «Кворум (мінімум дійсних оцінок)»)
  const starting = rows.filter((r) => wanted !== '' && normalizeName(r.label).startsWith(wanted));
  const hit =
    rows.find((r) => r.label === label.trim()) ??
    rows.find((r) => normalizeName(r.label) === wanted) ??
    (starting.length === 1 ? starting[0] : undefined);
  if (!hit)
    throw new CliError(
      t('settingsUnknown', { label, tab: TAB.settings, labels: rows.map((r) => `  ${r.label}`).join('\n') }),
    );
  return hit;
}

/** The secretary types `value` into the label's «Значення» cell. */
export function setSetting(rt: LocalRuntime, s: UserSpreadsheet, label: string, value: string): string {
  const hit = rowOf(rt, label);
  try {
    s.type(TAB.settings, `B${hit.row}`, value);
  } catch (e) {
    if (e instanceof EditRefused)
      throw new CliError(t('settingsRefused', { value, label: hit.label, error: e.message }));
    throw e;
  }
  return hit.label;
}

/** The settings as the script would read them. */
export function readSettings(rt: LocalRuntime): Result<Settings> {
  return parseSettings(readTab(rt, TAB.settings, 3));
}

export const settings: Command = {
  name: 'settings',
  summary: 'summary_settings',
  help: 'help_settings',
  options: {},
  args: { min: 0, max: 2 },
  run: async (ctx) => {
    const rt = openWorkspace(ctx.dir);
    const s = secretary(rt);
    const [label, value] = ctx.positionals;
    const shown = (row: number): string => s.readDisplay(TAB.settings, `B${row}`)[0][0].replace(/\n/g, ' ⏎ ');
    if (label === undefined) {
      ctx.say(t('settingsList', { tab: TAB.settings }));
      for (const r of labelRows(rt)) ctx.say(same(`  ${r.label}: ${shown(r.row)}`));
      return;
    }
    if (value === undefined) {
      const hit = rowOf(rt, label);
      ctx.say(t('settingsSet', { label: hit.label, value: shown(hit.row) }));
      return;
    }
    const written = setSetting(rt, s, label, value);
    const parsed = readSettings(rt);
    if (!parsed.ok)
      throw new CliError(
        t('settingsProblems', { value, label: written, problems: bullets(parsed.problems) }),
      );
    await rt.save(ctx.dir);
    ctx.say(t('settingsSet', { label: written, value: shown(rowOf(rt, written).row) }));
    if (parsed.warnings.length) {
      ctx.say(t('warnings'));
      ctx.say(bullets(parsed.warnings));
    }
  },
};
