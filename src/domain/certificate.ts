// The certificate («Диплом») a winner frames: A4 landscape, a double gold frame, the city's and the Department's
// emblems (placeholder images the secretary replaces in the template Doc), the organisation, the case, the wording of
// the seeds («один із 100 кращих кейсів…»), the chair's and the secretary's signatures, the place and date of the award.
import { A4, type Block, type Cell, type PageSetup, type TextStyle } from './blocks';
import { rgbPng, signedBytes } from './png';
import { typeset } from './typography';
import { ui } from './messages';

const MARGIN = 28;
export const CERTIFICATE_PAGE: PageSetup = {
  width: A4.long,
  height: A4.short,
  margins: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN },
};
const WIDTH = CERTIFICATE_PAGE.width - 2 * MARGIN;
const HEIGHT = CERTIFICATE_PAGE.height - 2 * MARGIN;

const GOLD = '#b08d2f';
const NAVY = '#1f3864';
const SERIF = 'Times New Roman';

/** The frame: an outer 3-pt line, 6 pt apart an inner hairline, then the content. */
const OUTER = { border: 3, padding: 6 };
const INNER = { border: 0.75, padding: 18 };

/** The emblems' placeholders are this many pixels. */
export const EMBLEM = { width: 120, height: 140 } as const;

/** The width inside both frames. */
const CONTENT = WIDTH - 2 * (OUTER.border + OUTER.padding + INNER.border + INNER.padding);

const s = (size: number, more: TextStyle = {}): TextStyle => ({
  size,
  font: SERIF,
  before: 0,
  after: 0,
  lineSpacing: 1.1,
  ...more,
});

const centred = (text: string, style: TextStyle): Block => ({
  kind: 'paragraph',
  text,
  style,
  align: 'center',
});

/**
 * The template's blocks, with {{placeholders}} the certificates fill (see TEMPLATE_FIELDS.certificate). The number
 * of winners is written in words that agree with it («один із 100 кращих кейсів»).
 */
export function certificateBlocks(winners: number): Block[] {
  const emblem = (kind: 'city' | 'department'): Cell => ({
    blocks: [
      {
        kind: 'image',
        png: emblemPng(kind),
        name: kind === 'city' ? 'emblem-kyiv.png' : 'emblem-department.png',
        width: EMBLEM.width,
        height: EMBLEM.height,
        align: 'center',
        style: { before: 0, after: 0, lineSpacing: 1 },
      },
    ],
    padding: 0,
    valign: 'center',
  });
  const header: Block = {
    kind: 'table',
    rows: [
      [
        emblem('city'),
        {
          blocks: [
            centred(ui('templateHeading'), s(40, { bold: true, color: NAVY, after: 4 })),
            centred(ui('templateFair'), s(13, { color: '#555555', italic: true })),
          ],
          padding: [0, 8, 0, 8],
          valign: 'center',
        },
        emblem('department'),
      ],
    ],
    widths: [130, CONTENT - 260, 130],
    border: { width: 0 },
  };
  // The signatures stand in the middle: the role to the right of its column, the line, the name
  const sign = (role: string, name: string): Cell[] => [
    { blocks: [{ kind: 'paragraph', text: role, style: s(12.5, { lineSpacing: 1 }), align: 'right' }] },
    { blocks: [centred('______________________', s(12.5, { lineSpacing: 1 }))] },
    { blocks: [{ kind: 'paragraph', text: name, style: s(12.5, { bold: true, lineSpacing: 1 }) }] },
  ];
  const signatures: Block = {
    kind: 'table',
    rows: [sign(ui('templateChair'), '{{chair}}'), sign(ui('templateSecretary'), '{{secretary}}')],
    widths: [CONTENT * 0.34, CONTENT * 0.28, CONTENT * 0.38],
    border: { width: 0 },
  };
  const content: Block[] = [
    header,
    centred(ui('templateGiven'), s(13, { italic: true, color: '#555555', before: 10, after: 4 })),
    centred('{{organisation}}', s(24, { bold: true, color: NAVY, after: 6 })),
    centred(ui('templateFor'), s(13, { italic: true, color: '#555555', after: 4 })),
    centred('«{{case}}»', s(19, { bold: true, after: 8 })),
    centred(ui('templateWhy', { winners }), s(13.5, { after: 2 })),
    centred(ui('templateDecision'), s(10.5, { color: '#666666', after: 18 })),
    signatures,
    centred(ui('templatePlace'), s(12, { color: '#555555', before: 14 })),
  ];
  const innerHeight = HEIGHT - 8 - 2 * (OUTER.border + OUTER.padding);
  const inner: Block = {
    kind: 'table',
    rows: [[{ blocks: content, padding: INNER.padding, valign: 'center' }]],
    widths: [WIDTH - 2 * (OUTER.border + OUTER.padding)],
    border: { width: INNER.border, color: GOLD },
    minHeights: [innerHeight - 2 * INNER.border],
  };
  // The Doc's own first paragraph stands above the frame, shrunk by writeBlocks (a new Doc has one)
  return [
    {
      kind: 'table',
      rows: [[{ blocks: [inner], padding: OUTER.padding }]],
      widths: [WIDTH],
      border: { width: OUTER.border, color: GOLD },
      minHeights: [HEIGHT - 8],
    },
  ];
}

