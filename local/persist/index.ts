// Saving and loading a workspace: state.json (the truth), spreadsheets as .xlsx and mail as .eml (to look at).

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RuntimeOptions, SavableRuntime, SavedProject } from '../runtime-shape';
import type { CacheState } from '../services/cache';
import type { LogLine } from '../services/logger';
import { MailStore, type MailMessage } from '../services/mail';
import { PropertyStores, type PropertiesState } from '../services/properties';
import { TriggerRegistry, type TriggerState } from '../services/script-app';
import { CacheStores } from '../services/cache';
import { exportXlsx, type SpreadsheetStore } from '../spreadsheet';
import {
  World,
  type Account,
  type DomainPolicy,
  type DriveItem,
  type DriveLag,
  type ExecutionRecord,
  type Limits,
} from '../world';
import { emlOf } from './eml';
import { DocumentStore, type DocumentRecord } from '../services/document-model';
import { FormStore, type FormRecord } from '../services/form-model';
import { renderPdf } from '../services/pdf';
import { MIME } from '../world';
import { produceAtomic, safeName, writeFileAtomic } from './files';

export const STATE_VERSION = 1;
export const STATE_FILE = 'state.json';

export interface SavedOptions {
  owner: string;
  names?: Record<string, string>;
  masterName?: string;
  masterLocale?: string;
  timeZone?: string;
  bundlePath?: string;
  htmlDir?: string;
}

export type { SavedProject };

export interface SavedState {
  version: number;
  savedAt: number;
  options: SavedOptions;
  limits: Limits;
  clock: number;
  counters: { ids: number; executions: number; lag?: number };
  scriptId: string;
  masterId: string;
  drive: DriveItem[];
  spreadsheets: unknown;
  /** Spreadsheet id → its .xlsx, relative to the workspace. */
  files: Record<string, string>;
  properties: PropertiesState;
  triggers: TriggerState;
  mail: MailMessage[];
  /** The .eml of each message, in sending order, relative to the workspace. */
  mailFiles: string[];
  cache: CacheState;
  executions: ExecutionRecord[];
  quotas: Record<
    'mail' | 'triggerRuntime' | 'spreadsheetsCreated' | 'documentsCreated',
    { at: number; amount: number }[]
  >;
  logs: LogLine[];
  menus: SavableRuntime['ui']['menus'];
  uuidCounter: number;
  /** Google Docs' contents (absent in workspaces saved before DocumentApp). */
  documents?: DocumentRecord[];
  /** Document id → its exported .pdf (relative) and a hash of the saved contents it was rendered from. */
  documentFiles?: Record<string, { file: string; hash: string }>;
  /** Google Forms: questions, responses, destinations (absent in workspaces saved before FormApp). */
  forms?: FormRecord[];
  /**
   * People and projects (absent in workspaces saved before them: there every file the script made is
   * reachable by the owner's executions, as then).
   */
  principals?: {
    accounts: Account[];
    accountDefaults: { locale: string; timeZone: string };
    /** `<client id> <email>` of every authorisation. */
    authorizations: string[];
    driveLag: DriveLag | null;
    policy: DomainPolicy;
    /** Copies' bound projects. */
    projects: SavedProject[];
    /** The master project's OAuth client (another one after a move to another Cloud project). */
    clientId?: string;
  };
}

function emlName(m: MailMessage): string {
  return `${String(m.seq).padStart(4, '0')}-${m.kind}-${safeName(m.to[0] ?? m.cc[0] ?? m.bcc[0] ?? 'nobody', 60)}.eml`;
}

/**
 * Unique .xlsx paths from spreadsheet names: the master is `master.xlsx`, a copy of it with a script project of
 * its own (next season's master) `next-season.xlsx`, members' evaluation files (tagged by the script on Drive) go
 * to `members/`, anything else to `files/`; a clash gets the id's head appended.
 */
function xlsxNames(store: SpreadsheetStore, world: World): Record<string, string> {
  const out: Record<string, string> = {};
  const used = new Set<string>();
  const copies = world.projects.filter((p) => !p.main && store.get(p.boundId)).map((p) => p.boundId);
  for (const id of store.ids()) {
    if (id === world.masterId) {
      out[id] = 'master.xlsx';
      continue;
    }
    if (copies.includes(id)) {
      out[id] = id === copies[0] ? 'next-season.xlsx' : `next-season (${id.slice(0, 12)}).xlsx`;
      continue;
    }
    const folder = world.drive.get(id)?.appProperties?.top100Member ? 'members' : 'files';
    const base = safeName(store.get(id)!.name);
    let name = `${folder}/${base}.xlsx`;
    if (used.has(name.toLowerCase())) name = `${folder}/${base} (${id.slice(0, 12)}).xlsx`;
    used.add(name.toLowerCase());
    out[id] = name;
  }
  return out;
}

