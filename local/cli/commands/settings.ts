// `settings`: the «Налаштування» tab — listed, or one value typed in as the secretary and the whole tab validated.
import { meetingFromSettings } from '../../../src/domain/approval';
import { parseSettings, SETTINGS_ROWS } from '../../../src/domain/settings';
import { TAB } from '../../../src/domain/sheets';
import { normalizeName } from '../../../src/domain/text';
import { formatDateTime } from '../../../src/domain/time';
import type { Result, Settings } from '../../../src/domain/types';
import type { LocalRuntime } from '../../runtime';
import { EditRefused, type UserSpreadsheet } from '../../spreadsheet';
import type { Command } from '../command';
import { bullets, CliError, same, t, type Text } from '../messages';
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

/**
 * A date setting as the script reads it, when the cell's display would hide part of it: a deadline typed
 * without a time shows «07.10.2024» in the cell but closes at 23:59, so the report says 23:59.
 */
function asTheScriptReadsIt(label: string, settings: Result<Settings>): Text | null {
  if (!settings.ok) return null;
  const key = SETTINGS_ROWS.find((r) => normalizeName(r.label) === normalizeName(label))?.key;
  const s = settings.value;
  if (key === 'deadline')
    return t('settingsDeadline', {
      value: formatDateTime(s.deadline.getTime(), s.timeZone),
      zone: s.timeZone,
    });
  if (key === 'meetingDate' && s.meetingDate) return same(meetingFromSettings(s.meetingDate, s.timeZone));
  return null;
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
    const display = (row: number): string =>
      s.readDisplay(TAB.settings, `B${row}`)[0][0].replace(/\n/g, ' ⏎ ');
    const shown = (hit: { label: string; row: number }, parsed: Result<Settings>): Text =>
      asTheScriptReadsIt(hit.label, parsed) ?? same(display(hit.row));
    if (label === undefined) {
      const parsed = readSettings(rt);
      ctx.say(t('settingsList', { tab: TAB.settings }));
      for (const r of labelRows(rt)) {
        const v = shown(r, parsed);
        ctx.say({ uk: `  ${r.label}: ${v.uk}`, en: `  ${r.label}: ${v.en}` });
      }
      return;
    }
    if (value === undefined) {
      const hit = rowOf(rt, label);
      ctx.say(t('settingsSet', { label: hit.label, value: shown(hit, readSettings(rt)) }));
      return;
    }
    const written = setSetting(rt, s, label, value);
    const parsed = readSettings(rt);
    if (!parsed.ok)
      throw new CliError(
        t('settingsProblems', { value, label: written, problems: bullets(parsed.problems) }),
      );
    await rt.save(ctx.dir);
    ctx.say(t('settingsSet', { label: written, value: shown(rowOf(rt, written), parsed) }));
    if (parsed.warnings.length) {
      ctx.say(t('warnings'));
      ctx.say(bullets(parsed.warnings));
    }
  },
};
