// YAML document → validated Plan. Collects every issue in the file (the user fixes them in one
// pass) and words each one for a planner: what is wrong, where, and what to write instead.
import { isIsoDate } from '../time/date.js';
import { basename, extname } from 'node:path';
import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { z } from 'zod';
import { IssueCode, type Issue, type SourceSpan } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { parseClock } from '../time/clock.js';
import { display, issuesFromZod, sortIssues, typeName, type IssuePath, type SpanFinder } from '../_zod-issues.js';
import { spanFinder, type ParsedYaml } from '../yaml/parse.js';
import { BREAK_KEYS, PLAN_KEYS, planSchema, TIMER_KEYS, type PlanInput } from './schema.js';
import type { Plan, PlanBreak } from './types.js';

export interface PlanResult {
  plan?: Plan;
  /** When only fields with a safe stand-in are wrong: a plan to look for further issues with. */
  provisional?: Plan;
  issues: Issue[];
}

const REQUIRED_STAND_INS: Record<string, unknown> = { track: 'praksis', introduction: 'short' };

/** The input without the fields zod rejected (required ones get a stand-in); undefined when that is not possible. */
function repairedInput(input: Record<string, unknown>, zodIssues: readonly z.core.$ZodIssue[]): Record<string, unknown> | undefined {
  const repaired = { ...input };
  for (const zodIssue of zodIssues) {
    if (zodIssue.code === 'unrecognized_keys' && zodIssue.path.length === 0) {
      for (const key of zodIssue.keys) delete repaired[key];
      continue;
    }
    const key = zodIssue.path[0];
    if (typeof key !== 'string') return undefined;
    if (key === 'breaks' || key === 'competencies') return undefined; // their items are what later checks use
    if (key in REQUIRED_STAND_INS) {
      if (input[key] === undefined) return undefined;
      repaired[key] = REQUIRED_STAND_INS[key];
    } else delete repaired[key];
  }
  return repaired;
}

const CLOCK_KEYS = new Set(['start', 'end', 'at']);
/** More breaks, names or competencies than any session has. */
const MAX_LIST_ITEMS = 100;
/** Issues reported per plan: enough to fix a file in one pass, few enough to read. */
const MAX_ISSUES = 100;

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
  if (input.date !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(input.date) && !isIsoDate(input.date)) {
    issues.push({ code: IssueCode.PLAN_INVALID_VALUE, severity: 'error', message: t.plan.date(input.date), hint: t.plan.dateHint, span: at(['date']) });
  }
  const start = typeof raw.start === 'string' ? parseClock(raw.start) : raw.start === undefined ? parseClock('09:00') : undefined;
  const end = typeof raw.end === 'string' ? parseClock(raw.end) : undefined;
  if (start !== undefined && end !== undefined && end <= start) {
    issues.push({ code: IssueCode.PLAN_INVALID_VALUE, severity: 'error', message: t.safety.endBeforeStart(String(raw.end), String(raw.start ?? '09:00')), hint: t.safety.endBeforeStartHint, span: at(['end']) });
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
  // Thousands of breaks or names are a broken file, not a plan: one message instead of minutes of checks.
  const huge = Object.entries(input).find(([, value]) => Array.isArray(value) && value.length > MAX_LIST_ITEMS);
  if (huge) return { issues: [{ code: IssueCode.PLAN_INVALID_VALUE, severity: 'error', message: t.safety.tooManyItems(huge[0], MAX_LIST_ITEMS), hint: t.safety.tooManyItemsHint, span: at([huge[0]], 'key') }] };
  const result = planSchema.safeParse(input);
  const zodIssues = result.success ? [] : issuesFromZod(result.error.issues.slice(0, MAX_ISSUES), input, { t, at, keysAt, special: planSpecial(t) });
  const issues = sortIssues([...zodIssues, ...crossChecks(input, at, t)]);
  if (!result.success) {
    // A stand-in plan without the bad fields lets the caller find the rest (an unknown break target
    // behind an unknown track) in the same pass; it is never built, because the issues are errors.
    const repaired = repairedInput(input, result.error.issues);
    const retried = repaired && planSchema.safeParse(repaired);
    if (retried?.success) return { provisional: toPlan(retried.data, file, collectSpans(retried.data, at)), issues };
    return { issues };
  }
  if (issues.some((issue) => issue.severity === 'error')) return { issues };
  return { plan: toPlan(result.data, file, collectSpans(result.data, at)), issues };
}
