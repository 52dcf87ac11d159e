// YAML document → validated Plan. Collects every issue in the file (the user fixes them in one
// pass) and words each one for a planner: what is wrong, where, and what to write instead.
import { basename, extname } from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { IssueCode, type Issue, type SourceSpan } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { parseClock } from '../schedule/clock.js';
import { display, issuesFromZod, sortIssues, typeName, type IssuePath, type SpanFinder } from '../_zod-issues.js';
import { spanFinder, type ParsedYaml } from './parse.js';
import { BREAK_KEYS, PLAN_KEYS, planSchema, TIMER_KEYS, type PlanInput } from './schema.js';
import type { Plan, PlanBreak } from './types.js';

export interface PlanResult {
  plan?: Plan;
  issues: Issue[];
}

const CLOCK_KEYS = new Set(['start', 'end', 'at']);

/** Keys that are valid in the map at `path` (for did-you-mean on unknown keys). */
function keysAt(path: IssuePath): readonly string[] {
  if (path[0] === 'breaks') return BREAK_KEYS;
  if (path[0] === 'timer') return TIMER_KEYS;
  return PLAN_KEYS;
}

/**
 * YAML reads an unquoted `start: 09.00` as the number 9. Planners write clock times that way,
 * so clock fields take the scalar's source text instead of its parsed value.
 */
function clockSourceText(node: Node | undefined): string | undefined {
  return node && isScalar(node) && typeof node.source === 'string' ? node.source : undefined;
}

function normaliseClocks(value: unknown, node: Node | undefined, key?: string): unknown {
  if (key && CLOCK_KEYS.has(key) && typeof value === 'number') {
    return clockSourceText(node) ?? String(value);
  }
  if (Array.isArray(value) && node && isSeq(node)) {
    return value.map((item, i) => normaliseClocks(item, node.items[i] as Node | undefined));
  }
  if (value && typeof value === 'object' && node && isMap(node)) {
    const out: Record<string, unknown> = {};
    for (const pair of node.items) {
      const k = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      out[k] = normaliseClocks((value as Record<string, unknown>)[k], pair.value as Node | undefined, k);
    }
    return out;
  }
  return value;
}

function isRealDate(iso: string): boolean {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1, d!));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m! - 1 && date.getUTCDate() === d;
}

/** Plan-specific wording for formats and ranges zod only knows as patterns and numbers. */
function planSpecial(t: Messages) {
  return (key: string, path: IssuePath, value: unknown, zodIssue: z.core.$ZodIssue): { message: string; hint?: string; code?: Issue['code'] } | undefined => {
    if (zodIssue.code === 'invalid_format') {
      if (CLOCK_KEYS.has(key)) return { message: t.plan.clock(key, display(value)), hint: t.plan.clockHint };
      if (key === 'date') return { message: t.plan.date(display(value)), hint: t.plan.dateHint };
      if (key === 'theme') return { message: t.plan.theme(display(value)), hint: t.plan.themeHint };
    }
    if ((zodIssue.code === 'too_small' || zodIssue.code === 'too_big') && typeof value === 'number') {
      if (path[0] === 'competencies') return { message: t.plan.competencyRange(display(value)), hint: t.plan.competencyRangeHint };
      if (key === 'minutes') return { message: t.plan.minutesRange(display(value)), hint: t.plan.minutesRangeHint };
    }
    if (zodIssue.code === 'invalid_union' && key === 'overlay')
      return { message: t.plan.wrongType(key, t.plan.types.overlay!, t.plan.types[typeName(value)] ?? typeName(value)), hint: t.plan.overlayHint, code: IssueCode.PLAN_WRONG_TYPE };
    if (zodIssue.code === 'invalid_union') return { message: t.plan.wrongType(key, t.plan.types.stringOrList!, t.plan.types[typeName(value)] ?? typeName(value)), hint: t.plan.namesHint };
    return undefined;
  };
}

