// Writes <out>/index.html: an overview of every session folder in the output folder.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomic.js';
import type { Messages } from '../i18n/messages.js';
import { renderIndexPage, type IndexEntry } from '../render/index-page.js';
import type { Schedule } from '../schedule/types.js';
import { NotOursError } from './emit.js';
import { isOurIndex } from './guard.js';

const FILES = ['index.html', 'manus.html', 'lysark-med-manus.html', 'veiledning.html', 'deltaker/index.html', 'lysark.pdf', 'lysark-med-manus.pdf', 'manus.pdf', 'lysark.pptx'];

/** Session folders under `outDir` (those with a schedule.json). */
export async function readSessions(outDir: string): Promise<IndexEntry[]> {
  const entries: IndexEntry[] = [];
  for (const dirent of await readdir(outDir, { withFileTypes: true })) {
    if (!dirent.isDirectory() || dirent.name.startsWith('.')) continue;
    const folder = join(outDir, dirent.name);
    try {
      const schedule = JSON.parse(await readFile(join(folder, 'schedule.json'), 'utf8')) as Schedule;
      entries.push({ folder: dirent.name, schedule, files: new Set(FILES.filter((file) => existsSync(join(folder, file)))) });
    } catch {
      // Not a session folder (or one from an older version): leave it out of the overview.
    }
  }
  return entries;
}

/** @returns the path written and how many sessions it lists */
export async function writeIndex(outDir: string, t: Messages, options: { force?: boolean } = {}): Promise<{ path: string; count: number }> {
  const sessions = await readSessions(outDir);
  const path = join(outDir, 'index.html');
  // Someone else's index.html (a project page, `-o .`) is never written over without --force.
  if (!options.force && !(await isOurIndex(path))) throw new NotOursError(path);
  await writeFileAtomic(path, renderIndexPage(sessions, t));
  return { path, count: sessions.length };
}
