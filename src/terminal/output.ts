// Terminal output: where lines go and whether they may be coloured. Injected, so commands can
// be run in tests with captured output.
import { stripVTControlCharacters } from 'node:util';

export interface Output {
  out: (text: string) => void;
  err: (text: string) => void;
  color: boolean;
  /** Whether stderr is an interactive terminal (progress bars redraw; otherwise one line each). */
  interactive: boolean;
  columns: number;
  /** Whether stdin is a terminal someone can answer questions on (the `new` wizard). */
  canPrompt: boolean;
  /**
   * A status line on stderr that the next call redraws (progress). Only on an interactive
   * terminal; elsewhere it is dropped, and callers write plain lines with `err` instead.
   */
  status: (text: string) => void;
  /** Ends the status line: `keep` leaves its last text on screen, otherwise it is cleared. No-op without one. */
  endStatus: (keep?: boolean) => void;
}

/** Back to the start of the line and clear it (ANSI), so the next text replaces the old. */
const REDRAW = '\r\u001b[2K';

/** The process's own streams; tests hand in stand-ins. */
export interface Terminal {
  stdout: { write(text: string): unknown; columns?: number };
  stderr: { write(text: string): unknown; isTTY?: boolean };
  stdin: { isTTY?: boolean };
  env: Readonly<Record<string, string | undefined>>;
}

export function nodeOutput(terminal: Terminal = process): Output {
  const { stdout, stderr, env } = terminal;
  const color = env.NO_COLOR === undefined && (env.FORCE_COLOR !== undefined ? env.FORCE_COLOR !== '0' : Boolean(stderr.isTTY));
  const interactive = Boolean(stderr.isTTY) && env.CI === undefined;
  let showing = false;
  return {
    out: (text) => stdout.write(`${text}\n`),
    err: (text) => {
      // A message while a status line shows starts on a line of its own, never glued to the bar.
      if (showing) stderr.write('\n');
      showing = false;
      stderr.write(`${text}\n`);
    },
    color,
    interactive,
    columns: stdout.columns ?? 100,
    canPrompt: Boolean(terminal.stdin.isTTY),
    status: (text) => {
      if (!interactive) return;
      stderr.write(`${REDRAW}${text}`);
      showing = true;
    },
    endStatus: (keep = false) => {
      if (!showing) return;
      stderr.write(keep ? '\n' : REDRAW);
      showing = false;
    },
  };
}

/**
 * A capturing output for tests: colour off, lines collected. `statuses` records every status
 * line; one ended with `keep` also lands in `stderr`, as it stays on a real terminal.
 */
export function memoryOutput(options: { interactive?: boolean } = {}): Output & { stdout: string[]; stderr: string[]; statuses: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const statuses: string[] = [];
  const interactive = options.interactive ?? false;
  let showing: string | undefined;
  return {
    stdout,
    stderr,
    statuses,
    out: (text) => stdout.push(text),
    err: (text) => stderr.push(text),
    color: false,
    interactive,
    columns: 100,
    canPrompt: false,
    status: (text) => {
      if (!interactive) return;
      statuses.push(text);
      showing = text;
    },
    endStatus: (keep = false) => {
      if (showing !== undefined && keep) stderr.push(showing);
      showing = undefined;
    },
  };
}

const CODES = { red: [31, 39], yellow: [33, 39], green: [32, 39], cyan: [36, 39], dim: [2, 22], bold: [1, 22] } as const;
export type Style = keyof typeof CODES;

export function paint(output: Pick<Output, 'color'>, style: Style, text: string): string {
  if (!output.color) return text;
  const [open, close] = CODES[style];
  return `\u001b[${open}m${text}\u001b[${close}m`;
}

/** Display width for aligning tables (no colour codes; all our characters are one column wide). */
export function textWidth(text: string): number {
  return [...stripVTControlCharacters(text)].length;
}
