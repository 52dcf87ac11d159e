// The output folder as the user gave it, checked before anything is written, and write-time
// failures in words (the folder, the reason, what to do) instead of a stack trace.
import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { LeftoverError, NotAFolderError, NotOursError, OldNotRemovableError, ProtectedFolderError } from '../emit/emit.js';
import { slashes, writeFailure } from '../emit/guard.js';
import { ContentError, EnvironmentError, IssueCode, UsageError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { displayPath } from '../terminal/report.js';

/** A folder as shown to the user: relative where that is shorter, always with forward slashes. */
export const displayFolder = (dir: string): string => slashes(displayPath(resolve(dir)) || dir);

/** `-o ''`, `-o some-file`, `-o /dev/null`: usage errors before anything is written. */
export function checkOutDir(outDir: string, t: Messages, command: string): void {
  if (outDir.trim() === '') throw new UsageError(t.safety.outEmpty, t.safety.outHint, command);
  let isDir = true;
  try {
    isDir = statSync(outDir).isDirectory();
  } catch {
    // Not there yet: it is made.
  }
  if (!isDir) throw new UsageError(t.safety.outNotFolder(outDir), t.safety.outHint, command);
}

/** Write-time failures in words: the folder, the reason, exit 3 (or 1 for someone else's folder). */
export function explainWriteError(error: unknown, folder: string, t: Messages): unknown {
  if (error instanceof NotOursError) {
    return new ContentError([{ code: IssueCode.OUTPUT_NOT_OURS, severity: 'error', message: t.safety.notOurs(displayFolder(error.path)), hint: t.safety.notOursHint }]);
  }
  if (error instanceof NotAFolderError) {
    return new ContentError([{ code: IssueCode.OUTPUT_NOT_OURS, severity: 'error', message: t.safety.notAFolder(displayFolder(error.path)), hint: t.safety.notAFolderHint }]);
  }
  if (error instanceof ProtectedFolderError) {
    return new ContentError([{ code: IssueCode.OUTPUT_NOT_OURS, severity: 'error', message: t.safety.protectedFolder(displayFolder(error.path), error.reason), hint: t.safety.protectedFolderHint }]);
  }
  if (error instanceof OldNotRemovableError) return new EnvironmentError(t.safety.cannotRemoveOld(displayFolder(error.path)), t.safety.cannotRemoveOldHint, { cause: error });
  if (error instanceof LeftoverError) return new EnvironmentError(t.safety.leftover(displayFolder(error.path)), t.safety.leftoverHint, { cause: error });
  return writeFailure(error, displayFolder(folder), t) ?? error;
}
