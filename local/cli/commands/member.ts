// `member-export` and `member-import`: a member's spreadsheet as .xlsx to fill offline, and the filled file
// entered back as that member's own edits, so protection and data validation decide what is accepted.
import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { MEMBER_COL, MEMBER_SCRIPT_COL, MEMBER_SHEET, TAB } from '../../../src/domain/sheets';
import { cellText } from '../../../src/domain/table';
import { isValidEmail } from '../../../src/domain/text';
import { safeName } from '../../persist/files';
import type { LocalRuntime } from '../../runtime';
import {
  exportXlsx,
  importXlsxAsEdits,
  PROTECTED_MESSAGE,
  readXlsx,
  type ImportResult,
  type UserSpreadsheet,
} from '../../spreadsheet';
import type { Command } from '../command';
import { readInputFile } from '../files';
import { bullets, CliError, t, type Text } from '../messages';
import { memberFileId, openWorkspace, readTab } from '../workspace';

function emailArg(text: string): string {
  const email = text.trim().toLowerCase();
  if (!isValidEmail(email)) throw new CliError(t('badEmail', { value: text }), 2);
  return email;
}

/** The member's own spreadsheet, opened as them (Drive refuses anyone it is not shared with). */
function openAsMember(rt: LocalRuntime, email: string): UserSpreadsheet {
  const id = memberFileId(rt, email);
  try {
    return rt.as(email).open(id);
  } catch {
    throw new CliError(t('memberNoAccess', { email }));
  }
}

/** Every member who has a spreadsheet: their name, email and the spreadsheet's name. */
function memberSheets(rt: LocalRuntime): { name: string; email: string; sheetName: string }[] {
  return readTab(rt, TAB.members, MEMBER_SCRIPT_COL.done)
    .slice(1)
    .map((r) => {
      const id = /\/d\/([-\w]+)/.exec(String(r[MEMBER_SCRIPT_COL.link - 1] ?? ''))?.[1] ?? '';
      return {
        name: cellText(r[0]),
        email: cellText(r[1]).toLowerCase(),
        sheetName: rt.store.get(id)?.name ?? '',
      };
    })
    .filter((m) => m.email !== '' && m.sheetName !== '');
}

/**
 * The file must be this member's own spreadsheet: member-export writes the spreadsheet's name as the
 * workbook's title, and the line above the table names the member. Another member's file has the same cases
 * when everyone scores everything, so the rows alone cannot tell.
 */
async function refuseOthersFile(rt: LocalRuntime, email: string, file: string): Promise<void> {
  const name = path.basename(file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.readFile(file);
  } catch {
    throw new CliError(t('badXlsx', { file: name }));
  }
  const members = memberSheets(rt);
  const me = members.find((m) => m.email === email);
  if (!me) return;
  const title = String(wb.title ?? '').trim();
  const header = cellText(wb.getWorksheet(MEMBER_SHEET.scoring)?.getCell(1, 1).text ?? '');
  // The line above the table, «ТОП-100 2024 · оцінювання · <name> · термін: …», in its parts
  const parts = header.split('·').map((p) => p.trim());
  const owner = title
    ? members.find((m) => m.sheetName === title)
    : members.find((m) => parts.includes(m.name));
  if (owner?.email === email) return;
  if (owner)
    throw new CliError(
      t('memberWrongFile', { file: name, owner: owner.name, ownerEmail: owner.email, email }),
    );
  if (title || header)
    throw new CliError(
      t('memberUnknownFile', { file: name, email, found: title || header, expected: me.sheetName }),
    );
  throw new CliError(t('memberNoIdentity', { file: name, email }));
}

