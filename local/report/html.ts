// report.html: the summary, the charts, the decision support for the meeting, the list, progress, rating and costs.
import type { LocalRuntime } from '../runtime';
import { EXECUTION_LIMIT_SECONDS } from '../cost';
import { parseSettings } from '../../src/domain/settings';
import {
  AGREEMENT_ALPHA_HEADERS,
  AGREEMENT_MEMBER_HEADERS,
  STABILITY_HEADER_ROW,
  STABILITY_HEADERS,
  TAB,
} from '../../src/domain/sheets';
import { formatDateTime } from '../../src/domain/time';
import { ui } from '../../src/domain/messages';
import { publicList, readTab } from './tabs';
import { actionStats } from './stats';
import { esc, num } from './format';
import { alphaChart, histogram, severityChart, stabilityChart } from './charts';

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
