// argv → command → exit code. The one place that maps errors to exit codes and calls
// process.exit: bad input 1, wrong usage 2, missing environment 3, bug 70, cancelled 130.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CancelledError, ContentError, EnvironmentError, ExitCode, UsageError } from '../errors.js';
import { isLanguage, messagesFor, type Language } from '../i18n/messages.js';
import { packageRoot } from '../paths.js';
import { suggest } from '../suggest.js';
import { buildCommand, pdfCommand, pptxCommand } from './commands/build.js';
import { checkCommand } from './commands/check.js';
import { devCommand } from './commands/dev.js';
import { doctorCommand } from './commands/doctor.js';
import { newCommand } from './commands/new.js';
import { listCommand } from './commands/list.js';
import { serveCommand } from './commands/serve.js';
import { siteCommand } from './commands/site.js';
import type { Command, CommandContext } from './context.js';
import { commandHelp, mainHelp } from './help.js';
import type { CommandName } from './options.js';
import { RunState } from './run-state.js';
import { nodeOutput, paint, type Output } from '../terminal/output.js';
import { formatIssues } from '../terminal/report.js';

const COMMANDS: Record<CommandName, Command> = {
  new: newCommand,
  build: buildCommand,
  pdf: pdfCommand,
  pptx: pptxCommand,
  site: siteCommand,
  check: checkCommand,
  list: listCommand,
  serve: serveCommand,
  dev: devCommand,
  doctor: doctorCommand,
};

function isCommand(name: string | undefined): name is CommandName {
  return name !== undefined && Object.hasOwn(COMMANDS, name);
}

export function version(): string {
  return (JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')) as { version: string }).version;
}

/** --lang anywhere on the line (so usage errors are worded in it), else FASILITATOR_LANG, else nb. */
function pickLanguage(argv: readonly string[], env: CommandContext['env']): { lang?: Language; bad?: string } {
  const index = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  const value = index < 0 ? env.FASILITATOR_LANG : argv[index]!.includes('=') ? argv[index]!.split('=')[1] : argv[index + 1];
  if (value === undefined || value === '') return {};
  return isLanguage(value) ? { lang: value } : { bad: value };
}

/** `--help` or `-h` before any `--` wins over every other flag, as in git and npm. */
function asksForHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((arg) => arg === '--help' || arg === '-h');
}

/** Runs one command line; returns the exit code. Never throws. `state` is the run's browsers, writes and Ctrl-C handling. */
export async function run(argv: readonly string[], output: Output, env: CommandContext['env'] = process.env, state: RunState = new RunState()): Promise<number> {
  const picked = pickLanguage(argv, env);
  const t = messagesFor(picked.lang);
  const ctx: CommandContext = { output, t, env, run: state, ...(picked.lang ? { lang: picked.lang } : {}) };
  const debug = argv.includes('--debug');
  try {
    if (picked.bad !== undefined) throw new UsageError(t.cli.badLang(picked.bad), t.valid(['nb', 'en']));
    const [name, ...rest] = argv;
    if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
      const topic = name === 'help' ? rest[0] : undefined;
      output.out(isCommand(topic) ? commandHelp(topic, t) : mainHelp(version(), t));
      return ExitCode.OK;
    }
    if (name === '--version' || name === '-v') {
      output.out(version());
      return ExitCode.OK;
    }
    if (!isCommand(name)) {
      const guess = suggest(name, Object.keys(COMMANDS));
      throw new UsageError(t.cli.unknownCommand(name), `${guess ? `${t.didYouMean(guess)} ` : ''}${t.cli.commandsHint}`);
    }
    if (asksForHelp(rest)) {
      output.out(commandHelp(name, t));
      return ExitCode.OK;
    }
    return await COMMANDS[name](rest, ctx);
  } catch (error) {
    return report(error, ctx, debug);
  }
}

function report(error: unknown, ctx: CommandContext, debug: boolean): number {
  const { output, t } = ctx;
  if (error instanceof ContentError) {
    output.err(formatIssues(error.issues, t, output));
    return ExitCode.INVALID_INPUT;
  }
  if (error instanceof UsageError) {
    output.err(`${paint(output, 'red', `${t.severity.error}:`)} ${error.message}`);
    if (error.hint) output.err(`${paint(output, 'green', `${t.hintLabel}:`)} ${error.hint}`);
    return ExitCode.USAGE;
  }
  if (error instanceof EnvironmentError) {
    output.err(`${paint(output, 'red', `${t.severity.error}:`)} ${error.message}`);
    if (error.hint) output.err(`${paint(output, 'green', `${t.hintLabel}:`)} ${error.hint}`);
    if (debug && error.cause) output.err(String((error.cause as Error).stack ?? error.cause));
    return ExitCode.ENVIRONMENT;
  }
  if (error instanceof CancelledError) {
    output.err(error.message);
    return ExitCode.CANCELLED;
  }
  // Stopped by the user: whatever failed afterwards failed because of the stop.
  if (ctx.run.interrupts.interruption()) return ExitCode.CANCELLED;
  output.err(paint(output, 'red', t.cli.bug));
  output.err(t.cli.bugHint);
  output.err(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return ExitCode.BUG;
}

/** The bin entry: runs the command line and exits with its code. */
export async function main(): Promise<void> {
  const output = nodeOutput();
  const state = new RunState();
  // Ctrl-C (or a kill) during a build or export: close the browser, remove half-written
  // folders, then stop. The previous output is untouched.
  const onInterrupt = (): void => {
    output.err(messagesFor(pickLanguage(process.argv.slice(2), process.env).lang).cli.interrupted);
    void state.stop().finally(() => process.exit(ExitCode.CANCELLED));
  };
  if (process.argv[2] !== 'serve' && process.argv[2] !== 'dev') state.interrupts.catch(onInterrupt);
  const code = await run(process.argv.slice(2), output, process.env, state);
  const stopping = state.interrupts.interruption();
  if (stopping) {
    await stopping;
    process.exit(ExitCode.CANCELLED);
  }
  // A pipe may still hold output (`check --json | jq` past 64 KiB): let it drain before exiting.
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((done) => stream.write('', () => done()))));
  process.exit(code);
}
