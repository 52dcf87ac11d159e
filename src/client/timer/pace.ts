// Where the session stands against its plan: ahead/behind, time left in the section, projected
// end, and how to land on time. Pure functions of the schedule and a timer snapshot.
import type { Schedule, ScheduledSlide } from '../../schedule/types.js';
import type { TimerSnapshot } from './state.js';

export type PaceState = 'not-started' | 'on-track' | 'ahead' | 'behind' | 'paused';

/** Within a minute either way counts as on schedule. */
export const ON_TRACK_SEC = 60;

/**
 * How far the session is from its plan, in seconds; positive = behind.
 *
 * E is the session time elapsed (since the start, unplanned pauses excluded). The current slide
 * i has the planned window [Oᵢ, Oᵢ + Dᵢ] in session time (start offset and planned duration).
 *
 *   delta = E − (Oᵢ + Dᵢ)   if E > Oᵢ + Dᵢ   behind: still on slide i after its planned end
 *   delta = E − Oᵢ          if E < Oᵢ        ahead: reached slide i before its planned start
 *   delta = 0               otherwise        on schedule: inside the slide's window
 *
 * The state is "behind" from +60 s, "ahead" from −60 s, "on-track" in between; the text shows
 * whole minutes, rounded towards zero ("2 min bak skjema" from 120 s up to 179 s).
 *
 * @example paceDelta(700, { offsetSec: 300, durationSec: 300 }) // 100 (behind)
 */
export function paceDelta(elapsedSec: number, slide: Pick<ScheduledSlide, 'offsetSec' | 'durationSec'>): number {
  const end = slide.offsetSec + slide.durationSec;
  if (elapsedSec > end) return elapsedSec - end;
  if (elapsedSec < slide.offsetSec) return elapsedSec - slide.offsetSec;
  return 0;
}

export function paceState(snapshot: Pick<TimerSnapshot, 'status'>, deltaSec: number): PaceState {
  if (snapshot.status === 'not-started') return 'not-started';
  if (snapshot.status === 'paused') return 'paused';
  if (deltaSec >= ON_TRACK_SEC) return 'behind';
  if (deltaSec <= -ON_TRACK_SEC) return 'ahead';
  return 'on-track';
}

/** Whole minutes of a delta, towards zero: 179 s is "2 min", 59 s is "0 min". */
export function wholeMinutes(sec: number): number {
  return Math.trunc(Math.abs(sec) / 60);
}

/** Seconds after midnight of a wall-clock time (epoch ms), in the browser's time zone. */
export function clockSecOf(epochMs: number): number {
  const date = new Date(epochMs);
  return date.getHours() * 3600 + date.getMinutes() * 60 + date.getSeconds();
}

/** A slide's planned seconds with the facilitator's ± adjustments to its activity or break. */
function adjustedDuration(slide: ScheduledSlide, snapshot: TimerSnapshot): number {
  if (snapshot.skipped.has(slide.id) && slide.index !== snapshot.slideIndex) return 0;
  return Math.max(0, slide.durationSec + (snapshot.countdowns.get(slide.id)?.adjustSec ?? 0));
}

export interface Pace {
  state: PaceState;
  deltaSec: number;
  sectionIndex: number;
  /** Planned section time (with adjustments) minus the time spent in it; negative = over. */
  sectionLeftSec?: number;
  elapsedSec: number;
  plannedTotalSec: number;
  /** Session seconds still planned from here (current slide's rest and everything after). */
  remainingSec: number;
  /** Wall clock seconds after midnight. */
  projectedEndSec: number;
  plannedEndSec: number;
}

/**
 * The full picture at `now`. Projected end = now + what is still planned from the current slide
 * on (its unused time, then every later slide with adjustments), so a late start, pauses and
 * extended activities all show up in it.
 */
export function pace(schedule: Schedule, snapshot: TimerSnapshot, now: number): Pace {
  const slides = schedule.slides;
  const current = slides[Math.min(snapshot.slideIndex, slides.length - 1)]!;
  const deltaSec = snapshot.status === 'not-started' ? 0 : paceDelta(snapshot.elapsedSec, current);
  const started = snapshot.status !== 'not-started';
  let remainingSec = started ? Math.max(0, adjustedDuration(current, snapshot) - snapshot.onSlideSec) : adjustedDuration(current, snapshot);
  for (const slide of slides.slice(current.index + 1)) remainingSec += adjustedDuration(slide, snapshot);
  if (!started) for (const slide of slides.slice(0, current.index)) remainingSec += adjustedDuration(slide, snapshot);

  const section = schedule.sections[current.sectionIndex];
  let sectionLeftSec: number | undefined;
  if (section) {
    const planned = slides.slice(section.firstSlide, section.lastSlide + 1).reduce((sum, slide) => sum + adjustedDuration(slide, snapshot), 0);
    sectionLeftSec = planned - (snapshot.sectionSec[section.index] ?? 0);
  }
  return {
    state: paceState(snapshot, deltaSec),
    deltaSec,
    sectionIndex: current.sectionIndex,
    ...(sectionLeftSec !== undefined ? { sectionLeftSec } : {}),
    elapsedSec: snapshot.elapsedSec,
    plannedTotalSec: schedule.totalSec,
    remainingSec,
    projectedEndSec: clockSecOf(now) + remainingSec,
    plannedEndSec: schedule.endSec,
  };
}

