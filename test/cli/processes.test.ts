// The commands as processes, the way people run them: piped into `head`, and `npm start` next to a workspace
// that `npm run local` keeps real data in.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { run } from '../../local/cli/main';
import { DEFAULT_DIR, SEASON_NOTE, seasonFolder } from '../../local/cli/start';
import { BUNDLE } from '../../local/cli/workspace';
import { openOrDemo } from '../../local/ui-server';

const ROOT = path.join(__dirname, '..', '..');
const TSX = path.join(ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs');

let tmp: string;
beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'top100-proc-'));
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

interface Ended {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a TypeScript entry point with tsx; `closeOutput` closes the reading end at once, as `| head -0` would. */
function runScript(script: string, args: string[], closeOutput = false): Promise<Ended> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [TSX, path.join(ROOT, script), ...args], {
      cwd: ROOT,
      env: { ...process.env, INIT_CWD: tmp },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    if (closeOutput) child.stdout.destroy();
    else child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

async function cliInit(dir: string): Promise<void> {
  const err: string[] = [];
  const code = await run(['--dir', dir, 'init', '--now', '2024-09-20 09:00'], {
    out: () => undefined,
    err: (s) => err.push(s),
    cwd: tmp,
  });
  if (code !== 0) throw new Error(err.join('\n'));
}

describe('output piped into a reader that stops early (| head)', () => {
  test('npm run local ends quietly, without a stack trace, and its work is still done', async () => {
    const dir = path.join(tmp, 'piped');
    await cliInit(dir);
    const listing = await runScript('local/cli/main.ts', ['--dir', dir, 'settings'], true);
    expect(listing.stderr).toBe('');
    expect(listing.code).toBe(0);
    // A command that saves after printing still saves
    const set = await runScript('local/cli/main.ts', ['--dir', dir, 'settings', 'Кворум', '3'], true);
    expect(set.stderr).toBe('');
    expect(set.code).toBe(0);
    const after = await runScript('local/cli/main.ts', ['--dir', dir, 'settings', 'Кворум']);
    expect(after.stdout).toContain('= 3');
  });

  test('npm start --help ends quietly too', async () => {
    const r = await runScript('local/cli/start.ts', ['--help'], true);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });
});

describe('npm start and the workspace of npm run local', () => {
  test('npm start writes its own folder, ./season, not ./workspace', () => {
    expect(DEFAULT_DIR).toBe('season');
  });

  test('a folder with a workspace of npm run local is refused and left exactly as it was', async () => {
    const dir = path.join(tmp, 'workspace');
    await cliInit(dir);
    const before = fs.readFileSync(path.join(dir, 'state.json'));
    const listing = fs.readdirSync(dir).sort();
    expect(seasonFolder(dir)).toBe('other');
    for (const args of [
      ['--dir', dir],
      ['--dir', dir, '--keep'],
    ]) {
      const r = await runScript('local/cli/start.ts', args);
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('не порожня, і її створила не npm start');
      expect(r.stderr).toContain('--dir');
    }
    expect(fs.readFileSync(path.join(dir, 'state.json')).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(listing);
  });

  test('an empty or missing folder, or npm start’s own previous season, may be written', () => {
    expect(seasonFolder(path.join(tmp, 'nothing-here'))).toBe('empty');
    const empty = fs.mkdtempSync(path.join(tmp, 'empty-'));
    expect(seasonFolder(empty)).toBe('empty');
    const previous = fs.mkdtempSync(path.join(tmp, 'season-'));
    fs.writeFileSync(
      path.join(previous, SEASON_NOTE),
      'Цю теку створила команда npm start (синтетичний сезон ТОП-100 2024).\n',
    );
    fs.writeFileSync(path.join(previous, 'state.json'), '{}');
    expect(seasonFolder(previous)).toBe('season');
    // A README of somebody else's is not npm start's note
    fs.writeFileSync(path.join(previous, SEASON_NOTE), 'My notes\n');
    expect(seasonFolder(previous)).toBe('other');
  });
});

describe('npm run ui next to the workspace of npm run local', () => {
  test('without a workspace it shows a demo in memory and writes nothing into the folder', () => {
    const dir = path.join(tmp, 'no-workspace-yet');
    const { rt, workspace } = openOrDemo(dir, BUNDLE);
    expect(workspace).toBeUndefined();
    expect(rt.ui.menus.length).toBeGreaterThan(0);
    expect(fs.existsSync(dir)).toBe(false);
  });
});
