// Writing a file so that its real name only ever holds a complete version: the data goes to a
// hidden temporary name in the same folder, which is then renamed over the target (a rename
// within one folder is atomic). On any failure the temporary file is removed and the old file,
// if there was one, is left as it was.
import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** A token unique to this process and call: `<pid>-<6 hex>`. The pid lets a later run tell a dead run's leftovers from a live one's. */
export function uniqueToken(): string {
  return `${process.pid}-${randomBytes(3).toString('hex')}`;
}

/**
 * A hidden sibling of `path` for work in progress: `.<name>.<kind>-<pid>-<hex>` in the same folder
 * (same file system, so the rename is atomic; hidden, so listings and overviews skip it).
 * @example siblingPath('/out/plan', 'tmp', '42-a1b2c3') // '/out/.plan.tmp-42-a1b2c3'
 */
export function siblingPath(path: string, kind: 'tmp' | 'old', token: string = uniqueToken()): string {
  return join(dirname(path), `.${basename(path)}.${kind}-${token}`);
}

/**
 * Lets `write` produce the file under a temporary name, then renames it to `path`. For writers
 * that need a path of their own (Chromium's page.pdf, a zip library).
 * @returns what `write` returned
 */
export async function replaceAtomically<T>(path: string, write: (tempPath: string) => Promise<T>): Promise<T> {
  const temp = siblingPath(path, 'tmp');
  try {
    const result = await write(temp);
    await rename(temp, path);
    return result;
  } catch (error) {
    await rm(temp, { force: true }).catch(() => undefined);
    throw error;
  }
}

/** Writes `data` to `path` atomically (see replaceAtomically). */
export function writeFileAtomic(path: string, data: Parameters<typeof writeFile>[1]): Promise<void> {
  return replaceAtomically(path, (temp) => writeFile(temp, data));
}

/** The same, synchronously, for callers that cannot wait (the parse cache's `set`). */
export function writeFileAtomicSync(path: string, data: string | NodeJS.ArrayBufferView): void {
  const temp = siblingPath(path, 'tmp');
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
