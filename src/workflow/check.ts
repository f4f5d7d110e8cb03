// «Перевірка системи»: one click exercises every service the product needs, reports a table, and cleans up.
import type { Ctx } from './context';
import { ensureDispatcher } from '../gas/triggers';
import { sendLetter } from '../gas/mailer';
import { valueOfApiCell, writeCells } from '../gas/book';
import { lockMemberTab, MEMBER_FILE_FIELDS } from '../gas/memberSheet';
import { DocMerge } from '../gas/docMerge';
import { loadSettings } from './master';
import { runsAsOwner } from './owner';
import { MASTER_LOCALE } from './setup';
import { replacementLiteral } from '../gas/docs';
import { appendBlocks, NEW_DOC } from '../gas/docs-batch';
import { qrPngSignedBytes } from '../domain/qr';
import type { Block } from '../domain/blocks';
import { stageSettings } from '../domain/stages';
import { ui } from '../domain/messages';
import { refuseIncomplete } from './completeness';

export interface CheckRow {
  service: string;
  ok: boolean;
  details: string;
}

/** Handler of the trigger the check creates and deletes at once; it never really runs. */
export const CHECK_TRIGGER_HANDLER = 'systemCheckNoop';

export function systemCheck(ctx: Ctx, sendTestEmail = true): CheckRow[] {
  const rows: CheckRow[] = [];
  const step = (service: string, body: () => string): void => {
    try {
      rows.push({ service, ok: true, details: body() });
    } catch (e) {
      rows.push({ service, ok: false, details: String((e as Error).message ?? e).slice(0, 300) });
    }
  };
  let scratchId = '';

  step(ui('checkSettings'), () => {
    const s = loadSettings(ctx);
    return ui('checkSettingsOk', { year: s.year, winners: s.winners });
  });
  step(ui('checkTemplates'), () => {
    // Only the texts themselves: unknown placeholders and stray braces, named by their rows (values come later)
    const s = loadSettings(ctx);
    const extra = stageSettings(ctx.book.readAll('settings'));
    const texts = {
      inviteSubject: ['invite', s.templates.inviteSubject],
      inviteBody: ['invite', s.templates.inviteBody],
      reminderSubject: ['reminder', s.templates.reminderSubject],
      reminderBody: ['reminder', s.templates.reminderBody],
      winnerSubject: ['winner', extra.winnerSubject],
      winnerBody: ['winner', extra.winnerBody],
      catalogForeword: ['catalogForeword', extra.catalogForeword],
    } as const;
    refuseIncomplete(
      ctx,
      Object.entries(texts).map(([setting, [kind, template]]) => ({
        kind,
        template,
        source: { setting: setting as keyof typeof texts },
        letters: [],
      })),
    );
    return ui('checkTemplatesOk', { count: Object.keys(texts).length });
  });
  step(ui('checkSpreadsheet'), () => {
    const file = ctx.g.Drive.Files.create({
      name: ui('checkScratchName'),
      mimeType: 'application/vnd.google-apps.spreadsheet',
    });
    scratchId = String(file.id);
    const ss = ctx.g.SpreadsheetApp.openById(scratchId);
    const sheet = ss.getSheets()[0];
    writeCells(sheet.getRange(1, 1, 2, 2), [
      ['К1', 'К2'],
      [7, 8],
    ]);
    const back = sheet.getRange(1, 1, 2, 2).getValues();
    if (back[1][0] !== 7) throw new Error(ui('checkReadBackFailed'));
    // Validation and protection as members' files get them: one Sheets API batchUpdate, read back by SpreadsheetApp.
    const row2 = {
      sheetId: sheet.getSheetId(),
      startRowIndex: 1,
      endRowIndex: 2,
      startColumnIndex: 0,
      endColumnIndex: 2,
    };
    const help = ui('checkScratchName');
    const reply = ctx.g.Sheets.Spreadsheets.batchUpdate(
      {
        requests: [
          {
            repeatCell: {
              range: row2,
              cell: {
                dataValidation: {
                  condition: {
                    type: 'NUMBER_BETWEEN',
                    values: [{ userEnteredValue: '0' }, { userEnteredValue: '10' }],
                  },
                  inputMessage: help,
                  strict: true,
                },
              },
              fields: 'dataValidation',
            },
          },
          {
            addProtectedRange: {
              protectedRange: { range: { sheetId: row2.sheetId }, unprotectedRanges: [row2] },
            },
          },
        ],
      },
      scratchId,
    );
    const rule = sheet.getRange(2, 1, 1, 1).getDataValidations()[0][0];
    if (rule?.getHelpText() !== help) throw new Error(ui('checkReadBackFailed'));
    // The deadline's lock: the protection closed by the id the reply gave it, in force for SpreadsheetApp at once
    const protectionId = reply.replies?.[1]?.addProtectedRange?.protectedRange?.protectedRangeId;
    if (typeof protectionId !== 'number') throw new Error(ui('checkReadBackFailed'));
    lockMemberTab(ctx.g, scratchId, row2.sheetId, protectionId);
    const closed = sheet.getProtections(ctx.g.SpreadsheetApp.ProtectionType.SHEET)[0];
    if (!closed || closed.getUnprotectedRanges().length !== 0) throw new Error(ui('checkReadBackFailed'));
    // Members' files are read back in one Sheets API request with exactly these fields: the value and the rule's
    // help text must come back as SpreadsheetApp sees them.
    const apiRead = ctx.g.Sheets.Spreadsheets.get(scratchId, { fields: MEMBER_FILE_FIELDS });
    const cell = apiRead.sheets?.[0]?.data?.[0]?.rowData?.[1]?.values?.[0];
    if (valueOfApiCell(ctx.g, cell, 'Etc/UTC') !== 7 || cell?.dataValidation?.inputMessage !== help)
      throw new Error(ui('checkReadBackFailed'));
    return ui('checkSpreadsheetOk');
  });
  step(ui('checkDrive'), () => {
    if (!scratchId) throw new Error(ui('checkNoScratch'));
    const perms =
      ctx.g.Drive.Permissions.list(scratchId, { fields: 'permissions(id,role)' }).permissions ?? [];
    ctx.g.Drive.Files.update({ trashed: true }, scratchId, null, {});
    return ui('checkDriveOk', { perms: perms.length });
  });
  step(ui('checkDocuments'), () => {
    const doc = ctx.g.DocumentApp.create(ui('checkScratchName'));
    doc.saveAndClose();
    // The way every Doc is written: one Docs API batch (here a table in a table's cell, as the certificate's frame
    // is), then its image placed by DocumentApp
    const image: Block = {
      kind: 'image',
      png: qrPngSignedBytes(ui('checkScratchName'), 2),
      name: 'check.png',
      width: 40,
    };
    const inner: Block = {
      kind: 'table',
      rows: [[{ blocks: [image, { kind: 'paragraph', text: '{{name}}' }] }]],
    };
    appendBlocks(
      ctx.g,
      doc.getId(),
      NEW_DOC,
      [
        { kind: 'paragraph', text: ui('checkMailBody') },
        { kind: 'table', rows: [[{ blocks: [inner] }]] },
      ],
      { last: true },
    );
    // A certificate's way: the Docs API fills the placeholder, DocumentApp opens the result and exports it.
    const name = ui('checkScratchName');
    new DocMerge(ctx.g, doc.getId()).fill({ name });
    const filled = ctx.g.DocumentApp.openById(doc.getId());
    if (!filled.getBody().getText().includes(name)) throw new Error(ui('checkReadBackFailed'));
    const pdf = filled.getAs('application/pdf');
    ctx.g.Drive.Files.update({ trashed: true }, doc.getId(), null, {});
    return ui('checkDocumentsOk', { bytes: pdf.getBytes().length });
  });
  step(ui('checkTriggers'), () => {
    const t = ctx.g.ScriptApp.newTrigger(CHECK_TRIGGER_HANDLER)
      .timeBased()
      .after(24 * 3600 * 1000)
      .create();
    ctx.g.ScriptApp.deleteTrigger(t);
    // Only the pipeline's owner keeps the dispatcher; another editor's check makes none of their own.
    const owner = ctx.state.get().owner;
    const state =
      owner && runsAsOwner(ctx) ? ensureDispatcher(ctx.g) : ui('checkNotOwner', { owner: owner || '—' });
    return ui('checkTriggersOk', { state, count: ctx.g.ScriptApp.getProjectTriggers().length });
  });
  step(ui('checkMaster'), () => {
    const settings = loadSettings(ctx);
    const zone = ctx.book.ss.getSpreadsheetTimeZone();
    const locale = ctx.book.ss.getSpreadsheetLocale();
    if (zone !== settings.timeZone || locale !== MASTER_LOCALE)
      throw new Error(
        ui('checkMasterWrong', { zone, locale, wantZone: settings.timeZone, wantLocale: MASTER_LOCALE }),
      );
    return ui('checkMasterOk', { zone, locale, owner: ctx.state.get().owner || '—' });
  });
  // What the local runtime cannot vouch for on a real account: each is tried once here.
  step(ui('checkCache'), () => {
    const cache = ctx.g.CacheService.getScriptCache();
    const big = 'TOP-100 '.repeat(11_000);
    cache.put('top100.check', big, 60);
    const back = cache.get('top100.check');
    cache.remove('top100.check');
    if (back !== big) throw new Error(ui('checkReadBackFailed'));
    return ui('checkCacheOk', { kb: Math.round(big.length / 1024) });
  });
  step(ui('checkReplace'), () => {
    const doc = ctx.g.DocumentApp.create(ui('checkScratchName'));
    doc.getBody().appendParagraph('{{name}}');
    const name = 'ТОВ «$1 \\ Ко»';
    doc.getBody().replaceText('\\{\\{name\\}\\}', replacementLiteral(name));
    const text = doc.getBody().getText().trim();
    doc.saveAndClose();
    ctx.g.Drive.Files.update({ trashed: true }, doc.getId(), null, {});
    if (text !== name) throw new Error(ui('checkReplaceWrong', { text }));
    return ui('checkReplaceOk');
  });
  step(ui('checkMedia'), () => {
    const html = '<!doctype html><p>ТОП-100</p>';
    const f = ctx.g.Drive.Files.create(
      { name: ui('checkScratchName') + '.html', mimeType: 'text/html' },
      ctx.g.Utilities.newBlob(html, 'text/html', 'check.html'),
      {},
    );
    const content = ctx.g.Drive.Files.get(String(f.id), { alt: 'media' }) as unknown;
    const text =
      typeof content === 'string'
        ? content
        : String((content as GoogleAppsScript.Base.Blob).getDataAsString?.('UTF-8') ?? '');
    let link = ui('checkLinkOk');
    try {
      ctx.g.Drive.Permissions.create({ type: 'anyone', role: 'reader' }, String(f.id), {});
    } catch (e) {
      link = ui('checkLinkRefused', { error: String((e as Error).message ?? e).slice(0, 160) });
    }
    ctx.g.Drive.Files.update({ trashed: true }, String(f.id), null, {});
    if (text !== html) throw new Error(ui('checkReadBackFailed'));
    return ui('checkMediaOk', { link });
  });
  step(ui('checkProperties'), () => {
    const props = ctx.g.PropertiesService.getScriptProperties();
    const written = String(ctx.now());
    props.setProperty('top100.check', written);
    // getProperties asks the service itself (getProperty answers from the execution's snapshot)
    const ok = props.getProperties()['top100.check'] === written;
    props.deleteProperty('top100.check');
    if (!ok) throw new Error(ui('checkReadBackFailed'));
    return ui('checkPropertiesOk');
  });
  step(ui('checkLock'), () => {
    const lock = ctx.g.LockService.getScriptLock();
    if (!lock.tryLock(5000)) throw new Error(ui('checkLockBusy'));
    lock.releaseLock();
    return ui('checkLockOk');
  });
  step(ui('checkMail'), () => {
    const quota = ctx.g.MailApp.getRemainingDailyQuota();
    if (!sendTestEmail) return ui('checkMailQuota', { quota });
    const settings = loadSettings(ctx);
    const to = settings.secretaryEmail || ctx.g.Session.getEffectiveUser().getEmail();
    sendLetter(ctx.g, settings, {
      to,
      subject: ui('checkMailSubject'),
      text: ui('checkMailBody'),
      html: `<p>${ui('checkMailBody')}</p>`,
    });
    return ui('checkMailOk', { to, quota: quota - 1 });
  });
  ctx.journal.add(
    ui('actCheck'),
    rows.map((r) => `${r.ok ? '✓' : '✗'} ${r.service}: ${r.details}`).join('\n'),
  );
  return rows;
}
