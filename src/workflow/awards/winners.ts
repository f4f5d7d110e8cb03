// Stage II: a certificate per approved case from the secretary's Docs template, saved as PDF, and one letter with
// it to the case's contact person (each once, quota-aware); resumed by the dispatcher until every case is done.
// Each run fills one working copy of the template per case (one Docs API batchUpdate) and exports it: no Doc per case.
import { requireOwner } from '../owner';
import { type Ctx, openLedger } from '../context';
import { loadApproved } from '../approve';
import { refuseIncomplete } from '../completeness';
import { caseWho, certificateValues, docUrl, fileUrl, outputs } from './certificates';
import { sendWinnerLetter, winnerKey, winnerVars } from './letters';
import { UserError } from '../../gas/errors';
import { exportPdf, PDF_MIME } from '../../gas/docs';
import { DocMerge, readDocText } from '../../gas/docMerge';
import { copyOutput, createOutput, StagesStore } from '../../gas/outputs';
import { LEDGER_STATE } from '../../domain/sheets';
import { stageSettings } from '../../domain/stages';
import { bulletList, isValidEmail } from '../../domain/text';
import { problem, ui } from '../../domain/messages';

export interface WinnersResult {
  count: number;
  made: number;
  madeNow: number;
  mailed: number;
  sentNow: number;
  waiting: number;
  remaining: number;
  noContact: string[];
  unconfirmed: string[];
}

/**
 * How long the progress dialog holds the job after each of its steps: a step is at most the time budget (4.5 min)
 * and its lock wait; a dialog closed in the middle leaves the rest to the dispatcher once this has passed.
 */
export const DRIVEN_LEASE_MS = 10 * 60_000;

/**
 * One run of the winners' job: every certificate and letter it has time for. `driven`: a step of the secretary's
 * progress dialog (or the menu run that opens it), which keeps the job from the dispatcher while it goes on.
 */
