// Session → timeline: gives every block of the composed session its planned seconds, offsets and
// clock times, and checks the result against the plan's end. Pure integer-second arithmetic;
// "now" never enters here, and nothing is added or moved: composition decided the order.
import { blockSeconds, sum } from '../compose/durations.js';
import { blockId, type Session } from '../compose/types.js';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { Alternatives } from '../compose/alternatives.js';
import { formatOptions, overrunOptions, underrunOptions, UNDERRUN_WARN_SEC } from './advice.js';
import { DAY, formatClock } from '../time/clock.js';
import type { Schedule, ScheduledModule, ScheduledSection, ScheduledSlide } from './types.js';

export interface ScheduleResult {
  schedule: Schedule;
  /** The composition's issues (where breaks went), then the schedule's own (overrun, underrun). */
  issues: Issue[];
}

/**
 * Schedules a composed session.
 * @example scheduleSession(composeSession(plan, [intro]), nb).schedule.slides[1]?.clock // '09:00'
 */
export function scheduleSession(session: Session, t: Messages, options: { alternatives?: Alternatives } = {}): ScheduleResult {
  const { plan, blocks } = session;
  const issues: Issue[] = [...session.issues];

  const slides: ScheduledSlide[] = [];
  const sections: ScheduledSection[] = [];
  const clock = (offsetSec: number): string => formatClock(plan.startSec + offsetSec);
  let offsetSec = 0;

  for (const block of blocks) {
    if (block.kind === 'title' || block.kind === 'sources') {
      // The title opens the session; the sources are shown after its planned end. Neither takes time.
      slides.push({ index: slides.length, id: block.kind === 'title' ? 'title' : `sources-${block.page}`, kind: block.kind, title: block.title, sectionIndex: -1, offsetSec, durationSec: 0, clock: clock(offsetSec) });
      continue;
    }
    const seconds = blockSeconds(block);
    const sectionIndex = sections.length;
    const firstSlide = slides.length;
    const id = blockId(block);
    if (block.kind === 'break') {
      slides.push({ index: slides.length, id, kind: 'break', title: block.title, sectionIndex, offsetSec, durationSec: seconds[0]!, clock: clock(offsetSec) });
    } else {
      let slideOffset = offsetSec;
      block.slides.forEach((slide, i) => {
        const durationSec = seconds[i]!;
        slides.push({
          index: slides.length,
          id: slide.id,
          kind: 'content',
          title: slide.title || slide.activity?.title || '',
          sectionIndex,
          offsetSec: slideOffset,
          durationSec,
          clock: clock(slideOffset),
          ...(slide.activity
            ? {
                activity: {
                  title: slide.activity.title,
                  durationSec: Math.round(slide.activity.minutes * 60),
                  ...(slide.activity.kind ? { kind: slide.activity.kind } : {}),
                  ...(slide.activity.shortest !== undefined ? { shortestSec: Math.round(Math.min(slide.activity.shortest, slide.activity.minutes) * 60) } : {}),
                },
              }
            : {}),
          ...(slide.optional ? { optional: true } : {}),
        });
        slideOffset += durationSec;
      });
    }
    const durationSec = sum(seconds);
    sections.push({
      index: sectionIndex,
      id,
      title: block.title,
      kind: block.kind,
      ...(block.module ? { moduleRef: block.module.ref } : {}),
      offsetSec,
      durationSec,
      clock: clock(offsetSec),
      firstSlide,
      lastSlide: slides.length - 1,
    });
    offsetSec += durationSec;
  }
  const totalSec = offsetSec;

  const modules: ScheduledModule[] = session.modules.map((module) => {
    const own = sections.filter((section) => section.moduleRef === module.ref);
    const first = own[0];
    const last = own[own.length - 1];
    const start = first?.offsetSec ?? 0;
    const end = last ? last.offsetSec + last.durationSec : start;
    return { ref: module.ref, title: module.title, offsetSec: start, durationSec: end - start, clock: clock(start) };
  });

  const endSec = plan.startSec + totalSec;
  if (plan.endSec !== undefined && endSec > plan.endSec) {
    const shortMinutes = Math.ceil((endSec - plan.endSec) / 60);
    const hint = formatOptions(t.plan.overrunHint, overrunOptions(plan, blocks, endSec, options.alternatives ?? {}), t);
    issues.push({ code: IssueCode.SCHEDULE_OVERRUN, severity: 'error', message: t.plan.overrun(formatClock(endSec), formatClock(plan.endSec), shortMinutes), hint, span: plan.spans.end });
  } else if (plan.endSec !== undefined && plan.endSec - endSec >= UNDERRUN_WARN_SEC) {
    const spareSec = plan.endSec - endSec;
    const hint = formatOptions(t.plan.underrunHint, underrunOptions(endSec, spareSec, options.alternatives ?? {}), t);
    issues.push({ code: IssueCode.SCHEDULE_UNDERRUN, severity: 'warning', message: t.plan.underrun(formatClock(endSec), formatClock(plan.endSec), Math.round(spareSec / 60)), hint, span: plan.spans.end });
  }
  if (endSec > DAY) {
    issues.push({ code: IssueCode.SCHEDULE_PAST_MIDNIGHT, severity: 'warning', message: t.plan.pastMidnight, hint: t.plan.pastMidnightHint, span: plan.spans.start ?? plan.spans[''] });
  }

  const schedule: Schedule = {
    version: 1,
    plan: {
      name: plan.name,
      title: plan.title ?? t.deck.defaultTitle,
      ...(plan.organisation ? { organisation: plan.organisation } : {}),
      ...(plan.facilitators.length ? { facilitators: plan.facilitators } : {}),
      ...(plan.date ? { date: plan.date } : {}),
      track: plan.track,
      language: plan.language,
      timer: plan.timer,
    },
    startSec: plan.startSec,
    endSec,
    totalSec,
    modules,
    sections,
    slides,
  };
  return { schedule, issues };
}
