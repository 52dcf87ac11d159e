// Property: whatever a planner does to a plan file (typos, stray YAML characters, lines moved,
// doubled or cut), `check` answers 0 or 1 with a message, never 70 (a bug) or a stack trace.
// Runs in-process through run(); the number of runs is bounded so the test stays quick.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';

const PLANS = readdirSync('plans').filter((name) => name.endsWith('.yaml')).map((name) => readFileSync(join('plans', name), 'utf8'));
const NASTY = ['*', '&', ':', ': ', '- ', '[', ']', '{', '}', '#', '"', "'", '\t', '\n', '---\n', '!!binary ', '!', '|', '>', '%', '@', '`', '\\', '.nan', '1e999', '-1', '0', '99999', '25:99', '2026-02-31', 'null', '~', '<script>', '../', 'æøå', '\u0000', '\ufeff'];
const KEYS = ['title', 'date', 'start', 'end', 'introduction', 'track', 'competencies', 'breaks', 'after', 'at', 'minutes', 'timer', 'overlay', 'language', 'theme', 'facilitators'];

type Mutation = (text: string) => string;

const at = (text: string, position: number): number => (text.length === 0 ? 0 : position % (text.length + 1));
const lines = (text: string): string[] => text.split('\n');

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.tuple(fc.nat(), fc.constantFrom(...NASTY)).map(([p, piece]): Mutation => (text) => text.slice(0, at(text, p)) + piece + text.slice(at(text, p))),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 8 })).map(([p, n]): Mutation => (text) => text.slice(0, at(text, p)) + text.slice(at(text, p) + n)),
  fc.nat().map((p): Mutation => (text) => {
    const all = lines(text);
    const i = p % all.length;
    return [...all.slice(0, i + 1), all[i]!, ...all.slice(i + 1)].join('\n');
  }),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (text) => {
    const all = lines(text);
    const [i, j] = [a % all.length, b % all.length];
    [all[i], all[j]] = [all[j]!, all[i]!];
    return all.join('\n');
  }),
  fc.tuple(fc.constantFrom(...KEYS), fc.oneof(fc.constantFrom(...NASTY), fc.string({ maxLength: 12 }), fc.integer().map(String))).map(
    ([key, value]): Mutation =>
      (text) => text.replace(new RegExp(`^(\\s*-?\\s*${key}:).*$`, 'm'), `$1 ${value}`),
  ),
  fc.nat().map((p): Mutation => (text) => text.slice(0, at(text, p))),
);

describe('check on mutated example plans', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fasilitator-fuzz-'));
  let n = 0;

  it('never exits 70 or prints a stack trace', async () => {
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...PLANS), fc.array(mutation, { minLength: 1, maxLength: 4 }), async (plan, mutations) => {
        const text = mutations.reduce((current, mutate) => mutate(current), plan);
        const file = join(dir, `plan-${n++}.yaml`);
        writeFileSync(file, text);
        const output = memoryOutput();
        const code = await run(['check', file], output, {});
        codes.set(code, (codes.get(code) ?? 0) + 1);
        const stderr = output.stderr.join('\n');
        expect(stderr).not.toContain('Noe gikk galt inne i fasilitator');
        expect(stderr).not.toMatch(/\n\s+at .+\.(ts|js):\d+/);
        expect([0, 1]).toContain(code);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 120), seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
    if (process.env.FUZZ_REPORT) console.log('exit codes:', Object.fromEntries(codes));
    // Most mutations break the plan: the test really exercises the error paths.
    expect(codes.get(1) ?? 0).toBeGreaterThan(0);
  });
});