export async function saveWorkspace(rt: SavableRuntime, dir: string): Promise<void> {
  const world = rt.world;
  fs.mkdirSync(path.join(dir, 'files'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'mail'), { recursive: true });
  fs.mkdirSync(path.join(dir, 'members'), { recursive: true });
  const previous = fs.existsSync(path.join(dir, STATE_FILE)) ? (readState(dir).files ?? {}) : {};
  const files = xlsxNames(rt.store, world);
  for (const [id, rel] of Object.entries(files)) {
    await produceAtomic(path.join(dir, rel), (tmp) => exportXlsx(rt.store.get(id)!, tmp));
  }
  // A renamed or removed spreadsheet leaves no stale copy behind
  for (const rel of Object.values(previous))
    if (!Object.values(files).includes(rel)) fs.rmSync(path.join(dir, rel), { force: true });
  const documentFiles = await exportDocuments(
    rt,
    dir,
    fs.existsSync(path.join(dir, STATE_FILE)) ? (readState(dir).documentFiles ?? {}) : {},
  );
  const mailFiles: string[] = [];
  for (const m of rt.mail.messages) {
    const rel = `mail/${emlName(m)}`;
    mailFiles.push(rel);
    // A sent message never changes
    if (!fs.existsSync(path.join(dir, rel)))
      writeFileAtomic(path.join(dir, rel), await emlOf(m, world.scriptId));
  }
  const o = rt.options;
  const state: SavedState = {
    version: STATE_VERSION,
    savedAt: world.now(),
    options: {
      owner: world.owner,
      ...(o.names ? { names: o.names } : {}),
      ...(o.masterName ? { masterName: o.masterName } : {}),
      ...(o.masterLocale ? { masterLocale: o.masterLocale } : {}),
      timeZone: rt.timeZone,
      ...(o.bundlePath ? { bundlePath: path.resolve(o.bundlePath) } : {}),
      ...(o.htmlDir ? { htmlDir: path.resolve(o.htmlDir) } : {}),
    },
    limits: world.limits,
    clock: world.now(),
    counters: world.counters(),
    scriptId: world.scriptId,
    masterId: world.masterId,
    drive: [...world.drive.values()],
    spreadsheets: rt.store.toJSON(),
    files,
    properties: rt.properties.toJSON(),
    triggers: rt.triggers.toJSON(),
    mail: rt.mail.toJSON(),
    mailFiles,
    cache: rt.cache.toJSON(),
    executions: world.executions,
    quotas: {
      mail: world.quotas.mail.toJSON(),
      triggerRuntime: world.quotas.triggerRuntime.toJSON(),
      spreadsheetsCreated: world.quotas.spreadsheetsCreated.toJSON(),
      documentsCreated: world.quotas.documentsCreated.toJSON(),
    },
    logs: rt.logs.lines,
    menus: rt.ui.menus,
    uuidCounter: rt.utilities.uuidCounter,
    documents: rt.documents.toJSON(),
    documentFiles,
    forms: rt.forms.toJSON(),
    principals: {
      accounts: [...world.accounts.values()],
      accountDefaults: world.accountDefaults,
      authorizations: [...world.authorizations],
      driveLag: world.driveLag,
      policy: world.policy,
      projects: rt.copiesForSaving(),
      clientId: world.main.clientId,
    },
  };
  writeFileAtomic(path.join(dir, STATE_FILE), JSON.stringify(state, null, 1));
}

/**
 * Every Google Doc on the emulated Drive (not trashed) as `documents/<name>.pdf`, rendered from its saved state;
 * a document whose saved contents did not change since the last save is not rendered again.
 */
