// What a runtime starts from: the bundle, the script's time zone, Apps Script's texts for runs it refuses, and the
// runtimes of the projects that share one world.

import fs from 'node:fs';
import path from 'node:path';
import { type SavedProject } from '../persist';
import type { RuntimeOptions } from '../runtime-shape';
import { World, type ExecutionRecord } from '../world';

/** Apps Script's text when the daily trigger runtime is used up (research/quotas.md §1.3). */
export const TRIGGER_QUOTA_MESSAGE = 'Service using too much computer time for one day';
/** Simple triggers (onOpen, onEdit) may run 30 seconds (https://developers.google.com/apps-script/guides/triggers#restrictions). */
export const SIMPLE_TRIGGER_SECONDS = 30;
/**
 * What a person who has not authorised the script gets when they run it (a menu item, google.script.run, a
 * trigger of a revoked authorisation): Apps Script's "Authorization is required to perform that action."
 * (https://developers.google.com/apps-script/guides/services/authorization; users quote the text, e.g.
 * https://github.com/alexwforsythe/code-blocks/issues/53).
 */
export const AUTHORIZATION_REQUIRED = 'Authorization is required to perform that action.';

export interface CallOptions {
  /** Who runs it (default the owner). */
  as?: string;
  kind?: 'menu' | 'trigger' | 'web' | 'script' | 'simple-trigger';
}

export interface CallResult {
  result: unknown;
  record: ExecutionRecord;
  error?: unknown;
}

export const resolveBundle = (opts: RuntimeOptions): { code: string; file: string } => {
  if (opts.bundleCode !== undefined) return { code: opts.bundleCode, file: 'Code.js' };
  const file = path.resolve(opts.bundlePath ?? 'dist/Code.js');
  return { code: fs.readFileSync(file, 'utf8'), file };
};

/** The script's time zone (appsscript.json). */
export const DEFAULT_TIME_ZONE = 'Europe/Kyiv';

/**
 * Apps Script runs a script's local-time Date methods (getHours, getDate …) in the script's time zone, so this
 * process does too: Node re-reads TZ when it changes. It is process-wide, which is why the runtime sets it.
 */
export function useScriptTimeZone(tz: string): void {
  if (process.env.TZ !== tz) process.env.TZ = tz;
}

/**
 * The runtimes of one world: the master's project and the projects of its copies, and copies saved but not yet run.
 * Every runtime is a LocalRuntime; each layer of its class reads them as its own type.
 */
interface Projects<R = unknown> {
  readonly runtimes: Map<string, R>;
  readonly saved: Map<string, SavedProject>;
}
const PROJECTS = new WeakMap<World, Projects>();

export function projectsOf<R = unknown>(world: World): Projects<R> {
  let p = PROJECTS.get(world);
  if (!p) {
    p = { runtimes: new Map(), saved: new Map() };
    PROJECTS.set(world, p);
  }
  return p as Projects<R>;
}
