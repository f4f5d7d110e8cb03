// The progress panel's data (one typed object) and its sidebar page.
import type { Ctx } from './context';
import { loadMembers, loadSettings } from './master';
import { progressByMember } from './remind';
import { escapeHtml } from '../domain/text';
import { formatDateTime } from '../domain/time';
import { ui } from '../domain/ui-text';

export interface PanelData {
  title: string;
  deadline: string;
  msLeft: number;
  closed: boolean;
  members: { name: string; email: string; assigned: number; valid: number; invalid: number; incomplete: number; done: boolean }[];
  lastTick: string;
  lastError: string | null;
}

export function panelData(ctx: Ctx): PanelData {
  const settings = loadSettings(ctx);
  const progress = progressByMember(ctx);
  const state = ctx.state.get();
  return {
    title: `${settings.title} · ${settings.year}`,
    deadline: formatDateTime(settings.deadline.getTime(), settings.timeZone),
    msLeft: settings.deadline.getTime() - ctx.now(),
    closed: Boolean(state.closedAt),
    members: loadMembers(ctx)
      .filter((m) => m.record.status === 'active')
      .map((m) => {
        const p = progress.get(m.record.email);
        return {
          name: m.record.name,
          email: m.record.email,
          assigned: p?.assigned ?? 0,
          valid: (p?.valid ?? 0) + (p?.recused ?? 0),
          invalid: p?.invalid ?? 0,
          incomplete: p?.incomplete ?? 0,
          done: Boolean(p?.done && p.assigned > 0),
        };
      }),
    lastTick: state.lastTick ? formatDateTime(state.lastTick, settings.timeZone) : '—',
    lastError: state.lastError,
  };
}

/** A plain, escaped page for the sidebar (300 px wide). */
export function panelHtml(ctx: Ctx): string {
  const d = panelData(ctx);
  const days = Math.max(0, Math.floor(d.msLeft / 86_400_000));
  const hours = Math.max(0, Math.floor((d.msLeft % 86_400_000) / 3_600_000));
  const rows = d.members
    .map((m) => {
      const pct = m.assigned ? Math.round((100 * m.valid) / m.assigned) : 0;
      return (
        `<li><div class="n">${escapeHtml(m.name)}${m.done ? ' ✓' : ''}</div>` +
        `<div class="bar" role="progressbar" aria-valuenow="${pct}" aria-valuemin="0" aria-valuemax="100" aria-label="${escapeHtml(m.name)}"><span style="width:${pct}%"></span></div>` +
        `<div class="s">${m.valid} / ${m.assigned}${m.invalid + m.incomplete ? ` · ${escapeHtml(ui('panelProblems', { count: m.invalid + m.incomplete }))}` : ''}</div></li>`
      );
    })
    .join('');
  return (
    '<!doctype html><html lang="uk"><head><meta charset="utf-8"><style>' +
    'body{font-family:Arial,sans-serif;font-size:13px;color:#202124;margin:8px}ul{list-style:none;padding:0}li{margin:0 0 10px}' +
    '.bar{background:#e8eaed;height:8px;border-radius:4px}.bar span{display:block;height:8px;border-radius:4px;background:#1e8e3e}.s{color:#5f6368}.n{font-weight:bold}' +
    '</style></head><body>' +
    `<h1 style="font-size:15px">${escapeHtml(d.title)}</h1>` +
    `<p>${escapeHtml(d.closed ? ui('panelClosed') : ui('panelLeft', { days, hours, deadline: d.deadline }))}</p>` +
    `<ul>${rows}</ul>` +
    `<p class="s">${escapeHtml(ui('panelTick', { at: d.lastTick }))}${d.lastError ? ` · ${escapeHtml(d.lastError)}` : ''}</p>` +
    '</body></html>'
  );
}
