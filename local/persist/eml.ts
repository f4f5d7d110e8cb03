// A sent message as a real RFC 5322 .eml file (UTF-8 headers as RFC 2047 words, text+html alternative, Bcc kept).

import MailComposer from 'nodemailer/lib/mail-composer';
import type { MailMessage } from '../services/mail';

export async function emlOf(m: MailMessage, scriptId: string): Promise<Buffer> {
  const composer = new MailComposer({
    from: { name: m.from.name, address: m.from.address },
    to: m.to,
    ...(m.cc.length ? { cc: m.cc } : {}),
    ...(m.bcc.length ? { bcc: m.bcc } : {}),
    ...(m.replyTo ? { replyTo: m.replyTo } : {}),
    subject: m.subject,
    text: m.text,
    ...(m.html !== undefined ? { html: m.html } : {}),
    attachments: m.attachments.map((a) => ({
      filename: a.name,
      contentType: a.contentType,
      content: Buffer.from(a.base64, 'base64'),
    })),
    date: new Date(m.time),
    messageId: `<${String(m.seq).padStart(4, '0')}.${m.kind}.${scriptId}@local.apps-script>`,
    headers: { 'X-Local-Kind': m.kind },
  });
  const node = composer.compile();
  node.keepBcc = true;
  return node.build();
}
