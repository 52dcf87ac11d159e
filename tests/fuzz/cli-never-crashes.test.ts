// Property: whatever a user types on the command line (any command, flags in any order, hostile
// values, paths that cannot be written), fasilitator answers 0, 1, 2 or 3 with a message, never
// 70 (a bug), a stack trace or a hang. In-process through run(); servers (serve, dev, --serve)
// and the browser exports are left out: they run until stopped or start Chromium.
import { readFileSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { tempDirs } from '../helpers/temp.js';

const temp = tempDirs('cli-fuzz');
const COMMANDS = ['check', 'list', 'build', 'new', 'site', 'doctor', 'help', 'bygg', ''];
const FLAGS = ['--out', '-o', '--decks', '--files', '--port', '-p', '--force', '--json', '--content', '--no-spelling', '--strict', '--title', '--date', '--start', '--end', '--introduction', '--track', '--competencies', '--break', '--theme', '--lang', '--debug', '--x', '-', '--', '-h', '-v'];
// Paths are only ever inside the run's own temporary folder (OUT), or places nothing can be made
// in: a regression in a guard must not let a fuzz run replace a real folder or a device file.
const VALUES = ['', ' ', 'x', '0', '-1', '99999', '/proc/fasilitator-fuzz', 'OUT', 'OUT/ny', 'OUT/fil', 'OUT/fil/under', resolve('plans/kort-intro-praksis.yaml'), resolve('tests/fixtures/decks-empty'), 'nb', 'en', 'kunnskap', 'short', 'long', '1,2,9', '25:99', '09:00', '2026-02-30', 'after=intro,minutes=x', 'after=kk9,minutes=10', 'æøå', '%s', '<b>', 'a'.repeat(2000)];

describe('the command line', () => {
  it('never exits 70, prints a stack trace or hangs', async () => {
    const codes = new Map<number, number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...COMMANDS), fc.array(fc.tuple(fc.constantFrom(...FLAGS), fc.option(fc.constantFrom(...VALUES))), { maxLength: 4 }), async (command, flags) => {
        const out = temp();
        writeFileSync(join(out, 'fil'), 'en fil');
        // A folder option's relative value is taken inside OUT too, never in the project folder.
        const place = (flag: string, value: string): string => {
          if (value.startsWith('OUT')) return join(out, value.slice(3));
          return ['-o', '--out', '--decks'].includes(flag) && value.trim() !== '' && !isAbsolute(value) ? join(out, value) : value;
        };
        const argv = [command, ...flags.flatMap(([flag, value]) => (value === null ? [flag] : [flag, place(flag, value)]))].filter((arg, i) => i > 0 || arg !== '');
        // Writing commands write into a folder of the test's own unless the flags say otherwise.
        if (['build', 'site'].includes(command) && !argv.includes('-o') && !argv.includes('--out')) argv.push('-o', join(out, 'ut'));
        if (command === 'new') argv.push('-y', join(out, 'plan.yaml'));
        const output = memoryOutput();
        const code = await run(argv, output, { FASILITATOR_CACHE: 'off' });
        // Whatever happened, the file the user had is still there.
        expect(readFileSync(join(out, 'fil'), 'utf8'), argv.join(' ')).toBe('en fil');
        codes.set(code, (codes.get(code) ?? 0) + 1);
        const stderr = output.stderr.join('\n');
        expect(stderr, argv.join(' ')).not.toContain('Noe gikk galt inne i fasilitator');
        expect(stderr, argv.join(' ')).not.toMatch(/\n\s+at .+\.(ts|js):\d+/);
        expect([0, 1, 2, 3], argv.join(' ')).toContain(code);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 80), seed: process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined },
    );
    if (process.env.FUZZ_REPORT) console.log('exit codes:', Object.fromEntries(codes));
    // The runs reach both the happy path and the error paths.
    expect(codes.get(2) ?? 0).toBeGreaterThan(0);
  });
});
