// The report's SVG charts: the scores' histogram, the stability around the cut-off, agreement and severity.
import { esc, num } from './format';

/** Round steps for a count axis (1, 2, 5, 10, 20, 50 …) so that about four ticks reach the peak. */
function countTicks(peak: number): number[] {
  const rough = Math.max(1, peak / 4);
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let t = 0; t < peak + step; t += step) ticks.push(t);
  return ticks;
}

/**
 * An SVG histogram of the mean scores of ranked cases: how many cases (left axis) have a mean in each band of
 * the total (bottom axis), with the cut-off of the top `winners` marked.
 */
export function histogram(means: number[], cutoff: number | null, max: number, winners: number): string {
  const bins = 40;
  const counts = new Array<number>(bins).fill(0);
  for (const m of means) counts[Math.max(0, Math.min(bins - 1, Math.floor((m / max) * bins)))]++;
  const ticks = countTicks(Math.max(1, ...counts));
  const top = ticks[ticks.length - 1];
  const [left, right, above, below] = [40, 16, 24, 34];
  const w = 640;
  const h = 200;
  const bw = w / bins;
  const x = (v: number) => left + (v / max) * w;
  const y = (c: number) => above + h - (c / top) * h;
  const bars = counts
    .map(
      (c, i) =>
        `<rect x="${(left + i * bw + 1).toFixed(1)}" y="${y(c).toFixed(1)}" width="${(bw - 2).toFixed(1)}" height="${(above + h - y(c)).toFixed(1)}" fill="#8ab4f8"><title>${esc(`${num((i * max) / bins, 1)}–${num(((i + 1) * max) / bins, 1)}: ${c}`)}</title></rect>`,
    )
    .join('');
  const yAxis =
    ticks
      .map(
        (t) =>
          `<line x1="${left - 4}" x2="${left + w}" y1="${y(t).toFixed(1)}" y2="${y(t).toFixed(1)}" stroke="${t === 0 ? '#202124' : '#e8eaed'}"/><text x="${left - 8}" y="${(y(t) + 4).toFixed(1)}" font-size="11" text-anchor="end">${t}</text>`,
      )
      .join('') + `<text x="0" y="12" font-size="11">кейсів</text>`;
  const xAxis =
    [0, 0.25, 0.5, 0.75, 1]
      .map(
        (f) =>
          `<text x="${x(f * max).toFixed(1)}" y="${above + h + 14}" font-size="11" text-anchor="middle">${num(f * max, 1)}</text>`,
      )
      .join('') +
    `<text x="${left + w / 2}" y="${above + h + 30}" font-size="11" text-anchor="middle">середній бал кейсу</text>`;
  // The label stays inside the chart: left of the line when the line is in the right part
  const cx = cutoff === null ? 0 : x(cutoff);
  const flip = cx > left + w * 0.6;
  const cut =
    cutoff === null
      ? ''
      : `<line x1="${cx.toFixed(1)}" x2="${cx.toFixed(1)}" y1="${above - 6}" y2="${above + h}" stroke="#d93025" stroke-width="2"/><text x="${(cx + (flip ? -4 : 4)).toFixed(1)}" y="${above - 8}" fill="#b3261e" font-size="12" text-anchor="${flip ? 'end' : 'start'}">межа ТОП-${winners}: ${num(cutoff)}</text>`;
  const vw = left + w + right;
  return `<svg role="img" aria-label="Розподіл середніх балів кейсів" viewBox="0 0 ${vw} ${above + h + below}" width="100%" style="max-width:${vw}px">${yAxis}${bars}${cut}${xAxis}</svg>`;
}

const VERDICT_COLOURS: Record<string, string> = {
  'межовий кейс': '#f29900',
  'стабільно в списку': '#1a73e8',
  'стабільно поза списком': '#9aa0a6',
};

interface StabilityPoint {
  id: string;
  position: number;
  frequency: number;
  verdict: string;
}

/**
 * Bootstrap frequency by official position around the cut-off, coloured by verdict: the percent axis on the
 * left, the 10 % and 90 % thresholds labelled on the right, so no two labels meet.
 */