export function runWinners(ctx: Ctx, opts: { driven?: boolean } = {}): WinnersResult {
  requireOwner(ctx);
  const list = loadApproved(ctx);
  const { settings, approved } = list;
  const extra = stageSettings(ctx.book.readAll('settings'));
  if (!extra.ceremonyDate || !extra.ceremonyPlace) {
    throw new UserError([problem('winnersNeedCeremony')]);
  }
  const year = settings.year;
  const o = outputs(ctx, settings.title, year, approved.length);
  const pdfs = new Map(o.files.filter((f) => f.kind === 'certificate').map((f) => [f.caseId, f.id]));
  const ledger = openLedger(ctx);
  const toMake = approved.filter((c) => !pdfs.has(c.id));
  const toMail = approved.filter((c) => {
    const state = ledger.state(winnerKey(c.id));
    return isValidEmail(c.contactEmail.trim()) && (state === null || state === LEDGER_STATE.failed);
  });
  // Everything this run would make or send is checked first: a letter goes out once and a certificate is framed
  const templateText = toMake.length > 0 || toMail.length > 0 ? readDocText(ctx.g, o.template.id).text : '';
  refuseIncomplete(ctx, [
    {
      kind: 'certificate',
      template: templateText,
      source: { document: docUrl(o.template.id) },
      letters: toMake.map((c) => ({ vars: certificateValues(c, list, extra), who: caseWho(c) })),
    },
    ...(['winnerSubject', 'winnerBody'] as const).map((setting) => ({
      kind: 'winner' as const,
      template: extra[setting],
      source: { setting },
      letters: toMail.map((c) => ({ vars: winnerVars(list, extra, c), who: caseWho(c) })),
    })),
  ]);
  /** This run's working copy of the template (made at the first certificate), and any a cut-off run left. */
  let merge: DocMerge | null = null;
  const work = (): DocMerge =>
    (merge ??= new DocMerge(
      ctx.g,
      copyOutput(ctx.g.Drive, o.template.id, {
        name: ui('certificateWorkName'),
        kind: 'certificate-work',
        year,
        parent: o.folders.certificates,
      }).id,
    ));
  const leftovers = o.files.filter((f) => f.kind === 'certificate-work').map((f) => f.id);
  let quotaLeft = ctx.g.MailApp.getRemainingDailyQuota();
  const out: WinnersResult = {
    count: approved.length,
    made: 0,
    madeNow: 0,
    mailed: 0,
    sentNow: 0,
    waiting: 0,
    remaining: 0,
    noContact: [],
    unconfirmed: [],
  };

  try {
    for (const c of approved) {
      const email = c.contactEmail.trim();
      const valid = isValidEmail(email);
      const state = ledger.state(winnerKey(c.id));
      if (!valid)
        out.noContact.push(
          ui('noContactLine', { id: c.id, title: c.title, value: email || ui('noContactEmpty') }),
        );
      if (state === LEDGER_STATE.sending) out.unconfirmed.push(`${c.id} → ${email}`);
      const needsPdf = !pdfs.has(c.id);
      const needsMail = valid && (state === null || state === LEDGER_STATE.failed);
      if (!needsPdf && !needsMail) continue;
      if (ctx.outOfTime()) {
        out.remaining++;
        continue;
      }
      if (!needsPdf && quotaLeft < 1) {
        out.waiting++;
        continue;
      }
      const name = ui('certificateName', { id: c.id, organisation: c.organisation }).slice(0, 180);
      let pdf: GoogleAppsScript.Base.Blob | null = null;
      /** The certificate as PDF: the working copy filled with the case's values, exported. */
      const fill = (): GoogleAppsScript.Base.Blob => {
        const m = work();
        m.fill(certificateValues(c, list, extra));
        return exportPdf(ctx.g, m.docId, `${name}.pdf`);
      };
      if (needsPdf) {
        pdf = fill();
        const file = createOutput(
          ctx.g.Drive,
          {
            name: `${name}.pdf`,
            mimeType: PDF_MIME,
            kind: 'certificate',
            year,
            parent: o.folders.certificates,
            caseId: c.id,
          },
          pdf,
        );
        pdfs.set(c.id, file.id);
        out.madeNow++;
        ctx.journal.add(
          ui('actCertificate'),
          ui('certificateDetails', { id: c.id, case: c.title, url: fileUrl(file.id) }),
        );
      }
      if (!needsMail) continue;
      if (quotaLeft < 1) {
        out.waiting++;
        continue;
      }
      pdf ??= fill();
      const sent = sendWinnerLetter(ctx, list, extra, c, email, pdf, ledger);
      if (sent === 'sent') {
        quotaLeft--;
        out.sentNow++;
      } else if (sent === 'quota') {
        quotaLeft = 0;
        out.waiting++;
      }
    }
  } finally {
    // The working copy holds the last case's values: it goes once the run is done with it
    for (const id of [...leftovers, ...(merge ? [(merge as DocMerge).docId] : [])])
      ctx.g.Drive.Files.update({ trashed: true }, id, null, {});
  }

  out.made = pdfs.size;
  out.mailed = approved.filter((c) => ledger.state(winnerKey(c.id)) === LEDGER_STATE.sent).length;
  const pending = out.remaining > 0 || out.waiting > 0;
  // Only work this run had no time for is the dialog's to go on with; letters waiting for tomorrow's mail quota are
  // the dispatcher's
  const driven = opts.driven === true && out.remaining > 0;
  new StagesStore(ctx.g.PropertiesService).update((s) => {
    s.winners = {
      pending,
      certificatesDone: approved.every((c) => pdfs.has(c.id)),
      ...(driven ? { drivenUntil: ctx.now() + DRIVEN_LEASE_MS } : {}),
    };
  });
  if (pending)
    ctx.journal.add(
      ui('actWinnersPaused'),
      ui(driven ? 'winnersPausedDriven' : 'winnersPaused', {
        remaining: approved.length - pdfs.size,
        letters: out.waiting + out.remaining,
      }),
    );
  if (out.noContact.length && (out.madeNow > 0 || out.sentNow > 0))
    ctx.journal.add(ui('actNoContact'), out.noContact.join('; '));
  return out;
}

export function winnersReport(r: WinnersResult): string {
  const lines = [
    ui('winnersReport', {
      made: r.made,
      count: r.count,
      now: r.madeNow,
      mailed: r.mailed,
      sent: r.sentNow,
      waiting: r.waiting,
    }),
  ];
  if (r.remaining > 0 || r.waiting > 0) lines.push(ui('winnersRemaining'));
  if (r.noContact.length)
    lines.push(
      '',
      ui('winnersNoContact', {
        count: r.noContact.length,
        list: bulletList(r.noContact),
      }),
    );
  if (r.unconfirmed.length) lines.push('', ui('winnersUnconfirmed', { list: r.unconfirmed.join(', ') }));
  return lines.join('\n');
}
