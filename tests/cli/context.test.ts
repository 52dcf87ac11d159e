// workspaceFor: the folders a command works with. The bundled decks by default; --decks relative
// to the current folder; a --decks that is not a folder is a usage error (exit 2) in plain words.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { workspaceFor, type CommandContext } from '../../src/cli/context.js';
import { noCache } from '../../src/content/parse-cache.js';
import { UsageError } from '../../src/errors.js';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import { paths } from '../../src/paths.js';
import { memoryOutput } from '../../src/terminal/output.js';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

const ctx = (overrides: Partial<CommandContext> = {}): Parameters<typeof workspaceFor>[1] => ({ output: memoryOutput(), t: nb, env: {}, ...overrides });
const args = (decks?: string) => ({ values: decks === undefined ? {} : { decks }, positionals: [] });

function usageError(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    if (error instanceof UsageError) return error;
    throw error;
  }
  throw new Error('expected a UsageError');
}

describe('workspaceFor', () => {
  it('uses the bundled decks, templates and runtime without --decks', () => {
    const workspace = workspaceFor(args(), ctx());
    expect(workspace).toMatchObject({ decksDir: paths.decks, templatesDir: paths.templates, runtimeDir: paths.runtime, t: nb });
    expect(workspace).not.toHaveProperty('lang');
  });

  it('resolves --decks against the current folder, absolute or relative', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fasilitator-decks-'));
    made.push(dir);
    expect(workspaceFor(args(dir), ctx()).decksDir).toBe(dir);
    const rel = relative(process.cwd(), dir);
    expect(workspaceFor(args(rel), ctx()).decksDir).toBe(resolve(rel));
    expect(workspaceFor(args('tests/fixtures/decks-render'), ctx()).decksDir).toBe(resolve('tests/fixtures/decks-render'));
    // Templates and runtime stay the package's own whatever the content folder.
    expect(workspaceFor(args(dir), ctx())).toMatchObject({ templatesDir: paths.templates, runtimeDir: paths.runtime });
  });

  it('refuses a --decks that is missing, a file or empty, saying what to do, in the chosen language', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fasilitator-decks-'));
    made.push(dir);
    const file = join(dir, 'sources.yaml');
    writeFileSync(file, '');
    for (const decks of [join(dir, 'finnes-ikke'), file, '']) {
      const error = usageError(() => workspaceFor(args(decks), ctx()));
      expect(error.message).toBe(nb.safety.decksMissing(decks));
      expect(error.hint).toBe(nb.safety.decksHint);
    }
    expect(usageError(() => workspaceFor(args(join(dir, 'x')), ctx({ t: en }))).message).toBe(en.safety.decksMissing(join(dir, 'x')));
  });

  it('passes --lang on, and turns the parse cache off when asked', () => {
    const workspace = workspaceFor(args(), ctx({ t: en, lang: 'en', env: { FASILITATOR_CACHE: 'off' } }));
    expect(workspace.lang).toBe('en');
    expect(workspace.t).toBe(en);
    expect(workspace.parseCache).toBe(noCache);
  });
});
