// What a season leaves for people to read: the public list as CSV, and report.html (rating, progress, costs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LocalRuntime } from '../runtime';
import type { ExecutionRecord } from '../world';
import { EXECUTION_LIMIT_SECONDS } from '../cost';
import { formatNumberUk } from '../../src/domain/score';
import { parseSettings } from '../../src/domain/settings';
import {
  AGREEMENT_ALPHA_HEADERS,
  AGREEMENT_MEMBER_HEADERS,
  STABILITY_HEADER_ROW,
  STABILITY_HEADERS,
  TAB,
} from '../../src/domain/sheets';
import { csvField } from '../../src/domain/text';
import { formatDateTime } from '../../src/domain/time';
import { ui } from '../../src/domain/messages';

/** A tab of the master as the secretary sees it (read outside any execution: costs nothing). */
export function readTab(rt: LocalRuntime, name: string): unknown[][] {
  const sheet = rt.store.get(rt.masterId)?.sheetByName(name);
  if (!sheet || sheet.lastRow() === 0) return [];
  const cols = Math.max(1, sheet.lastCol());
  return rt
    .as(rt.world.owner)
    .open(rt.masterId)
    .read(name, `A1:${colLetter(cols)}${sheet.lastRow()}`);
}

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export interface PublicList {
  header: string[];
  selected: string[][];
  tied: string[][];
}

/** The «ТОП-100» tab split into the list and the cases tied at the cut-off (listed apart). */
export function publicList(rt: LocalRuntime): PublicList {
  const rows = readTab(rt, 'ТОП-100');
  const header = (rows[2] ?? []).map(String).filter(Boolean);
  const body = rows.slice(3);
  const blank = body.findIndex((r) => r.every((v) => v === ''));
  const listRows = (blank < 0 ? body : body.slice(0, blank)).map((r) =>
    r.slice(0, header.length).map(String),
  );
  const tied =
    blank < 0
      ? []
      : body
          .slice(blank + 2)
          .filter((r) => r.some((v) => v !== ''))
          .map((r) => r.slice(0, header.length).map(String));
  return { header, selected: listRows, tied };
}