export interface Suggestion {
  /** skip: an optional slide; shorten: an activity to its shortest; break: a plan break. */
  kind: 'skip' | 'shorten' | 'break';
  slideIndex: number;
  slideId: string;
  title: string;
  saveSec: number;
}

export interface CatchUpPlan {
  /** Seconds still to recover: the delta less what accepted steps will save further on. */
  needSec: number;
  steps: Suggestion[];
  /** What all proposed steps save together. */
  recoverableSec: number;
  /** Seconds already saved by steps the facilitator has taken (skips and shortenings ahead). */
  acceptedSec: number;
}

/** A plan break gives up to half its time, never going under five minutes. */
export const BREAK_FLOOR_SEC = 300;
export function breakSaving(durationSec: number): number {
  const keep = Math.max(BREAK_FLOOR_SEC, Math.ceil(durationSec / 2 / 60) * 60);
  return Math.max(0, durationSec - keep);
}

/**
 * What can give when the session runs late, as the content declares it: slides marked
 * `optional`, activities with a `shortest` length, and the plan's breaks (to half, never under
 * five minutes). Steps come in order of least harm: optional slides first, then activities,
 * breaks last; within each, the nearest first. Steps stop once the remaining delay is covered.
 * Slides already passed and steps already taken are left out; a taken step counts against the
 * delay, so the plan shrinks as the facilitator accepts it.
 */
export function catchUp(schedule: Schedule, snapshot: TimerSnapshot, deltaSec: number): CatchUpPlan {
  const coming = schedule.slides.filter((slide) => slide.index > snapshot.slideIndex && !snapshot.visited.has(slide.index));
  let acceptedSec = 0;
  for (const slide of coming) {
    if (snapshot.skipped.has(slide.id)) acceptedSec += slide.durationSec;
    else acceptedSec += Math.max(0, -(snapshot.countdowns.get(slide.id)?.adjustSec ?? 0));
  }
  // The delay in the whole minutes the facilitator is shown ("5 min bak skjema" from 300 to 359 s).
  const needSec = Math.max(0, Math.floor(deltaSec / 60) * 60 - acceptedSec);
  const steps: Suggestion[] = [];
  if (deltaSec < ON_TRACK_SEC || needSec <= 0) return { needSec, steps, recoverableSec: 0, acceptedSec };
  const open = coming.filter((slide) => !snapshot.skipped.has(slide.id) && (snapshot.countdowns.get(slide.id)?.adjustSec ?? 0) === 0);
  const candidates: Suggestion[] = [
    ...open.filter((slide) => slide.optional && slide.durationSec > 0).map((slide) => ({ kind: 'skip' as const, slideIndex: slide.index, slideId: slide.id, title: slide.title, saveSec: slide.durationSec })),
    ...open
      .filter((slide) => !slide.optional && slide.activity?.shortestSec !== undefined)
      .map((slide) => ({ kind: 'shorten' as const, slideIndex: slide.index, slideId: slide.id, title: slide.activity!.title, saveSec: slide.activity!.durationSec - slide.activity!.shortestSec! })),
    ...open.filter((slide) => slide.kind === 'break').map((slide) => ({ kind: 'break' as const, slideIndex: slide.index, slideId: slide.id, title: slide.title, saveSec: breakSaving(slide.durationSec) })),
  ].filter((step) => step.saveSec >= 60);
  let need = needSec;
  for (const step of candidates) {
    if (need <= 0) break;
    steps.push(step);
    need -= step.saveSec;
  }
  return { needSec, steps, recoverableSec: steps.reduce((sum, step) => sum + step.saveSec, 0), acceptedSec };
}

/** The next section after the current one, and the next activity or break from here on. */
export function upcoming(schedule: Schedule, slideIndex: number): { section?: (typeof schedule.sections)[number]; activity?: ScheduledSlide } {
  const current = schedule.slides[slideIndex];
  const section = schedule.sections.find((s) => current && s.index > current.sectionIndex);
  const activity = schedule.slides.find((slide) => slide.index > slideIndex && (slide.activity || slide.kind === 'break'));
  return { ...(section ? { section } : {}), ...(activity ? { activity } : {}) };
}
