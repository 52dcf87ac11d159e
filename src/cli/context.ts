// What a command gets: where to write, the language, and how to find the content.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { UsageError } from '../errors.js';
import type { Language, Messages } from '../i18n/messages.js';
import { parseCacheFor } from '../content/parse-cache.js';
import { paths } from '../paths.js';
import type { Workspace } from '../pipeline.js';
import type { ParsedArgs } from './args.js';
import type { Output } from '../terminal/output.js';
import type { RunState } from './run-state.js';

export interface CommandContext {
  output: Output;
  t: Messages;
  lang?: Language;
  env: Readonly<Record<string, string | undefined>>;
  /** This run's browsers, half-written folders and Ctrl-C handling. */
  run: RunState;
}

export type Command = (argv: readonly string[], ctx: CommandContext) => Promise<number>;

export function workspaceFor(args: ParsedArgs, ctx: Pick<CommandContext, 't' | 'lang' | 'env'>): Workspace {
  const decks = args.values.decks;
  if (typeof decks === 'string' && !isFolder(decks)) throw new UsageError(ctx.t.safety.decksMissing(decks), ctx.t.safety.decksHint);
  return {
    decksDir: typeof decks === 'string' ? resolve(decks) : paths.decks,
    templatesDir: paths.templates,
    runtimeDir: paths.runtime,
    t: ctx.t,
    ...(ctx.lang ? { lang: ctx.lang } : {}),
    parseCache: parseCacheFor(ctx.lang ?? ctx.t.lang, ctx.env),
  };
}

function isFolder(path: string): boolean {
  try {
    return path !== '' && statSync(path).isDirectory();
  } catch {
    return false;
  }
}
