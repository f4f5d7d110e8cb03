// Stage II: a certificate per approved case from the secretary's Docs template, saved as PDF, and one letter with
// it to the case's contact person (each once, quota-aware); resumed by the dispatcher until every case is done.
// Each run fills one working copy of the template per case (one Docs API batchUpdate) and exports it: no Doc per case.
import { requireOwner } from './owner';
import type { Ctx } from './context';
import { loadApproved, type ApprovedList } from './approve';
import { continueCatalog } from './catalog';
import { continueStands } from './stands';
import { UserError } from '../gas/errors';
import { createTaggedDoc, PDF_MIME, setPage, writeBlocks } from '../gas/docs';
import { DocMerge, readDocText } from '../gas/docMerge';
import { sendLetter } from '../gas/mailer';
import { Ledger } from '../gas/ledger';
import { copyOutput, createOutput, listOutputs, StagesStore, type OutputFile } from '../gas/outputs';
import { FOLDER_MIME } from '../gas/drive';
import type { GasPorts } from '../gas/ports';
import { awardDate, CERTIFICATE_PAGE, certificateBlocks } from '../domain/certificate';
import { fillTemplate, TEMPLATE_FIELDS } from '../domain/templates';
import { typeset } from '../domain/typography';
import { refuseIncomplete } from './completeness';
import { LEDGER_STATE } from '../domain/sheets';
import { stageSettings, type StageSettings } from '../domain/stages';
import { bulletList, escapeHtml, isValidEmail } from '../domain/text';
import type { CaseRecord } from '../domain/types';
import { districtLabel } from '../domain/catalog';
import { problem, ui } from '../domain/messages';

/** The template's placeholders, filled per case. */
export const PLACEHOLDERS = TEMPLATE_FIELDS.certificate.map((f) => f.name);

export const winnerKey = (caseId: string): string => `winner:${caseId}`;

const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;
const fileUrl = (id: string): string => `https://drive.google.com/file/d/${id}/view`;

interface Folders {
  results: string;
  certificates: string;
}

/** The folders, the template and the certificates made so far: one Drive query for all of them. */
function outputs(
  ctx: Ctx,
  title: string,
  year: number,
  winners: number,
): { folders: Folders; template: OutputFile; created: boolean; files: OutputFile[] } {
  const all = listOutputs(ctx.g.Drive, year, [
    'results-folder',
    'certificates-folder',
    'template',
    'certificate-work',
    'certificate',
  ]);
  const find = (kind: string) => all.find((f) => f.kind === kind);
  const results =
    find('results-folder')?.id ??
    createOutput(ctx.g.Drive, {
      name: ui('resultsFolderName', { year }),
      mimeType: FOLDER_MIME,
      kind: 'results-folder',
      year,
    }).id;
  const certificates =
    find('certificates-folder')?.id ??
    createOutput(ctx.g.Drive, {
      name: ui('certificatesFolderName', { year }),
      mimeType: FOLDER_MIME,
      kind: 'certificates-folder',
      year,
      parent: results,
    }).id;
  let template = find('template');
  let created = false;
  if (!template) {
    const made = createTaggedDoc(ctx.g, {
      name: ui('templateDocName', { title, year }),
      kind: 'template',
      year,
      parent: results,
    });
    // The secretary edits the Doc (wording, design, the emblems); the placeholders are kept
    const body = made.doc.getBody();
    setPage(body, CERTIFICATE_PAGE);
    writeBlocks(ctx.g, body, certificateBlocks(winners), { first: 'empty' });
    made.doc.saveAndClose();
    template = made.file;
    created = true;
    ctx.journal.add(ui('templateCreated'), docUrl(template.id));
  }
  return { folders: { results, certificates }, template, created, files: all };
}

export interface TemplateResult {
  url: string;
  created: boolean;
}

/** «Шаблон диплома»: the template's link (created the first time), before the certificates are made from it. */
export function certificateTemplate(ctx: Ctx): TemplateResult {
  requireOwner(ctx);
  const list = loadApproved(ctx);
  const o = outputs(ctx, list.settings.title, list.settings.year, list.approval.cases.length);
  return { url: docUrl(o.template.id), created: o.created };
}

export const templateReport = (r: TemplateResult): string =>
  ui('templateReport', { url: r.url, placeholders: PLACEHOLDERS.map((p) => `{{${p}}}`).join(', ') });

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

export function runWinners(ctx: Ctx): WinnersResult {
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
  const ledger = new Ledger(ctx.book);
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
  new StagesStore(ctx.g.PropertiesService).update((s) => {
    s.winners = { pending, certificatesDone: approved.every((c) => pdfs.has(c.id)) };
  });
  if (pending)
    ctx.journal.add(
      ui('actWinnersPaused'),
      ui('winnersPaused', { remaining: approved.length - pdfs.size, letters: out.waiting + out.remaining }),
    );
  if (out.noContact.length && (out.madeNow > 0 || out.sentNow > 0))
    ctx.journal.add(ui('actNoContact'), out.noContact.join('; '));
  return out;
}

/** The PDF of a filled certificate Doc (opened afresh, to export what the Docs API wrote), as a plain Blob that can be attached to a letter. */
function exportPdf(g: GasPorts, docId: string, fileName: string): GoogleAppsScript.Base.Blob {
  const pdf = g.DocumentApp.openById(docId).getAs(PDF_MIME);
  return g.Utilities.newBlob(pdf.getBytes(), PDF_MIME, fileName);
}

/** Whom a certificate or letter is for, as a message names it. */
const caseWho = (c: CaseRecord): string => ui('templateWhoCase', { id: c.id, title: c.title });

/** The certificate's values for a case: typeset for print («», —, non-breaking spaces). */
export function certificateValues(
  c: CaseRecord,
  list: ApprovedList,
  extra: StageSettings,
): Record<string, string | number> {
  const values: Record<string, string | number> = {
    organisation: c.organisation,
    case: c.title,
    district: c.district ? districtLabel(c.district) : '',
    category: c.category,
    year: String(list.settings.year),
    winners: list.approval.cases.length,
    date: awardDate(extra.ceremonyDate),
    place: extra.ceremonyPlace,
    meeting: list.approval.meeting,
    protocol: list.approval.protocol,
    chair: extra.chairName,
    secretary: extra.secretaryName,
  };
  return Object.fromEntries(
    // The case's title stands in « » in the template: quotes of its own become „ “
    Object.entries(values).map(([k, v]) => [
      k,
      typeof v === 'string' ? typeset(v, { quoted: k === 'case' }) : v,
    ]),
  );
}

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
function sendWinnerLetter(
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

/**
 * The dispatcher's step after the close: the winners' job and the catalog, when a run left them unfinished.
 * Costs one property read when nothing is pending.
 */
export function resumeStageJobs(ctx: Ctx): string[] {
  const s = new StagesStore(ctx.g.PropertiesService).get();
  const steps: string[] = [];
  if (s.winners.pending && !ctx.outOfTime()) {
    // Waiting only for the mail quota: one call tells whether a letter can go today
    if (!(s.winners.certificatesDone && ctx.g.MailApp.getRemainingDailyQuota() < 1)) {
      runWinners(ctx);
      steps.push('winners');
    }
  }
  if (s.catalog.pending && !ctx.outOfTime()) {
    continueCatalog(ctx);
    steps.push('catalog');
  }
  if (s.stands.pending && !ctx.outOfTime()) {
    continueStands(ctx);
    steps.push('stands');
  }
  return steps;
}

export type { ApprovedList };
