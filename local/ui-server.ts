// `npm run ui`: the sidebar and the dialogs served from a local-runtime workspace, google.script.run bridged to the bundle.
import * as fs from 'node:fs';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import * as path from 'node:path';
import { parseArgs } from 'node:util';
import { LocalRuntime } from './runtime';
import { STATE_FILE } from './persist';
import { Season, type SeasonConfig } from './season/season';
import type { Habit } from './season/data';
import { kyiv } from './season/time';
import { SERVER_FUNCTIONS } from '../src/ui/api';
import { ui } from '../src/domain/messages';

/** Calls after which the workspace is saved (the others only read). */
const CHANGES_STATE = new Set<string>([
  'collectNow',
  'sendRemindersNow',
  'computeRatingNow',
  'saveSettings',
  'winnersStep',
]);
const CALLABLE = new Set<string>(SERVER_FUNCTIONS);
const MAX_BODY = 1_000_000;

export interface UiServerOptions {
  rt: LocalRuntime;
  /** Where to save after a call that changes state; an in-memory runtime has none. */
  workspace?: string;
  host?: string;
  /** 0 picks a free port. */
  port?: number;
  /** Who uses the pages (default: the script owner, the secretary). */
  as?: string;
}

export interface UiServer {
  url: string;
  port: number;
  close: () => Promise<void>;
}

/**
 * The page side of google.script.run: each call POSTs {fn, args} and calls the success or failure handler
 * asynchronously, as Apps Script does; a call that opened a dialog shows it in place of the page.
 */
const SHIM = `<script>
(function () {
  function runner(ok, fail, user) {
    var base = {
      withSuccessHandler: function (f) { return runner(f, fail, user); },
      withFailureHandler: function (f) { return runner(ok, f, user); },
      withUserObject: function (o) { return runner(ok, fail, o); }
    };
    return new Proxy(base, {
      get: function (target, name) {
        if (Object.prototype.hasOwnProperty.call(target, name)) return target[name];
        if (typeof name !== 'string' || name === 'then') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          fetch('/run', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ fn: name, args: args }) })
            .then(function (r) { return r.json(); })
            .then(function (res) {
              (res.alerts || []).forEach(function (a) { window.alert(a); });
              if (res.dialog !== undefined) window.top.location.href = '/dialog/' + res.dialog;
              if (res.ok) { if (ok) ok(res.value, user); }
              else if (fail) fail(new Error(res.error), user);
            }, function (e) { if (fail) fail(e, user); });
        };
      }
    });
  }
  window.google = { script: {
    run: runner(null, null, undefined),
    host: { close: function () { window.top.location.href = '/'; }, setHeight: function () {}, setWidth: function () {}, editor: { focus: function () {} } }
  } };
})();
</script>`;

/** Apps Script refuses Dates, functions and other non-plain values in what google.script.run carries. */
function untransferable(v: unknown, at = 'result'): string | null {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return null;
  if (typeof v === 'number') return Number.isFinite(v) ? null : `${at} is ${v}`;
  if (typeof v === 'undefined') return at === 'result' ? null : `${at} is undefined`;
  if (typeof v !== 'object') return `${at} is a ${typeof v}`;
  if (Array.isArray(v)) {
    for (let i = 0; i < v.length; i++) {
      const bad = untransferable(v[i], `${at}[${i}]`);
      if (bad) return bad;
    }
    return null;
  }
  const proto = Object.getPrototypeOf(v);
  const kind = Object.prototype.toString.call(v);
  if (kind !== '[object Object]' || (proto !== null && Object.getPrototypeOf(proto) !== null))
    return `${at} is ${kind}`;
  for (const [k, item] of Object.entries(v)) {
    if (item === undefined) continue;
    const bad = untransferable(item, `${at}.${k}`);
    if (bad) return bad;
  }
  return null;
}

const withShim = (html: string): string =>
  /<head[^>]*>/i.test(html) ? html.replace(/<head[^>]*>/i, (m) => m + SHIM) : SHIM + html;

const framePage = (): string =>
  `<!doctype html><html lang="uk"><head><meta charset="utf-8"><title>${ui('menuTitle')} · ${ui('menuPanel')}</title>` +
  '<style>body{margin:0;background:#f1f3f4;display:flex;justify-content:flex-end}' +
  'iframe{width:300px;height:100vh;border:0;border-left:1px solid #c4c7c5;background:#fff}</style></head>' +
  `<body><iframe src="/panel" title="${ui('menuPanel')}"></iframe></body></html>`;

function errorText(e: unknown): string {
  const m = (e as { message?: unknown } | null)?.message;
  return typeof m === 'string' ? m : String(e);
}

