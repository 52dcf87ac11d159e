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
}

export function nodeOutput(): Output {
  const env = process.env;
  const color = env.NO_COLOR === undefined && (env.FORCE_COLOR !== undefined ? env.FORCE_COLOR !== '0' : Boolean(process.stderr.isTTY));
  return {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
    color,
    interactive: Boolean(process.stderr.isTTY) && env.CI === undefined,
    columns: process.stdout.columns ?? 100,
  };
}

/** A capturing output for tests: colour off, lines collected. */
export function memoryOutput(): Output & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text), color: false, interactive: false, columns: 100 };
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
