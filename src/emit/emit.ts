// Writes a rendered site to dist/<plan>/ atomically: everything goes into a hidden temporary
// folder next to the target, which then replaces the old folder in one rename. A failed or
// interrupted build leaves the previous output untouched and no half-written folder behind.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Site } from '../pipeline.js';

/** Temporary folders of writes in progress, removed if the process is interrupted. */
const pending = new Set<string>();

export function pendingWrites(): ReadonlySet<string> {
  return pending;
}

/** Removes every temporary folder still in progress (Ctrl-C). Safe to call twice. */
export async function removePendingWrites(): Promise<void> {
  await Promise.all([...pending].map((dir) => rm(dir, { recursive: true, force: true })));
  pending.clear();
}

async function writeTree(root: string, site: Site): Promise<void> {
  const dirs = new Set<string>([root]);
  for (const file of site.files) dirs.add(dirname(join(root, file.path)));
  for (const copy of site.copies) dirs.add(dirname(join(root, copy.to)));
  for (const dir of [...dirs].sort()) await mkdir(dir, { recursive: true });
  await Promise.all([
    ...site.files.map((file) => writeFile(join(root, file.path), file.content)),
    ...site.copies.map((copy) => copyFile(copy.from, join(root, copy.to))),
  ]);
}

/**
 * Replaces `target` with the contents of a freshly written folder.
 * @returns the target folder
 */
export async function emitFolder(target: string, fill: (dir: string) => Promise<void>): Promise<string> {
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const token = `${process.pid}-${randomBytes(3).toString('hex')}`;
  const name = target.slice(parent.length + 1);
  const temp = join(parent, `.${name}.tmp-${token}`);
  const old = join(parent, `.${name}.old-${token}`);
  pending.add(temp);
  try {
    await fill(temp);
    let moved = false;
    try {
      await rename(target, old);
      moved = true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    try {
      await rename(temp, target);
    } catch (error) {
      if (moved) await rename(old, target);
      throw error;
    }
    pending.delete(temp);
    if (moved) await rm(old, { recursive: true, force: true });
    return target;
  } finally {
    if (pending.has(temp)) {
      pending.delete(temp);
      await rm(temp, { recursive: true, force: true });
    }
  }
}

/** Writes a site to `<outDir>/<plan name>/`. */
export function emitSite(site: Site, outDir: string): Promise<string> {
  return emitFolder(join(outDir, site.planned.plan.name), (dir) => writeTree(dir, site));
}
