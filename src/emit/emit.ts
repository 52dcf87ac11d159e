// Writes a rendered site to dist/<plan>/ atomically: everything goes into a hidden temporary
// folder next to the target, which then replaces the old folder in one rename. A failed or
// interrupted build leaves the previous output untouched and no half-written folder behind.
import { randomBytes } from 'node:crypto';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
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

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Temporary folders left by a build that was killed outright (no chance to clean up). */
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
  await removeStale(parent, name);
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

/**
 * Writes a site to `<outDir>/<plan name>/`. `after` runs on the finished temporary folder before
 * it replaces the old one (the PDF export), so PDFs are part of the same atomic swap.
 */
export function emitSite(site: Site, outDir: string, after?: (dir: string) => Promise<void>): Promise<string> {
  return emitFolder(join(outDir, site.planned.plan.name), async (dir) => {
    await writeTree(dir, site);
    if (after) await after(dir);
  });
}
