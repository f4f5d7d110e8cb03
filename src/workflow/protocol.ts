// «Проєкт протоколу засідання»: «Протокол № N» as a Google Doc in the form of protocol No. 1, from the approved list.
import { requireOwner } from './owner';
import type { Ctx } from './context';
import { loadApproved } from './approve';
import { computeRanking } from './rating';
import { currentEvaluations, loadMembers } from './master';
import { createTaggedDoc, writeBlocks } from '../gas/docs';
import { ensureFolder, listOutputs } from '../gas/outputs';
import { stageSettings } from '../domain/stages';
import { protocolBlocks } from '../domain/protocol';
import { ui } from '../domain/ui-text';

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
  });

  const folder = ensureFolder(ctx.g.Drive, year, 'results-folder', ui('resultsFolderName', { year }));
  const { file, doc } = createTaggedDoc(ctx.g, {
    name: ui('protocolDocName', { protocol: approval.protocol, title: settings.title, year }),
    kind: 'protocol',
    year,
    parent: folder,
  });
  writeBlocks(ctx.g, doc.getBody(), blocks);
  doc.saveAndClose();
  const url = docUrl(file.id);
  ctx.journal.add(ui('actProtocol'), ui('protocolDetails', { protocol: approval.protocol, url }));
  return { already: false, url, protocol: approval.protocol };
}

export const protocolReport = (r: ProtocolResult): string =>
  ui(r.already ? 'protocolAlready' : 'protocolReport', { protocol: r.protocol, url: r.url });
