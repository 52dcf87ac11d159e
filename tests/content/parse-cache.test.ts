// The parse cache: where it lives, and that it never hands back a value for a changed file.
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { diskCache, userCacheDir } from '../../src/content/parse-cache.js';

describe('userCacheDir', () => {
  it('uses $XDG_CACHE_HOME when it is an absolute path', () => {
    expect(userCacheDir({ XDG_CACHE_HOME: '/var/cache/kari' }, 'linux', '/home/kari')).toBe(join('/var/cache/kari', 'fasilitator'));
  });

  it('ignores a relative $XDG_CACHE_HOME, as the XDG specification says', () => {
    expect(userCacheDir({ XDG_CACHE_HOME: 'cache' }, 'linux', '/home/kari')).toBe(join('/home/kari', '.cache', 'fasilitator'));
  });

  it('uses %LOCALAPPDATA% on Windows', () => {
    expect(userCacheDir({ LOCALAPPDATA: 'C:\\Users\\kari\\AppData\\Local' }, 'win32', 'C:\\Users\\kari')).toBe(join('C:\\Users\\kari\\AppData\\Local', 'fasilitator', 'Cache'));
  });

  it('falls back to ~/.cache, never to the package folder', () => {
    const dir = userCacheDir({}, 'darwin', '/Users/kari');
    expect(dir).toBe(join('/Users/kari', '.cache', 'fasilitator'));
    expect(dir).not.toContain('node_modules');
  });
});

describe('diskCache', () => {
  const made: string[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
  });
  function workspace(): { dir: string; file: string } {
    const dir = mkdtempSync(join(tmpdir(), 'fasilitator-parse-cache-'));
    made.push(dir);
    const file = join(dir, 'slide.md');
    writeFileSync(file, '# Hei\n');
    return { dir, file };
  }

  it('returns what was stored for an unchanged file', () => {
    const { dir, file } = workspace();
    const cache = diskCache('nb', dir);
    expect(cache.get(file, 'section')).toBeUndefined();
    cache.set(file, 'section', { title: 'Hei' });
    expect(cache.get(file, 'section')).toEqual({ title: 'Hei' });
    expect(cache.get(file, 'module')).toBeUndefined();
  });

  it('misses once the file changes size or modification time', () => {
    const { dir, file } = workspace();
    const cache = diskCache('nb', dir);
    cache.set(file, 'section', 1);
    writeFileSync(file, '# Hei igjen\n');
    expect(cache.get(file, 'section')).toBeUndefined();
    cache.set(file, 'section', 2);
    utimesSync(file, new Date(2020, 0, 1), new Date(2020, 0, 1));
    expect(cache.get(file, 'section')).toBeUndefined();
  });

  it('keeps languages apart', () => {
    const { dir, file } = workspace();
    diskCache('nb', dir).set(file, 'section', 'bokmål');
    expect(diskCache('en', dir).get(file, 'section')).toBeUndefined();
    expect(diskCache('nb', dir).get(file, 'section')).toBe('bokmål');
  });
});
