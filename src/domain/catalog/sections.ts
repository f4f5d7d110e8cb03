// The sections' pages: each group starts a page, each case its header beside its QR code, then what was done, the
// results, the contacts and the materials — a case that does not fit goes on over the next page.
import { blocksHeight, textHeight, type Block, type TextStyle } from '../blocks';
import { ui } from '../messages';
import { qrPngSignedBytes } from '../qr';
import { caseUrl, districtLabel, type CatalogEntry } from './entries';
import { CASE_QR_SCALE, cut, p, QR_CASE_PX, QR_COLUMN, ROOM, S, WIDTH } from './layout';

/** A piece of a case to place on a page: its blocks, the room they take, the room what follows must find with it. */
interface Piece {
  blocks: Block[];
  height: number;
  keepWithNext: number;
  /** A paragraph of text, which may be cut between sentences to fill the rest of a page. */
  text?: { text: string; style: TextStyle; align?: 'justify' };
}

const textPiece = (text: string, style: TextStyle, align?: 'justify'): Piece => {
  const b = p(text, style, align);
  return { blocks: [b], height: blocksHeight([b], WIDTH), keepWithNext: 0, text: { text, style, align } };
};

/** The longest start of `text` (whole sentences, else whole words) that fits in `room`, and the rest. */
function fitting(text: string, style: TextStyle, room: number): [string, string] {
  const sentences = text.match(/[^.!?…]+[.!?…]+["»”]?\s*|[^.!?…]+$/g) ?? [text];
  const units = sentences.length > 1 ? sentences : text.split(/(?<=\s)/);
  let head = '';
  for (const u of units) {
    if (textHeight((head + u).trim(), WIDTH, style) > room) break;
    head += u;
  }
  return [head.trim(), text.slice(head.length).trim()];
}

/**
 * The sections' pages: each group starts a page; a case goes on the current page when all of it fits, else on a
 * new one; a case longer than a page goes on over the next (its head says «продовження»).
 */
export function packCases(
  entries: readonly CatalogEntry[],
  pageUrl: string,
): { blocks: Block[]; cases: string[]; group: string; continued: boolean }[] {
  const headH = textHeight('1', WIDTH, S.head);
  const out: { blocks: Block[]; cases: string[]; group: string; continued: boolean; used: number }[] = [];
  const newPage = (group: string, continued: boolean) =>
    out.push({ blocks: [], cases: [], group, continued, used: headH });
  entries.forEach((e, i) => {
    const opensGroup = i === 0 || entries[i - 1].group !== e.group;
    if (opensGroup) newPage(e.group, false);
    let page = out[out.length - 1];
    const shared = page.cases.length > 0;
    const pieces = casePieceList(e, opensGroup, shared, pageUrl);
    const total = pieces.reduce((a, x) => a + x.height, 0);
    if (shared && page.used + total > ROOM) {
      newPage(e.group, false);
      page = out[out.length - 1];
      pieces.splice(0, 1, ...caseHeaderPiece(e, false, false, pageUrl));
    }
    page.cases.push(e.id);
    for (let k = 0; k < pieces.length; k++) {
      const piece = pieces[k];
      const free = ROOM - page.used - piece.keepWithNext;
      if (piece.height > free && page.blocks.length > 0) {
        // A long paragraph fills the rest of the page and goes on over the next
        const [head, rest] = piece.text ? fitting(piece.text.text, piece.text.style, free) : ['', ''];
        if (head && rest) {
          const first = textPiece(head, piece.text!.style, piece.text!.align);
          page.blocks.push(...first.blocks);
          page.used += first.height;
          pieces.splice(k + 1, 0, textPiece(rest, piece.text!.style, piece.text!.align));
        } else k--;
        newPage(e.group, true);
        page = out[out.length - 1];
        continue;
      }
      page.blocks.push(...piece.blocks);
      page.used += piece.height;
    }
  });
  return out.map(({ blocks, cases, group, continued }) => ({ blocks, cases, group, continued }));
}

/** A case's first piece: the group's heading when it opens the group, room above it when it follows another case. */
function caseHeaderPiece(
  e: CatalogEntry,
  opensGroup: boolean,
  afterAnother: boolean,
  pageUrl: string,
): Piece[] {
  const blocks: Block[] = [
    ...(opensGroup ? [{ kind: 'heading1', text: e.group, style: S.h1 } as Block] : []),
    ...(afterAnother ? [p('', S.gap)] : []),
    caseHeader(e, pageUrl),
  ];
  return [{ blocks, height: blocksHeight(blocks, WIDTH), keepWithNext: 0 }];
}

/** A case as pieces: the header (title, organisation, QR code), then each section's label and paragraphs. */
function casePieceList(
  e: CatalogEntry,
  opensGroup: boolean,
  afterAnother: boolean,
  pageUrl: string,
): Piece[] {
  const pieces = caseHeaderPiece(e, opensGroup, afterAnother, pageUrl);
  const paras = (t: string) => t.split(/\r\n|\r|\n/).filter((l) => l.trim() !== '');
  const sections: { label: string; paragraphs: string[]; style: TextStyle; align?: 'justify' }[] = [];
  if (e.done)
    sections.push({
      label: ui('catalogFieldDone'),
      paragraphs: paras(e.done),
      style: S.text,
      align: 'justify',
    });
  if (e.results)
    sections.push({
      label: ui('catalogFieldResults'),
      paragraphs: paras(e.results),
      style: S.text,
      align: 'justify',
    });
  const contacts = [
    e.contactPerson,
    e.contactEmail ? ui('catalogEmail', { email: e.contactEmail }) : '',
    e.phone ? ui('catalogPhone', { phone: e.phone }) : '',
  ].filter((v) => v);
  if (contacts.length)
    sections.push({ label: ui('catalogFieldContacts'), paragraphs: contacts, style: S.contacts });
  if (e.materials)
    sections.push({ label: ui('catalogFieldMaterials'), paragraphs: [e.materials], style: S.contacts });
  for (const sec of sections) {
    const texts = sec.paragraphs.flatMap((t) => cut(t, sec.style, ROOM - 80));
    const label = p(sec.label, S.label);
    // A label never ends a page: it goes with the first lines of its text
    pieces.push({
      blocks: [label],
      height: blocksHeight([label], WIDTH),
      keepWithNext: Math.min(textHeight(texts[0] ?? '', WIDTH, sec.style), 60),
    });
    for (const t of texts) pieces.push(textPiece(t, sec.style, sec.align));
  }
  return pieces;
}

/** Title, organisation and district · category beside the QR code of the case's entry on the public page. */
function caseHeader(e: CatalogEntry, pageUrl: string): Block {
  const meta = [e.district && districtLabel(e.district), e.category].filter((v) => v).join(' · ');
  return {
    kind: 'table',
    rows: [
      [
        {
          blocks: [
            p(e.title, S.title),
            p(e.organisation, S.organisation),
            ...(meta ? [p(meta, S.meta)] : []),
          ],
          padding: [0, 12, 0, 0],
        },
        {
          blocks: [
            {
              kind: 'image',
              png: qrPngSignedBytes(caseUrl(pageUrl, e.id), CASE_QR_SCALE),
              name: `qr-${e.id}.png`,
              width: QR_CASE_PX,
              align: 'center',
              style: { before: 0, after: 0, lineSpacing: 1 },
            },
            p(ui('catalogQrCase'), S.caption, 'center'),
          ],
          padding: [0, 0, 0, 0],
        },
      ],
    ],
    widths: [WIDTH - QR_COLUMN, QR_COLUMN],
    border: { width: 0 },
  };
}
