// The timing model (issue 12 §3): is a section's planned time backed by material? Pure: a loaded
// module in, figures out. Needed minutes = manuscript read aloud at 130 words a minute + every
// activity at its declared minutes or its kind's realistic minimum, whichever is longer.
import type { Activity, Module, Section, Slide } from '../content/types.js';
import type { ActivityKind } from '../content/slide-settings.js';
import type { SourceSpan } from '../errors.js';
import type { Track } from '../plan/types.js';
import { countWords } from './words.js';

/** A calm facilitator reading a manuscript aloud, with the small pauses a room needs. */
export const WORDS_PER_MINUTE = 130;

/**
 * Shortest realistic time for each kind of activity, instruction and round-up included: a pair
 * talk needs the instruction, the talk and a short plenary round, which is not done in 1.5 min.
 */
export const KIND_MINIMUM_MINUTES: Readonly<Record<ActivityKind, number>> = {
  refleksjon: 1.5,
  par: 3,
  gruppe: 5,
  plenum: 2.5,
  quiz: 2,
};

/** A section outside these shares of its planned time gets a warning… */
export const SECTION_LOW = 0.8;
export const SECTION_HIGH = 1.05;
/** …and a module in one track outside them is an error. */
export const MODULE_LOW = 0.8;
export const MODULE_HIGH = 1.05;
/** No section should need more than this share of its time, even when the module fits. */
export const SECTION_TARGET_MAX = 1.15;

export type TimingStatus = 'ok' | 'over' | 'under';

export interface ActivityTiming {
  title: string;
  kind: ActivityKind;
  /** The kind was not written; it was guessed from `group`. */
  inferred: boolean;
  declaredMinutes: number;
  minimumMinutes: number;
  /** What the model counts: the larger of the two. */
  minutes: number;
  span: SourceSpan;
}

/** Planned against needed minutes: the figures a section and a module × track both report. */
export interface TimingFigures {
  plannedMinutes: number;
  speechMinutes: number;
  activityMinutes: number;
  neededMinutes: number;
  /** needed / planned, e.g. 0.92. */
  ratio: number;
  /** The ratio as a whole percentage, for reports. */
  percent: number;
  status: TimingStatus;
  span: SourceSpan;
}

export interface SectionTiming extends TimingFigures {
  sectionId: string;
  title: string;
  /** The section's Markdown file, where material is added or cut. */
  file?: string;
  speechWords: number;
  activities: ActivityTiming[];
}

export interface ModuleTrackTiming extends TimingFigures {
  moduleId: string;
  title: string;
  track: Track;
  /** plannedMinutes: of the sections with material in this track (breaks are not material). */
  sections: SectionTiming[];
}

/** "Kilde: …" / "Kilder: …" lines are for the facilitator's eyes, not read aloud. */
const SOURCES_LINE = /^\s*\**\s*kilder?\s*:/i;

/** Words the facilitator speaks from a slide's manuscript. */
export function speechWords(notesText: string): number {
  return countWords(
    notesText
      .split('\n')
      .filter((line) => !SOURCES_LINE.test(line))
      .join('\n'),
  );
}

/**
 * The kind an activity without `kind` most likely is, read from its `group` text. Pairs and
 * groups first ("Hver for seg, så to og to" ends as a pair talk), then plenary, then alone.
 */
export function inferKind(group: string | undefined): ActivityKind {
  const text = (group ?? '').toLowerCase();
  if (/(^|[^a-zæøå])(par|parvis)([^a-zæøå]|$)|to og to|tre og tre/.test(text)) return 'par';
  if (text.includes('grupp')) return 'gruppe';
  if (text.includes('plenum')) return 'plenum';
  if (text.includes('alene') || text.includes('hver for seg')) return 'refleksjon';
  return 'plenum';
}

