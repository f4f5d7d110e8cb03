// «Перевірка системи»: one click exercises every service the product needs, reports a table, and cleans up.
import type { Ctx } from './context';
import { ensureDispatcher } from '../gas/triggers';
import { sendLetter } from '../gas/mailer';
import { loadSettings } from './master';
import { stageSettings } from '../domain/stages';
import { ui } from '../domain/ui-text';
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
    sheet.getRange(1, 1, 2, 2).setValues([
      ['К1', 'К2'],
      [7, 8],
    ]);
    const back = sheet.getRange(1, 1, 2, 2).getValues();
    if (back[1][0] !== 7) throw new Error(ui('checkReadBackFailed'));
    const rule = ctx.g.SpreadsheetApp.newDataValidation()
      .requireNumberBetween(0, 10)
      .setAllowInvalid(false)
      .build();
    sheet.getRange(2, 1, 1, 2).setDataValidation(rule);
    const p = sheet.protect();
    p.setUnprotectedRanges([sheet.getRange(2, 1, 1, 2) as unknown as GoogleAppsScript.Spreadsheet.Range]);
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
    doc.getBody().appendParagraph(ui('checkMailBody'));
    doc.saveAndClose();
    const pdf = ctx.g.DocumentApp.openById(doc.getId()).getAs('application/pdf');
    ctx.g.Drive.Files.update({ trashed: true }, doc.getId(), null, {});
    return ui('checkDocumentsOk', { bytes: pdf.getBytes().length });
  });
  step(ui('checkTriggers'), () => {
    const t = ctx.g.ScriptApp.newTrigger(CHECK_TRIGGER_HANDLER)
      .timeBased()
      .after(24 * 3600 * 1000)
      .create();
    ctx.g.ScriptApp.deleteTrigger(t);
    const state = ensureDispatcher(ctx.g);
    return ui('checkTriggersOk', { state, count: ctx.g.ScriptApp.getProjectTriggers().length });
  });
  step(ui('checkProperties'), () => {
    const props = ctx.g.PropertiesService.getScriptProperties();
    const written = String(ctx.now());
    props.setProperty('top100.check', written);
    const ok = props.getProperty('top100.check') === written;
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
