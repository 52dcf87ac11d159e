// Error model: positioned issues collected per file, and three error classes that decide the
// exit code (the CLI is the only place that maps them to process exit codes).

/** A 1-based position in a source file, the way editors and terminals count. */
export interface SourceSpan {
  file: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export type Severity = 'error' | 'warning';

/** One problem found in user input: what, where, and what to do about it. */
export interface Issue {
  code: IssueCode;
  severity: Severity;
  /** Already translated: issues are created with the user's language at hand. */
  message: string;
  hint?: string;
  span?: SourceSpan;
}

/** Stable issue codes: shown to users (searchable) and asserted by tests. */
export const IssueCode = {
  FILE_NOT_FOUND: 'FILE_NOT_FOUND',
  FILE_IS_DIRECTORY: 'FILE_IS_DIRECTORY',
  FILE_NOT_UTF8: 'FILE_NOT_UTF8',
  FILE_UNREADABLE: 'FILE_UNREADABLE',
  FILE_EMPTY: 'FILE_EMPTY',
  YAML_SYNTAX: 'YAML_SYNTAX',
  PLAN_NOT_A_MAP: 'PLAN_NOT_A_MAP',
  PLAN_MISSING_FIELD: 'PLAN_MISSING_FIELD',
  PLAN_UNKNOWN_KEY: 'PLAN_UNKNOWN_KEY',
  PLAN_INVALID_VALUE: 'PLAN_INVALID_VALUE',
  PLAN_WRONG_TYPE: 'PLAN_WRONG_TYPE',
  PLAN_MODULE_MISSING: 'PLAN_MODULE_MISSING',
  PLAN_ORDER: 'PLAN_ORDER',
  PLAN_BREAK_TARGET: 'PLAN_BREAK_TARGET',
  PLAN_BREAK_MOVED: 'PLAN_BREAK_MOVED',
  SCHEDULE_OVERRUN: 'SCHEDULE_OVERRUN',
  SCHEDULE_UNDERRUN: 'SCHEDULE_UNDERRUN',
  SCHEDULE_PAST_MIDNIGHT: 'SCHEDULE_PAST_MIDNIGHT',
  MODULE_META: 'MODULE_META',
  MODULE_SECTION_FILE: 'MODULE_SECTION_FILE',
  MODULE_DUPLICATE: 'MODULE_DUPLICATE',
  SLIDE_META: 'SLIDE_META',
  SLIDE_EMPTY: 'SLIDE_EMPTY',
  SLIDE_NO_NOTES: 'SLIDE_NO_NOTES',
  SLIDE_NO_TITLE: 'SLIDE_NO_TITLE',
  SLIDE_TOO_MUCH_TEXT: 'SLIDE_TOO_MUCH_TEXT',
  SLIDE_SOURCE_UNKNOWN: 'SLIDE_SOURCE_UNKNOWN',
  SLIDE_CAVEAT_MISSING: 'SLIDE_CAVEAT_MISSING',
  SLIDE_IMAGE_MISSING: 'SLIDE_IMAGE_MISSING',
  ACTIVITY_INCOMPLETE: 'ACTIVITY_INCOMPLETE',
  SECTION_TIME: 'SECTION_TIME',
  SECTION_EMPTY_TRACK: 'SECTION_EMPTY_TRACK',
  MODULE_TIME: 'MODULE_TIME',
  ACTIVITY_KIND_MISSING: 'ACTIVITY_KIND_MISSING',
  ACTIVITY_TOO_SHORT: 'ACTIVITY_TOO_SHORT',
  SECTION_TIMING: 'SECTION_TIMING',
  MODULE_TIMING: 'MODULE_TIMING',
  SOURCES_META: 'SOURCES_META',
  SPELLING: 'SPELLING',
  FILE_BAD_NAME: 'FILE_BAD_NAME',
  OUTPUT_NOT_OURS: 'OUTPUT_NOT_OURS',
  OUTPUT_DUPLICATE: 'OUTPUT_DUPLICATE',
  CONTENT_PATH: 'CONTENT_PATH',
  CONTENT_EMPTY: 'CONTENT_EMPTY',
  SOURCE_URL: 'SOURCE_URL',
  INTERNAL: 'INTERNAL',
} as const;
export type IssueCode = (typeof IssueCode)[keyof typeof IssueCode];

/** Invalid user input (plan, content). Carries every issue found, so users fix all in one pass. */
export class ContentError extends Error {
  override readonly name = 'ContentError';
  constructor(
    readonly issues: Issue[],
    options?: { cause?: unknown },
  ) {
    super(issues.map((issue) => issue.message).join('\n'), options);
  }
}

/** Wrong command-line usage: unknown flag, missing argument. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
  constructor(
    message: string,
    readonly hint?: string,
    readonly command?: string,
  ) {
    super(message);
  }
}

/** A missing piece of the environment (no Chromium, port taken): not the user's input. */
export class EnvironmentError extends Error {
  override readonly name = 'EnvironmentError';
  constructor(
    message: string,
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The run was stopped by the user (Ctrl-C); cleanup has happened. */
export class CancelledError extends Error {
  override readonly name = 'CancelledError';
}

export const ExitCode = {
  OK: 0,
  INVALID_INPUT: 1,
  USAGE: 2,
  ENVIRONMENT: 3,
  CANCELLED: 130,
  BUG: 70,
} as const;

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((issue) => issue.severity === 'error');
}

/** Throws a ContentError when any issue is an error; returns the warnings otherwise. */
export function throwIfErrors(issues: readonly Issue[]): Issue[] {
  if (hasErrors(issues)) throw new ContentError([...issues]);
  return issues.filter((issue) => issue.severity === 'warning');
}

export function isNodeError(error: unknown): error is NodeJS.ErrnoException {
  return error instanceof Error && typeof (error as NodeJS.ErrnoException).code === 'string';
}

/** Orders issues by file, line and column, the way a reader goes through them. */
export function sortIssuesByPosition(issues: Issue[]): Issue[] {
  const file = (issue: Issue): string => issue.span?.file ?? '';
  return issues.sort(
    (a, b) =>
      (file(a) < file(b) ? -1 : file(a) > file(b) ? 1 : 0) ||
      (a.span?.line ?? 0) - (b.span?.line ?? 0) ||
      (a.span?.column ?? 0) - (b.span?.column ?? 0),
  );
}
