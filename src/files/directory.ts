// Making a folder and the folders above it. Node's own `mkdir(path, { recursive: true })` never
// returns when a folder cannot be made although its parent exists (under /proc, or a parent
// deleted meanwhile: it retries ENOENT forever), so `-o /proc/x` hung the build. This walks up
// to the nearest folder that exists, then makes each missing one in turn, and reports the
// first refusal.
import { mkdirSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';

const isFolder = (path: string): boolean | undefined => statSync(path, { throwIfNoEntry: false })?.isDirectory();

/**
 * The folders to make, outermost first: `path` and each missing parent. A file at `path` itself
 * is listed too, so mkdir reports it (EEXIST) as Node's would.
 */
function missing(path: string): string[] {
  if (isFolder(path) === false) return [path];
  const chain: string[] = [];
  let current = path;
  while (isFolder(current) === undefined) {
    chain.unshift(current);
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return chain;
}

/** A folder made by someone else between our check and our mkdir is as good as ours. */
const alreadyThere = (error: unknown, path: string): boolean => (error as NodeJS.ErrnoException).code === 'EEXIST' && isFolder(path) === true;

/** Makes `path` and any missing parents; throws the file system's error (ENOENT, EACCES, ENOTDIR …) instead of hanging. */
export async function makeDirectory(path: string): Promise<void> {
  for (const dir of missing(path)) {
    await mkdir(dir).catch((error: unknown) => {
      if (!alreadyThere(error, dir)) throw error;
    });
  }
}

/** The same, synchronously (the parse cache). */
export function makeDirectorySync(path: string): void {
  for (const dir of missing(path)) {
    try {
      mkdirSync(dir);
    } catch (error) {
      if (!alreadyThere(error, dir)) throw error;
    }
  }
}
