// Sending one templated email through MailApp (script.send_mail scope), with headers that cannot be injected.
import type { GasPorts } from './ports';
import type { Settings } from '../domain/types';
import { escapeHtml, sanitizeHeader } from '../domain/text';

export interface Letter {
  to: string;
  subject: string;
  text: string;
  /** Body HTML (already escaped where it holds data); wrapped in the common layout here. */
  html: string;
  button?: { href: string; label: string };
  /** Files sent with the letter (a winner's certificate). */
  attachments?: GoogleAppsScript.Base.BlobSource[];
}

export function sendLetter(g: GasPorts, settings: Settings, letter: Letter): void {
  g.MailApp.sendEmail({
    to: letter.to,
    subject: sanitizeHeader(letter.subject),
    body: letter.text,
    htmlBody: layout(letter, settings),
    name: sanitizeHeader(settings.senderName || settings.title),
    ...(settings.replyTo ? { replyTo: settings.replyTo } : {}),
    ...(letter.attachments?.length ? { attachments: letter.attachments } : {}),
  });
}

function layout(letter: Letter, settings: Settings): string {
  const button = letter.button
    ? `<p style="margin:24px 0"><a href="${escapeHtml(letter.button.href)}" style="background:#1a73e8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(letter.button.label)}</a></p>`
    : '';
  return (
    '<!doctype html><html lang="uk"><body style="font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#202124">' +
    `<div style="max-width:600px;margin:0 auto;padding:16px"><p style="color:#5f6368;font-size:13px">${escapeHtml(settings.title)} · ${settings.year}</p>` +
    letter.html +
    button +
    '</div></body></html>'
  );
}
