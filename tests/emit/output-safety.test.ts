// A build deletes or overwrites only what fasilitator made; bad output paths are usage errors;
// write failures are the machine's (exit 3) and name the folder. Run in-process through run().
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { emitFolder, OldNotRemovableError } from '../../src/emit/emit.js';
import { isPlainFolderName, writeFailure } from '../../src/emit/guard.js';
import { nb } from '../../src/i18n/nb.js';

const PLAN = 'plans/kort-intro-praksis.yaml';
const tmp = (): string => mkdtempSync(join(tmpdir(), 'fasilitator-safety-'));

async function cli(...argv: string[]) {
  const output = memoryOutput();
  const code = await run(argv, output, {});
  return { code, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
}

function noTrace(text: string): void {
  expect(text).not.toMatch(/\bat .*\.(ts|js):\d+/);
  expect(text).not.toContain('Noe gikk galt inne i fasilitator');
}

/** `chattr +i` makes a folder immutable even for root; the tests that need it are skipped where it is missing. */
const immutable: string[] = [];
function lock(path: string): boolean {
  const ok = spawnSync('chattr', ['+i', path]).status === 0;
  if (ok) immutable.push(path);
  return ok;
}
afterEach(() => {
  for (const path of immutable.splice(0)) spawnSync('chattr', ['-i', path]);
});

describe('plan names', () => {
  it.each([
    ['..yaml', '.'],
    ['...yaml', '..'],
    ['index.html.yaml', 'index.html'],
    ['INDEX.HTML.yaml', 'INDEX.HTML'],
    ['.skjult.yaml', '.skjult'],
  ])('refuses %s (folder %s) and leaves the output folder alone', async (file, folder) => {
    const dir = tmp();
    const out = join(dir, 'ut');
    mkdirSync(out);
    writeFileSync(join(out, 'mine.txt'), 'mitt');
    copyFileSync(PLAN, join(dir, file));
    const { code, stderr } = await cli('build', join(dir, file), '-o', out);
    expect(code).toBe(1);
    expect(stderr).toContain(`mappenavnet «${folder}»`);
    noTrace(stderr);
    expect(readdirSync(out)).toEqual(['mine.txt']);
    expect(readdirSync(dir).sort()).toEqual([file, 'ut'].sort());
    const check = await cli('check', join(dir, file));
    expect(check.code).toBe(1);
  });

  it('accepts ordinary names and refuses separators, hidden and reserved names', () => {
    for (const name of ['kort-intro', 'Personalmøte 2026', 'kk1.v2']) expect(isPlainFolderName(name)).toBe(true);
    for (const name of ['', '.', '..', 'a/b', 'a\\b', 'nul', 'CON.txt', 'index.html', 'slutt.', 'tab\there']) expect(isPlainFolderName(name)).toBe(false);
  });

  it('refuses two plans with the same file name before anything is written', async () => {
    const dir = tmp();
    for (const sub of ['a', 'b']) {
      mkdirSync(join(dir, sub));
      copyFileSync(PLAN, join(dir, sub, 'kurs.yaml'));
    }
    const out = join(dir, 'ut');
    const { code, stderr, stdout } = await cli('build', join(dir, 'a', 'kurs.yaml'), join(dir, 'b', 'kurs.yaml'), '-o', out);
    expect(code).toBe(1);
    expect(stderr).toContain('ville begge blitt bygget til mappen «kurs»');
    expect(stdout).not.toContain('bygget');
    expect(existsSync(out)).toBe(false);
  });
});

describe('folders fasilitator did not make', () => {
  it('never replaces a folder without its marker, unless --force', async () => {
    const out = tmp();
    mkdirSync(join(out, 'kort-intro-praksis'));
    writeFileSync(join(out, 'kort-intro-praksis', 'viktig.docx'), 'mitt');
    const refused = await cli('build', PLAN, '-o', out);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('er ikke laget av fasilitator');
    expect(refused.stderr).toContain('--force');
    expect(readdirSync(join(out, 'kort-intro-praksis'))).toEqual(['viktig.docx']);
    expect(existsSync(join(out, 'index.html'))).toBe(false);

    const forced = await cli('build', PLAN, '-o', out, '--force');
    expect(forced.code, forced.stderr).toBe(0);
    expect(existsSync(join(out, 'kort-intro-praksis', 'viktig.docx'))).toBe(false);
    // Now it is ours: a rebuild needs no --force.
    expect((await cli('build', PLAN, '-o', out)).code).toBe(0);
  });

  it('never writes over an index.html someone else made (`-o .` in a project)', async () => {
    const out = tmp();
    writeFileSync(join(out, 'index.html'), '<h1>Prosjektets egen side</h1>');
    const { code, stderr } = await cli('build', PLAN, '-o', out);
    expect(code).toBe(1);
    expect(stderr).toContain('index.html finnes allerede og er ikke laget av fasilitator');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toBe('<h1>Prosjektets egen side</h1>');
    expect(readdirSync(out)).toEqual(['index.html']);
  });

  it('keeps a folder that is ours but holds a file that is not a deck', async () => {
    const out = tmp();
    mkdirSync(join(out, 'docs'));
    writeFileSync(join(out, 'docs', 'README.md'), 'prosjektdok');
    const plan = join(out, 'docs.yaml');
    copyFileSync(PLAN, plan);
    const { code } = await cli('build', plan, '-o', out);
    expect(code).toBe(1);
    expect(readFileSync(join(out, 'docs', 'README.md'), 'utf8')).toBe('prosjektdok');
  });
});

describe('bad output and content paths are usage errors (exit 2)', () => {
  const file = (): string => {
    const path = join(tmp(), 'en-fil.txt');
    writeFileSync(path, 'x');
    return path;
  };
  it.each([
    ['-o pointing at a file', () => ['build', PLAN, '-o', file()], 'er ikke en mappe'],
    ['-o /dev/null', () => ['build', PLAN, '-o', '/dev/null'], 'er ikke en mappe'],
    ["-o ''", () => ['build', PLAN, '-o', ''], 'trenger et mappenavn'],
    ['--decks missing in build', () => ['build', PLAN, '--decks', '/finnes/ikke'], 'finner ikke mappen'],
    ['--decks missing in check --content', () => ['check', '--content', '--decks', '/finnes/ikke'], 'finner ikke mappen'],
    ['--decks missing in list', () => ['list', '--decks', '/finnes/ikke'], 'finner ikke mappen'],
  ])('%s', async (_name, argv, text) => {
    const cwdBefore = readdirSync('.').sort();
    const { code, stderr } = await cli(...argv());
    expect(code).toBe(2);
    expect(stderr).toContain(text);
    noTrace(stderr);
    expect(readdirSync('.').sort()).toEqual(cwdBefore);
  });
});

describe('write failures are the machine (exit 3), named, and leave nothing behind', () => {
  it('an output folder that cannot be written to', async (context) => {
    const out = tmp();
    if (!lock(out)) context.skip();
    const { code, stderr } = await cli('build', PLAN, '-o', out);
    expect(code).toBe(3);
    expect(stderr).toContain(`kan ikke skrive til ${out}`);
    noTrace(stderr);
  });

  it('an old deck that cannot be removed: exit 3, the old deck untouched, no .old-* folder', async (context) => {
    const out = tmp();
    expect((await cli('build', PLAN, '-o', out)).code).toBe(0);
    const before = readFileSync(join(out, 'kort-intro-praksis', 'index.html'), 'utf8');
    if (!lock(join(out, 'kort-intro-praksis', 'assets'))) context.skip();
    const { code, stderr } = await cli('build', PLAN, '-o', out);
    expect(code).toBe(3);
    expect(stderr).toContain('kan ikke fjerne forrige versjon');
    noTrace(stderr);
    expect(readFileSync(join(out, 'kort-intro-praksis', 'index.html'), 'utf8')).toBe(before);
    expect(readdirSync(out).filter((name) => name.startsWith('.'))).toEqual([]);
  });

  it('emitFolder refuses before writing when the old folder cannot be removed', async (context) => {
    const out = tmp();
    mkdirSync(join(out, 'plan', 'sub'), { recursive: true });
    writeFileSync(join(out, 'plan', '.fasilitator'), '{}');
    if (!lock(join(out, 'plan', 'sub'))) context.skip();
    let filled = false;
    await expect(emitFolder(join(out, 'plan'), async () => void (filled = true))).rejects.toBeInstanceOf(OldNotRemovableError);
    expect(filled).toBe(false);
    expect(readdirSync(out)).toEqual(['plan']);
  });

  it.each(['ENOSPC', 'EACCES', 'EROFS', 'EDQUOT'])('%s becomes a bokmål message naming the folder', (code) => {
    const error = Object.assign(new Error(`${code}: raw`), { code });
    const explained = writeFailure(error, 'dist', nb);
    expect(explained?.message).toMatch(/^kan ikke skrive til dist \(.+\)$/);
    expect(explained?.message).not.toContain(code);
  });

  it('a full disk while writing: the previous deck stays, no temporary folder is left', async () => {
    const out = tmp();
    mkdirSync(join(out, 'plan'));
    writeFileSync(join(out, 'plan', '.fasilitator'), '{}');
    const full = Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' });
    await expect(emitFolder(join(out, 'plan'), async (dir) => {
      mkdirSync(dir);
      throw full;
    })).rejects.toBe(full);
    expect(readdirSync(out)).toEqual(['plan']);
    expect(writeFailure(full, out, nb)?.message).toBe(`kan ikke skrive til ${out} (disken er full)`);
  });
});
