// The content linter's rules: pure checks over a loaded module and the reference list. Each
// issue points at the file and line an author has to open.
import { moduleBlocks } from '../compose/compose.js';
import type { Module, Reference, Section, Slide } from '../content/types.js';
import { IssueCode, type Issue, type SourceSpan } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { TRACKS } from '../plan/schema.js';
import type { Track } from '../plan/types.js';
import { blockSeconds } from '../compose/durations.js';
import { suggest } from '../suggest.js';
import { countWords } from './words.js';

/**
 * Most words a slide may show. A slide is read in a few seconds from the back row; 50 words is
 * about six short bullet points. Longer text belongs in the manuscript.
 */
export const MAX_SLIDE_WORDS = 50;

export { countWords };

const minutesText = (sec: number): string => String(Math.round((sec / 60) * 10) / 10).replace('.', ',');

function slideIssues(slide: Slide, references: ReadonlyMap<string, Reference>, t: Messages): Issue[] {
  const issues: Issue[] = [];
  const add = (code: Issue['code'], message: string, hint: string, severity: Issue['severity'] = 'error', span: SourceSpan = slide.span): void => {
    issues.push({ code, severity, message, hint, span });
  };
  if (!slide.title) add(IssueCode.SLIDE_NO_TITLE, t.content.noTitle, t.content.noTitleHint);
  if (!slide.notesText.trim()) add(IssueCode.SLIDE_NO_NOTES, t.content.noNotes, t.content.noNotesHint);
  const words = countWords(slide.bodyText);
  if (words > MAX_SLIDE_WORDS) add(IssueCode.SLIDE_TOO_MUCH_TEXT, t.lint.tooMuchText(words, MAX_SLIDE_WORDS), t.lint.tooMuchTextHint);
  const sourcesSpan = slide.settingSpans.sources ?? slide.span;
  for (const id of slide.sources) {
    const reference = references.get(id);
    if (!reference) {
      add(IssueCode.SLIDE_SOURCE_UNKNOWN, t.content.sourceUnknown(id), t.content.sourceUnknownHint(suggest(id, [...references.keys()])), 'error', sourcesSpan);
    } else if (reference.caveat && !slide.bodyText.toLowerCase().includes(reference.caveat.toLowerCase())) {
      add(IssueCode.SLIDE_CAVEAT_MISSING, t.lint.caveatMissing(reference.short, reference.caveat), t.lint.caveatMissingHint, 'error', sourcesSpan);
    }
  }
  const activity = slide.activity;
  if (activity) {
    const missing: string[] = [];
    if (!activity.instruction) missing.push('instruction');
    if (!activity.alternative) missing.push('alternative');
    const activitySpan = slide.settingSpans.activity ?? slide.span;
    if (missing.length) add(IssueCode.ACTIVITY_INCOMPLETE, t.lint.activityMissing(activity.title, missing), t.lint.activityMissingHint, 'error', activitySpan);
    const recommended: string[] = [];
    if (!activity.purpose) recommended.push('purpose');
    if (!activity.group) recommended.push('group');
    if (!activity.materials) recommended.push('materials');
    if (activity.debrief.length === 0) recommended.push('debrief');
    if (recommended.length) add(IssueCode.ACTIVITY_INCOMPLETE, t.lint.activityMissing(activity.title, recommended), t.lint.activityMissingHint, 'warning', activitySpan);
  }
  return issues;
}

function sectionTimeIssues(module: Module, section: Section, t: Messages): Issue[] {
  if (section.isBreak) return [];
  const issues: Issue[] = [];
  const budgetSec = Math.round(section.minutes * 60);
  for (const track of TRACKS) {
    const slides = section.slides.filter((slide) => slide.tracks.includes(track));
    if (slides.length === 0) {
      issues.push({ code: IssueCode.SECTION_EMPTY_TRACK, severity: 'error', message: t.lint.emptyTrack(section.title, t.tracks[track]!), hint: t.lint.emptyTrackHint, span: section.span });
      continue;
    }
    const planned = slides.map((slide) => (slide.minutes === undefined ? undefined : Math.round(slide.minutes * 60)));
    const fixedSec = planned.reduce<number>((sum, sec) => sum + (sec ?? 0), 0);
    const allFixed = planned.every((sec) => sec !== undefined);
    if (fixedSec > budgetSec || (allFixed && fixedSec !== budgetSec)) {
      issues.push({
        code: IssueCode.SECTION_TIME,
        severity: 'error',
        message: t.lint.sectionTime(section.title, t.tracks[track]!, minutesText(fixedSec), minutesText(budgetSec)),
        hint: t.lint.sectionTimeHint,
        span: section.span,
      });
    }
  }
  return issues;
}

/** Minutes each track's path through a module takes, breaks included. */
export function trackSeconds(module: Module, track: Track): number {
  return moduleBlocks(module, track)
    .filter((block) => block.kind === 'break' || block.slides.length > 0)
    .flatMap(blockSeconds)
    .reduce((a, b) => a + b, 0);
}

/** Every rule over one module. */
export function lintModule(module: Module, references: ReadonlyMap<string, Reference>, t: Messages): Issue[] {
  const issues: Issue[] = [];
  for (const section of module.sections) {
    issues.push(...sectionTimeIssues(module, section, t));
    for (const slide of section.slides) issues.push(...slideIssues(slide, references, t));
  }
  for (const track of TRACKS) {
    const sec = trackSeconds(module, track);
    if (Math.abs(sec - module.minutes * 60) > module.toleranceMinutes * 60) {
      issues.push({
        code: IssueCode.MODULE_TIME,
        severity: 'error',
        message: t.lint.moduleTime(module.title, t.tracks[track]!, minutesText(sec), module.minutes, module.toleranceMinutes),
        hint: t.lint.moduleTimeHint,
        span: module.span,
      });
    }
  }
  return issues;
}
