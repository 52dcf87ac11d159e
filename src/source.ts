// Reading user files at the edge: every failure becomes a positioned, translated issue
// (missing file, a folder, not UTF-8), never a stack trace.
import { readFile, stat } from 'node:fs/promises';
import { ContentError, IssueCode, isNodeError, type Issue } from './errors.js';
import type { Messages } from './i18n/messages.js';

/** A text file and the path it is reported under (as the user typed it, or relative to the project). */
export interface SourceFile {
  path: string;
  text: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes bytes as UTF-8 (dropping a byte-order mark) or returns undefined if they are not text. */
export function decodeUtf8(bytes: Uint8Array): string | undefined {
  try {
    const text = utf8.decode(bytes);
    // A NUL byte means a binary file that happens to be valid UTF-8 (a PDF, an image).
    if (text.includes('\u0000')) return undefined;
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    return undefined;
  }
}

function fileIssue(path: string, code: Issue['code'], message: string, hint: string): ContentError {
  return new ContentError([{ code, severity: 'error', message, hint, span: { file: path, line: 1, column: 1 } }]);
}

/** Reads a UTF-8 text file; throws a ContentError with a clear message when it cannot. */
/** Larger than any plan or content file; bigger input is a wrong file, and would only be slow. */
export const MAX_SOURCE_BYTES = 1024 * 1024;

export async function readSource(path: string, t: Messages, maxBytes = MAX_SOURCE_BYTES): Promise<SourceFile> {
  let bytes: Uint8Array;
  try {
    // A FIFO or a device would block the read forever; only regular files are read.
    const stats = await stat(path);
    if (stats.isFile() && stats.size > maxBytes) throw fileIssue(path, IssueCode.FILE_UNREADABLE, t.safety.planTooLarge(Math.round(maxBytes / 1024 / 1024)), t.safety.planTooLargeHint);
    if (!stats.isFile() && !stats.isDirectory()) throw fileIssue(path, IssueCode.FILE_UNREADABLE, t.safety.notAFile(path), t.safety.notAFileHint);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ContentError) throw error;
    if (isNodeError(error) && error.code === 'ENOENT') {
      throw fileIssue(path, IssueCode.FILE_NOT_FOUND, t.file.notFound(path), t.file.notFoundHint);
    }
    if (isNodeError(error) && error.code === 'EISDIR') {
      throw fileIssue(path, IssueCode.FILE_IS_DIRECTORY, t.file.isDirectory(path), t.file.isDirectoryHint);
    }
    const reason = isNodeError(error) ? (error.code ?? error.message) : String(error);
    throw fileIssue(path, IssueCode.FILE_UNREADABLE, t.file.unreadable(reason), t.file.unreadableHint);
  }
  const text = decodeUtf8(bytes);
  if (text === undefined) throw fileIssue(path, IssueCode.FILE_NOT_UTF8, t.file.notUtf8, t.file.notUtf8Hint);
  return { path, text };
}

export async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
