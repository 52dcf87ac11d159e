// Output safety: fasilitator replaces only folders and files it made itself. A session folder
// carries a marker file; the overview page carries a generator tag. Everything else needs --force.
import { constants } from 'node:fs';
import { access, lstat, readdir, readFile } from 'node:fs/promises';
import { isAbsolute, join, parse, relative, resolve } from 'node:path';
import { EnvironmentError, IssueCode, isNodeError, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { folderNameOf, isPlainFolderName } from '../plan/name.js';

export { folderNameOf, isPlainFolderName, planNameIssue } from '../plan/name.js';

/** Written into every session folder fasilitator makes. */
export const MARKER = '.fasilitator';

export function markerContent(): string {
  return `${JSON.stringify({ generator: 'fasilitator', note: 'Laget av fasilitator; mappen kan erstattes ved neste bygg.' })}\n`;
}

async function exists(path: string): Promise<boolean> {
  try {
    await lstat(path);
    return true;
  } catch {
    return false;
  }
}

/** A session folder fasilitator made: the marker, or (before the marker existed) its schedule.json. */
export async function isOurFolder(dir: string): Promise<boolean> {
  try {
    if (!(await lstat(dir)).isDirectory()) return false;
  } catch {
    return false;
  }
  return (await exists(join(dir, MARKER))) || (await exists(join(dir, 'schedule.json')));
}

/** An overview page fasilitator wrote (or none yet). */
export async function isOurIndex(path: string): Promise<boolean> {
  let text: string;
  try {
    const stats = await lstat(path);
    if (!stats.isFile()) return false;
    text = (await readFile(path, 'utf8')).slice(0, 4000);
  } catch (error) {
    return isNodeError(error) && error.code === 'ENOENT';
  }
  return text.includes('<meta name="generator" content="fasilitator">');
}

/**
 * Everything a run of `build` would write, checked before anything is written: same-named plans,
 * existing folders and an overview page fasilitator did not make (unless `force`).
 */
export async function outputIssues(outDir: string, planPaths: readonly string[], force: boolean, t: Messages): Promise<Issue[]> {
  const issues: Issue[] = [];
  const byName = new Map<string, string>();
  for (const planPath of planPaths) {
    const name = folderNameOf(planPath);
    if (!isPlainFolderName(name)) continue; // reported with the plan itself
    // Case-insensitive: on Windows and macOS Kurs and kurs are the same folder.
    const key = name.toLowerCase();
    const first = byName.get(key);
    if (first !== undefined && first !== planPath) {
      issues.push({ code: IssueCode.OUTPUT_DUPLICATE, severity: 'error', message: t.safety.duplicatePlanName(name, first, planPath), hint: t.safety.duplicatePlanNameHint });
    } else byName.set(key, planPath);
  }
  if (force) return issues;
  for (const name of new Set([...byName.values()].map(folderNameOf))) {
    const dir = join(outDir, name);
    if ((await exists(dir)) && !(await isOurFolder(dir))) {
      issues.push({ code: IssueCode.OUTPUT_NOT_OURS, severity: 'error', message: t.safety.notOurs(slashes(dir)), hint: t.safety.notOursHint });
    }
  }
  const index = join(outDir, 'index.html');
  if (!(await isOurIndex(index))) issues.push({ code: IssueCode.OUTPUT_NOT_OURS, severity: 'error', message: t.safety.indexNotOurs(slashes(index)), hint: t.safety.notOursHint });
  return issues;
}

/** Paths in messages with forward slashes, the way planners on every system can read them. */
export function slashes(path: string): string {
  return path.replace(/\\/g, '/');
}

/** Whether every folder under `dir` lets us remove its entries (so a replaced deck can be deleted). */
export async function removable(dir: string): Promise<boolean> {
  const walk = async (folder: string): Promise<boolean> => {
    try {
      await access(folder, constants.W_OK | constants.X_OK);
      for (const entry of await readdir(folder, { withFileTypes: true })) {
        if (entry.isDirectory() && !(await walk(join(folder, entry.name)))) return false;
      }
      return true;
    } catch (error) {
      return isNodeError(error) && error.code === 'ENOENT';
    }
  };
  return walk(dir);
}

const MACHINE_CODES = new Set(['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'EIO', 'EBUSY', 'ENOTDIR', 'EMFILE', 'ENFILE', 'EEXIST', 'ENOTEMPTY', 'EISDIR', 'ENOENT', 'EXDEV']);

/** A failed write as exit 3 naming the folder; undefined when the error is not the machine's. */
export function writeFailure(error: unknown, folder: string, t: Messages): EnvironmentError | undefined {
  if (!isNodeError(error) || !MACHINE_CODES.has(error.code ?? '')) return undefined;
  const code = error.code!;
  return new EnvironmentError(t.safety.cannotWrite(slashes(folder), t.safety.reasons[code] ?? code), t.safety.cannotWriteHint, { cause: error });
}

/**
 * Folders never replaced, not even with --force: the file system's root, the user's home folder
 * and the folder the command runs in or any folder above it (a typo such as `-o ~` or `-o ..`
 * must not cost a user their files). Returns the reason, or undefined for an ordinary folder.
 */
export function protectedFolder(target: string, here: { cwd: string; home: string }): 'root' | 'home' | 'current' | undefined {
  const path = resolve(target);
  if (path === parse(path).root) return 'root';
  if (path === resolve(here.home)) return 'home';
  const fromTarget = relative(path, resolve(here.cwd));
  if (fromTarget === '' || (!fromTarget.startsWith('..') && !isAbsolute(fromTarget))) return 'current';
  return undefined;
}
