// What a season leaves for people to read: the public list as CSV, and report.html (rating, progress, costs).
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { LocalRuntime } from '../runtime';
import type { ExecutionRecord } from '../world';
import { EXECUTION_LIMIT_SECONDS } from '../cost';

/** A tab of the master as the secretary sees it (read outside any execution: costs nothing). */
export function readTab(rt: LocalRuntime, name: string): unknown[][] {
  const sheet = rt.store.get(rt.masterId)?.sheetByName(name);
  if (!sheet || sheet.lastRow() === 0) return [];
  const cols = Math.max(1, sheet.lastCol());
  return rt.as(rt.world.owner).open(rt.masterId).read(name, `A1:${colLetter(cols)}${sheet.lastRow()}`);
}

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

const csvCell = (v: unknown): string => {
  const t = v === null || v === undefined ? '' : String(v);
  return /[",\r\n;]/.test(t) ? `"${t.replace(/"/g, '""')}"` : t;
};

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
  const listRows = (blank < 0 ? body : body.slice(0, blank)).map((r) => r.slice(0, header.length).map(String));
  const tied = blank < 0 ? [] : body.slice(blank + 2).filter((r) => r.some((v) => v !== '')).map((r) => r.slice(0, header.length).map(String));
  return { header, selected: listRows, tied };
}

/** UTF-8 (with BOM, so Excel opens Cyrillic right): the general list without places; ties marked, not ranked. */
export function top100Csv(rt: LocalRuntime): string {
  const list = publicList(rt);
  const lines = [[...list.header, 'Примітка'], ...list.selected.map((r) => [...r, '']), ...list.tied.map((r) => [...r, 'нічия на межі — рішення комісії'])];
  return '\uFEFF' + lines.map((l) => l.map(csvCell).join(',')).join('\r\n') + '\r\n';
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
    const s = by.get(e.fn) ?? { fn: e.fn, executions: 0, maxSeconds: 0, totalSeconds: 0, maxCalls: 0, totalCalls: 0 };
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
  String(v ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

/** An SVG histogram of the mean scores of ranked cases, with the cut-off score marked. */
function histogram(means: number[], cutoff: number | null, max: number): string {
  const bins = 40;
  const counts = new Array<number>(bins).fill(0);
  for (const m of means) counts[Math.min(bins - 1, Math.floor((m / max) * bins))]++;
  const peak = Math.max(1, ...counts);
  const w = 640;
  const h = 200;
  const bw = w / bins;
  const bars = counts
    .map((c, i) => `<rect x="${(i * bw + 1).toFixed(1)}" y="${(h - (c / peak) * (h - 20)).toFixed(1)}" width="${(bw - 2).toFixed(1)}" height="${((c / peak) * (h - 20)).toFixed(1)}" fill="#8ab4f8"><title>${c}</title></rect>`)
    .join('');
  const cut = cutoff === null ? '' : `<line x1="${((cutoff / max) * w).toFixed(1)}" x2="${((cutoff / max) * w).toFixed(1)}" y1="0" y2="${h}" stroke="#d93025" stroke-width="2"/><text x="${((cutoff / max) * w + 4).toFixed(1)}" y="14" fill="#d93025" font-size="12">межа ТОП-100: ${cutoff.toFixed(2)}</text>`;
  const axis = [0, 0.25, 0.5, 0.75, 1].map((f) => `<text x="${(f * w).toFixed(1)}" y="${h + 14}" font-size="11" text-anchor="middle">${(f * max).toFixed(0)}</text>`).join('');
  return `<svg role="img" aria-label="Розподіл середніх балів кейсів" viewBox="-10 0 ${w + 20} ${h + 20}" width="100%" style="max-width:${w + 20}px">${bars}${cut}${axis}</svg>`;
}

export function reportHtml(rt: LocalRuntime, title: string): string {
  const rating = readTab(rt, 'Рейтинг');
  const header = (rating[1] ?? []).map(String);
  const rows = rating.slice(2);
  const meanCol = header.indexOf('Середній бал');
  const decisionCol = header.indexOf('Рішення');
  const ranked = rows.filter((r) => typeof r[meanCol] === 'number');
  const means = ranked.map((r) => r[meanCol] as number);
  const selectedMeans = rows.filter((r) => String(r[decisionCol]) === 'до списку').map((r) => r[meanCol] as number);
  const cutoff = selectedMeans.length ? Math.min(...selectedMeans) : null;
  const maxScore = Math.max(1, ...means) > 10 ? 40 : 10;
  const members = readTab(rt, 'Члени комісії');
  const list = publicList(rt);
  const stats = actionStats(rt.executions);
  const table = (head: unknown[], body: unknown[][]) =>
    `<table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((v) => `<td>${esc(v instanceof Date ? v.toISOString().slice(0, 16).replace('T', ' ') : v)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
  return `<!doctype html><html lang="uk"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(title)}</title><style>
body{font-family:Arial,Helvetica,sans-serif;color:#202124;margin:24px;max-width:1100px}h1{font-size:22px}h2{font-size:18px;margin-top:32px}
table{border-collapse:collapse;font-size:13px;width:100%}th,td{border-bottom:1px solid #dadce0;padding:4px 6px;text-align:left;vertical-align:top}th{background:#f1f3f4}
.summary{display:flex;gap:24px;flex-wrap:wrap}.summary div{background:#f1f3f4;border-radius:8px;padding:12px 16px}.summary b{display:block;font-size:22px}
</style></head><body>
<h1>${esc(title)}</h1>
<div class="summary"><div><b>${rows.length}</b>кейсів</div><div><b>${list.selected.length}</b>у списку</div><div><b>${list.tied.length}</b>нічия на межі</div><div><b>${rows.length - ranked.length}</b>нижче кворуму</div><div><b>${Math.max(0, members.length - 1)}</b>членів комісії</div><div><b>${rt.mail.messages.length}</b>листів</div></div>
<h2>Розподіл середніх балів</h2>${histogram(means, cutoff, maxScore)}
<h2>ТОП-100: загальний список без місць</h2>${table(list.header, list.selected)}
${list.tied.length ? `<h2>Нічия на межі — рішення комісії</h2>${table(list.header, list.tied)}` : ''}
<h2>Хід оцінювання</h2>${table((members[0] ?? []).slice(0, 10).filter((_, i) => i !== 4), members.slice(1).map((r) => r.slice(0, 10).filter((_, i) => i !== 4)))}
<h2>Рейтинг (внутрішній, для засідання)</h2>${table(header, rows)}
<h2>Вартість дій в Apps Script (оцінка)</h2>${table(
    ['Дія', 'Виконань', 'Найдовше, с', 'Ліміт, с', 'Викликів служб (макс.)', 'Викликів усього'],
    stats.map((s) => [s.fn, s.executions, s.maxSeconds.toFixed(1), EXECUTION_LIMIT_SECONDS, s.maxCalls, s.totalCalls]),
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
