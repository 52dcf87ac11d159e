// A plan's file name becomes its output folder (dist/<name>/), so it must be a plain folder name.
// Checked when the plan is read, so `check` reports it as well as `build`.
import { basename, extname } from 'node:path';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';

/** The folder a plan is built into: its file name without the extension. */
export function folderNameOf(planPath: string): string {
  return basename(planPath, extname(planPath));
}

/**
 * Whether a plan's folder name is a plain name: not `.`/`..` (which would replace the output
 * folder or its parent), not hidden (temporary folders are), not the overview page.
 */
export function isPlainFolderName(name: string): boolean {
  if (name === '' || name.startsWith('.') || name.length > 200) return false;
  // Separators, control characters and characters Windows refuses in file names.
  if (/[/\\:*?"<>|\u0000-\u001f\u007f]/.test(name)) return false;
  if (/[. ]$/.test(name)) return false;
  const lower = name.toLowerCase();
  if (lower === 'index.html' || lower.startsWith('index.html.')) return false;
  return !/^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i.test(name);
}

export function planNameIssue(planPath: string, t: Messages): Issue | undefined {
  const name = folderNameOf(planPath);
  if (isPlainFolderName(name)) return undefined;
  return { code: IssueCode.FILE_BAD_NAME, severity: 'error', message: t.safety.badPlanName(name), hint: t.safety.badPlanNameHint, span: { file: planPath, line: 1, column: 1 } };
}

