// «Створити таблиці членів комісії»: one spreadsheet per active member, resumable and never created twice.
import { requireOwner } from './owner';
import type { Ctx } from './context';
import {
  loadCases,
  loadConflicts,
  loadMembers,
  loadScores,
  loadSettings,
  MemberRow,
  scoreKey,
  writeMemberColumns,
} from './master';
import { isTimeLimit, UserError } from '../gas/errors';
import { builtFiles, fileKey, recordBuilt } from '../gas/state';
import {
  createFolder,
  createMemberSpreadsheet,
  folderUsable,
  listMemberFiles,
  isNoGoogleAccount,
  shareSilently,
  shareWithInvitation,
  spreadsheetUrl,
  TaggedFile,
} from '../gas/drive';
import {
  BLANK_FILE,
  buildMemberSheet,
  currentSheets,
  lockMemberSheet,
  memberFileName,
  unlockMemberSheet,
} from '../gas/memberSheet';
import { ensureDispatcher } from '../gas/triggers';
import { syncDeadlineTrigger } from './deadline';
import { assign } from '../domain/assignment';
import { compareCaseIds } from '../domain/collation';
import { CONFLICT_SOURCE_UK, SCORE_HEADERS, STATUS_UK } from '../domain/sheets';
import type { CaseId, CaseRecord, Settings } from '../domain/types';
import { problem, ui } from '../domain/messages';

export interface DistributeResult {
  /** Members whose file could not be finished this run (each journaled; the next run tries again). */
  failed: string[];
  created: number;
  reused: number;
  alreadyReady: number;
  remaining: number;
  locked: number;
  conflictsDetected: number;
  folderId: string;
}

/** The folder for members' files: the one in settings if the script can reach it, else one it creates. */
export function ensureFolder(ctx: Ctx, settings: Settings): string {
  const state = ctx.state.get();
  if (state.folderId && folderUsable(ctx.g.Drive, state.folderId)) return state.folderId;
  if (settings.driveFolderId) {
    if (!folderUsable(ctx.g.Drive, settings.driveFolderId)) {
      throw new UserError([problem('folderUnreachable', { value: settings.driveFolderId })]);
    }
    ctx.state.update((s) => (s.folderId = settings.driveFolderId));
    return settings.driveFolderId;
  }
  const id = createFolder(ctx.g.Drive, ui('folderName', { year: settings.year }));
  ctx.state.update((s) => (s.folderId = id));
  ctx.journal.add(ui('actFolder'), ui('folderCreated', { id }));
  return id;
}

/**
 * Who gets which cases. Once «Оцінки» holds a member's rows, those rows are that member's assignment and
 * never change; members added later get theirs from the same rule (mode "all": every case but conflicts).
 */
function assignments(
  ctx: Ctx,
  settings: Settings,
  members: MemberRow[],
  cases: CaseRecord[],
): { byMember: Map<string, CaseId[]>; newConflicts: unknown[][] } {
  const manual = loadConflicts(ctx);
  const result = assign(
    members.map((m) => m.record),
    cases,
    settings.assignment,
    manual.map((c) => ({ member: c.member, caseId: c.caseId })),
  );
  if (!result.ok) throw new UserError(result.problems);
  const known = new Set(manual.map((c) => `${c.member}|${c.caseId}`));
  const newConflicts = result.value.conflicts
    .filter((c) => c.source === 'affiliation' && !known.has(`${c.member}|${c.caseId}`))
    .map((c) => [c.member, c.caseId, CONFLICT_SOURCE_UK.affiliation, ui('conflictDetectedNote')]);

  const scores = loadScores(ctx);
  const byMember = new Map<string, CaseId[]>();
  for (const m of members) {
    const existing = scores.byMember.get(m.record.email);
    if (existing && existing.length > 0) {
      byMember.set(
        m.record.email,
        existing.map((i) => String(scores.rows[i][0]) as CaseId),
      );
    } else {
      byMember.set(m.record.email, [...(result.value.byMember[m.record.email] ?? [])].sort(compareCaseIds));
    }
  }
  // The new conflicts before «Оцінки»: appending reads the tab's last row, which would commit «Оцінки»'s large
  // write before the files are made; this way it is committed at the next read, after them.
  if (newConflicts.length > 0) {
    ctx.book.appendRows('conflicts', newConflicts);
    ctx.journal.add(ui('actConflicts'), ui('conflictsDetected', { count: newConflicts.length }));
  }
  // Rows in «Оцінки» for assignments not recorded yet: that is where the assignment is kept.
  const fresh: unknown[][] = [];
  for (const [member, ids] of byMember) {
    for (const id of ids) {
      if (!scores.index.has(scoreKey(member, id)))
        fresh.push([id, member, '', '', '', '', '', false, '', STATUS_UK.blank, '', '']);
    }
  }
  if (fresh.length > 0) {
    if (ctx.book.readAll('scores').length === 0) ctx.book.writeRows('scores', 1, [[...SCORE_HEADERS]]);
    ctx.book.appendRows('scores', fresh);
  }
  return { byMember, newConflicts };
}

