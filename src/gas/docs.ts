// Google Docs: a tagged Doc made in a folder (its contents written by docs-batch), and its PDF.
import type { Block, PageSetup } from '../domain/blocks';
import type { GasPorts } from './ports';
import { createOutput, type OutputFile, type OutputKind } from './outputs';
import { appendBlocks, NEW_DOC } from './docs-batch';

export const DOCUMENT_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

/** A text as Body.replaceText's replacement: `\` and `$` are special there (java.util.regex's rules). */
export const replacementLiteral = (s: string): string => s.replace(/[\\$]/g, '\\$&');

/**
 * A new Doc written whole: made through Drive (so its folder and tags are set in the same call: a re-run finds it),
 * its page set and its blocks written by one Docs API batch, then its images placed.
 */
export function createWrittenDoc(
  g: GasPorts,
  spec: { name: string; kind: OutputKind; year: number; parent: string; caseId?: string },
  blocks: readonly Block[],
  page?: PageSetup,
): OutputFile {
  const file = createOutput(g.Drive, { ...spec, mimeType: DOCUMENT_MIME });
  appendBlocks(g, file.id, NEW_DOC, blocks, { last: true, page });
  return file;
}

/**
 * The Doc's PDF, converted from what is saved (every batch and every DocumentApp edit here is saved before this):
 * a plain Blob made here, not the service's object, so it can go into an email's attachments as it is.
 */
export function exportPdf(g: GasPorts, docId: string, fileName: string): GoogleAppsScript.Base.Blob {
  const pdf = g.DocumentApp.openById(docId).getAs(PDF_MIME);
  return g.Utilities.newBlob(pdf.getBytes(), PDF_MIME, fileName);
}
