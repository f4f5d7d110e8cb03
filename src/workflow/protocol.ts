// «Проєкт протоколу засідання»: «Протокол № N» as a Google Doc in the form of protocol No. 1, from the approved list.
import { requireOwner } from './owner';
import type { Ctx } from './context';
import { loadApproved } from './approve';
import { computeRanking } from './rating';
import { currentEvaluations, loadMembers } from './master';
import { readMeeting } from './meeting';
import { UserError } from '../gas/errors';
import { createWrittenDoc } from '../gas/docs';
import { ensureFolder, listOutputs } from '../gas/outputs';
import { stageSettings } from '../domain/stages';
import { protocolBlocks, type ProtocolItem, type ProtocolMeeting } from '../domain/protocol';
import { checkMeeting, decidedText, hasRecord, MEETING_COL, MEETING_TAB } from '../domain/meeting';
import type { Approval } from '../domain/approval';
import { APPROVED_TAB } from '../domain/sheets';
import { cellText } from '../domain/table';
import { problem, ui } from '../domain/messages';

export interface ProtocolResult {
  already: boolean;
  url: string;
  protocol: string;
}

const docUrl = (id: string): string => `https://docs.google.com/document/d/${id}/edit`;

export function createProtocolDraft(ctx: Ctx): ProtocolResult {
  requireOwner(ctx);
  const { settings, approval, cases } = loadApproved(ctx);
  const year = settings.year;
  // One draft per protocol number: a second run finds it by its tag (and leaves the secretary's edits alone)
  const existing = listOutputs(ctx.g.Drive, year, ['protocol']).find(
    (f) => f.name === ui('protocolDocName', { protocol: approval.protocol, title: settings.title, year }),
  );
  if (existing) return { already: true, url: docUrl(existing.id), protocol: approval.protocol };

  const extra = stageSettings(ctx.book.readAll('settings'));
  const members = loadMembers(ctx).filter((m) => m.record.status === 'active');
  const active = new Set(members.map((m) => m.record.email as string));
  const valid = currentEvaluations(ctx).filter((e) => e.status === 'valid' && active.has(e.member)).length;
  const { result } = computeRanking(ctx);
  const byId = new Map(cases.map((c) => [c.id as string, c]));
  const label = (id: string) => `${id} «${byId.get(id)?.title ?? ''}»`;

  const blocks = protocolBlocks({
    approval,
    winners: settings.winners,
    place: extra.meetingPlace,
    chair: extra.chairName,
    secretary: extra.secretaryName,
    members: members.map((m) => m.record.name || m.record.email),
    received: cases.length,
    valid,
    ranked: result.rows.filter((r) => r.position !== null).length,
    below: result.belowQuorum.length,
    quorum: settings.quorum,
    selected: result.selected.length,
    tied: (approval.tie?.candidates ?? []).map(label),
    chosen: (approval.tie?.chosen ?? []).map(label),
    meeting: protocolMeeting(ctx, approval, members.length),
  });

  const folder = ensureFolder(ctx.g.Drive, year, 'results-folder', ui('resultsFolderName', { year }));
  const file = createWrittenDoc(
    ctx.g,
    {
      name: ui('protocolDocName', { protocol: approval.protocol, title: settings.title, year }),
      kind: 'protocol',
      year,
      parent: folder,
    },
    blocks,
  );
  const url = docUrl(file.id);
  ctx.journal.add(ui('actProtocol'), ui('protocolDetails', { protocol: approval.protocol, url }));
  return { already: false, url, protocol: approval.protocol };
}

export const protocolReport = (r: ProtocolResult): string =>
  ui(r.already ? 'protocolAlready' : 'protocolReport', { protocol: r.protocol, url: r.url });

/**
 * The meeting's decided items, when the list was approved by them (the approval protects «Засідання»): checked
 * again, and each against the approved list — a decision the list does not show is refused, naming its row.
 */
function protocolMeeting(ctx: Ctx, approval: Approval, active: number): ProtocolMeeting | undefined {
  const sheet = ctx.book.sheetNamed(MEETING_TAB);
  const frozen = sheet
    ?.getProtections(ctx.g.SpreadsheetApp.ProtectionType.SHEET)
    .some((p) => p.getDescription() === ui('meetingProtection'));
  if (!frozen) return undefined;
  const read = readMeeting(ctx);
  if (!read || !read.items.some((it) => hasRecord(it.recorded))) return undefined;
  const check = checkMeeting(read, active);
  if (check.problems.length) throw new UserError(check.problems);
  const inList = new Set<string>(approval.cases.map((c) => c.id));
  for (const d of check.decided)
    if (
      (d.decision === 'include' && !inList.has(d.caseId)) ||
      (d.decision === 'exclude' && inList.has(d.caseId))
    )
      throw new UserError([
        problem('protocolMeetingMismatch', {
          tab: MEETING_TAB,
          row: d.row,
          id: d.caseId,
          decision: cellText(d.recorded.decision),
          approved: APPROVED_TAB,
        }),
      ]);
  const value = (v: unknown): string | number => (typeof v === 'number' ? v : cellText(v));
  const items: ProtocolItem[] = check.decided.map((d) => ({
    id: d.caseId,
    title: d.title,
    organisation: d.organisation,
    details: cellText(d.cells[MEETING_COL.standing + 4]),
    position: value(d.cells[MEETING_COL.title + 2]),
    mean: value(d.cells[MEETING_COL.title + 3]),
    valid: value(d.cells[MEETING_COL.title + 4]),
    standing: cellText(d.cells[MEETING_COL.standing]),
    frequency: value(d.cells[MEETING_COL.standing + 1]),
    roundMean: value(d.cells[MEETING_COL.standing + 2]),
    roundChanged: cellText(d.cells[MEETING_COL.standing + 3]),
    vote: d.vote,
    decided: decidedText(d),
    note: d.note,
  }));
  return {
    present: check.present ?? active,
    items: read.items.length,
    decided: items,
    added: check.decided.filter((d) => d.decision === 'include' && d.standing !== 'in').map((d) => d.caseId),
    removed: check.decided
      .filter((d) => d.decision === 'exclude' && d.standing === 'in')
      .map((d) => d.caseId),
    places: read.places,
    explanation: read.explanation,
  };
}
