// Arguments a command does not take are usage errors (exit 2) in words, never ignored or hung on.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { tempDirs } from '../helpers/temp.js';

const temp = tempDirs('positionals');

async function usage(argv: string[]): Promise<string> {
  const output = memoryOutput();
  expect(await run(argv, output, {}), argv.join(' ')).toBe(2);
  return output.stderr.join('\n');
}

describe('extra and wrong arguments', () => {
  it('refuses a second plan for dev, a second folder for serve, a second module for list and a second file for new', async () => {
    expect(await usage(['dev', 'a.yaml', 'b.yaml'])).toContain('for mange argumenter: «b.yaml»');
    expect(await usage(['serve', 'dist', 'annen'])).toContain('«annen»');
    expect(await usage(['list', 'kk1', 'kk2'])).toContain('«kk2»');
    expect(await usage(['new', 'a.yaml', 'b.yaml', '--introduction', 'short', '--track', 'praksis', '-y'])).toContain('«b.yaml»');
    expect(await usage(['doctor', 'noe'])).toContain('«noe»');
  });

  it('refuses to serve a file instead of a folder, and says what to give', async () => {
    const file = join(temp(), 'lysark.html');
    writeFileSync(file, '<p>hei</p>');
    const said = await usage(['serve', file]);
    expect(said).toContain(`${file} er en fil, ikke en mappe`);
    expect(said).toContain('fasilitator serve dist');
  });

  it('says it in English with --lang en', async () => {
    expect(await usage(['list', 'kk1', 'kk2', '--lang', 'en'])).toContain('too many arguments: “kk2”');
  });
});

describe('a content folder with no modules', () => {
  it('is an error for list and check --content (exit 1), never an empty success', async () => {
    const empty = temp();
    for (const argv of [['list', '--decks', empty], ['check', '--content', '--no-spelling', '--decks', empty]]) {
      const output = memoryOutput();
      expect(await run(argv, output, {}), argv.join(' ')).toBe(1);
      expect(output.stderr.join('\n')).toContain(`fant ingen moduler i ${empty}`);
    }
  });
});