/** Checks zod cannot express: break placement, duplicate competencies, recommended order. */
function crossChecks(raw: Record<string, unknown>, at: SpanFinder, t: Messages): Issue[] {
  const issues: Issue[] = [];
  // Runs on unvalidated input too, so a file with a bad field still reports everything at once.
  const input = {
    breaks: Array.isArray(raw.breaks) ? (raw.breaks as unknown[]).map((b) => (b && typeof b === 'object' ? (b as Record<string, unknown>) : {})) : [],
    competencies: Array.isArray(raw.competencies) ? (raw.competencies as unknown[]).filter((n): n is number => typeof n === 'number') : [],
    date: typeof raw.date === 'string' ? raw.date : undefined,
    introduction: raw.introduction,
  };
  input.breaks.forEach((entry, i) => {
    if (entry.after === undefined && entry.at === undefined) {
      issues.push({ code: IssueCode.PLAN_MISSING_FIELD, severity: 'error', message: t.plan.breakNeedsPlace, hint: t.plan.breakNeedsPlaceHint, span: at(['breaks', i]) });
    } else if (entry.after !== undefined && entry.at !== undefined) {
      issues.push({ code: IssueCode.PLAN_INVALID_VALUE, severity: 'error', message: t.plan.breakBothPlaces, hint: t.plan.breakBothPlacesHint, span: at(['breaks', i, 'at']) });
    }
  });
  const seen = new Set<number>();
  input.competencies.forEach((n, i) => {
    if (seen.has(n)) {
      issues.push({ code: IssueCode.PLAN_INVALID_VALUE, severity: 'error', message: t.plan.competencyDuplicate(n), hint: t.plan.competencyDuplicateHint, span: at(['competencies', i]) });
    }
    seen.add(n);
  });
  const order = input.competencies;
  const sorted = [...new Set(order)].sort((a, b) => a - b);
  if (seen.size === order.length && order.some((n, i) => n !== sorted[i])) {
    issues.push({
      code: IssueCode.PLAN_ORDER,
      severity: 'warning',
      message: t.plan.competencyOrder(order.join(', '), sorted.join(', ')),
      hint: t.plan.competencyOrderHint,
      span: at(['competencies']),
    });
  }
  if (input.date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(input.date) && !isRealDate(input.date)) {
    issues.push({ code: IssueCode.PLAN_INVALID_VALUE, severity: 'error', message: t.plan.date(input.date), hint: t.plan.dateHint, span: at(['date']) });
  }
  if (input.introduction === 'none' && input.competencies.length === 0) {
    issues.push({ code: IssueCode.PLAN_INVALID_VALUE, severity: 'error', message: t.plan.nothingToShow, hint: t.plan.nothingToShowHint, span: at(['introduction']) });
  }
  return issues;
}

function collectSpans(input: PlanInput, at: SpanFinder): Record<string, SourceSpan> {
  const spans: Record<string, SourceSpan> = { '': at([]) };
  for (const key of Object.keys(input)) spans[key] = at([key]);
  (input.competencies ?? []).forEach((_, i) => (spans[`competencies.${i}`] = at(['competencies', i])));
  (input.breaks ?? []).forEach((_, i) => {
    spans[`breaks.${i}`] = at(['breaks', i]);
    spans[`breaks.${i}.after`] = at(['breaks', i, 'after']);
    spans[`breaks.${i}.at`] = at(['breaks', i, 'at']);
  });
  return spans;
}

function toPlan(input: PlanInput, file: string, spans: Record<string, SourceSpan>): Plan {
  const breaks: PlanBreak[] = (input.breaks ?? []).map((entry, i) => ({
    ...(entry.after !== undefined ? { after: entry.after } : {}),
    ...(entry.at !== undefined ? { atSec: parseClock(entry.at)! } : {}),
    minutes: entry.minutes,
    ...(entry.title !== undefined ? { title: entry.title } : {}),
    span: spans[`breaks.${i}`]!,
  }));
  const facilitators = input.facilitators === undefined ? [] : Array.isArray(input.facilitators) ? input.facilitators : [input.facilitators];
  return {
    name: basename(file, extname(file)),
    file,
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.organisation !== undefined ? { organisation: input.organisation } : {}),
    ...(input.date !== undefined ? { date: input.date } : {}),
    startSec: parseClock(input.start ?? '09:00')!,
    ...(input.end !== undefined ? { endSec: parseClock(input.end)! } : {}),
    facilitators,
    ...(input.audience !== undefined ? { audience: input.audience } : {}),
    introduction: input.introduction,
    track: input.track,
    competencies: input.competencies ?? [],
    breaks,
    timer: { overlay: input.timer?.overlay ?? 'auto', sound: input.timer?.sound ?? false },
    language: input.language ?? 'nb',
    theme: input.theme ?? 'default',
    spans,
  };
}

/**
 * Validates a parsed plan. Returns the plan when there are no errors; warnings come back either way.
 * @example validatePlan(parseYaml({ path: 'p.yaml', text: 'introduction: short\ntrack: praksis' }, nb), nb).plan?.startSec // 32400
 */
export function validatePlan(parsed: ParsedYaml, t: Messages): PlanResult {
  const { doc } = parsed;
  const file = parsed.source.path;
  if (parsed.issues.length > 0) return { issues: parsed.issues };
  const at = spanFinder(parsed);

  const contents = doc.contents as Node | null;
  if (contents === null || (isScalar(contents) && contents.value === null)) {
    return { issues: [{ code: IssueCode.FILE_EMPTY, severity: 'error', message: t.file.empty, hint: t.file.emptyPlanHint, span: { file, line: 1, column: 1 } }] };
  }
  if (!isMap(contents)) {
    return { issues: [{ code: IssueCode.PLAN_NOT_A_MAP, severity: 'error', message: t.plan.notAMap, hint: t.plan.notAMapHint, span: at([]) }] };
  }

  const input = normaliseClocks(doc.toJS(), contents) as Record<string, unknown>;
  const result = planSchema.safeParse(input);
  const zodIssues = result.success ? [] : issuesFromZod(result.error.issues, input, { t, at, keysAt, special: planSpecial(t) });
  const issues = sortIssues([...zodIssues, ...crossChecks(input, at, t)]);
  if (!result.success || issues.some((issue) => issue.severity === 'error')) return { issues };
  return { plan: toPlan(result.data, file, collectSpans(result.data, at)), issues };
}