export function startUiServer(opts: UiServerOptions): Promise<UiServer> {
  const { rt } = opts;
  const as = opts.as ?? rt.world.owner;
  // The runtime is one Apps Script project: requests run one at a time, a save included.
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(job: () => Promise<T>): Promise<T> => {
    const next = queue.then(job);
    queue = next.catch(() => undefined);
    return next;
  };

  /** Run an entry point that shows a page, and return the page it showed. */
  const shown = (fn: 'menuShowPanel' | 'menuShowSettings'): string => {
    const list = fn === 'menuShowPanel' ? rt.ui.sidebars : rt.ui.dialogs;
    const before = list.length;
    const r = rt.call(fn, [], { as, kind: 'menu' });
    if (r.error || list.length === before)
      throw new Error(`${fn}: ${r.error ? errorText(r.error) : 'no page shown'}`);
    return list[list.length - 1].html;
  };

  const run = async (fn: string, args: unknown[]): Promise<Record<string, unknown>> => {
    if (!CALLABLE.has(fn)) return { ok: false, error: `${fn} is not a function the pages may call` };
    const dialogs = rt.ui.dialogs.length;
    const alerts = rt.ui.alerts.length;
    const r = rt.call(fn, args, { as, kind: 'menu' });
    const out: Record<string, unknown> = {};
    if (rt.ui.alerts.length > alerts)
      out.alerts = rt.ui.alerts.slice(alerts).map((a) => (a.title ? `${a.title}\n\n${a.prompt}` : a.prompt));
    if (rt.ui.dialogs.length > dialogs) out.dialog = rt.ui.dialogs.length - 1;
    if (r.error) {
      out.ok = false;
      out.error = errorText(r.error);
    } else {
      const bad = untransferable(r.result);
      if (bad) {
        out.ok = false;
        out.error = `${fn}: google.script.run cannot return this value (${bad})`;
      } else {
        out.ok = true;
        out.value = r.result === undefined ? null : r.result;
      }
    }
    if (opts.workspace && CHANGES_STATE.has(fn)) await rt.save(opts.workspace);
    return out;
  };

  const send = (res: http.ServerResponse, status: number, type: string, body: string): void => {
    res.writeHead(status, {
      'Content-Type': `${type}; charset=utf-8`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    });
    res.end(body);
  };

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = `${req.method} ${url.pathname}`;
    if (req.method === 'POST' && url.pathname === '/run') {
      let body = '';
      let tooBig = false;
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => {
        body += chunk;
        if (body.length > MAX_BODY) tooBig = true;
      });
      req.on('end', () => {
        if (tooBig)
          return send(
            res,
            413,
            'application/json',
            JSON.stringify({ ok: false, error: 'request too large' }),
          );
        let call: { fn?: unknown; args?: unknown };
        try {
          call = JSON.parse(body) as typeof call;
        } catch {
          return send(res, 400, 'application/json', JSON.stringify({ ok: false, error: 'not JSON' }));
        }
        const fn = typeof call.fn === 'string' ? call.fn : '';
        const args = Array.isArray(call.args) ? call.args : [];
        serial(() => run(fn, args)).then(
          (out) => send(res, 200, 'application/json', JSON.stringify(out)),
          (e) => send(res, 500, 'application/json', JSON.stringify({ ok: false, error: errorText(e) })),
        );
      });
      return;
    }
    const page = (make: () => string): void => {
      serial(async () => withShim(make())).then(
        (html) => send(res, 200, 'text/html', html),
        (e) => send(res, 500, 'text/plain', errorText(e)),
      );
    };
    const dialog = /^GET \/dialog\/(\d+)$/.exec(route);
    if (route === 'GET /') return send(res, 200, 'text/html', framePage());
    if (route === 'GET /panel') return page(() => shown('menuShowPanel'));
    if (route === 'GET /settings') return page(() => shown('menuShowSettings'));
    if (dialog) {
      const d = rt.ui.dialogs[Number(dialog[1])];
      return d ? page(() => d.html) : send(res, 404, 'text/plain', 'no such dialog');
    }
    send(res, 404, 'text/plain', 'not found');
  });

  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, opts.host ?? '127.0.0.1', () => {
      const { port, address } = server.address() as AddressInfo;
      resolve({
        url: `http://${address}:${port}`,
        port,
        close: () =>
          new Promise<void>((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}

// ——— A mid-season workspace, for the demo and the browser tests ———

export interface MidSeasonConfig {
  cases: number;
  members: number;
  seed: number;
  /** Quorum written into «Налаштування» after set-up, so that some cases fall below it. */
  quorum?: number;
  /** Names replacing the synthetic ones, by member index. */
  names?: Record<number, string>;
  /** Drive's modifiedTime lag (default the runtime's, on); 0 turns it off. */
  driveLag?: SeasonConfig['driveLag'];
  /** The bundle to run (default dist/Code.js). */
  bundlePath?: string;
  /** The runtime's compatibility mode for script Proxies (SeasonConfig.transparentProxies). */
  transparentProxies?: boolean;
}

/** How much of their list each kind of member has scored by 1 October. */
const SHARE: Record<Habit, number> = {
  early: 1,
  steady: 0.5,
  typos: 0.4,
  paster: 0.6,
  sorter: 0.3,
  conflicted: 1,
  late: 0.15,
  never: 0,
};

/** 1 October, noon: set-up, the sheets and invitations, then part of the members' work, every dispatcher tick run. */
export function midSeason(config: MidSeasonConfig): Season {
  const season = new Season({
    cases: config.cases,
    members: config.members,
    seed: config.seed,
    assignment: 'all',
    ...(config.driveLag !== undefined ? { driveLag: config.driveLag } : {}),
    ...(config.bundlePath ? { bundlePath: config.bundlePath } : {}),
    ...(config.transparentProxies ? { transparentProxies: true } : {}),
  });
  for (const [i, name] of Object.entries(config.names ?? {})) season.members[Number(i)].name = name;
  season.prepare();
  if (config.quorum !== undefined)
    season.setSetting('Кворум (мінімум дійсних оцінок)', String(config.quorum));
  season.distribute();
  season.members.forEach((m, i) => {
    season.rt.advanceTo(kyiv(2024, 9, 25 + Math.floor(i / 2), 10 + (i % 2) * 5, 15));
    const ids = season.assigned(m.email);
    const part = ids.slice(0, Math.floor(ids.length * SHARE[m.habit]));
    season.enter(m, part, {
      block: m.habit === 'paster',
      conflicts: m.habit === 'conflicted' ? new Set(ids.slice(0, 2)) : undefined,
    });
    if (m.habit === 'typos') {
      // A word, an out-of-range score and a row left half-filled: two invalid, one incomplete.
      const [a, b, c] = ids.slice(-3);
      season.enter(m, [a, b, c], {
        typos: new Map([
          [a, ['десять', '9', '9', '9']],
          [b, ['11', '5', '5', '5']],
          [c, ['7', '', '', '']],
        ]),
      });
    }
  });
  season.rt.advanceTo(kyiv(2024, 10, 1, 12, 0));
  return season;
}

// ——— The command ———

const HELP = `npm run ui [-- options]
  Панель прогресу й діалог термінів у браузері, на локальному середовищі Apps Script.
  The progress panel and the deadline dialog in a browser, on the local Apps Script runtime.

  --dir <path>    папка середовища / workspace folder (./workspace; --dir season — сезон npm start);
                  якщо її немає — демо на 1 жовтня в пам’яті, у теку нічого не пишеться /
                  with none, a mid-season demo in memory, nothing written into the folder
  --port <n>      порт / port (8787; 0 — будь-який вільний)
  --help`;

/**
 * The workspace in `dir`, saved after each change; without one, a mid-season demo kept in memory only: the
 * folder (./workspace by default) is where `npm run local` keeps real data, so a demo is never written there.
 */
export function openOrDemo(dir: string, bundlePath: string): { rt: LocalRuntime; workspace?: string } {
  if (fs.existsSync(path.join(dir, STATE_FILE)))
    return { rt: LocalRuntime.load(dir, { bundlePath }), workspace: dir };
  return { rt: midSeason({ cases: 120, members: 8, seed: 2024, quorum: 5, bundlePath }).rt };
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      dir: { type: 'string', default: 'workspace' },
      port: { type: 'string', default: '8787' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(HELP);
    return 0;
  }
  const dir = path.resolve(values.dir);
  const bundlePath = path.resolve(__dirname, '..', 'dist', 'Code.js');
  const found = fs.existsSync(path.join(dir, STATE_FILE));
  console.log(
    found
      ? `Середовище / workspace: ${dir}`
      : `${dir}: немає середовища — демо на 1 жовтня 2024 у пам’яті, нічого не зберігається / no workspace: a mid-season demo in memory, nothing saved…`,
  );
  const { rt, workspace } = openOrDemo(dir, bundlePath);
  const server = await startUiServer({ rt, ...(workspace ? { workspace } : {}), port: Number(values.port) });
  console.log(
    `Панель / panel: ${server.url}/   Діалог термінів / deadline dialog: ${server.url}/settings   (Ctrl+C — зупинити / stop)`,
  );
  return new Promise<number>(() => undefined);
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