/** UTF-8 (with BOM, so Excel opens Cyrillic right): the general list without places; ties marked, not ranked. */
export function top100Csv(rt: LocalRuntime): string {
  const list = publicList(rt);
  const lines = [
    [...list.header, 'Примітка'],
    ...list.selected.map((r) => [...r, '']),
    ...list.tied.map((r) => [...r, 'нічия на межі — рішення комісії']),
  ];
  return '\uFEFF' + lines.map((l) => l.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export interface ActionStat {
  fn: string;
  executions: number;
  maxSeconds: number;
  totalSeconds: number;
  maxCalls: number;
  totalCalls: number;
}

/** Per entry point: how many executions, their longest simulated Apps Script time, and service calls. */
export function actionStats(executions: ExecutionRecord[]): ActionStat[] {
  const by = new Map<string, ActionStat>();
  for (const e of executions) {
    const s = by.get(e.fn) ?? {
      fn: e.fn,
      executions: 0,
      maxSeconds: 0,
      totalSeconds: 0,
      maxCalls: 0,
      totalCalls: 0,
    };
    const calls = Object.entries(e.calls).reduce((n, [k, v]) => (k === '(startup)' ? n : n + v), 0);
    s.executions++;
    s.maxSeconds = Math.max(s.maxSeconds, e.simulatedSeconds);
    s.totalSeconds += e.simulatedSeconds;
    s.maxCalls = Math.max(s.maxCalls, calls);
    s.totalCalls += calls;
    by.set(e.fn, s);
  }
  return [...by.values()];
}

const esc = (v: unknown): string =>
  String(v ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!,
  );

/** A number as the report prints it: the Ukrainian decimal comma, at most `digits` decimals. */
const num = (n: number, digits = 2): string =>
  formatNumberUk(Math.round(n * 10 ** digits) / 10 ** digits).replace(/^-/, '−');

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
function histogram(means: number[], cutoff: number | null, max: number, winners: number): string {
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
function stabilityChart(points: StabilityPoint[], winners: number): string {
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
function alphaChart(rows: { label: string; alpha: number | null }[]): string {
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
function severityChart(rows: { name: string; severity: number }[]): string {
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

/** The meeting's decision support from «Стабільність» and «Узгодженість», or a note that the analysis has not run. */
function decisionSupport(rt: LocalRuntime, table: (head: unknown[], body: unknown[][]) => string): string {
  const stability = readTab(rt, TAB.stability);
  const agreement = readTab(rt, TAB.agreement);
  if (stability.length <= STABILITY_HEADER_ROW || agreement.length === 0) {
    return '<h2>Стабільність і узгодженість</h2><p>Аналіз ще не виконано: ТОП-100 → Аналіз стабільності та узгодженості.</p>';
  }
  const head = stability[STABILITY_HEADER_ROW - 1].map(String);
  const col = (name: (typeof STABILITY_HEADERS)[number]) => head.indexOf(name);
  const body = stability.slice(STABILITY_HEADER_ROW).filter((r) => r[0] !== '');
  const verdict = (r: unknown[]) => String(r[col('Висновок')]);
  const borderline = body.filter((r) => verdict(r) === 'межовий кейс');
  const count = (v: string) => body.filter((r) => verdict(r) === v).length;
  const winners = body.filter((r) => String(r[col('У списку зараз')]) === 'так').length;
  const points = body
    .filter(
      (r) =>
        typeof r[col('Позиція')] === 'number' &&
        typeof r[col('Частота в списку (повторні вибірки), %')] === 'number',
    )
    .map((r) => ({
      id: String(r[0]),
      position: r[col('Позиція')] as number,
      frequency: r[col('Частота в списку (повторні вибірки), %')] as number,
      verdict: verdict(r),
    }))
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  const cut = Number(/ТОП-(\d+)/.exec(String(stability[0][0]))?.[1] ?? winners);
  const firstOut = points.findIndex((p) => p.position > cut);
  const pivot = firstOut < 0 ? points.length : firstOut;
  const window = points.slice(Math.max(0, pivot - 40), pivot + 40);

  const alphaStart = agreement.findIndex((r) => r[0] === AGREEMENT_ALPHA_HEADERS[0]);
  const alphaRows: unknown[][] = [];
  for (let i = alphaStart + 1; alphaStart >= 0 && i < agreement.length && agreement[i][0] !== ''; i++)
    alphaRows.push(agreement[i]);
  const memberStart = agreement.findIndex((r) => r[0] === AGREEMENT_MEMBER_HEADERS[0]);
  const memberRows = memberStart < 0 ? [] : agreement.slice(memberStart + 1).filter((r) => r[1] !== '');
  const alphaOf = (v: unknown) => (typeof v === 'number' ? v : null);
  return `<h2>Стабільність ТОП-${cut}: межові кейси — порядок денний засідання</h2>
<p>${esc(stability[1][0])}</p>
${cards([
  ['Межові кейси', borderline.length],
  ['Стабільно в списку', count('стабільно в списку')],
  ['Стабільно поза списком', count('стабільно поза списком')],
  ['Нижче кворуму', count('нижче кворуму — не ранжується')],
])}
<h3>Частота потрапляння до списку за місцем у рейтингу (навколо межі)</h3>${stabilityChart(window, cut)}
${borderline.length ? `<h3>Межові кейси</h3>${table(head, borderline)}` : ''}
<h2>Узгодженість членів комісії</h2>
<p>${esc(agreement[1][0])}</p>
${alphaChart(alphaRows.map((r) => ({ label: String(r[0]), alpha: alphaOf(r[1]) })))}
${table(
  [...AGREEMENT_ALPHA_HEADERS],
  alphaRows.map((r) => r.slice(0, AGREEMENT_ALPHA_HEADERS.length)),
)}
<p>${esc(agreement[memberStart - 1]?.[0] ?? '')}</p>
${severityChart(memberRows.filter((r) => typeof r[4] === 'number').map((r) => ({ name: String(r[0] || r[1]), severity: r[4] as number })))}
${table(
  [...AGREEMENT_MEMBER_HEADERS],
  memberRows.map((r) => r.slice(0, AGREEMENT_MEMBER_HEADERS.length)),
)}`;
}

/** Summary figures as cards: the label is a heading above the number, so it reads right for any number. */
const cards = (items: [string, number][]): string =>
  `<div class="summary">${items.map(([label, n]) => `<div><span>${esc(label)}</span><b>${n}</b></div>`).join('')}</div>`;

/** What the report needs from «Налаштування»; the 2024 defaults when the tab does not validate. */
function reportSettings(rt: LocalRuntime): { winners: number; timeZone: string; maxTotal: number } {
  const parsed = parseSettings(readTab(rt, TAB.settings));
  if (!parsed.ok) return { winners: 100, timeZone: 'Europe/Kyiv', maxTotal: 40 };
  const s = parsed.value;
  return {
    winners: s.winners,
    timeZone: s.timeZone,
    maxTotal: s.scale.max * s.criteria.reduce((sum, c) => sum + c.weight, 0),
  };
}

/** The rating's long headers, short in the report's table (the full header is its tooltip and the legend). */
const SHORT_HEADERS: Record<string, string> = {
  'К1 (середнє)': 'К1',
  'К2 (середнє)': 'К2',
  'К3 (середнє)': 'К3',
  'К4 (середнє)': 'К4',
  'Дійсних оцінок': 'Оцінок',
  'Станд. відхилення': 'σ',
  'Нормалізований бал (z)': 'z',
};
/** What the short headers stand for, said once above the table (only for the columns shown). */
const RATING_LEGEND: [string, string][] = [
  ['К1 (середнє)', 'К1–К4 — середні бали за критеріями'],
  ['Дійсних оцінок', '«Оцінок» — дійсних оцінок'],
  ['Станд. відхилення', 'σ — стандартне відхилення'],
  ['Нормалізований бал (z)', 'z — нормалізований бал'],
];

/**
 * An HTML table of sheet values: times in the season's time zone (through the product's one formatter),
 * numbers with the decimal comma, and the columns that are empty in every row left out.
 */
function tableOf(timeZone: string): (head: unknown[], body: unknown[][]) => string {
  const text = (v: unknown): string =>
    v instanceof Date
      ? formatDateTime(v.getTime(), timeZone)
      : typeof v === 'number'
        ? num(v, 3)
        : String(v ?? '');
  return (head, body) => {
    const rows = body.map((r) => head.map((_, i) => text(r[i])));
    const keep = head.map((_, i) => rows.some((r) => r[i].trim() !== ''));
    const cols = (cells: string[]) => cells.filter((_, i) => keep[i]);
    // Short values (IDs, numbers, «до списку») never break across lines; a very long unbroken string (a link,
    // a formula someone typed as a title) may break anywhere rather than widen its column past the page
    const breakable = (v: string): string =>
      v
        .split(/(\s+)/)
        .map((w) => (w.length > 24 ? (w.match(/.{1,12}/gu) ?? [w]).map(esc).join('<wbr>') : esc(w)))
        .join('');
    const td = (v: string) => (v.length <= 12 ? `<td class="w">${esc(v)}</td>` : `<td>${breakable(v)}</td>`);
    return `<div class="wide"><table><thead><tr>${cols(head.map((h) => String(h ?? '')))
      .map((h) =>
        SHORT_HEADERS[h]
          ? `<th scope="col" title="${esc(h)}">${esc(SHORT_HEADERS[h])}</th>`
          : `<th scope="col">${esc(h)}</th>`,
      )
      .join(
        '',
      )}</tr></thead><tbody>${rows.map((r) => `<tr>${cols(r).map(td).join('')}</tr>`).join('')}</tbody></table></div>`;
  };
}

export function reportHtml(rt: LocalRuntime, title: string): string {
  const { winners, timeZone, maxTotal } = reportSettings(rt);
  const rating = readTab(rt, TAB.rating);
  const header = (rating[1] ?? []).map(String);
  const rows = rating.slice(2);
  const meanCol = header.indexOf('Середній бал');
  const decisionCol = header.indexOf('Рішення');
  const positionCol = header.indexOf('Позиція');
  // A case below the quorum may have a mean (from fewer evaluations) but is not ranked
  const ranked = rows.filter((r) => typeof r[positionCol] === 'number' && typeof r[meanCol] === 'number');
  const belowQuorum = rows.filter((r) => String(r[decisionCol]) === ui('decisionBelowQuorum')).length;
  const means = ranked.map((r) => r[meanCol] as number);
  const selectedMeans = ranked
    .filter((r) => String(r[decisionCol]) === ui('decisionSelected'))
    .map((r) => r[meanCol] as number);
  const cutoff = selectedMeans.length ? Math.min(...selectedMeans) : null;
  const maxScore = Math.max(maxTotal, ...means);
  const members = readTab(rt, TAB.members);
  const list = publicList(rt);
  const stats = actionStats(rt.executions);
  const table = tableOf(timeZone);
  return `<!doctype html><html lang="uk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>
body{font-family:Arial,Helvetica,sans-serif;color:#202124;margin:24px auto;padding:0 24px;max-width:1200px}h1{font-size:22px}h2{font-size:18px;margin-top:32px}
.wide{overflow-x:auto}table{border-collapse:collapse;font-size:12px;width:100%}th,td{border-bottom:1px solid #dadce0;padding:4px 5px;text-align:left;vertical-align:top}th{background:#f1f3f4;font-size:11px}td.w{white-space:nowrap}
.note{font-size:13px;color:#3c4043}.summary{display:flex;gap:16px;flex-wrap:wrap}.summary div{background:#f1f3f4;border-radius:8px;padding:10px 16px}.summary span{display:block;font-size:13px;color:#3c4043}.summary b{display:block;font-size:22px}
</style></head><body>
<h1>${esc(title)}</h1>
${cards([
  ['Кейси', rows.length],
  ['У списку', list.selected.length],
  ['Нічия на межі', list.tied.length],
  ['Нижче кворуму', belowQuorum],
  ['Члени комісії', Math.max(0, members.length - 1)],
  ['Листи', rt.mail.messages.length],
])}
<h2>Розподіл середніх балів</h2>${histogram(means, cutoff, maxScore, winners)}
${decisionSupport(rt, table)}
<h2>ТОП-${winners}: загальний список без місць</h2>${table(list.header, list.selected)}
${list.tied.length ? `<h2>Нічия на межі — рішення комісії</h2>${table(list.header, list.tied)}` : ''}
<h2>Хід оцінювання (час — ${esc(timeZone === 'UTC' ? 'UTC' : 'київський')})</h2>${table(
    (members[0] ?? []).slice(0, 10).filter((_, i) => i !== 4),
    members.slice(1).map((r) => r.slice(0, 10).filter((_, i) => i !== 4)),
  )}
<h2>Рейтинг (внутрішній, для засідання)</h2><p class="note">${esc(
    RATING_LEGEND.filter(([h]) => rows.some((r) => String(r[header.indexOf(h)] ?? '') !== ''))
      .map(([, text]) => text)
      .join('; ') + '.',
  )}</p>${table(header, rows)}
<h2>Вартість дій в Apps Script (оцінка)</h2>${table(
    ['Дія', 'Виконань', 'Найдовше, с', 'Ліміт, с', 'Викликів служб (макс.)', 'Викликів усього'],
    stats.map((s) => [
      s.fn,
      s.executions,
      Math.round(s.maxSeconds * 10) / 10,
      EXECUTION_LIMIT_SECONDS,
      s.maxCalls,
      s.totalCalls,
    ]),
  )}
</body></html>`;
}

/** Writes top100.csv and report.html beside the workspace's state. */
export function writeOutputs(rt: LocalRuntime, dir: string, title: string): { csv: string; html: string } {
  const csv = path.join(dir, 'top100.csv');
  const html = path.join(dir, 'report.html');
  fs.writeFileSync(csv, top100Csv(rt));
  fs.writeFileSync(html, reportHtml(rt, title));
  return { csv, html };
}

/** Drive files the script made, by their kind tag (appProperties top100) and not trashed, with their content. */
export function outputFiles(
  rt: LocalRuntime,
  kind: string,
): { id: string; name: string; content: Buffer; caseId: string }[] {
  return [...rt.world.drive.values()]
    .filter((f) => f.appProperties.top100 === kind && !f.trashed && f.contentBase64 !== undefined)
    .map((f) => ({
      id: f.id,
      name: f.name,
      content: Buffer.from(f.contentBase64!, 'base64'),
      caseId: f.appProperties.top100Case ?? '',
    }));
}

export interface StageOutputs {
  publicHtml: string;
  certificates: string;
  certificateCount: number;
  catalog: string | null;
  stands: string;
  standCount: number;
}

/** Every stand's poster PDF as `stands/<name>.pdf` (the folder made anew); the folder and how many were written. */
export function writeStands(rt: LocalRuntime, dir: string): { stands: string; standCount: number } {
  const stands = path.join(dir, 'stands');
  fs.rmSync(stands, { recursive: true, force: true });
  const posters = outputFiles(rt, 'stand');
  if (posters.length) fs.mkdirSync(stands, { recursive: true });
  for (const f of posters) fs.writeFileSync(path.join(stands, safeFileName(f.name)), f.content);
  return { stands, standCount: posters.length };
}

/**
 * Stages II and III for a person to look at: the public page exactly as doGet serves it (public.html), every
 * certificate PDF (certificates/), the catalog PDF (catalog.pdf), every stand's poster (stands/).
 */
export function writeStageOutputs(rt: LocalRuntime, dir: string): StageOutputs {
  const publicHtml = path.join(dir, 'public.html');
  const page = rt.web();
  if (page.error) throw new Error(`doGet failed: ${String((page.error as Error).message ?? page.error)}`);
  fs.writeFileSync(publicHtml, page.html);
  const certificates = path.join(dir, 'certificates');
  fs.rmSync(certificates, { recursive: true, force: true });
  fs.mkdirSync(certificates, { recursive: true });
  const certs = outputFiles(rt, 'certificate');
  for (const f of certs) fs.writeFileSync(path.join(certificates, safeFileName(f.name)), f.content);
  const pdf = outputFiles(rt, 'catalog-pdf').find((f) => f.content.length > 0);
  const catalog = pdf ? path.join(dir, 'catalog.pdf') : null;
  if (pdf && catalog) fs.writeFileSync(catalog, pdf.content);
  return { publicHtml, certificates, certificateCount: certs.length, catalog, ...writeStands(rt, dir) };
}

const safeFileName = (name: string): string => name.replace(/[/\\:*?"<>|\p{Cc}]/gu, '_').slice(0, 150);
