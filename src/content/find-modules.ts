// Finds the module folders in decks/ and reads each one's module.yaml (through the parse cache).
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { readSource } from '../source.js';
import { parseYaml } from '../yaml/parse.js';
import type { ModuleEntry } from './module-entry.js';
import { validateModuleMeta } from './module-meta.js';
import type { ParseCache } from './parse-cache.js';

/** Folder names that may hold a module: not hidden, not `_felles`-style shared folders; sorted. */
export function candidateModuleFolders(entries: readonly { name: string; isDirectory(): boolean }[]): string[] {
  return entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
}

export interface FoundModules {
  /** Folders with a valid module.yaml, in name order. */
  entries: ModuleEntry[];
  /** The module.yaml issues of every folder that has one, valid or not, by folder name. */
  metaIssues: Map<string, Issue[]>;
}

/** Every folder in decksDir with a module.yaml; a folder without one is not a module and is skipped. */
export async function findModules(decksDir: string, t: Messages, cache: ParseCache): Promise<FoundModules> {
  const names = candidateModuleFolders(await readdir(decksDir, { withFileTypes: true }));
  const entries: ModuleEntry[] = [];
  const metaIssues = new Map<string, Issue[]>();
  for (const id of names) {
    const dir = join(decksDir, id);
    const metaPath = join(dir, 'module.yaml');
    if (!existsSync(metaPath)) continue;
    let result = cache.get<ReturnType<typeof validateModuleMeta>>(metaPath, 'module');
    if (!result) {
      result = validateModuleMeta(parseYaml(await readSource(metaPath, t), t), t);
      cache.set(metaPath, 'module', result);
    }
    metaIssues.set(id, [...result.issues]);
    if (result.module) entries.push({ id, dir, valid: result.module });
  }
  return { entries, metaIssues };
}
