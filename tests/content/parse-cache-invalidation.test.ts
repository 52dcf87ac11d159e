// Parse-cache invalidation, end to end through openContent: a changed file, another build of
// fasilitator, and a corrupt or foreign cache file are each re-parsed, never served stale.
import { cpSync, mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { openContent } from '../../src/content/load.js';
import { diskCache, type ParseCache } from '../../src/content/parse-cache.js';
import { nb } from '../../src/i18n/nb.js';
import { tempDirs } from '../helpers/temp.js';

const temp = tempDirs('cache-inval');

/** A copy of the render fixture content and an empty cache folder. */
function setup(): { decks: string; cacheDir: string; section: string } {
  const root = temp();
  const decks = join(root, 'decks');
  cpSync('tests/fixtures/decks-render', decks, { recursive: true });
  const cacheDir = join(root, 'cache');
  mkdirSync(cacheDir);
  return { decks, cacheDir, section: join(decks, 'visning', '01-start.md') };
}

async function titles(decks: string, cache: ParseCache): Promise<string[]> {
  const store = await openContent(decks, nb, cache);
  const { module } = await store.load('visning');
  return module.sections.flatMap((section) => section.slides.map((slide) => slide.title));
}

/** A cache that records which entries were found, so a test can tell a hit from a re-parse. */
function counting(inner: ParseCache): ParseCache & { hits: string[]; sets: string[] } {
  const hits: string[] = [];
  const sets: string[] = [];
  return {
    hits,
    sets,
    get<T>(file: string, kind: string): T | undefined {
      const value = inner.get<T>(file, kind);
      if (value !== undefined) hits.push(kind);
      return value;
    },
    set(file, kind, value) {
      sets.push(kind);
      inner.set(file, kind, value);
    },
  };
}

describe('the parse cache under openContent', () => {
  it('serves unchanged files from the cache on the second run', async () => {
    const { decks, cacheDir } = setup();
    const first = counting(diskCache('nb', cacheDir));
    const before = await titles(decks, first);
    expect(first.hits).toEqual([]);
    expect(first.sets).toEqual(expect.arrayContaining(['module', 'sources', 'shared', 'section:visning:start']));
    const second = counting(diskCache('nb', cacheDir));
    expect(await titles(decks, second)).toEqual(before);
    expect(second.sets).toEqual([]);
    expect(second.hits).toEqual(expect.arrayContaining(['module', 'sources', 'section:visning:start']));
  });

  it('re-parses a section file that changed, and only that one', async () => {
    const { decks, cacheDir, section } = setup();
    await titles(decks, diskCache('nb', cacheDir));
    writeFileSync(section, readFileSync(section, 'utf8').replace('# Prøveseksjonen', '# Endret prøveseksjon'));
    const after = counting(diskCache('nb', cacheDir));
    expect(await titles(decks, after)).toContain('Endret prøveseksjon');
    expect(after.sets).toEqual(['section:visning:start']);
  });

  it('re-parses a file whose cache entry is corrupt or not JSON, and repairs the entry', async () => {
    const { decks, cacheDir } = setup();
    const before = await titles(decks, diskCache('nb', cacheDir));
    const entries = readdirSync(cacheDir).filter((name) => name.endsWith('.json'));
    expect(entries.length).toBeGreaterThan(0);
    entries.forEach((name, i) => writeFileSync(join(cacheDir, name), i % 2 ? '{"size": ' : '\u0000\u0001 ikke json'));
    const broken = counting(diskCache('nb', cacheDir));
    expect(await titles(decks, broken)).toEqual(before);
    expect(broken.hits).toEqual([]);
    const repaired = counting(diskCache('nb', cacheDir));
    expect(await titles(decks, repaired)).toEqual(before);
    expect(repaired.sets).toEqual([]);
  });

  it('misses an entry whose recorded size or time does not match, even with valid JSON', async () => {
    const { decks, cacheDir } = setup();
    await titles(decks, diskCache('nb', cacheDir));
    for (const name of readdirSync(cacheDir)) {
      const path = join(cacheDir, name);
      const entry = JSON.parse(readFileSync(path, 'utf8')) as { size: number };
      writeFileSync(path, JSON.stringify({ ...entry, size: entry.size + 1 }));
    }
    const stale = counting(diskCache('nb', cacheDir));
    await titles(decks, stale);
    expect(stale.hits).toEqual([]);
  });
});

describe('another build of fasilitator', () => {
  /**
   * The cache keys entries by the running code's modification time. Two copies of the cache
   * module with different times act as two builds; with the same time, as the same build.
   */
  async function build(mtime: Date): Promise<typeof import('../../src/content/parse-cache.js')> {
    const dir = temp();
    const file = join(dir, 'parse-cache.ts');
    // The copy's relative imports point back at src/: only this module is a "different build".
    const code = readFileSync(resolve('src/content/parse-cache.ts'), 'utf8').replace(/(from\s+')(\.\.?\/[^']+)'/g, (_, from: string, spec: string) => `${from}${resolve('src/content', spec)}'`);
    writeFileSync(file, code);
    utimesSync(file, mtime, mtime);
    return (await import(/* @vite-ignore */ pathToFileURL(file).href)) as typeof import('../../src/content/parse-cache.js');
  }

  it('does not read entries an older build wrote, but the same build does', async () => {
    const { decks, cacheDir } = setup();
    const old = await build(new Date(2026, 0, 1));
    const same = await build(new Date(2026, 0, 1));
    const newer = await build(new Date(2026, 5, 1));
    await titles(decks, old.diskCache('nb', cacheDir));
    const sameBuild = counting(same.diskCache('nb', cacheDir));
    await titles(decks, sameBuild);
    expect(sameBuild.sets).toEqual([]);
    const newBuild = counting(newer.diskCache('nb', cacheDir));
    const after = await titles(decks, newBuild);
    expect(newBuild.hits).toEqual([]);
    expect(newBuild.sets).toEqual(expect.arrayContaining(['module', 'sources', 'section:visning:start']));
    expect(after).toEqual(await titles(decks, old.diskCache('nb', cacheDir)));
  });
});
