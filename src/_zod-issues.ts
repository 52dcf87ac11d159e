// zod issues → planner/author-facing issues: one shared wording for unknown keys (with
// did-you-mean), missing fields, wrong types and unknown values, used by plans and slide settings.
import type { z } from 'zod';
import { IssueCode, sortIssuesByPosition, type Issue, type SourceSpan } from './errors.js';
import type { Messages } from './i18n/messages.js';
import { suggest } from './suggest.js';

export type IssuePath = readonly (string | number)[];
export type SpanFinder = (path: IssuePath, target?: 'value' | 'key') => SourceSpan;

export interface ZodIssueContext {
  t: Messages;
  at: SpanFinder;
  /** Keys that are valid in the map at `path`. */
  keysAt: (path: IssuePath) => readonly string[];
  /** Field-specific wording (clock formats, ranges); undefined falls back to the generic text. */
  special?: (key: string, path: IssuePath, value: unknown, issue: z.core.$ZodIssue) => { message: string; hint?: string; code?: Issue['code'] } | undefined;
  unknownKeyCode?: Issue['code'];
  invalidCode?: Issue['code'];
}

export function typeName(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isNaN(value) ? 'nan' : !Number.isFinite(value) ? 'infinity' : Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function display(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function one(zodIssue: z.core.$ZodIssue, input: unknown, ctx: ZodIssueContext): Issue[] {
  const { t, at } = ctx;
  const path = zodIssue.path.filter((p): p is string | number => typeof p !== 'symbol');
  const key = String([...path].reverse().find((p) => typeof p === 'string') ?? '');
  const label = t.plan.fields[key] ?? key;
  const value = path.reduce<unknown>((obj, p) => (obj as Record<string | number, unknown> | undefined)?.[p], input);
  const issue = (message: string, hint?: string, code: Issue['code'] = ctx.invalidCode ?? IssueCode.PLAN_INVALID_VALUE): Issue => ({
    code,
    severity: 'error',
    message,
    ...(hint ? { hint } : {}),
    span: at(path),
  });

  // zod reports a missing enum as invalid_value and a missing string as invalid_type: both are "missing".
  if (value === undefined && zodIssue.code !== 'unrecognized_keys') {
    const example = t.plan.examples[key] ?? `${key}: …`;
    return [issue(t.plan.missing(key, label), t.plan.missingHint(example), IssueCode.PLAN_MISSING_FIELD)];
  }
  const special = ctx.special?.(key, path, value, zodIssue);
  if (special) return [issue(special.message, special.hint, special.code)];

  switch (zodIssue.code) {
    case 'unrecognized_keys':
      return zodIssue.keys.map((unknown) => {
        const valid = ctx.keysAt(path);
        return {
          code: ctx.unknownKeyCode ?? IssueCode.PLAN_UNKNOWN_KEY,
          severity: 'error',
          message: t.plan.unknownKey(unknown),
          hint: t.plan.unknownKeyHint(suggest(unknown, valid), valid),
          span: at([...path, unknown], 'key'),
        } satisfies Issue;
      });
    case 'invalid_type': {
      const expected = t.plan.types[zodIssue.expected] ?? t.safety.types[zodIssue.expected] ?? zodIssue.expected;
      const actual = t.plan.types[typeName(value)] ?? t.safety.types[typeName(value)] ?? typeName(value);
      const hint = zodIssue.expected === 'boolean' ? t.plan.booleanHint(key) : undefined;
      return [issue(t.plan.wrongType(key, expected, actual), hint, IssueCode.PLAN_WRONG_TYPE)];
    }
    case 'invalid_union': {
      // "a name or a list of names": report the branch that got furthest (for a list, the bad
      // item), so the user sees which item is wrong rather than that the whole value is.
      const branches = (zodIssue.errors ?? []).filter((branch) => branch.length > 0);
      const depth = (branch: readonly z.core.$ZodIssue[]): number => Math.max(...branch.map((i) => i.path.length));
      const best = [...branches].sort((a, b) => depth(b) - depth(a))[0];
      if (best && depth(best) > 0) return best.flatMap((nested) => one({ ...nested, path: [...zodIssue.path, ...nested.path] }, input, ctx));
      return [issue(t.plan.wrongType(key, t.plan.types.stringOrList!, t.plan.types[typeName(value)] ?? typeName(value)), undefined, IssueCode.PLAN_WRONG_TYPE)];
    }
    case 'invalid_value': {
      const valid = zodIssue.values.map(String);
      return [issue(t.plan.unknownValue(key, display(value), label), t.plan.unknownValueHint(suggest(display(value), valid), valid))];
    }
    case 'too_small':
    case 'too_big':
      if (typeof value === 'string') return [issue(t.plan.emptyText(key), t.plan.emptyTextHint)];
      if (typeof value === 'number') return [issue(t.plan.outOfRange(key, display(value), String(zodIssue.code === 'too_small' ? '>' : '<')))];
      break;
  }
  return [issue(`${key}: ${zodIssue.message}`)];
}

/** Translates zod's issues into positioned issues, sorted by position. */
export function issuesFromZod(zodIssues: readonly z.core.$ZodIssue[], input: unknown, ctx: ZodIssueContext): Issue[] {
  return zodIssues.flatMap((zodIssue) => one(zodIssue, input, ctx));
}

export { sortIssuesByPosition as sortIssues } from './errors.js';

/**
 * Validates a YAML-derived value against a schema: the data, or the positioned issues sorted
 * by position. An empty document counts as an empty map, so "missing field" is what authors see.
 */
export function parseWithSchema<T>(schema: z.ZodType<T>, input: unknown, ctx: ZodIssueContext): { data: T } | { issues: Issue[] } {
  const result = schema.safeParse(input ?? {});
  if (result.success) return { data: result.data };
  return { issues: sortIssuesByPosition(issuesFromZod(result.error.issues, input, ctx)) };
}
