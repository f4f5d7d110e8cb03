// Atomic file writes and file names that are safe on every file system yet keep Ukrainian letters.

import fs from 'node:fs';
import path from 'node:path';

let tmpCounter = 0;

/** A temporary path next to `file`, renamed over it when complete. */
export function tempPathFor(file: string): string {
  tmpCounter += 1;
  return path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${tmpCounter}`);
}

/** Write temp + rename, so a reader never sees half a file. */
export function writeFileAtomic(file: string, data: string | Buffer): void {
  const tmp = tempPathFor(file);
  fs.writeFileSync(tmp, data);
  fs.renameSync(tmp, file);
}

/** Produce a file with `write(tempPath)` and move it into place. */
export async function produceAtomic(file: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const tmp = tempPathFor(file);
  try {
    await write(tmp);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** A file-name part: no path separators, reserved or control characters; letters of any script stay. */
export function safeName(name: string, max = 80): string {
  const cleaned = String(name)
    .normalize('NFC')
    .replace(/[/\\:*?"<>|\p{Cc}]/gu, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '_')
    .slice(0, max)
    .trim();
  return cleaned || 'untitled';
}
