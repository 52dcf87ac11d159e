// Hostile or unlucky YAML in every place fasilitator reads it: plans, module.yaml, slide settings
// and sources.yaml. Each case exits 1 with file:line:col and a bokmål tip, never 70 or a trace.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { tooDeepAt } from '../../src/yaml/parse.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'fasilitator-yaml-'));

async function cli(...argv: string[]) {
  const output = memoryOutput();
  const code = await run(argv, output, {});
  return { code, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
}

function expectUserError(result: { code: number; stderr: string }, position: RegExp, words: string): void {
  expect(result.code, result.stderr).toBe(1);
  expect(result.stderr).toMatch(position);
  expect(result.stderr).toContain(words);
  expect(result.stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
  expect(result.stderr).not.toContain('Noe gikk galt inne i fasilitator');
  // The yaml package's English never reaches the planner.
  expect(result.stderr).not.toMatch(/please use|cannot be an empty string|Maximum call stack|Unresolved alias|resource exhaustion/i);
}

const BASE = 'introduction: short\ntrack: praksis\n';
const bomb = ['a: &a ["x","x","x","x","x","x","x","x","x"]', ...'bcdefgh'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefgh'[i]}`).join(',')}]`)].join('\n');

describe('plans', () => {
  it.each([
    ['Markdown emphasis read as an alias', `title: *Viktig*\n${BASE}`, /plan\.yaml:1:8 /, '«*Viktig*» blir lest som en YAML-henvisning'],
    ['an ampersand read as an anchor', `title: &Co\n${BASE}`, /plan\.yaml:1:8 /, '«&Co» blir lest som et YAML-anker'],
    ['an alias bomb', `${BASE}${bomb}\n`, /plan\.yaml:3:4 /, 'YAML-anker'],
    ['an empty alias', `title: *\n${BASE}`, /plan\.yaml:1:8 /, 'en * eller & står alene'],
    ['two documents', `${BASE}---\ntitle: To\n`, /plan\.yaml:3:1 /, 'mer enn ett YAML-dokument'],
    ['deep flow nesting', `${BASE}title: ${'['.repeat(5000)}${']'.repeat(5000)}\n`, /plan\.yaml:3:\d+ /, 'for mange nivåer'],
    ['deep block nesting', `${BASE}${Array.from({ length: 300 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n')} x\n`, /plan\.yaml:\d+:1 /, 'for mange nivåer'],
    ['.nan as minutes', `${BASE}breaks:\n  - after: intro\n    minutes: .nan\n`, /plan\.yaml:5:14 /, 'ikke et tall (.nan)'],
    ['a fraction as competency', 'introduction: short\ntrack: praksis\ncompetencies: [1.5]\n', /plan\.yaml:3:16 /, 'skal være et helt tall'],
    ['end before start', `${BASE}start: "10:00"\nend: "09:00"\n`, /plan\.yaml:4:6 /, 'er ikke etter start'],
  ])('%s', async (_name, text, position, words) => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.yaml'), text);
    const result = await cli('check', join(dir, 'plan.yaml'));
    expectUserError(result, position, words);
    if (words.includes('YAML') || words.includes('nivåer') || words.includes('alene')) expect(result.stderr).toContain('tips:');
  });

  it('reads a file that ends in a lone carriage return', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.yaml'), 'introduction: short\r\ntrack: praksis\r');
    const { code, stderr } = await cli('check', join(dir, 'plan.yaml'));
    expect(stderr).not.toContain('ukjent spor');
    expect(code).toBe(0);
  });

  it('reports a wrong track and a wrong break target in the same pass', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.yaml'), 'introduction: short\ntrack: praxis\nbreaks:\n  - after: ingensteds\n    minutes: 5\n');
    const { code, stderr } = await cli('check', join(dir, 'plan.yaml'));
    expect(code).toBe(1);
    expect(stderr).toContain('PLAN_INVALID_VALUE');
    expect(stderr).toContain('PLAN_BREAK_TARGET');
    expect(stderr).toContain('2 feil');
  });

  it('refuses a plan larger than 1 MB with a clear message, quickly', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.yaml'), `${BASE}${'# fyll\n'.repeat(200_000)}`);
    const result = await cli('check', join(dir, 'plan.yaml'));
    expectUserError(result, /plan\.yaml:1:1 /, 'for stor for en plan');
  });

  it('reports thousands of breaks as one issue', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'plan.yaml'), `${BASE}breaks:\n${'  - {afte: intro, minutes: 1}\n'.repeat(5000)}`);
    const result = await cli('check', join(dir, 'plan.yaml'));
    expectUserError(result, /plan\.yaml:3:1 /, 'har mer enn 100 elementer');
  });

  it('goes on with the other plans of a build when one has an alias', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'alias.yaml'), `title: *Viktig*\n${BASE}`);
    const out = join(dir, 'ut');
    const { code, stdout } = await cli('build', join(dir, 'alias.yaml'), 'plans/kort-intro-praksis.yaml', '-o', out);
    expect(code).toBe(1);
    expect(stdout).toContain('1 bygget, 1 feilet');
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('kort-intro-praksis/');
  });

  it('finds nesting in one pass and ignores brackets in quotes and comments', () => {
    // The key is one level, each bracket one more.
    expect(tooDeepAt('a: [[[1]]]', 4)).toBe(undefined);
    expect(tooDeepAt('a: [[[[1]]]]', 4)).toBe(6);
    expect(tooDeepAt(`a: "${'['.repeat(100)}"  # ${'{'.repeat(100)}`, 4)).toBe(undefined);
    expect(tooDeepAt('a:\n  b:\n    c: 1\n', 3)).toBe(undefined);
    expect(tooDeepAt('a:\n  b:\n    c:\n      d: 1\n', 3)).toBeGreaterThan(0);
  });
});

