// The pipeline runs one way: each stage imports only the stages before it and the shared leaf
// modules below all. This test reads every import in src/ and fails on one that points back.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = resolve('src');

/**
 * Layers from the bottom up; a file may import its own layer and any layer below it.
 * The first layer is the shared leaf modules (errors, messages, YAML, clock, terminal text);
 * pipeline.ts chains plan → render; site/ is a command-level feature built on emit/export;
 * cli/ starts everything, including the dev server.
 */
const LAYERS: readonly (readonly string[])[] = [
  ['errors', 'i18n', 'suggest', 'paths', 'source', '_zod-issues', 'time', 'yaml', 'terminal', 'html', 'files'],
  ['plan'],
  ['content'],
  ['compose'],
  ['schedule'],
  ['render'],
  ['pipeline'],
  ['emit', 'export', 'serve', 'lint', 'doctor'],
  ['site'],
  ['dev'],
  ['cli'],
];
/** The browser runtime is its own program: it may use the pure shared code and scheduling, nothing with I/O. */
const CLIENT_MAY_IMPORT = new Set(['client', 'schedule', 'time', 'i18n', 'html']);

/**
 * Deliberate exceptions, each one import (from → to, relative to src/) with the reason.
 * Keep this list short; an entry that no longer occurs fails the test so it cannot linger.
 */
const EXCEPTIONS: ReadonlyMap<string, string> = new Map([
  // The data the renderer embeds in the start page and the start page's script reads: a type-only
  // contract, so the browser bundle takes no code from render/.
  ['client/start/main.ts → render/start-data.ts', 'type-only contract between renderer and browser'],
]);

function unit(file: string): string {
  const path = relative(SRC, file).split('\\').join('/');
  const first = path.split('/')[0]!;
  return first.replace(/\.ts$/, '');
}

function layerOf(name: string): number {
  return LAYERS.findIndex((layer) => layer.includes(name));
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:import|export)\s[^'"]*?from\s+'(\.{1,2}\/[^']+)'|import\(\s*'(\.{1,2}\/[^']+)'\s*\)|import\s+'(\.{1,2}\/[^']+)'/g)].map((m) => resolve(dirname(file), (m[1] ?? m[2] ?? m[3])!.replace(/\.js$/, '.ts')));
}

describe('the pipeline runs one way', () => {
  const all = files(SRC);

  it('knows every folder and top-level file in src/', () => {
    const unknown = [...new Set(all.map(unit))].filter((name) => name !== 'client' && layerOf(name) < 0);
    expect(unknown).toEqual([]);
  });

  it('has no import that points to a later stage', () => {
    const wrong: string[] = [];
    const excepted = new Set<string>();
    for (const file of all) {
      const from = unit(file);
      for (const target of imports(file)) {
        const to = unit(target);
        if (to === from) continue;
        const ok = from === 'client' ? CLIENT_MAY_IMPORT.has(to) : to !== 'client' && layerOf(to) <= layerOf(from);
        if (ok) continue;
        const edge = `${relative(SRC, file).split('\\').join('/')} → ${relative(SRC, target).split('\\').join('/')}`;
        if (EXCEPTIONS.has(edge)) excepted.add(edge);
        else wrong.push(edge);
      }
    }
    expect(wrong).toEqual([]);
    expect([...EXCEPTIONS.keys()].filter((edge) => !excepted.has(edge))).toEqual([]);
  });

  it('reads the imports it judges', () => {
    // Guards the regular expression: a file known to import across layers must show up.
    const pipeline = imports(join(SRC, 'pipeline.ts')).map((target) => unit(target));
    expect(pipeline).toEqual(expect.arrayContaining(['plan', 'content', 'compose', 'schedule', 'render']));
  });
});