async function exportDocuments(
  rt: SavableRuntime,
  dir: string,
  previous: Record<string, { file: string; hash: string }>,
): Promise<Record<string, { file: string; hash: string }>> {
  const out: Record<string, { file: string; hash: string }> = {};
  const used = new Set<string>();
  for (const id of rt.documents.ids()) {
    const item = rt.world.drive.get(id);
    if (!item || item.mimeType !== MIME.document || item.trashed) continue;
    const record = rt.documents.get(id);
    const hash = createHash('sha1')
      .update(item.name)
      .update(JSON.stringify([record.saved, record.savedPage]))
      .digest('hex');
    let rel = `documents/${safeName(item.name)}.pdf`;
    if (used.has(rel.toLowerCase())) rel = `documents/${safeName(item.name)} (${id.slice(0, 12)}).pdf`;
    used.add(rel.toLowerCase());
    out[id] = { file: rel, hash };
    const file = path.join(dir, rel);
    if (previous[id]?.hash === hash && previous[id]?.file === rel && fs.existsSync(file)) continue;
    fs.mkdirSync(path.dirname(file), { recursive: true });
    writeFileAtomic(
      file,
      renderPdf(item.name, record.saved, new Date(rt.world.lastEditTime(item)), record.savedPage),
    );
  }
  for (const [id, p] of Object.entries(previous))
    if (out[id]?.file !== p.file) fs.rmSync(path.join(dir, p.file), { force: true });
  return out;
}

export function readState(dir: string): SavedState {
  const file = path.join(dir, STATE_FILE);
  if (!fs.existsSync(file)) throw new Error(`No workspace at ${dir} (missing ${STATE_FILE})`);
  const state = JSON.parse(fs.readFileSync(file, 'utf8')) as SavedState;
  if (state.version !== STATE_VERSION)
    throw new Error(`${file} has version ${state.version}; this runtime reads version ${STATE_VERSION}`);
  return state;
}

/** The world as saved: clock, counters, Drive, executions and quotas. */
export function restoreWorld(state: SavedState): World {
  const p = state.principals;
  const world = new World({
    now: state.clock,
    owner: state.options.owner,
    limits: state.limits,
    ...(p ? { accountDefaults: p.accountDefaults, driveLag: p.driveLag ?? 0, policy: p.policy } : {}),
  });
  if (world.scriptId !== state.scriptId)
    throw new Error(`The saved script id ${state.scriptId} does not match ${world.scriptId}`);
  world.restoreCounters(state.counters);
  world.masterId = state.masterId;
  for (const item of state.drive) world.drive.set(item.id, item);
  if (p) {
    for (const a of p.accounts) world.accounts.set(a.email, a);
    world.authorizations.clear();
    for (const k of p.authorizations) world.authorizations.add(k);
    for (const saved of p.projects) {
      const project = world.addProject(saved.boundId, saved.owner, saved.scriptId);
      if (saved.clientId) project.clientId = saved.clientId;
    }
    if (p.clientId) world.main.clientId = p.clientId;
  } else {
    // Saved before per-user drive.file access: the owner's executions made every file not made by hand
    for (const item of world.drive.values())
      if (!item.createdOutsideScript) world.grantAppAccess(item, world.owner, world.main.clientId);
  }
  world.executions.push(...state.executions);
  world.quotas.mail.load(state.quotas.mail);
  world.quotas.triggerRuntime.load(state.quotas.triggerRuntime);
  world.quotas.spreadsheetsCreated.load(state.quotas.spreadsheetsCreated);
  world.quotas.documentsCreated.load(state.quotas.documentsCreated);
  return world;
}

/** The stores as saved, built in the world's realm (after the sandbox set world.makeDate). */
export function restoreParts(
  state: SavedState,
  world: World,
  Store: { fromJSON: (world: World, json: unknown) => SpreadsheetStore },
): {
  store: SpreadsheetStore;
  mail: MailStore;
  triggers: TriggerRegistry;
  properties: PropertyStores;
  cache: CacheStores;
  menus: SavedState['menus'];
  uuidCounter: number;
  documents: DocumentStore;
  forms: FormStore;
} {
  const mail = new MailStore();
  mail.load(state.mail);
  const triggers = new TriggerRegistry();
  triggers.load(state.triggers);
  const properties = new PropertyStores();
  properties.load(state.properties);
  const cache = new CacheStores();
  cache.load(state.cache);
  return {
    store: Store.fromJSON(world, state.spreadsheets),
    mail,
    triggers,
    properties,
    cache,
    menus: state.menus,
    uuidCounter: state.uuidCounter,
    documents: DocumentStore.fromJSON(state.documents),
    forms: FormStore.fromJSON(state.forms),
  };
}

export type { RuntimeOptions };
