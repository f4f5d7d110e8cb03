// The progress panel's one data object: members' progress, the cases' quorum, the form, the dispatcher's health.
import type { Ctx } from '../context';
import {
  recordedEvaluations,
  loadCases,
  loadMembers,
  loadScores,
  loadSettings,
  loadSettingsWarnings,
} from '../master';
import { submissionsPanel } from '../submissions';
import { DISPATCHER, DISPATCHER_MINUTES, SILENT_MS } from '../../gas/triggers';
import { aggregate } from '../../domain/aggregate';
import { memberProgress } from '../../domain/progress';
import { SCORE_COL, STABILITY_HEADERS, STABILITY_HEADER_ROW } from '../../domain/sheets';
import { isDate } from '../../domain/table';
import { formatDateTime } from '../../domain/time';
import type { CaseId } from '../../domain/types';
import { ui } from '../../domain/messages';
import type { MemberPanelRow, Moment, PanelData } from '../../ui/api';

const moment = (ms: number, tz: string): Moment => ({ ms, text: formatDateTime(ms, tz) });
export const zoneLabel = (tz: string): string => (tz === 'Europe/Kyiv' ? ui('panelDeadlineZone') : tz);

/** «ID — title» of the cases the last stability analysis called borderline; null when it has not run. */
function borderlineCases(ctx: Ctx): string[] | null {
  const rows = ctx.book.readAll('stability');
  if (rows.length <= STABILITY_HEADER_ROW) return null;
  const verdict = STABILITY_HEADERS.indexOf('Висновок');
  const word = ui('verdict_borderline');
  return rows
    .slice(STABILITY_HEADER_ROW)
    .filter((r) => r[verdict] === word)
    .map((r) => `${String(r[0])} — ${String(r[1])}`);
}

export function buildPanelData(ctx: Ctx): PanelData {
  const settings = loadSettings(ctx);
  const tz = settings.timeZone;
  const members = loadMembers(ctx).filter((m) => m.record.status === 'active');
  const cases = loadCases(ctx, settings);
  const scores = loadScores(ctx);
  const evaluations = recordedEvaluations(scores);
  const state = ctx.state.get();
  const now = ctx.now();

  const rows: MemberPanelRow[] = members.map((m) => {
    const email = m.record.email;
    const idx = scores.byMember.get(email) ?? [];
    let last = 0;
    for (const i of idx) {
      const at = scores.rows[i][SCORE_COL.collectedAt];
      if (isDate(at)) last = Math.max(last, at.getTime());
    }
    const assigned = idx.map((i) => String(scores.rows[i][SCORE_COL.caseId]) as CaseId);
    const p = memberProgress(
      email,
      assigned,
      idx.map((i) => evaluations[i]),
      null,
    );
    return {
      name: m.record.name,
      email,
      assigned: p.assigned,
      valid: p.valid + p.recused,
      invalid: p.invalid,
      incomplete: p.incomplete,
      lastActivity: last ? moment(last, tz) : null,
      done: p.done && p.assigned > 0,
      hasSheet: Boolean(m.fileId),
      note: (state.invitedByGoogle ?? []).includes(email) ? ui('panelNoGoogleAccount') : '',
    };
  });

  // The quorum counts what the rating counts: evaluations of active members only.
  const active = new Set<string>(members.map((m) => m.record.email));
  const aggregates = aggregate(
    evaluations.filter((e) => active.has(e.member)),
    cases.map((c) => c.id),
    settings,
  );

  const installed = ctx.g.ScriptApp.getProjectTriggers().some((t) => t.getHandlerFunction() === DISPATCHER);
  const interval = DISPATCHER_MINUTES * 60_000;
  const lastRun = state.lastTick;
  const late = installed && !state.closedAt && lastRun !== null && now - lastRun > SILENT_MS;
  return {
    title: `${settings.title} · ${settings.year}`,
    now: moment(now, tz),
    deadline: moment(settings.deadline.getTime(), tz),
    zone: zoneLabel(tz),
    msLeft: settings.deadline.getTime() - now,
    closed: Boolean(state.closedAt),
    notices: loadSettingsWarnings(ctx)
      .filter((w) => w.code === 'settingsTimeGap' || w.code === 'settingsTimeRepeated')
      .map((w) => w.uk),
    cases: {
      total: cases.length,
      belowQuorum: aggregates.filter((a) => a.belowQuorum).length,
      quorum: settings.quorum,
      borderline: borderlineCases(ctx),
    },
    members: rows,
    submissions: submissionsData(ctx, settings),
    dispatcher: {
      installed,
      intervalMinutes: DISPATCHER_MINUTES,
      lastRun: lastRun !== null ? moment(lastRun, tz) : null,
      // Between full runs the dispatcher still looks for changes every interval (workflow/dispatcher.ts quietTick)
      nextRun:
        lastRun !== null
          ? moment(lastRun + interval * Math.max(1, Math.floor((now - lastRun) / interval) + 1), tz)
          : null,
      late,
      lateMinutes: SILENT_MS / 60_000,
      lastError: state.lastError,
    },
  };
}

function submissionsData(ctx: Ctx, settings: ReturnType<typeof loadSettings>): PanelData['submissions'] {
  const s = submissionsPanel(ctx, settings);
  return s ? { url: s.url, open: s.open, state: s.state, ...s.stats } : null;
}
