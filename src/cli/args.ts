// Command-line flags with Node's own parser (util.parseArgs): strict, no dependency, and its
// errors turned into UsageErrors worded for people, with did-you-mean for misspelt flags.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { suggest } from '../suggest.js';
import { commandOptions, parserOptions, type CommandName } from './options.js';

export type OptionSpec = NonNullable<ParseArgsConfig['options']>;

export interface ParsedArgs {
  values: Record<string, string | boolean | string[] | undefined>;
  positionals: string[];
}

/** Parses a command's line with the options src/cli/options.ts defines for it (its own and the common ones). */
export function parseCommandArgs(command: CommandName, argv: readonly string[], t: Messages): ParsedArgs {
  const all: OptionSpec = parserOptions(commandOptions(command));
  try {
    const { values, positionals } = parseArgs({ args: [...argv], options: all, allowPositionals: true, strict: true });
    return { values: values as ParsedArgs['values'], positionals };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message = error instanceof Error ? error.message : String(error);
    const flag = /'([^']+)'/.exec(message)?.[1] ?? '';
    const name = /--([\w-]+)/.exec(flag)?.[1] ?? flag.replace(/^-+/, '');
    const names = Object.keys(all);
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const guess = suggest(name, names);
      throw new UsageError(t.cli.unknownOption(flag), guess ? `${t.didYouMean(`--${guess}`)} ${t.cli.seeHelp(command)}` : t.cli.seeHelp(command), command);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const wantsValue = all[name]?.type === 'string';
      throw new UsageError(wantsValue ? t.cli.missingValue(`--${name}`) : t.cli.unexpectedValue(`--${name}`), t.cli.seeHelp(command), command);
    }
    throw new UsageError(message, t.cli.seeHelp(command), command);
  }
}

export function stringOption(args: ParsedArgs, name: string): string | undefined {
  const value = args.values[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The positional arguments (plans, a folder, a module), at most `most` of them: more is a usage
 * error that names the first one too many, never silently ignored.
 */
export function positionals(args: ParsedArgs, most: number, command: CommandName, t: Messages): readonly string[] {
  const extra = args.positionals[most];
  if (extra !== undefined) throw new UsageError(t.cli.extraArgument(extra), t.cli.seeHelp(command), command);
  return args.positionals;
}
