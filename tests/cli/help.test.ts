// The help lists exactly what the parser takes: every option a command accepts is in its help,
// in both languages, and every --flag the help names is one the command accepts.
import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/args.js';
import { run } from '../../src/cli/main.js';
import { commandOptions, COMMAND_OPTIONS, type CommandName } from '../../src/cli/options.js';
import { UsageError } from '../../src/errors.js';
import { LANGUAGES, messagesFor, type Language } from '../../src/i18n/messages.js';
import { memoryOutput } from '../../src/terminal/output.js';

const COMMANDS = Object.keys(COMMAND_OPTIONS) as CommandName[];
const CASES = COMMANDS.flatMap((command) => LANGUAGES.map((lang) => [command, lang] as [CommandName, Language]));

async function help(command: CommandName, lang: Language): Promise<{ code: number; text: string }> {
  const output = memoryOutput();
  const code = await run([command, '--help', '--lang', lang], output, {});
  return { code, text: output.stdout.join('\n') };
}

/** True when the command's parser takes the flag, alone or with a value (for options that want one). */
function accepts(command: CommandName, flag: string, lang: Language): boolean {
  const t = messagesFor(lang);
  return [[flag], [flag, 'x']].some((argv) => {
    try {
      parseCommandArgs(command, argv, t);
      return true;
    } catch (error) {
      if (error instanceof UsageError) return false;
      throw error;
    }
  });
}

/** The lines of the "Valg:/Options:" block. */
function optionBlock(text: string, lang: Language): string[] {
  const lines = text.split('\n');
  const start = lines.indexOf(messagesFor(lang).options.heading);
  expect(start).toBeGreaterThan(0);
  const end = lines.indexOf('', start);
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

describe('help generated from the option definitions', () => {
  it.each(CASES)('fasilitator %s --help (%s) exits 0 and lists every option the parser accepts', async (command, lang) => {
    const { code, text } = await help(command, lang);
    expect(code).toBe(0);
    expect(text).toMatch(new RegExp(`^fasilitator ${command} – `));
    const block = optionBlock(text, lang).join('\n');
    for (const option of commandOptions(command)) {
      expect(accepts(command, `--${option.name}`, lang), `--${option.name}`).toBe(true);
      const flag = option.short ? `-${option.short}, --${option.name}` : `    --${option.name}`;
      expect(block).toMatch(new RegExp(`^  ${flag}(?= |$)`, 'm'));
      if (option.short) expect(accepts(command, `-${option.short}`, lang), `-${option.short}`).toBe(true);
    }
  });

  it.each(CASES)('fasilitator %s --help (%s) names no option the command rejects', async (command, lang) => {
    const { text } = await help(command, lang);
    const named = [...new Set([...text.matchAll(/(?<![\w-])--([a-z][\w-]*)/g)].map((match) => `--${match[1]}`))];
    expect(named.length).toBeGreaterThan(0);
    const rejected = named.filter((flag) => !accepts(command, flag, lang));
    expect(rejected).toEqual([]);
  });

  it.each(CASES)('fasilitator %s --help (%s) aligns the descriptions in one column', async (command, lang) => {
    const { text } = await help(command, lang);
    const lines = optionBlock(text, lang);
    expect(lines.length).toBe(commandOptions(command).length + lines.filter((line) => /^\s+\S/.test(line) && !/^\s+-/.test(line)).length);
    // The column where descriptions start: after a flag on its line, or alone on the next line.
    const columns = lines.map((line) => (/^\s+-/.test(line) ? /^(\s+-\S.*?\S)( {2,})\S/.exec(line) : /^( +)\S/.exec(line)))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => match[0].length - 1);
    expect(columns.length).toBe(commandOptions(command).length);
    expect(new Set(columns).size).toBe(1);
  });

  it('says the default the parser uses', async () => {
    const t = messagesFor('nb');
    for (const command of COMMANDS) {
      const { text } = await help(command, 'nb');
      for (const option of commandOptions(command)) {
        if (option.default === undefined) continue;
        expect(parseCommandArgs(command, [], t).values[option.name]).toBe(option.default);
        const line = optionBlock(text, 'nb').find((entry) => entry.includes(`--${option.name}`))!;
        expect(line).toContain(t.options.default(option.default));
      }
    }
  });

  it('has a help text for `fasilitator help <command>` too, and the main help for anything else', async () => {
    for (const topic of ['check', 'toString', 'nope']) {
      const output = memoryOutput();
      expect(await run(['help', topic], output, {})).toBe(0);
      expect(output.stdout.join('\n')).toMatch(topic === 'check' ? /^fasilitator check – / : /^fasilitator \S+ – .*\n\nBruk:/);
    }
  });
});