/**
 * The award's date as a certificate prints it: «18 жовтня 2024 року о 12:00» (the setting, for the letter) without
 * its time, typeset («2024 року» never split).
 */
export function awardDate(ceremonyDate: string): string {
  return typeset(ceremonyDate.replace(/[,\s]+(?:о|об|at)?\s*\d{1,2}[:.]\d{2}.*$/i, '').trim());
}

// ---- The emblems' placeholders: a shield for the city's arms, a medallion for the Department's emblem.

type Rgb = [number, number, number];
const hex = (h: string): Rgb => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16)) as Rgb;
const FILL = hex('#f7f1e1');
const LINE = hex(GOLD);
const WHITE: Rgb = [255, 255, 255];

/** Whether (x, y) lies inside the shape shrunk by `inset` pixels. */
function inside(kind: 'city' | 'department', x: number, y: number, inset: number): boolean {
  const w = EMBLEM.width;
  if (kind === 'department') {
    const r = w / 2 - 4 - inset;
    return (x - w / 2) ** 2 + (y - EMBLEM.height / 2) ** 2 <= r * r;
  }
  const left = 8 + inset;
  const right = w - 8 - inset;
  const top = 8 + inset;
  const shoulder = 82;
  const tip = EMBLEM.height - 6 - inset;
  if (y < top || y > tip || x < left || x > right) return false;
  if (y <= shoulder) return true;
  // Below the shoulders the sides curve in to the point
  const t = (y - shoulder) / (tip - shoulder);
  const half = ((right - left) / 2) * Math.sqrt(Math.max(0, 1 - t * t));
  return Math.abs(x - w / 2) <= half;
}

function emblemPng(kind: 'city' | 'department'): number[] {
  const colour = (x: number, y: number): Rgb => {
    if (!inside(kind, x, y, 0)) return WHITE;
    if (!inside(kind, x, y, 3)) return LINE;
    if (!inside(kind, x, y, 7)) return FILL;
    if (!inside(kind, x, y, 8.2)) return LINE;
    return FILL;
  };
  // Each pixel the mean of 3 × 3 samples: smooth edges
  return signedBytes(
    rgbPng(EMBLEM.width, EMBLEM.height, (x, y) => {
      const sum = [0, 0, 0];
      for (let i = 0; i < 3; i++)
        for (let j = 0; j < 3; j++) {
          const c = colour(x + (i + 0.5) / 3, y + (j + 0.5) / 3);
          for (let k = 0; k < 3; k++) sum[k] += c[k];
        }
      return sum.map((v) => Math.round(v / 9)) as Rgb;
    }),
  );
}