export function activityTiming(activity: Activity, span: SourceSpan): ActivityTiming {
  const kind = activity.kind ?? inferKind(activity.group);
  const minimumMinutes = KIND_MINIMUM_MINUTES[kind];
  return {
    title: activity.title,
    kind,
    inferred: activity.kind === undefined,
    declaredMinutes: activity.minutes,
    minimumMinutes,
    minutes: Math.max(activity.minutes, minimumMinutes),
    span,
  };
}

export function statusOf(ratio: number, low: number, high: number): TimingStatus {
  return ratio > high ? 'over' : ratio < low ? 'under' : 'ok';
}

/** Whole percent; 999 stands for "no planned time at all" (JSON has no Infinity). */
export const percentOf = (ratio: number): number => (Number.isFinite(ratio) ? Math.round(ratio * 100) : 999);

const round1 = (n: number): number => Math.round(n * 10) / 10;

interface RawFigures {
  words: number;
  speechMinutes: number;
  activities: ActivityTiming[];
  activityMinutes: number;
}

/** Unrounded figures of one section in one track; undefined for breaks and sections without slides there. */
function rawFigures(section: Section, track: Track): RawFigures | undefined {
  if (section.isBreak) return undefined;
  const slides: Slide[] = section.slides.filter((slide) => slide.tracks.includes(track));
  if (slides.length === 0) return undefined;
  const words = slides.reduce((sum, slide) => sum + speechWords(slide.notesText), 0);
  const activities = slides.flatMap((slide) => (slide.activity ? [activityTiming(slide.activity, slide.settingSpans.activity ?? slide.span)] : []));
  return { words, speechMinutes: words / WORDS_PER_MINUTE, activities, activityMinutes: activities.reduce((sum, activity) => sum + activity.minutes, 0) };
}

/** One section's figures in one track; undefined for breaks and sections without slides there. */
export function sectionTiming(section: Section, track: Track): SectionTiming | undefined {
  const raw = rawFigures(section, track);
  if (!raw) return undefined;
  const neededMinutes = raw.speechMinutes + raw.activityMinutes;
  const ratio = section.minutes > 0 ? neededMinutes / section.minutes : Infinity;
  return {
    sectionId: section.id,
    title: section.title,
    ...(section.file ? { file: section.file } : {}),
    plannedMinutes: section.minutes,
    speechWords: raw.words,
    speechMinutes: round1(raw.speechMinutes),
    activityMinutes: round1(raw.activityMinutes),
    neededMinutes: round1(neededMinutes),
    ratio,
    percent: percentOf(ratio),
    status: statusOf(ratio, SECTION_LOW, SECTION_HIGH),
    activities: raw.activities,
    span: section.span,
  };
}

/** A module's figures in one track: every section with material, and the total. */
export function moduleTrackTiming(module: Module, track: Track): ModuleTrackTiming {
  const sections: SectionTiming[] = [];
  let plannedMinutes = 0;
  // Sum unrounded figures so the total does not drift from rounding each section.
  let speechMinutes = 0;
  let activityMinutes = 0;
  for (const section of module.sections) {
    const raw = rawFigures(section, track);
    if (!raw) continue;
    sections.push(sectionTiming(section, track)!);
    plannedMinutes += section.minutes;
    speechMinutes += raw.speechMinutes;
    activityMinutes += raw.activityMinutes;
  }
  const neededMinutes = speechMinutes + activityMinutes;
  const ratio = plannedMinutes > 0 ? neededMinutes / plannedMinutes : neededMinutes > 0 ? Infinity : 1;
  return {
    moduleId: module.id,
    title: module.title,
    track,
    plannedMinutes: round1(plannedMinutes),
    speechMinutes: round1(speechMinutes),
    activityMinutes: round1(activityMinutes),
    neededMinutes: round1(neededMinutes),
    ratio,
    percent: percentOf(ratio),
    status: statusOf(ratio, MODULE_LOW, MODULE_HIGH),
    sections,
    span: module.span,
  };
}