export function createMemberSheets(ctx: Ctx): DistributeResult {
  requireOwner(ctx);
  const settings = loadSettings(ctx);
  const members = loadMembers(ctx);
  const active = members.filter((m) => m.record.status === 'active');
  if (active.length === 0) throw new UserError([problem('noActiveMembers')]);
  const cases = loadCases(ctx, settings);
  if (cases.length === 0) throw new UserError([problem('noCases')]);
  const casesById = new Map(cases.map((c) => [c.id as string, c]));

  const { byMember, newConflicts } = assignments(ctx, settings, active, cases);

  // Files the members already have must be found again, never made a second time: if the script no longer sees
  // them (moved to another Cloud project, its Drive access reset), it says so and creates nothing.
  const linked = active.filter((m) => m.fileId);
  const knownFolder = ctx.state.get().folderId;
  if (linked.length > 0 && knownFolder && !folderUsable(ctx.g.Drive, knownFolder)) throw filesLost(linked);
  const folderId = ensureFolder(ctx, settings);
  const files = new Map<string, TaggedFile>();
  for (const f of listMemberFiles(ctx.g.Drive, folderId, settings.year)) if (f.member) files.set(f.member, f);
  const ids = new Set([...files.values()].map((f) => f.id));
  const unseen = linked.filter((m) => !ids.has(m.fileId) && !files.has(m.record.email));
  if (unseen.length > 0) throw filesLost(unseen);

  const owner = ctx.g.Session.getEffectiveUser().getEmail();
  const result: DistributeResult = {
    failed: [],
    created: 0,
    reused: 0,
    alreadyReady: 0,
    remaining: 0,
    locked: 0,
    conflictsDetected: newConflicts.length,
    folderId,
  };
  const links = new Map<number, string>();

  const built = builtFiles(ctx.g.PropertiesService);
  for (const m of active) {
    const email = m.record.email;
    const file = files.get(email);
    // Ready: built and shared by a run that recorded it (a file tagged ready in Drive comes from an earlier version)
    if (file && (file.ready || built[fileKey(file.id)])) {
      result.alreadyReady++;
      if (m.fileId !== file.id) links.set(m.row, spreadsheetUrl(file.id));
      if (ctx.state.get().lockedFiles.includes(file.id) && !ctx.state.get().closedAt && !ctx.outOfTime())
        reinstate(ctx, m, file.id, owner);
      continue;
    }
    if (ctx.outOfTime()) {
      result.remaining++;
      continue;
    }
    const ids = byMember.get(email) ?? [];
    const memberCases = ids.map((id) => casesById.get(id)).filter((c): c is CaseRecord => Boolean(c));
    let id = file?.id;
    if (id) result.reused++;
    else {
      id = createMemberSpreadsheet(
        ctx.g.Drive,
        folderId,
        memberFileName(settings.year, m.record.name),
        settings.year,
        email,
      );
      result.created++;
    }
    try {
      // A file an earlier run left unfinished is rebuilt over the tabs it has; a new one is Drive's blank file.
      const previous = file ? currentSheets(ctx.g.SpreadsheetApp.openById(id)) : BLANK_FILE;
      const { sheetId, protectionId } = buildMemberSheet(
        ctx.g,
        id,
        { memberName: m.record.name, cases: memberCases, settings, owner },
        previous,
      );
      shareWith(ctx, settings, id, m, !file);
      recordBuilt(ctx.g.PropertiesService, id, sheetId, protectionId);
      // Written with the others at the end: a run cut off before then finds the file ready and links it then.
      links.set(m.row, spreadsheetUrl(id, sheetId));
    } catch (e) {
      // The 6-minute limit ends the whole run; nothing after it could be recorded anyway.
      if (isTimeLimit(e)) throw e;
      // One member's file failing (Drive refusing, a transient error left after retries) stops nobody else:
      // the file is not marked ready, so the next run finishes it.
      result.failed.push(email);
      ctx.journal.add(
        ui('actSheetProblem'),
        ui('sheetProblemDetails', { name: m.record.name, email, error: String((e as Error).message ?? e) }),
      );
      continue;
    }
    ctx.journal.add(
      ui('actSheetCreated'),
      ui('sheetCreatedDetails', { name: m.record.name, email, count: memberCases.length, id }),
    );
  }
  writeMemberColumns(
    ctx,
    [...links].map(([row, link]) => ({ row, values: { sheetLink: link } })),
  );

  result.locked = lockWithdrawn(ctx, members, files, owner);
  ctx.state.update((s) => (s.pending.sheets = result.remaining > 0 || result.failed.length > 0));
  ensureDispatcher(ctx.g);
  syncDeadlineTrigger(ctx, settings);
  if (result.remaining > 0)
    ctx.journal.add(ui('actSheetsPaused'), ui('sheetsPaused', { remaining: result.remaining }));
  return result;
}

