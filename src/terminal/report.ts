// Issues → terminal text: an editor-clickable location, the problem, a code frame with the
// offending text underlined, and the hint.
//
//   plans/personalmote.yaml:3:8  feil  PLAN_INVALID_VALUE  track: praxis — ukjent spor
//      2 | introduction: short
//      3 | track: praxis
//        |        ^^^^^^
//   tips: Mente du «praksis»? Gyldige: kunnskap, praksis, erfaring.
import { readFileSync } from 'node:fs';
import { isAbsolute, relative } from 'node:path';
import type { Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { paint, type Output } from './output.js';

const MAX_FRAME_WIDTH = 120;

/** Numbered source lines around `line` with a ^^^ underline: vite's code frame, in small. */
export function codeFrame(text: string, line: number, column: number, endLine?: number, endColumn?: number): string {
  const lines = text.split(/\r?\n/);
  if (line < 1 || line > lines.length) return '';
  const first = Math.max(1, line - 1);
  const last = Math.min(lines.length, line + 1);
  const width = String(last).length;
  const out: string[] = [];
  // A very long line (generated or broken input) is shown as a window around the column.
  const from = Math.max(0, column - 1 - MAX_FRAME_WIDTH / 2);
  const clip = (text: string): string => (text.length <= MAX_FRAME_WIDTH && from === 0 ? text : `${from > 0 ? '…' : ''}${text.slice(from, from + MAX_FRAME_WIDTH)}${text.length > from + MAX_FRAME_WIDTH ? '…' : ''}`);
  const shift = from > 0 ? from - 1 : 0;
  for (let n = first; n <= last; n++) {
    out.push(`  ${String(n).padStart(width)} | ${clip(lines[n - 1] ?? '')}`);
    if (n === line) {
      const source = lines[n - 1] ?? '';
      const end = endLine === line && endColumn !== undefined ? endColumn : source.length + 1;
      const length = Math.min(Math.max(1, end - column), MAX_FRAME_WIDTH);
      out.push(`  ${' '.repeat(width)} | ${' '.repeat(Math.max(0, column - 1 - shift))}${'^'.repeat(length)}`);
    }
  }
  return out.join('\n');
}

export type SourceLookup = (file: string) => string | undefined;

export const readSourceSync: SourceLookup = (file) => {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
};

/** A path as the user would type it: relative to the current folder when it is inside it. */
export function displayPath(file: string): string {
  const rel = isAbsolute(file) ? relative(process.cwd(), file) : file;
  const shown = rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : file;
  // Forward slashes everywhere: planners on Windows read and paste them just as well.
  return shown.replace(/\\/g, '/');
}

export function formatIssue(issue: Issue, t: Messages, output: Pick<Output, 'color'>, lookup: SourceLookup = readSourceSync): string {
  const severity = issue.severity === 'error' ? paint(output, 'red', t.severity.error) : paint(output, 'yellow', t.severity.warning);
  const where = issue.span ? paint(output, 'cyan', `${displayPath(issue.span.file)}:${issue.span.line}:${issue.span.column}`) : '';
  const lines = [`${where ? `${where}  ` : ''}${severity}  ${paint(output, 'dim', issue.code)}  ${issue.message}`];
  // File-level problems (missing, not text) have no line worth showing.
  if (issue.span && issue.span.line > 0 && !issue.code.startsWith('FILE_')) {
    const text = lookup(issue.span.file);
    const frame = text === undefined ? '' : codeFrame(text, issue.span.line, issue.span.column, issue.span.endLine, issue.span.endColumn);
    if (frame) lines.push(paint(output, 'dim', frame));
  }
  if (issue.hint) lines.push(`${paint(output, 'green', `${t.hintLabel}:`)} ${issue.hint}`);
  return lines.join('\n');
}

export function formatIssues(issues: readonly Issue[], t: Messages, output: Pick<Output, 'color'>, lookup?: SourceLookup): string {
  return issues.map((issue) => formatIssue(issue, t, output, lookup)).join('\n\n');
}
