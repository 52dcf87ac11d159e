// A cache of parsed content files on disk, so a build does not parse YAML and Markdown that have
// not changed since the last build (ESLint's --cache and TypeScript's incremental builds do the
// same). An entry is used only if the file's size and modification time, the tool's build and
// the message language all match; anything unreadable is a miss. Writes are atomic and may fail
// silently: the cache only ever saves time.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeFileAtomicSync } from '../files/atomic.js';
import { makeDirectorySync } from '../files/directory.js';

export interface ParseCache {
  get<T>(file: string, kind: string): T | undefined;
  set(file: string, kind: string, value: unknown): void;
}

export const noCache: ParseCache = { get: () => undefined, set: () => undefined };

interface Entry {
  size: number;
  mtimeMs: number;
  value: unknown;
}

/** The build of fasilitator that wrote an entry: the running code's own modification time. */
function codeVersion(): string {
  try {
    return String(statSync(fileURLToPath(import.meta.url)).mtimeMs);
  } catch {
    return 'unknown';
  }
}

/**
 * The user's cache folder for fasilitator, by the platform's convention: $XDG_CACHE_HOME, else
 * %LOCALAPPDATA% on Windows, else ~/.cache. Never inside the package, which may be read-only or
 * shared between users.
 * @example userCacheDir({ XDG_CACHE_HOME: '/c' }, 'linux', '/home/kari') // '/c/fasilitator'
 */
export function userCacheDir(env: Readonly<Record<string, string | undefined>>, platform: NodeJS.Platform, home: string): string {
  if (env.XDG_CACHE_HOME && isAbsolute(env.XDG_CACHE_HOME)) return join(env.XDG_CACHE_HOME, 'fasilitator');
  if (platform === 'win32' && env.LOCALAPPDATA) return join(env.LOCALAPPDATA, 'fasilitator', 'Cache');
  return join(home, '.cache', 'fasilitator');
}

function cacheDir(env: Readonly<Record<string, string | undefined>> = process.env): string {
  const own = userCacheDir(env, process.platform, homedir());
  try {
    makeDirectorySync(own);
    return own;
  } catch {
    // No writable home (a locked-down machine); the system's temporary folder will do.
    const fallback = join(tmpdir(), `fasilitator-cache-${process.getuid?.() ?? 'user'}`);
    makeDirectorySync(fallback);
    return fallback;
  }
}

export function diskCache(language: string, dir = cacheDir()): ParseCache {
  const version = codeVersion();
  const path = (file: string, kind: string): string => join(dir, `${createHash('sha1').update(`${kind}\0${file}\0${language}\0${version}`).digest('hex').slice(0, 20)}.json`);
  return {
    get<T>(file: string, kind: string): T | undefined {
      try {
        const stat = statSync(file);
        const entry = JSON.parse(readFileSync(path(file, kind), 'utf8')) as Entry;
        return entry.size === stat.size && entry.mtimeMs === stat.mtimeMs ? (entry.value as T) : undefined;
      } catch {
        return undefined;
      }
    },
    set(file: string, kind: string, value: unknown): void {
      try {
        const stat = statSync(file);
        const target = path(file, kind);
        writeFileAtomicSync(target, JSON.stringify({ size: stat.size, mtimeMs: stat.mtimeMs, value } satisfies Entry));
      } catch {
        // No cache this time.
      }
    },
  };
}

/**
 * The cache for this run: on for the built tool unless FASILITATOR_CACHE=off. Off when running
 * from the TypeScript sources (tests, tsx), where the code's own date says nothing about edits
 * elsewhere in src/.
 */
export function parseCacheFor(language: string, env: Readonly<Record<string, string | undefined>> = process.env): ParseCache {
  if (env.FASILITATOR_CACHE === 'off' || import.meta.url.endsWith('.ts')) return noCache;
  return diskCache(language, env.FASILITATOR_CACHE_DIR ?? cacheDir(env));
}