/**
 * Shares the file with the member without Drive's own email (the invitation is ours). Drive refuses that for an
 * address without a Google account: then the file is shared with Google's invitation, which lets the member
 * create a Google account for that address; the secretary is told, in «Журнал» and on the panel.
 */
function shareWith(ctx: Ctx, settings: Settings, fileId: string, m: MemberRow, fresh = false): void {
  const email = m.record.email;
  try {
    shareSilently(ctx.g.Drive, fileId, email, 'writer', fresh);
  } catch (e) {
    if (!isNoGoogleAccount(e)) throw e;
    shareWithInvitation(
      ctx.g.Drive,
      fileId,
      email,
      ui('googleInviteMessage', { title: settings.title, year: settings.year }),
    );
    ctx.state.update((s) => (s.invitedByGoogle = [...new Set([...(s.invitedByGoogle ?? []), email])]));
    ctx.journal.add(ui('actNoGoogleAccount'), ui('noGoogleAccountDetails', { name: m.record.name, email }));
  }
}

function filesLost(members: MemberRow[]): UserError {
  return new UserError([
    problem('filesLost', {
      members: members
        .slice(0, 10)
        .map((m) => `${m.record.name} <${m.record.email}>`)
        .join(', '),
      count: members.length,
    }),
  ]);
}

/** A member set back to active gets their file back: the score cells open again and the sharing renewed. */
function reinstate(ctx: Ctx, m: MemberRow, fileId: string, owner: string): void {
  unlockMemberSheet(ctx.g.SpreadsheetApp.openById(fileId), owner);
  shareSilently(ctx.g.Drive, fileId, m.record.email, 'writer');
  ctx.state.update((s) => (s.lockedFiles = s.lockedFiles.filter((id) => id !== fileId)));
  ctx.journal.add(
    ui('actSheetReopened'),
    ui('sheetReopenedDetails', { name: m.record.name, email: m.record.email }),
  );
}

/** A withdrawn member's sheet is locked (kept, never deleted); done once per file. */
function lockWithdrawn(
  ctx: Ctx,
  members: MemberRow[],
  files: Map<string, TaggedFile>,
  owner: string,
): number {
  let locked = 0;
  const done = new Set(ctx.state.get().lockedFiles);
  for (const m of members) {
    if (m.record.status !== 'withdrawn') continue;
    const file = files.get(m.record.email);
    const id = file?.id ?? m.fileId;
    if (!id || done.has(id) || ctx.outOfTime()) continue;
    lockMemberSheet(ctx.g.SpreadsheetApp.openById(id), owner);
    ctx.state.update((s) => s.lockedFiles.push(id));
    ctx.journal.add(
      ui('actSheetLocked'),
      ui('sheetLockedDetails', { name: m.record.name, email: m.record.email }),
    );
    locked++;
  }
  return locked;
}