/** Sheets' refusal texts, in the person's words. */
function refusalText(r: ImportResult['refused'][number]): Text {
  const reason =
    r.reason === PROTECTED_MESSAGE
      ? t('refusedProtected')
      : r.reason.startsWith('There was a problem')
        ? t('refusedInvalid')
        : r.reason === 'No such sheet in the spreadsheet'
          ? t('refusedNoSheet')
          : r.reason === 'Outside the sheet'
            ? t('refusedOutside')
            : t('refusedAccess');
  return { uk: `${r.sheet}!${r.a1}: ${reason.uk}`, en: `${r.sheet}!${r.a1}: ${reason.en}` };
}

/**
 * The file's edits are typed cell by cell at their positions, so a copy whose rows were reordered offline
 * (protection removed, then sorted) would put scores on other cases: the IDs must stand where they stand now.
 */
async function refuseMovedRows(sheet: UserSpreadsheet, file: string): Promise<void> {
  let sheets;
  try {
    sheets = (await readXlsx(file)).sheets;
  } catch {
    throw new CliError(t('badXlsx', { file: path.basename(file) }));
  }
  const copy = sheets.find((s) => s.name === MEMBER_SHEET.scoring);
  const live = sheet.model.sheetByName(MEMBER_SHEET.scoring);
  if (!copy || !live) return;
  const first = MEMBER_SHEET.firstDataRow;
  const last = Math.max(live.lastRow(), first);
  const ids = sheet.read(MEMBER_SHEET.scoring, `A${first}:A${last}`).map((r) => cellText(r[0]));
  for (let i = 0; i < ids.length; i++) {
    const found = cellText(copy.values[first - 1 + i]?.[MEMBER_COL.id - 1]);
    if (found !== ids[i] && (found !== '' || ids[i] !== '')) {
      throw new CliError(
        t('memberRowsMoved', {
          file: path.basename(file),
          sheet: MEMBER_SHEET.scoring,
          row: first + i,
          found: found || '—',
          expected: ids[i] || '—',
        }),
      );
    }
  }
}

export const memberExport: Command = {
  name: 'member-export',
  summary: 'summary_memberExport',
  help: 'help_memberExport',
  options: { out: { type: 'string' } },
  args: { min: 1, max: 1 },
  run: async (ctx) => {
    const email = emailArg(ctx.positionals[0]);
    const rt = openWorkspace(ctx.dir);
    const sheet = openAsMember(rt, email);
    const out = ctx.file(typeof ctx.values.out === 'string' ? ctx.values.out : `${safeName(email)}.xlsx`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    await exportXlsx(sheet.model, out);
    ctx.say(t('memberExported', { email, file: out }));
  },
};

/** Refusals listed after an import; a file with hundreds of them is a wrong file, and the count says so. */
const REFUSALS_SHOWN = 20;

export const memberImport: Command = {
  name: 'member-import',
  summary: 'summary_memberImport',
  help: 'help_memberImport',
  options: {},
  args: { min: 2, max: 2 },
  run: async (ctx) => {
    const email = emailArg(ctx.positionals[0]);
    const file = ctx.file(ctx.positionals[1]);
    const name = path.basename(file);
    readInputFile(file);
    const rt = openWorkspace(ctx.dir);
    const sheet = openAsMember(rt, email);
    await refuseOthersFile(rt, email, file);
    await refuseMovedRows(sheet, file);
    let result: ImportResult;
    try {
      result = await importXlsxAsEdits(sheet, file);
    } catch {
      throw new CliError(t('badXlsx', { file: name }));
    }
    const refusals = bullets(result.refused.slice(0, REFUSALS_SHOWN).map(refusalText));
    if (result.applied === 0) {
      if (result.refused.length) throw new CliError(t('memberNothingApplied', { file: name, refusals }));
      ctx.say(t('memberNoChanges', { file: name, email }));
      return;
    }
    await rt.save(ctx.dir);
    ctx.say(t('memberImported', { file: name, applied: result.applied, email }));
    if (result.refused.length) {
      ctx.say(t('memberRefused', { count: result.refused.length }));
      ctx.say(refusals);
    }
    ctx.say(t('memberCollectHint'));
  },
};
