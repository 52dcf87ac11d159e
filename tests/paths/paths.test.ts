// Where the package finds its own folders (templates, runtime, bundled decks, schema): from src/
// when running the TypeScript (tests, tsx), and from lib/ when running the built CLI — relative to
// the code, never to the current folder. The lib/ case runs a copy of the built package from
// another folder, with its own (fixture) decks, so the folders it finds can only be its own.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadLibrary } from '../../src/content/load.js';
import { nb } from '../../src/i18n/nb.js';
import { packageRoot, paths } from '../../src/paths.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

describe('paths from src/', () => {
  it('puts the package root one level above src/, where package.json is', () => {
    expect(packageRoot).toBe(resolve('src', '..'));
    expect(JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8'))).toMatchObject({ name: 'fasilitator' });
  });

  it('finds the templates, the browser runtime, the bundled decks and the plan schema', () => {
    expect(paths.templates).toBe(join(packageRoot, 'templates'));
    expect(paths.runtime).toBe(join(packageRoot, 'runtime'));
    expect(paths.decks).toBe(join(packageRoot, 'decks'));
    expect(existsSync(join(paths.decks, 'sources.yaml'))).toBe(true);
    expect(JSON.parse(readFileSync(paths.schema, 'utf8'))).toHaveProperty('properties');
    expect(existsSync(paths.templates)).toBe(true);
    expect(existsSync(paths.runtime)).toBe(true);
  });
});

describe('paths from lib/ (the built CLI)', () => {
  /** A copy of the package with the render fixture as its bundled decks; node_modules shared. */
  function packageCopy(): { pkg: string; elsewhere: string } {
    // lib/ is made by `npm run build` (npm test runs it first).
    expect(existsSync('lib/cli.js'), 'lib/cli.js is missing: run npm run build').toBe(true);
    const root = mkdtempSync(join(tmpdir(), 'fasilitator-paths-'));
    made.push(root);
    const pkg = join(root, 'pakke');
    mkdirSync(pkg);
    for (const part of ['bin', 'lib', 'runtime', 'templates', 'schema', 'package.json']) cpSync(part, join(pkg, part), { recursive: true });
    cpSync('tests/fixtures/decks-render', join(pkg, 'decks'), { recursive: true });
    symlinkSync(resolve('node_modules'), join(pkg, 'node_modules'), 'dir');
    const elsewhere = join(root, 'et-annet-sted');
    mkdirSync(elsewhere);
    return { pkg, elsewhere };
  }

  const cli = (pkg: string, cwd: string, args: string[]) =>
    spawnSync(process.execPath, [join(pkg, 'bin', 'fasilitator.js'), ...args], { cwd, encoding: 'utf8', env: { ...process.env, FASILITATOR_CACHE: 'off', NO_COLOR: '1' } });

  it('reads the decks bundled beside lib/, not the ones in the current folder or the source tree', async () => {
    const { pkg, elsewhere } = packageCopy();
    // The course content in the current folder, where a cwd-relative lookup would find it.
    cpSync(paths.decks, join(elsewhere, 'decks'), { recursive: true });
    const result = cli(pkg, elsewhere, ['list']);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain('Visningsintro');
    const real = await loadLibrary(paths.decks, nb);
    for (const module of real.library.modules) expect(result.stdout).not.toContain(module.title);
  });

  it('builds with the templates and runtime beside lib/, from any folder', () => {
    const { pkg, elsewhere } = packageCopy();
    const plan = resolve('tests/fixtures/plans/render/visning.yaml');
    const result = cli(pkg, elsewhere, ['build', plan, '-o', 'ut']);
    expect(result.status, result.stderr).toBe(0);
    const built = join(elsewhere, 'ut', 'visning');
    expect(readFileSync(join(built, 'assets', 'fasilitator.js'), 'utf8')).toBe(readFileSync(join(pkg, 'runtime', 'fasilitator.js'), 'utf8'));
    expect(readFileSync(join(built, 'index.html'), 'utf8')).toContain('Prøveøkt for visning');
  });

  it('reports the version of the package it runs from', () => {
    const { pkg, elsewhere } = packageCopy();
    const result = cli(pkg, elsewhere, ['--version']);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toBe((JSON.parse(readFileSync(join(pkg, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
