// Session → timeline: places the plan's breaks, gives every slide its planned seconds, and works
// out offsets and clock times. Pure integer-second arithmetic; "now" never enters here.
import type { Block, BreakBlock, Session } from '../compose/types.js';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { PlanBreak } from '../plan/types.js';
import { suggest } from '../suggest.js';
import { formatOptions, overrunOptions, underrunOptions, UNDERRUN_WARN_SEC, type Alternatives } from './advice.js';
import { allocateSeconds } from './budget.js';
import { DAY, formatClock } from '../time/clock.js';
import type { Schedule, ScheduledModule, ScheduledSection, ScheduledSlide } from './types.js';

export interface ScheduleResult {
  schedule: Schedule;
  /** The blocks in final order, the plan's breaks included (renderers walk these with the slides). */
  blocks: Block[];
  issues: Issue[];
}

/** Planned seconds per slide of a content block (its slot shared out), or the break's length. */
export function blockSeconds(block: Block): number[] {
  if (block.kind === 'break') return [block.budgetSec];
  const planned = block.slides.map((slide) => (slide.minutes === undefined ? undefined : Math.round(slide.minutes * 60)));
  return allocateSeconds(block.budgetSec, planned);
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

function planBreakBlock(entry: PlanBreak, t: Messages): BreakBlock {
  return { kind: 'break', title: entry.title ?? t.deck.breakTitle, budgetSec: entry.minutes * 60 };
}

/** Names a break may be placed after: "intro", "kk1", "intro/<section>", … */
function breakTargets(blocks: readonly Block[]): Map<string, number> {
  const targets = new Map<string, number>();
  blocks.forEach((block, i) => {
    if (!block.module) return;
    targets.set(block.module.ref, i);
    if (block.sectionId) targets.set(`${block.module.ref}/${block.sectionId}`, i);
  });
  return targets;
}

function placeBreaks(session: Session, t: Messages, issues: Issue[]): Block[] {
  const { plan } = session;
  const blocks = [...session.blocks];
  // "after" breaks first, last-to-first so earlier indices stay valid.
  const targets = breakTargets(blocks);
  const afterBreaks = plan.breaks
    .map((entry) => ({ entry, index: entry.after === undefined ? undefined : targets.get(entry.after) }))
    .filter(({ entry }) => entry.after !== undefined);
  for (const { entry, index } of afterBreaks) {
    if (index === undefined) {
      // Every real position, sections included: a planner should not have to guess section ids.
      const valid = [...targets.keys()];
      issues.push({
        code: IssueCode.PLAN_BREAK_TARGET,
        severity: 'error',
        message: t.plan.breakTarget(entry.after!),
        hint: t.plan.breakTargetHint(suggest(entry.after!, [...targets.keys()]), valid),
        span: entry.span,
      });
    }
  }
  afterBreaks
    .filter((item): item is { entry: PlanBreak; index: number } => item.index !== undefined)
    .sort((a, b) => b.index - a.index)
    .forEach(({ entry, index }) => blocks.splice(index + 1, 0, planBreakBlock(entry, t)));

  // "at" breaks go to the section boundary nearest their clock time, earliest first, each
  // placed against the timeline as it stands after the breaks before it.
  const atBreaks = plan.breaks.filter((entry) => entry.atSec !== undefined).sort((a, b) => a.atSec! - b.atSec!);
  for (const entry of atBreaks) {
    const boundaries: { index: number; clockSec: number }[] = [];
    let clockSec = plan.startSec;
    blocks.forEach((block, i) => {
      clockSec += sum(blockSeconds(block));
      if (i < blocks.length - 1) boundaries.push({ index: i + 1, clockSec });
    });
    const wanted = entry.atSec!;
    if (wanted <= plan.startSec || wanted >= clockSec || boundaries.length === 0) {
      issues.push({ code: IssueCode.PLAN_BREAK_TARGET, severity: 'error', message: t.plan.breakOutside(formatClock(wanted)), hint: t.plan.breakOutsideHint, span: entry.span });
      continue;
    }
    const best = boundaries.reduce((a, b) => (Math.abs(b.clockSec - wanted) < Math.abs(a.clockSec - wanted) ? b : a));
    if (Math.abs(best.clockSec - wanted) >= 60) {
      issues.push({ code: IssueCode.PLAN_BREAK_MOVED, severity: 'warning', message: t.plan.breakMoved(formatClock(wanted), formatClock(best.clockSec)), hint: t.plan.breakMovedHint, span: entry.span });
    }
    blocks.splice(best.index, 0, planBreakBlock(entry, t));
  }
  return blocks;
}

/**
 * Schedules a composed session.
 * @example scheduleSession(session, nb).schedule.slides[1]?.clock // '09:00'
 */
export function scheduleSession(session: Session, t: Messages, options: { sourcePages?: number; alternatives?: Alternatives } = {}): ScheduleResult {
  const { plan } = session;
  const issues: Issue[] = [];
  const blocks = placeBreaks(session, t, issues).filter((block) => block.kind === 'break' || block.slides.length > 0);

  const slides: ScheduledSlide[] = [];
  const sections: ScheduledSection[] = [];
  const clock = (offsetSec: number): string => formatClock(plan.startSec + offsetSec);
  let offsetSec = 0;
  let planBreakCount = 0;

  slides.push({ index: 0, id: 'title', kind: 'title', title: plan.title ?? t.deck.defaultTitle, sectionIndex: -1, offsetSec: 0, durationSec: 0, clock: clock(0) });
  for (const block of blocks) {
    const seconds = blockSeconds(block);
    const sectionIndex = sections.length;
    const firstSlide = slides.length;
    const id = block.module && block.sectionId ? `${block.module.ref}/${block.sectionId}` : `pause-${++planBreakCount}`;
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
  // The closing list of sources, split into pages that stay readable; shown after the planned end.
  const sourcePages = Math.max(1, options.sourcePages ?? 1);
  for (let page = 1; page <= sourcePages; page++) {
    const title = sourcePages > 1 ? `${t.deck.sourcesTitle} (${page}/${sourcePages})` : t.deck.sourcesTitle;
    slides.push({ index: slides.length, id: `sources-${page}`, kind: 'sources', title, sectionIndex: -1, offsetSec: totalSec, durationSec: 0, clock: clock(totalSec) });
  }

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
  return { schedule, blocks, issues };
}
