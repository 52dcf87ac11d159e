// Per-slide settings (the YAML between `---` lines at the top of a slide): schema and validation.
import { z } from 'zod';
import { parseWithSchema } from '../_zod-issues.js';
import { IssueCode, type Issue, type SourceSpan } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { parseYaml, spanFinder } from '../yaml/parse.js';
import { TRACKS } from '../plan/schema.js';
import type { Track } from '../plan/types.js';
import type { Activity } from './types.js';

/** Activity kinds: silent reflection, pair talk, group work, plenary discussion, quiz/sorting. */
export const ACTIVITY_KINDS = ['refleksjon', 'par', 'gruppe', 'plenum', 'quiz'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
/** Slide layouts an author may pick (the renderer gives each its own arrangement in every theme). */
export const LAYOUTS = ['title', 'section', 'statement', 'columns', 'icons', 'quote', 'case', 'activity', 'break'] as const;
export type Layout = (typeof LAYOUTS)[number];
const iconName = z.string().regex(/^[a-z0-9][a-z0-9-]*$/);

const text = z.string().min(1);
const minutes = z.number().positive().max(240);

const activitySchema = z
  .object({
    title: text,
    minutes,
    purpose: text.optional(),
    instruction: text.optional(),
    group: text.optional(),
    materials: text.optional(),
    debrief: z.union([text, z.array(text)]).optional(),
    alternative: text.optional(),
    /** What kind of activity this is; the timing model gives each kind a realistic minimum. */
    kind: z.enum(ACTIVITY_KINDS).optional(),
    /** The shortest the activity can run when the session is late (catch-up plan). */
    shortest: minutes.optional(),
  })
  .strict();

export const slideSettingsSchema = z
  .object({
    /** A name for the slide in the manuscript, agenda and speaker view, when its heading is not one. */
    title: text.optional(),
    minutes: minutes.optional(),
    tracks: z.union([z.enum(TRACKS), z.array(z.enum(TRACKS)).min(1)]).optional(),
    optional: z.boolean().optional(),
    notice: text.optional(),
    sources: z.union([text, z.array(text)]).optional(),
    class: z
      .string()
      .regex(/^[a-z][a-z0-9-]*( [a-z][a-z0-9-]*)*$/)
      .optional(),
    activity: activitySchema.optional(),
    layout: z.enum(LAYOUTS).optional(),
    /** Punkt icon names for the `icons` layout (one per list item, in order) or `columns` (one). */
    icons: z.array(iconName).min(1).optional(),
    icon: iconName.optional(),
  })
  .strict();

export const SLIDE_KEYS = Object.keys(slideSettingsSchema.shape);
export const ACTIVITY_KEYS = Object.keys(activitySchema.shape);

export interface SlideSettings {
  /** Where the settings that the linter may point at are written. */
  spans: Partial<Record<'sources' | 'activity' | 'minutes' | 'icons' | 'icon' | 'layout', SourceSpan>>;
  title?: string;
  minutes?: number;
  tracks: Track[];
  optional: boolean;
  notice?: string;
  sources: string[];
  className?: string;
  activity?: Activity;
  layout?: Layout;
  icons?: string[];
  icon?: string;
}

const asList = (value: string | string[] | undefined): string[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/**
 * Parses and validates one slide's settings. `firstLine` is the 0-based line of the settings in
 * the file, so issues point at the right line of the Markdown file.
 * @example parseSlideSettings('minutes: 2\ntracks: praksis', 'a.md', 3, nb).settings?.tracks // ['praksis']
 */
export function parseSlideSettings(
  yamlText: string,
  file: string,
  firstLine: number,
  t: Messages,
): { settings?: SlideSettings; issues: Issue[] } {
  // Padding with the lines above keeps the YAML parser's line numbers equal to the file's.
  const parsed = parseYaml({ path: file, text: '\n'.repeat(firstLine) + yamlText }, t);
  if (parsed.issues.length > 0) return { issues: parsed.issues };
  const input: unknown = parsed.doc.toJS();
  const at = spanFinder(parsed);
  const checked = parseWithSchema(slideSettingsSchema, input, {
    t,
    at,
    keysAt: (path) => (path[0] === 'activity' ? ACTIVITY_KEYS : SLIDE_KEYS),
    unknownKeyCode: IssueCode.SLIDE_META,
    invalidCode: IssueCode.SLIDE_META,
    special: (key, _path, value, zodIssue) =>
      zodIssue.code === 'invalid_format' && key === 'class' ? { message: t.content.badClass(String(value)), hint: t.content.badClassHint } : undefined,
  });
  if ('issues' in checked) return checked;
  const data = checked.data;
  const activity: Activity | undefined = data.activity && {
    title: data.activity.title,
    minutes: data.activity.minutes,
    ...(data.activity.purpose !== undefined ? { purpose: data.activity.purpose } : {}),
    ...(data.activity.instruction !== undefined ? { instruction: data.activity.instruction } : {}),
    ...(data.activity.group !== undefined ? { group: data.activity.group } : {}),
    ...(data.activity.materials !== undefined ? { materials: data.activity.materials } : {}),
    debrief: asList(data.activity.debrief),
    ...(data.activity.alternative !== undefined ? { alternative: data.activity.alternative } : {}),
    ...(data.activity.kind !== undefined ? { kind: data.activity.kind } : {}),
    ...(data.activity.shortest !== undefined ? { shortest: data.activity.shortest } : {}),
  };
  const spans: SlideSettings['spans'] = {};
  for (const key of ['sources', 'activity', 'minutes', 'icons', 'icon', 'layout'] as const) if (data[key] !== undefined) spans[key] = at([key], 'key');
  const settings: SlideSettings = {
    spans,
    ...(data.title !== undefined ? { title: data.title } : {}),
    // An activity slide lasts as long as its activity unless the author says otherwise.
    ...(data.minutes !== undefined ? { minutes: data.minutes } : activity ? { minutes: activity.minutes } : {}),
    tracks: data.tracks === undefined ? [...TRACKS] : asList(data.tracks) as Track[],
    optional: data.optional ?? false,
    ...(data.notice !== undefined ? { notice: data.notice } : {}),
    sources: asList(data.sources),
    ...(data.class !== undefined ? { className: data.class } : {}),
    ...(activity ? { activity } : {}),
    ...(data.layout !== undefined ? { layout: data.layout } : {}),
    ...(data.icons !== undefined ? { icons: data.icons } : {}),
    ...(data.icon !== undefined ? { icon: data.icon } : {}),
  };
  return { settings, issues: [] };
}

export const DEFAULT_SETTINGS: SlideSettings = { spans: {}, tracks: [...TRACKS], optional: false, sources: [] };
