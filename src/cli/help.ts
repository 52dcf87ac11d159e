// `fasilitator <command> --help`: the hand-written text (what the command does, examples) from
// the message catalogue, with the option list between them generated from src/cli/options.ts.
import type { Messages } from '../i18n/messages.js';
import { commandOptions, MAIN_OPTIONS, type CommandName, type OptionDefinition } from './options.js';

/** Flags longer than this get their description on the next line, so the column stays narrow. */
const WIDEST_FLAGS = 24;

function flags(definition: OptionDefinition, t: Messages): string {
  const short = definition.short ? `-${definition.short}, ` : '    ';
  const value = definition.value ? ` ${t.options.values[definition.value]}` : '';
  return `  ${short}--${definition.name}${value}`;
}

function description(definition: OptionDefinition, t: Messages): string {
  const text = t.options.descriptions[definition.description];
  return definition.default === undefined ? text : `${text} (${t.options.default(definition.default)})`;
}

/** Aligned two-column lines: flags, then what the option does. */
export function optionLines(definitions: readonly OptionDefinition[], t: Messages): string {
  const left = definitions.map((definition) => flags(definition, t));
  const column = Math.max(0, ...left.filter((text) => text.length <= WIDEST_FLAGS).map((text) => text.length)) + 2;
  return definitions
    .map((definition, i) => {
      const text = left[i]!;
      const said = description(definition, t);
      return text.length <= WIDEST_FLAGS ? `${text.padEnd(column)}${said}` : `${text}\n${' '.repeat(column)}${said}`;
    })
    .join('\n');
}

function assemble(about: string, heading: string, options: string, more: string): string {
  return [about, `${heading}\n${options}`, ...(more ? [more] : [])].join('\n\n');
}

export function commandHelp(command: CommandName, t: Messages): string {
  const text = t.help.commands[command];
  return assemble(text.about, t.options.heading, optionLines(commandOptions(command), t), text.more);
}

export function mainHelp(version: string, t: Messages): string {
  return assemble(t.help.main.about(version), t.help.main.optionsHeading, optionLines(MAIN_OPTIONS, t), t.help.main.more);
}