describe('content YAML', () => {
  function decks(): string {
    const dir = join(tmp(), 'decks');
    cpSync('decks', dir, { recursive: true });
    return dir;
  }
  const edit = (path: string, change: (text: string) => string): void => writeFileSync(path, change(readFileSync(path, 'utf8')));

  it.each([
    ['module.yaml', (d: string) => edit(join(d, 'kort-intro', 'module.yaml'), (text) => text.replace('title: Kort introduksjon', 'title: *Kort*')), /kort-intro\/module\.yaml:\d+:8 /, 'YAML-henvisning'],
    ['module.yaml, alias followed by text', (d: string) => edit(join(d, 'kort-intro', 'module.yaml'), (text) => text.replace('title: Kort introduksjon', 'title: *Kort* introduksjon')), /kort-intro\/module\.yaml:\d+:15 /, 'sett hele teksten i anførselstegn'.replace('sett', 'Sett')],
    ['slide settings', (d: string) => edit(join(d, 'kort-intro', '01-velkommen.md'), (text) => text.replace('class: center', 'class: &center')), /kort-intro\/01-velkommen\.md:3:8 /, 'YAML-anker'],
    ['sources.yaml', (d: string) => edit(join(d, 'sources.yaml'), (text) => text.replace('short: "Oslo kommune (u.å.)"', 'short: *Oslo*')), /sources\.yaml:\d+:10 /, 'YAML-henvisning'],
    ['module.yaml with two documents', (d: string) => edit(join(d, 'kort-intro', 'module.yaml'), (text) => `${text}---\ntitle: x\n`), /kort-intro\/module\.yaml:\d+:1 /, 'mer enn ett YAML-dokument'],
  ])('%s', async (_name, breakIt, position, words) => {
    const dir = decks();
    breakIt(dir);
    const result = await cli('check', 'plans/kort-intro-praksis.yaml', '--decks', dir);
    expectUserError(result, position, words);
    const content = await cli('check', '--content', '--no-spelling', '--decks', dir);
    expectUserError(content, position, words);
    const list = await cli('list', '--decks', dir);
    expect(list.code).not.toBe(70);
  });
});

describe('FIFO as a plan', () => {
  it('is refused without reading (no hang)', async (context) => {
    const { spawnSync } = await import('node:child_process');
    const dir = tmp();
    const fifo = join(dir, 'plan.yaml');
    if (spawnSync('mkfifo', [fifo]).status !== 0) context.skip();
    mkdirSync(join(dir, 'ut'));
    const result = await cli('check', fifo);
    expectUserError(result, /plan\.yaml:1:1 /, 'er ikke en vanlig fil');
  });
});
