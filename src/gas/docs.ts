// Google Docs through DocumentApp: a tagged Doc in a folder, blocks written into its body, its PDF.
import type { Block } from '../domain/blocks';
import type { BodyPort, DocumentPort, GasPorts } from './ports';
import { createOutput, type OutputFile, type OutputKind } from './outputs';

export const DOCUMENT_MIME = 'application/vnd.google-apps.document';
export const PDF_MIME = 'application/pdf';

/** A text as Body.replaceText's replacement: `\` and `$` are special there (java.util.regex's rules). */
export const replacementLiteral = (s: string): string => s.replace(/[\\$]/g, '\\$&');

/**
 * A new, empty Doc created through Drive (so its folder and tags are set in the same call: a re-run finds it),
 * then opened with DocumentApp.
 */
export function createTaggedDoc(
  g: GasPorts,
  spec: { name: string; kind: OutputKind; year: number; parent: string; caseId?: string },
): { file: OutputFile; doc: DocumentPort } {
  const file = createOutput(g.Drive, { ...spec, mimeType: DOCUMENT_MIME });
  return { file, doc: g.DocumentApp.openById(file.id) };
}

/** Writes the blocks at the end of the body: one call per paragraph or table, two for a heading or an alignment. */
export function writeBlocks(g: GasPorts, body: BodyPort, blocks: readonly Block[]): void {
  const H = g.DocumentApp.ParagraphHeading;
  const A = g.DocumentApp.HorizontalAlignment;
  const align = { left: A.LEFT, center: A.CENTER, right: A.RIGHT, justify: A.JUSTIFY } as const;
  const heading = {
    title: H.TITLE,
    subtitle: H.SUBTITLE,
    heading1: H.HEADING1,
    heading2: H.HEADING2,
    heading3: H.HEADING3,
  } as const;
  for (const b of blocks) {
    switch (b.kind) {
      case 'pageBreak':
        body.appendPageBreak();
        break;
      case 'list':
        for (const item of b.items) body.appendListItem(item);
        break;
      case 'table':
        if (b.rows.length > 0) body.appendTable(b.rows.map((r) => r.map((c) => c ?? '')));
        break;
      case 'image': {
        const blob = g.Utilities.newBlob(b.png, 'image/png', b.name);
        if (!b.align || b.align === 'left') body.appendImage(blob).setWidth(b.width).setHeight(b.width);
        else {
          // An image is aligned by the paragraph that holds it
          const p = body.appendParagraph('');
          p.setAlignment(align[b.align]);
          p.appendInlineImage(blob).setWidth(b.width).setHeight(b.width);
        }
        break;
      }
      default: {
        const p = body.appendParagraph(b.text);
        if (b.kind !== 'paragraph') p.setHeading(heading[b.kind]);
        if (b.align && b.align !== 'left') p.setAlignment(align[b.align]);
      }
    }
  }
}

/** The Doc's PDF: saved and closed first (a PDF of unsaved edits would miss them), then converted. */
export function saveAndExportPdf(
  g: GasPorts,
  doc: DocumentPort,
  fileName: string,
): GoogleAppsScript.Base.Blob {
  const id = doc.getId();
  doc.saveAndClose();
  const pdf = g.DocumentApp.openById(id).getAs(PDF_MIME);
  // A plain Blob made here, not the service's object, so it can go into an email's attachments as it is
  return g.Utilities.newBlob(pdf.getBytes(), PDF_MIME, fileName);
}