export function stabilityChart(points: StabilityPoint[], winners: number): string {
  const [left, above] = [44, 20];
  const w = 640;
  const h = 200;
  const bw = w / Math.max(1, points.length);
  const y = (f: number) => above + h - (f / 100) * h;
  const bars = points
    .map(
      (p, i) =>
        `<rect x="${(left + i * bw + 0.5).toFixed(1)}" y="${y(p.frequency).toFixed(1)}" width="${Math.max(1, bw - 1).toFixed(1)}" height="${(above + h - y(p.frequency)).toFixed(1)}" fill="${VERDICT_COLOURS[p.verdict] ?? '#9aa0a6'}"><title>${esc(`${p.id} · місце ${p.position} · ${num(p.frequency, 1)} % · ${p.verdict}`)}</title></rect>`,
    )
    .join('');
  const cutIndex = points.findIndex((p) => p.position > winners);
  const cutX = left + (cutIndex < 0 ? points.length : cutIndex) * bw;
  const axis = [0, 50, 100]
    .map(
      (f) =>
        `<line x1="${left - 4}" x2="${left}" y1="${y(f)}" y2="${y(f)}" stroke="#202124"/><text x="${left - 8}" y="${y(f) + 4}" font-size="11" text-anchor="end">${f} %</text>`,
    )
    .join('');
  const band = [10, 90]
    .map(
      (f) =>
        `<line x1="${left}" x2="${left + w}" y1="${y(f)}" y2="${y(f)}" stroke="#5f6368" stroke-dasharray="4 3"/><text x="${left + w + 4}" y="${y(f) + 4}" font-size="11">${f} %</text>`,
    )
    .join('');
  const frame = `<line x1="${left}" x2="${left + w}" y1="${above + h}" y2="${above + h}" stroke="#202124"/><line x1="${left}" x2="${left}" y1="${above}" y2="${above + h}" stroke="#202124"/>`;
  const flip = cutX > left + w * 0.6;
  const cut = `<line x1="${cutX.toFixed(1)}" x2="${cutX.toFixed(1)}" y1="${above - 6}" y2="${above + h}" stroke="#d93025" stroke-width="2"/><text x="${(cutX + (flip ? -4 : 4)).toFixed(1)}" y="${above - 8}" fill="#b3261e" font-size="12" text-anchor="${flip ? 'end' : 'start'}">межа ТОП-${winners}</text>`;
  const positions = points
    .map((p, i) =>
      i % 10 === 0
        ? `<text x="${(left + i * bw + bw / 2).toFixed(1)}" y="${above + h + 14}" font-size="11" text-anchor="middle">${p.position}</text>`
        : '',
    )
    .join('');
  const legend = Object.entries(VERDICT_COLOURS)
    .map(
      ([label, colour], i) =>
        `<rect x="${left + i * 190}" y="${above + h + 26}" width="10" height="10" fill="${colour}"/><text x="${left + i * 190 + 14}" y="${above + h + 35}" font-size="11">${esc(label)}</text>`,
    )
    .join('');
  const vw = left + w + 44;
  return `<svg role="img" aria-label="Частота потрапляння до списку за місцем у рейтингу" viewBox="0 0 ${vw} ${above + h + 44}" width="100%" style="max-width:${vw}px">${bars}${frame}${axis}${band}${cut}${positions}${legend}</svg>`;
}

/** Horizontal bars of alpha per criterion and for the total, with the 0.667 and 0.8 lines. */
export function alphaChart(rows: { label: string; alpha: number | null }[]): string {
  const w = 420;
  const left = 110;
  const rowH = 26;
  const h = rows.length * rowH;
  const x = (a: number) => left + Math.max(0, Math.min(1, a)) * w;
  const bars = rows
    .map((r, i) => {
      const a = r.alpha;
      const colour = a === null ? '#dadce0' : a >= 0.8 ? '#188038' : a >= 0.667 ? '#f29900' : '#d93025';
      const width = a === null ? 0 : x(a) - left;
      return `<text x="${left - 6}" y="${i * rowH + 17}" font-size="12" text-anchor="end">${esc(r.label.split(':')[0])}</text><rect x="${left}" y="${i * rowH + 4}" width="${width.toFixed(1)}" height="${rowH - 8}" fill="${colour}"><title>${esc(r.label)}</title></rect><text x="${(left + width + 4).toFixed(1)}" y="${i * rowH + 17}" font-size="12">${a === null ? '—' : num(a, 3)}</text>`;
    })
    .join('');
  const lines = [0.667, 0.8]
    .map(
      (a) =>
        `<line x1="${x(a)}" x2="${x(a)}" y1="0" y2="${h}" stroke="#5f6368" stroke-dasharray="4 3"/><text x="${x(a)}" y="${h + 14}" font-size="11" text-anchor="middle">${num(a, 3)}</text>`,
    )
    .join('');
  return `<svg role="img" aria-label="Альфа Кріппендорфа за критеріями" viewBox="0 0 ${left + w + 60} ${h + 20}" width="100%" style="max-width:${left + w + 60}px">${bars}${lines}</svg>`;
}

/** Each member's severity (points of the total) as a bar left (stricter) or right (milder) of the others' mean. */
export function severityChart(rows: { name: string; severity: number }[]): string {
  const w = 420;
  const left = 200;
  const rowH = 24;
  const h = rows.length * rowH;
  const span = Math.max(1, ...rows.map((r) => Math.abs(r.severity)));
  const mid = left + w / 2;
  // The longest bar leaves room for its value, so a value never runs into the names
  const reach = w / 2 - 48;
  const bars = rows
    .map((r, i) => {
      const len = (r.severity / span) * reach;
      return `<text x="${left - 6}" y="${i * rowH + 16}" font-size="12" text-anchor="end">${esc(r.name)}</text><rect x="${(len < 0 ? mid + len : mid).toFixed(1)}" y="${i * rowH + 4}" width="${Math.abs(len).toFixed(1)}" height="${rowH - 8}" fill="${r.severity < 0 ? '#1a73e8' : '#f29900'}"/><text x="${(len < 0 ? mid + len - 4 : mid + len + 4).toFixed(1)}" y="${i * rowH + 16}" font-size="11" text-anchor="${len < 0 ? 'end' : 'start'}">${num(r.severity)}</text>`;
    })
    .join('');
  const axis = `<line x1="${mid}" x2="${mid}" y1="0" y2="${h}" stroke="#202124"/><text x="${left}" y="${h + 14}" font-size="11">← суворіше</text><text x="${left + w}" y="${h + 14}" font-size="11" text-anchor="end">м’якше →</text>`;
  return `<svg role="img" aria-label="Суворість членів комісії порівняно з іншими" viewBox="0 0 ${left + w + 40} ${h + 20}" width="100%" style="max-width:${left + w + 40}px">${bars}${axis}</svg>`;
}
