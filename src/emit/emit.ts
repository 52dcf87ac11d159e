// Writes a rendered site to dist/<plan>/ atomically: everything goes into a hidden temporary
// folder next to the target, which then replaces the old folder in one rename. A failed or
// interrupted build leaves the previous output untouched and no half-written folder behind.
//
// This is a folder swap, not files/atomic.ts's file replace: a folder cannot be renamed over a
// non-empty one, so the old folder is first moved aside and moved back if the swap fails. The
// temporary names are the same hidden siblings files/atomic.ts makes.
import { copyFile, lstat, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { homedir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { siblingPath, uniqueToken } from '../files/atomic.js';
import { makeDirectory } from '../files/directory.js';
import type { Site } from '../render/types.js';
import type { PendingWrites } from './pending.js';
import { isOurFolder, isPlainFolderName, MARKER, markerContent, protectedFolder, removable } from './guard.js';

/** The target exists and fasilitator did not make it (and --force was not given). */
export class NotOursError extends Error {
  constructor(readonly path: string) {
    super(`not made by fasilitator: ${path}`);
  }
}

/** The target is the root, the home folder or holds the current folder: never replaced, not even with --force. */
export class ProtectedFolderError extends Error {
  constructor(
    readonly path: string,
    readonly reason: 'root' | 'home' | 'current',
  ) {
    super(`protected folder (${reason}): ${path}`);
  }
}

/** Something other than a folder (a file, a link, a device) stands where the folder would go: never replaced. */
export class NotAFolderError extends Error {
  constructor(readonly path: string) {
    super(`not a folder: ${path}`);
  }
}

/** The previous version cannot be removed (permissions, a locked file): nothing is replaced. */
export class OldNotRemovableError extends Error {
  constructor(readonly path: string, options?: { cause?: unknown }) {
    super(`cannot remove ${path}`, options);
  }
}

/** The new version is in place, but the old one could not be deleted afterwards. */
export class LeftoverError extends Error {
  constructor(readonly path: string, options?: { cause?: unknown }) {
    super(`left over: ${path}`, options);
  }
}

export interface EmitOptions {
  /** Replace the target even if fasilitator did not make it. */
  force?: boolean;
  /** The run's writes in progress: the temporary folder is listed there while it exists, so Ctrl-C can remove it. */
  pending?: PendingWrites;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary folders left by a build that was killed outright (no chance to clean up); the names siblingPath makes. */
async function removeStale(parent: string, name: string): Promise<void> {
  const pattern = new RegExp(`^\\.${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:tmp|old)-(\\d+)-[0-9a-f]+$`);
  for (const entry of await readdir(parent).catch(() => [])) {
    const pid = Number(pattern.exec(entry)?.[1]);
    if (pid && !alive(pid)) await rm(join(parent, entry), { recursive: true, force: true });
  }
}

/** Writes the rendered files and copies the assets into `root`. */
export async function writeTree(root: string, site: Pick<Site, 'files' | 'copies'>): Promise<void> {
  const dirs = new Set<string>([root]);
  for (const file of site.files) dirs.add(dirname(join(root, file.path)));
  for (const copy of site.copies) dirs.add(dirname(join(root, copy.to)));
  for (const dir of [...dirs].sort()) await makeDirectory(dir);
  await Promise.all([
    writeFile(join(root, MARKER), markerContent()),
    ...site.files.map((file) => writeFile(join(root, file.path), file.content)),
    ...site.copies.map((copy) => copyFile(copy.from, join(root, copy.to))),
  ]);
}

/**
 * Replaces `target` with the contents of a freshly written folder.
 * @returns the target folder
 */
export async function emitFolder(target: string, fill: (dir: string) => Promise<void>, options: EmitOptions = {}): Promise<string> {
  const guarded = protectedFolder(target, { cwd: process.cwd(), home: homedir() });
  if (guarded) throw new ProtectedFolderError(target, guarded);
  const parent = dirname(target);
  const name = basename(target);
  // `.`, `..` or a hidden name would make the "folder" the output folder, its parent or a temp folder.
  if (!isPlainFolderName(name)) throw new Error(`not a plain folder name: ${name}`);
  // Checked before anything is written: an unknown folder is never replaced, a stuck one never half-swapped.
  const existing = await lstat(target).catch(() => undefined);
  // --force replaces a folder; a file, a symbolic link or a device in its place is never touched.
  if (existing && !existing.isDirectory()) throw new NotAFolderError(target);
  if (existing && !options.force && !(await isOurFolder(target))) throw new NotOursError(target);
  if (existing?.isDirectory() && !(await removable(target))) throw new OldNotRemovableError(target);
  await makeDirectory(parent);
  const token = uniqueToken();
  const temp = siblingPath(target, 'tmp', token);
  const old = siblingPath(target, 'old', token);
  await removeStale(parent, name);
  const pending = options.pending;
  pending?.add(temp);
  let swapped = false;
  try {
    await fill(temp);
    let moved = false;
    try {
      await rename(target, old);
      moved = true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EPERM' || code === 'EACCES' || code === 'EBUSY') throw new OldNotRemovableError(target, { cause: error });
      if (code !== 'ENOENT') throw error;
    }
    try {
      await rename(temp, target);
    } catch (error) {
      if (moved) await rename(old, target);
      throw error;
    }
    swapped = true;
    pending?.delete(temp);
    if (moved) {
      try {
        await rm(old, { recursive: true, force: true });
      } catch (error) {
        throw new LeftoverError(old, { cause: error });
      }
    }
    return target;
  } finally {
    if (!swapped) {
      pending?.delete(temp);
      await rm(temp, { recursive: true, force: true });
    }
  }
}

/**
 * Writes a site to `<outDir>/<plan name>/`. `after` runs on the finished temporary folder before
 * it replaces the old one (the PDF export), so PDFs are part of the same atomic swap.
 */
export function emitSite(site: Site, outDir: string, after?: (dir: string) => Promise<void>, options: EmitOptions = {}): Promise<string> {
  return emitFolder(
    join(outDir, site.planned.plan.name),
    async (dir) => {
      await writeTree(dir, site);
      if (after) await after(dir);
    },
    options,
  );
}
