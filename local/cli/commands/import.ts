// `import-cases` and `import-members`: a person's file checked on this side, then entered the way the
// secretary would on Google (the CSV dialog's server call; a paste into «Члени комісії»).
import path from 'node:path';
import { placeText } from '../../../src/domain/messages';
import { MEMBER_STATUS_WORDS, parseMemberTable } from '../../../src/domain/members';
import { TAB } from '../../../src/domain/sheets';
import { cellText } from '../../../src/domain/table';
import { toSheetText } from '../../../src/domain/text';
import type { Problem } from '../../../src/domain/types';
import { EditRefused } from '../../spreadsheet';
import type { Command } from '../command';
import { parseEncoding, readSource, readTable, toCsv } from '../files';
import { bullets, CliError, same, t, type Text } from '../messages';
import { hasTab, openWorkspace, readTab, secretary } from '../workspace';

const encodingOption = { encoding: { type: 'string' as const } };

export const importCases: Command = {
  name: 'import-cases',
  summary: 'summary_importCases',
  help: 'help_importCases',
  options: encodingOption,
  args: { min: 1, max: 1 },
  run: async (ctx) => {
    const file = ctx.file(ctx.positionals[0]);
    const name = path.basename(file);
    const source = await readSource(file, parseEncoding(ctx.values.encoding as string | undefined));
    const text = source.kind === 'csv' ? source.text : toCsv(source.rows);
    const rt = openWorkspace(ctx.dir);
    if (source.kind === 'xlsx')
      ctx.say(t('importCasesXlsx', { sheet: source.sheet, file: name, rows: source.rows.length }));
    // The same server function the «З файлу CSV…» dialog calls: it validates and writes «Кейси» or changes nothing
    const r = rt.call('importCasesCsv', [text, name], { as: rt.world.owner, kind: 'menu' });
    if (r.error !== undefined || r.record.outcome !== 'ok') {
      const error = String((r.error as Error | undefined)?.message ?? r.record.error ?? r.error);
      throw new CliError(t('importCasesFailed', { file: name, error: same(error) }));
    }
    await rt.save(ctx.dir);
    ctx.say(t('importCasesDone', { report: same(String(r.result)) }));
  },
};

/** A problem found in a person's file names the file, not the tab the rows are meant for. */
function inFile(p: Problem, file: string): Text {
  const place = p.place;
  if (!place) return p;
  // «Аркуш «Члени комісії», рядок 3, стовпець «Email»: …» becomes «Файл «members.csv», рядок 3, …»
  const text = (lang: 'uk' | 'en'): string => {
    const whole = placeText(place, lang);
    const rowAndColumn = whole.slice(placeText({ sheet: place.sheet }, lang).length);
    const message = p[lang].startsWith(whole) ? p[lang].slice(whole.length) : `: ${p[lang]}`;
    return t('placeFile', { file })[lang] + rowAndColumn + message;
  };
  return { uk: text('uk'), en: text('en') };
}

/** The secretary's four columns of «Члени комісії» (the script's E–J are never written here). */
const OWN_COLUMNS = 4;

export const importMembers: Command = {
  name: 'import-members',
  summary: 'summary_importMembers',
  help: 'help_importMembers',
  options: encodingOption,
  args: { min: 1, max: 1 },
  run: async (ctx) => {
    const file = ctx.file(ctx.positionals[0]);
    const name = path.basename(file);
    const rows = await readTable(file, parseEncoding(ctx.values.encoding as string | undefined));
    const parsed = parseMemberTable(rows);
    if (!parsed.ok)
      throw new CliError(
        t('membersProblems', { file: name, problems: bullets(parsed.problems.map((p) => inFile(p, name))) }),
      );
    const rt = openWorkspace(ctx.dir);
    if (!hasTab(rt, TAB.members)) throw new CliError(t('membersNoTab', { tab: TAB.members }));
    const current = readTab(rt, TAB.members, OWN_COLUMNS);
    const rowOf = new Map<string, number>();
    let last = 1;
    current.forEach((r, i) => {
      if (i === 0) return;
      if (r.some((v) => cellText(v) !== '')) last = i + 1;
      const email = cellText(r[1]).toLowerCase();
      if (email !== '' && !rowOf.has(email)) rowOf.set(email, i + 1);
    });
    const s = secretary(rt);
    const counts = { added: 0, updated: 0, same: 0 };
    const appended: string[][] = [];
    try {
      for (const m of parsed.value) {
        const cells = [m.name, m.email, m.affiliation, MEMBER_STATUS_WORDS[m.status][0]];
        const row = rowOf.get(m.email);
        if (row === undefined) {
          appended.push(cells.map(toSheetText));
          counts.added += 1;
        } else if (cells.every((v, j) => cellText(current[row - 1][j]) === v)) {
          counts.same += 1;
        } else {
          s.paste(TAB.members, `A${row}`, [cells.map(toSheetText)]);
          counts.updated += 1;
        }
      }
      if (appended.length) s.paste(TAB.members, `A${last + 1}`, appended);
    } catch (e) {
      if (e instanceof EditRefused)
        throw new CliError(t('membersEditRefused', { tab: TAB.members, error: e.message }));
      throw e;
    }
    // The tab as the script will read it: rows the secretary had typed before may clash with the new ones
    const after = parseMemberTable(readTab(rt, TAB.members));
    if (!after.ok)
      throw new CliError(t('membersTabProblems', { tab: TAB.members, problems: bullets(after.problems) }));
    await rt.save(ctx.dir);
    ctx.say(t('membersDone', { file: name, ...counts, total: after.value.length }));
    if (parsed.warnings.length) {
      ctx.say(t('warnings'));
      ctx.say(bullets(parsed.warnings.map((p) => inFile(p, name))));
    }
  },
};
