// «Надіслати запрошення»: one email per member with their link, each exactly once (ledger), quota-aware.
import { requireOwner } from './owner';
import { type Ctx, openLedger } from './context';
import { loadMembers, loadSettings, MemberRow, writeMemberColumns } from './master';
import { sendLetter } from '../gas/mailer';
import { LEDGER_STATE } from '../domain/sheets';
import type { Settings } from '../domain/types';
import { escapeHtml } from '../domain/text';
import { fillTemplate } from '../domain/templates';
import { refuseIncomplete } from './completeness';
import { formatDateTime } from '../domain/time';
import { ui } from '../domain/messages';

export interface MailResult {
  sent: number;
  waiting: number;
  alreadySent: number;
  unconfirmed: string[];
  quotaLeft: number;
}

export const inviteKey = (email: string): string => `invite:${email}`;

export function criteriaText(settings: Settings): string {
  return settings.criteria.map((c) => `К${c.index}. ${c.title}`).join('\n');
}

/** Template variables shared by invitations and reminders. */
export function letterVars(
  settings: Settings,
  m: MemberRow,
  extra: Record<string, string | number>,
): Record<string, string | number> {
  return {
    name: m.record.name,
    link: m.link,
    deadline: formatDateTime(settings.deadline.getTime(), settings.timeZone),
    criteria: criteriaText(settings),
    title: settings.title,
    year: settings.year,
    sender: settings.senderName,
    ...extra,
  };
}

/** An invitation's values: the member's, the settings', and how many cases the member has. */
export const invitationVars = (
  settings: Settings,
  m: MemberRow,
  cases: number,
): Record<string, string | number> => letterVars(settings, m, { cases });

export function sendInvitations(ctx: Ctx): MailResult {
  requireOwner(ctx);
  const settings = loadSettings(ctx);
  const members = loadMembers(ctx).filter((m) => m.record.status === 'active' && m.fileId);
  const ledger = openLedger(ctx);
  let quotaLeft = ctx.g.MailApp.getRemainingDailyQuota();
  const result: MailResult = { sent: 0, waiting: 0, alreadySent: 0, unconfirmed: [], quotaLeft };
  const invited: { row: number; at: Date }[] = [];
  const casesPerMember = countAssigned(ctx);
  const varsOf = (m: MemberRow) => invitationVars(settings, m, casesPerMember.get(m.record.email) ?? 0);
  // Every invitation still to go is checked before the first is sent: each goes out once
  const toSend = members.filter((m) => {
    const state = ledger.state(inviteKey(m.record.email));
    return state !== LEDGER_STATE.sent && state !== LEDGER_STATE.sending;
  });
  refuseIncomplete(
    ctx,
    (['inviteSubject', 'inviteBody'] as const).map((setting) => ({
      kind: 'invite' as const,
      template: settings.templates[setting],
      source: { setting },
      letters: toSend.map((m) => ({ vars: varsOf(m), who: m.record.email })),
    })),
  );

  for (const m of members) {
    const key = inviteKey(m.record.email);
    const state = ledger.state(key);
    if (state === LEDGER_STATE.sent) {
      result.alreadySent++;
      continue;
    }
    if (state === LEDGER_STATE.sending) {
      result.unconfirmed.push(m.record.email);
      continue;
    }
    if (quotaLeft < 1 || ctx.outOfTime()) {
      result.waiting++;
      continue;
    }
    const vars = varsOf(m);
    const at = new Date(ctx.now());
    ledger.mark(key, LEDGER_STATE.sending, at);
    sendLetter(ctx.g, settings, {
      to: m.record.email,
      subject: fillTemplate('invite', settings.templates.inviteSubject, vars, 'text'),
      text: fillTemplate('invite', settings.templates.inviteBody, vars, 'text'),
      html: `<p>${fillTemplate('invite', settings.templates.inviteBody, vars, 'html')}</p>`,
      button: { href: m.link, label: ui('openMySheet') },
    });
    ledger.mark(key, LEDGER_STATE.sent, at, m.record.email);
    quotaLeft--;
    result.sent++;
    invited.push({ row: m.row, at });
    ctx.journal.add(ui('actInvite'), ui('inviteDetails', { name: m.record.name, email: m.record.email }));
  }
  writeMemberColumns(
    ctx,
    invited.map((i) => ({ row: i.row, values: { invitedAt: i.at } })),
  );
  result.quotaLeft = quotaLeft;
  ctx.state.update((s) => (s.pending.invitations = result.waiting > 0));
  if (result.waiting > 0)
    ctx.journal.add(ui('actMailWaiting'), ui('mailWaiting', { count: result.waiting, quota: quotaLeft }));
  for (const email of result.unconfirmed)
    ctx.journal.add(ui('actMailUnconfirmed'), ui('mailUnconfirmed', { email: escapeHtml(email) }));
  return result;
}

/** Assigned cases per member, from «Оцінки». */
export function countAssigned(ctx: Ctx): Map<string, number> {
  const counts = new Map<string, number>();
  const all = ctx.book.readAll('scores');
  for (let i = 1; i < all.length; i++) {
    const m = String(all[i][1] ?? '').toLowerCase();
    if (m) counts.set(m, (counts.get(m) ?? 0) + 1);
  }
  return counts;
}
