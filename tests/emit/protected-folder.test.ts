// The root, the home folder and the folder a command runs in (or any above it) are never
// replaced, not even with --force: `-o ~` or `-o ..` must not cost anyone their files.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { protectedFolder } from '../../src/emit/guard.js';
import { tempDirs } from '../helpers/temp.js';

const temp = tempDirs('protected');
const bin = resolve('bin/fasilitator.js');
const here = { cwd: '/home/kari/kurs', home: '/home/kari' };

describe('protectedFolder', () => {
  it('names the root, the home folder and the current folder with everything above it', () => {
    expect(protectedFolder('/', here)).toBe('root');
    expect(protectedFolder('/home/kari', here)).toBe('home');
    expect(protectedFolder('/home/kari/', here)).toBe('home');
    expect(protectedFolder('/home/kari/kurs', here)).toBe('current');
    expect(protectedFolder('/home', here)).toBe('current');
  });

  it('lets ordinary folders through, also beside and below the current one', () => {
    expect(protectedFolder('/home/kari/kurs/dist', here)).toBeUndefined();
    expect(protectedFolder('/home/kari/kursmappe', here)).toBeUndefined();
    expect(protectedFolder('/home/kari/annet', here)).toBeUndefined();
    expect(protectedFolder('/tmp/dist', here)).toBeUndefined();
  });
});

describe('commands with --force', () => {
  /** A folder holding a user's file, with the command run from a folder inside it. */
  function userFolder(): { parent: string; inside: string; file: string } {
    const parent = temp();
    const inside = join(parent, 'arbeid');
    mkdirSync(inside);
    const file = join(parent, 'viktig.txt');
    writeFileSync(file, 'mitt');
    return { parent, inside, file };
  }

  it('site refuses to replace the folder above the one it runs in (exit 2), and writes nothing', () => {
    const { inside, file, parent } = userFolder();
    const result = spawnSync(process.execPath, [bin, 'site', '-o', '..', '--force'], { cwd: inside, encoding: 'utf8', env: { ...process.env, FASILITATOR_CACHE: 'off' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('heller ikke med --force');
    expect(existsSync(file)).toBe(true);
    expect(readdirSync(parent).sort()).toEqual(['arbeid', 'viktig.txt']);
  });

  it('build refuses to replace the session folder the command runs in (exit 1), and keeps it', () => {
    const { parent } = userFolder();
    const session = join(parent, 'kort-intro-praksis');
    mkdirSync(session);
    writeFileSync(join(session, 'notater.txt'), 'mine');
    const result = spawnSync(process.execPath, [bin, 'build', resolve('plans/kort-intro-praksis.yaml'), '-o', '..', '--force'], { cwd: session, encoding: 'utf8', env: { ...process.env, FASILITATOR_CACHE: 'off' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('mappen du står i');
    expect(readdirSync(session)).toEqual(['notater.txt']);
  });
});

describe('something other than a folder where the output folder would go', () => {
  it('is never replaced, not even with --force: a file stays a file, a link stays a link', async () => {
    const { emitFolder, NotAFolderError } = await import('../../src/emit/emit.js');
    const dir = temp();
    const file = join(dir, 'kurs');
    writeFileSync(file, 'mitt dokument');
    const target = join(dir, 'mappe');
    mkdirSync(target);
    const link = join(dir, 'lenke');
    symlinkSync(target, link);
    for (const path of [file, link]) {
      await expect(emitFolder(path, async () => {}, { force: true })).rejects.toBeInstanceOf(NotAFolderError);
    }
    expect(readFileSync(file, 'utf8')).toBe('mitt dokument');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['kurs', 'lenke', 'mappe']);
  });

  it('site --force on a file is exit 2 and leaves the file alone', () => {
    const dir = temp();
    const file = join(dir, 'kurs');
    writeFileSync(file, 'mitt dokument');
    const result = spawnSync(process.execPath, [bin, 'site', '-o', file, '--force'], { cwd: dir, encoding: 'utf8', env: { ...process.env, FASILITATOR_CACHE: 'off' } });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('er ikke en mappe');
    expect(readFileSync(file, 'utf8')).toBe('mitt dokument');
  });
});
