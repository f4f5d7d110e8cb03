// Headless Chromium for the page tests and the README's screenshots: the binary shipped in the
// @sparticuz/chromium npm package (no download at run time), driven by playwright-core.
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

const ROOT = path.join(__dirname, '..');

/**
 * `await chromium.executablePath()` of @sparticuz/chromium (it unpacks the binary into the temp folder once).
 * The package's main entry is an ES module and jest runs the tests as CommonJS, so a child Node process asks it.
 */
export function chromiumPath(): string {
  const script =
    "import('@sparticuz/chromium').then(async (m) => process.stdout.write(await m.default.executablePath()))";
  return execFileSync(process.execPath, ['-e', script], { cwd: ROOT, encoding: 'utf8' }).trim();
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}
