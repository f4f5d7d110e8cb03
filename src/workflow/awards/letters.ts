// The winner's letter: its values, and one letter with the certificate, recorded in the ledger before and after.
import type { Ctx } from '../context';
import type { ApprovedList } from '../approve';
import { sendLetter } from '../../gas/mailer';
import type { Ledger } from '../../gas/ledger';
import { fillTemplate } from '../../domain/templates';
import { LEDGER_STATE } from '../../domain/sheets';
import type { StageSettings } from '../../domain/stages';
import { escapeHtml } from '../../domain/text';
import type { CaseRecord } from '../../domain/types';
import { ui } from '../../domain/messages';

export const winnerKey = (caseId: string): string => `winner:${caseId}`;
/** The winner's letter's values. */
export function winnerVars(
  list: ApprovedList,
  extra: StageSettings,
  c: CaseRecord,
): Record<string, string | number> {
  const { settings, approval } = list;
  return {
    name: c.contactPerson,
    case: c.title,
    organisation: c.organisation,
    protocol: approval.protocol,
    meeting: approval.meeting,
    winners: approval.cases.length,
    title: settings.title,
    year: settings.year,
    ceremonyDate: extra.ceremonyDate,
    ceremonyPlace: extra.ceremonyPlace,
    page: extra.publicPageUrl,
    sender: settings.senderName,
  };
}

/** One letter, recorded in the ledger before and after: a letter whose sending was cut off is never sent twice. */
export function sendWinnerLetter(
  ctx: Ctx,
  list: ApprovedList,
  extra: StageSettings,
  c: CaseRecord,
  email: string,
  pdf: GoogleAppsScript.Base.Blob,
  ledger: Ledger,
): 'sent' | 'quota' | 'failed' {
  const { settings } = list;
  const vars = winnerVars(list, extra, c);
  const key = winnerKey(c.id);
  const at = new Date(ctx.now());
  ledger.mark(key, LEDGER_STATE.sending, at, email);
  try {
    sendLetter(ctx.g, settings, {
      to: email,
      subject: fillTemplate('winner', extra.winnerSubject, vars, 'text'),
      text: fillTemplate('winner', extra.winnerBody, vars, 'text'),
      html: `<p>${fillTemplate('winner', extra.winnerBody, vars, 'html')}</p>`,
      ...(extra.publicPageUrl ? { button: { href: extra.publicPageUrl, label: ui('menuTitle') } } : {}),
      attachments: [pdf],
    });
  } catch (e) {
    const text = e instanceof Error ? e.message : String(e);
    // Refused before sending (quota, a bad address): nothing went out, so the next run may try again
    ledger.mark(key, LEDGER_STATE.failed, at, `${email}: ${text}`);
    if (/for one day/i.test(text)) return 'quota';
    ctx.journal.add(ui('actError'), `${ui('menuWinners')}: ${c.id} → ${escapeHtml(email)}: ${text}`);
    return 'failed';
  }
  ledger.mark(key, LEDGER_STATE.sent, at, email);
  ctx.journal.add(ui('actWinnerMail'), ui('winnerMailDetails', { id: c.id, email }));
  return 'sent';
}
