// A fresh clone installs quietly on the Node version the project pins, and `npm run format` changes nothing.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '..', '..');
const read = (file: string): string => fs.readFileSync(path.join(root, file), 'utf8');

interface LockEntry {
  version?: string;
  engines?: { node?: string } | string[];
  hasInstallScript?: boolean;
}
const pkg = JSON.parse(read('package.json')) as {
  engines: { node: string };
  allowScripts?: Record<string, boolean>;
};
const lock = JSON.parse(read('package-lock.json')) as { packages: Record<string, LockEntry> };

// npm's own range reader (every npm install has it); only the two functions used here are typed.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const semver = require('semver') as {
  satisfies: (version: string, range: string) => boolean;
  minVersion: (range: string) => { version: string } | null;
};

const installed = Object.entries(lock.packages)
  .filter(([where]) => where.startsWith('node_modules/'))
  .map(([where, entry]) => ({ name: where.slice(where.lastIndexOf('node_modules/') + 13), ...entry }));

describe('a fresh install on the pinned Node version', () => {
  const pinned = pkg.engines.node;
  const lowest = semver.minVersion(pinned)!.version;

  test('the project pins one Node line, and the running Node is on it', () => {
    expect(pinned).toMatch(/^\^\d+\.\d+\.\d+$/);
    expect(semver.satisfies(process.version, pinned)).toBe(true);
    expect(semver.satisfies(read('.nvmrc').trim() + '.999.0', pinned)).toBe(true);
  });

  test('no dependency asks for another Node (npm ci prints no EBADENGINE)', () => {
    const refusing = installed
      .filter((p) => !Array.isArray(p.engines) && typeof p.engines?.node === 'string')
      .filter(
        (p) =>
          ![lowest, process.version].every((v) => semver.satisfies(v, (p.engines as { node: string }).node)),
      )
      .map((p) => `${p.name}@${p.version} wants node ${(p.engines as { node: string }).node}`);
    expect(refusing).toEqual([]);
  });

  test('every dependency that runs an install script was reviewed in allowScripts', () => {
    const allowed = pkg.allowScripts ?? {};
    const unreviewed = installed
      .filter((p) => p.hasInstallScript)
      .filter((p) => allowed[p.name] === undefined && allowed[`${p.name}@${p.version}`] === undefined)
      .map((p) => `${p.name}@${p.version}`);
    expect(unreviewed).toEqual([]);
  });

  test('the README tells which Node to install', () => {
    const major = lowest.split('.')[0];
    expect(new RegExp(`Node\\.js ${major}\\b`).test(read('README.md'))).toBe(true);
  });
});

describe('the formatter', () => {
  test('npm run format leaves every file as it is (Prettier finds nothing to rewrite)', () => {
    const prettier = path.join(root, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
    let output = '';
    try {
      execFileSync(process.execPath, [prettier, '--list-different', '--cache', '.'], {
        cwd: root,
        encoding: 'utf8',
      });
    } catch (e) {
      output = String((e as { stdout?: string }).stdout ?? e);
    }
    expect(output.split('\n').filter(Boolean)).toEqual([]);
  });
});
