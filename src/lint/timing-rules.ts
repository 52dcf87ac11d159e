// The timing model's rules: warnings for sections and activities, an error for a module whose
// track does not fit its planned time. Pure; the figures come from timing.ts.
import type { Module } from '../content/types.js';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { TRACKS } from '../plan/schema.js';
import { activityTiming, moduleTrackTiming, type ModuleTrackTiming } from './timing.js';

/** Minutes with one decimal at most, with the language's decimal sign (3,2 in bokmål, 3.2 in English). */
export const minutesText = (minutes: number, t: Pick<Messages, 'lang'>): string => {
  const text = String(Math.round(minutes * 10) / 10);
  return t.lang === 'nb' ? text.replace('.', ',') : text;
};

/** The module's figures in every track. */
export function moduleTimings(module: Module): ModuleTrackTiming[] {
  return TRACKS.map((track) => moduleTrackTiming(module, track));
}

/** Activity issues once per slide (not per track): a missing kind, minutes below the kind's minimum. */
function activityIssues(module: Module, t: Messages): Issue[] {
  const issues: Issue[] = [];
  for (const section of module.sections) {
    for (const slide of section.slides) {
      if (!slide.activity) continue;
      const timing = activityTiming(slide.activity, slide.settingSpans.activity ?? slide.span);
      if (timing.inferred) {
        issues.push({ code: IssueCode.ACTIVITY_KIND_MISSING, severity: 'warning', message: t.lint.kindMissing(timing.title, timing.kind), hint: t.lint.kindMissingHint, span: timing.span });
      }
      if (timing.declaredMinutes < timing.minimumMinutes) {
        const minimum = minutesText(timing.minimumMinutes, t);
        issues.push({
          code: IssueCode.ACTIVITY_TOO_SHORT,
          severity: 'warning',
          message: t.lint.activityTooShort(timing.title, timing.kind, minutesText(timing.declaredMinutes, t), minimum),
          hint: t.lint.activityTooShortHint(minimum),
          span: timing.span,
        });
      }
    }
  }
  return issues;
}

/** Every timing issue of one module, given its figures per track. */
export function timingIssues(module: Module, timings: readonly ModuleTrackTiming[], t: Messages): Issue[] {
  const issues = activityIssues(module, t);
  for (const timing of timings) {
    const track = t.tracks[timing.track] ?? timing.track;
    for (const section of timing.sections) {
      if (section.status === 'ok') continue;
      const args = [section.title, track, minutesText(section.neededMinutes, t), minutesText(section.plannedMinutes, t), section.percent] as const;
      issues.push({
        code: IssueCode.SECTION_TIMING,
        severity: 'warning',
        message: section.status === 'over' ? t.lint.sectionOver(...args) : t.lint.sectionUnder(...args),
        hint: section.status === 'over' ? t.lint.sectionOverHint : t.lint.sectionUnderHint,
        span: section.span,
      });
    }
    if (timing.status !== 'ok') {
      issues.push({
        code: IssueCode.MODULE_TIMING,
        severity: 'error',
        message: t.lint.moduleTiming(timing.title, track, minutesText(timing.neededMinutes, t), minutesText(timing.plannedMinutes, t), timing.percent),
        hint: timing.status === 'over' ? t.lint.moduleTimingOverHint : t.lint.moduleTimingUnderHint,
        span: timing.span,
      });
    }
  }
  return issues;
}
