// LocalRuntime: the offline Apps Script project — world, services, the bundle in its sandbox, triggers firing as
// the simulated clock moves, user edits (the layers below), and here creating, saving and loading the workspace and
// the projects of the master's copies.

import { readState, restoreParts, restoreWorld, saveWorkspace, type SavedProject } from '../persist';
import type { RuntimeOptions, RuntimeParts } from '../runtime-shape';
import { CacheStores } from '../services/cache';
import { MailStore } from '../services/mail';
import { PropertyStores } from '../services/properties';
import { TriggerRegistry } from '../services/script-app';
import { SpreadsheetStore } from '../spreadsheet';
import { World, type ExecutionRecord, type Project } from '../world';
import { projectsOf } from './setup';
import { PeopleRuntime } from './people';

export class LocalRuntime extends PeopleRuntime {
  private constructor(
    options: RuntimeOptions,
    parts: RuntimeParts | ((world: World) => Omit<RuntimeParts, 'world'>),
    world: World,
    project: Project = world.main,
  ) {
    super(options, parts, world, project);
  }

  /** A fresh project: the world, a master spreadsheet owned by the owner, the bundle loaded. */
  static create(opts: RuntimeOptions): LocalRuntime {
    const world = new World({
      now: +opts.now,
      owner: opts.owner,
      limits: opts.limits,
      ...(opts.accounts ? { accounts: opts.accounts } : {}),
      ...(opts.accountDefaults ? { accountDefaults: opts.accountDefaults } : {}),
      ...(opts.driveLag !== undefined ? { driveLag: opts.driveLag } : {}),
      ...(opts.policy ? { policy: opts.policy } : {}),
      ...(opts.seed !== undefined ? { seed: opts.seed } : {}),
    });
    return new LocalRuntime(
      opts,
      (w) => {
        const store = new SpreadsheetStore(w);
        // The secretary made the master in the Sheets UI: its zone is their account's; no app made it
        const master = store.create(opts.masterName ?? 'ТОП-100', {
          owner: w.owner,
          ...(opts.masterLocale ? { locale: opts.masterLocale } : {}),
        });
        w.drive.get(master.id)!.createdOutsideScript = true;
        w.masterId = master.id;
        return {
          store,
          mail: new MailStore(),
          triggers: new TriggerRegistry(),
          properties: new PropertyStores(),
          cache: new CacheStores(),
        };
      },
      world,
    );
  }

  /** Restore a workspace written by `save`; work continues with the same ids, triggers, properties and clock. */
  static load(dir: string, opts: Partial<RuntimeOptions> = {}): LocalRuntime {
    const state = readState(dir);
    const world = restoreWorld(state);
    const rt = new LocalRuntime(
      { ...state.options, ...opts, now: world.now() },
      (w) => restoreParts(state, w, SpreadsheetStore),
      world,
    );
    for (const saved of state.principals?.projects ?? []) projectsOf(world).saved.set(saved.scriptId, saved);
    if (opts.driveLag !== undefined) world.driveLag = opts.driveLag === 0 ? null : opts.driveLag;
    if (opts.policy) world.policy = { ...world.policy, ...opts.policy };
    for (const [email, spec] of Object.entries(opts.accounts ?? {})) world.declareAccount(email, spec);
    rt.logs.lines.push(...state.logs);
    return rt;
  }

  /** Write the workspace: state.json, every spreadsheet as .xlsx, every email as .eml. */
  save(dir: string): Promise<void> {
    return saveWorkspace(this.root(), dir);
  }

  /** The master's runtime (a copy's runtime shares its world, Drive, mail and clock). */
  root(): LocalRuntime {
    return projectsOf<LocalRuntime>(this.world).runtimes.get(this.world.main.scriptId) ?? this;
  }

  /** Copies' projects as they are now, for saving: the running ones' stores, else what was loaded. */
  copiesForSaving(): SavedProject[] {
    const { runtimes, saved } = projectsOf<LocalRuntime>(this.world);
    return this.world.projects
      .filter((p) => !p.main)
      .map((p): SavedProject | undefined => {
        const rt = runtimes.get(p.scriptId);
        if (!rt)
          return (
            saved.get(p.scriptId) ?? {
              scriptId: p.scriptId,
              clientId: p.clientId,
              boundId: p.boundId,
              owner: p.owner,
            }
          );
        return {
          scriptId: p.scriptId,
          clientId: p.clientId,
          boundId: p.boundId,
          owner: p.owner,
          triggers: rt.triggers.toJSON(),
          properties: rt.properties.toJSON(),
          cache: rt.cache.toJSON(),
          menus: rt.ui.menus,
          uuidCounter: rt.utilities.uuidCounter,
        };
      })
      .filter((p): p is SavedProject => !!p);
  }

  /**
   * The script bound to a copy of the master (`makeCopy`, or Drive's files.copy of the master): a runtime with
   * the copy's own script id, OAuth client, triggers and properties (none at first), sharing this world's
   * Drive, mail and clock. Nobody has authorised the new project yet (`authorize`).
   */
  boundTo(spreadsheetId: string): LocalRuntime {
    const project = this.world.projectBoundTo(spreadsheetId);
    if (!project) throw new Error(`No script is bound to ${spreadsheetId}`);
    const projects = projectsOf<LocalRuntime>(this.world);
    const running = projects.runtimes.get(project.scriptId);
    if (running) return running;
    const saved = projects.saved.get(project.scriptId);
    const triggers = new TriggerRegistry();
    if (saved?.triggers) triggers.load(saved.triggers);
    const properties = new PropertyStores();
    if (saved?.properties) properties.load(saved.properties);
    const cache = new CacheStores();
    if (saved?.cache) cache.load(saved.cache);
    const root = this.root();
    return new LocalRuntime(
      root.options,
      {
        world: this.world,
        store: this.store,
        mail: this.mail,
        documents: this.documents,
        forms: this.forms,
        triggers,
        properties,
        cache,
        ...(saved?.menus ? { menus: saved.menus } : {}),
        ...(saved?.uuidCounter ? { uuidCounter: saved.uuidCounter } : {}),
      },
      this.world,
      project,
    );
  }

  get executions(): ExecutionRecord[] {
    return this.world.executions;
  }

  /** The spreadsheet this runtime's script is bound to (the master, or a copy of it). */
  get masterId(): string {
    return this.project.boundId;
  }

  now(): Date {
    return new Date(this.world.now());
  }
}
