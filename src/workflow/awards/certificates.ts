// The certificates: the folders and the secretary's Docs template, a case's values, a filled copy exported as PDF.
import { requireOwner } from '../owner';
import type { Ctx } from '../context';
import { loadApproved, type ApprovedList } from '../approve';
import { createWrittenDoc } from '../../gas/docs';
import { createOutput, listOutputs, type OutputFile, type OutputKind } from '../../gas/outputs';
import { FOLDER_MIME } from '../../gas/drive';
import { awardDate, CERTIFICATE_PAGE, certificateBlocks } from '../../domain/certificate';
import { TEMPLATE_FIELDS } from '../../domain/templates';
import { typeset } from '../../domain/typography';
import type { StageSettings } from '../../domain/stages';
import type { CaseRecord } from '../../domain/types';
import { districtLabel } from '../../domain/catalog';
import { ui } from '../../domain/messages';

/** The template's placeholders, filled per case. */
export const PLACEHOLDERS = TEMPLATE_FIELDS.certificate.map((f) => f.name);

export const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;
export const fileUrl = (id: string): string => `https://drive.google.com/file/d/${id}/view`;

export interface Folders {
  results: string;
  certificates: string;
}

/** The folders, the template and the certificates made so far: one Drive query for all of them. */
export function outputs(
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
  /** A folder found by its kind, or made (tagged with it) in `parent`. */
  const folder = (kind: OutputKind, name: string, parent?: string): string =>
    find(kind)?.id ?? createOutput(ctx.g.Drive, { name, mimeType: FOLDER_MIME, kind, year, parent }).id;
  const results = folder('results-folder', ui('resultsFolderName', { year }));
  const certificates = folder('certificates-folder', ui('certificatesFolderName', { year }), results);
  let template = find('template');
  let created = false;
  if (!template) {
    // The secretary edits the Doc (wording, design, the emblems); the placeholders are kept
    template = createWrittenDoc(
      ctx.g,
      { name: ui('templateDocName', { title, year }), kind: 'template', year, parent: results },
      certificateBlocks(winners),
      CERTIFICATE_PAGE,
    );
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

/** Whom a certificate or letter is for, as a message names it. */
export const caseWho = (c: CaseRecord): string => ui('templateWhoCase', { id: c.id, title: c.title });

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
