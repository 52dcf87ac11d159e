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
  return slide.durationSec + (snapshot.countdowns.get(slide.id)?.adjustSec ?? 0);
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
  kind: 'skip' | 'shorten';
  slideIndex: number;
  title: string;
  saveSec: number;
}

/**
 * Ways to land on time when behind: first skip slides the author marked optional, then shorten
 * coming activities by up to half their time. Breaks are never cut: the group needs them.
 */
export function catchUp(schedule: Schedule, snapshot: TimerSnapshot, deltaSec: number): Suggestion[] {
  if (deltaSec < ON_TRACK_SEC) return [];
  const coming = schedule.slides.filter((slide) => slide.index > snapshot.slideIndex && !snapshot.visited.has(slide.index));
  const suggestions: Suggestion[] = [];
  let need = deltaSec;
  for (const slide of coming) {
    if (need <= 0) break;
    if (slide.optional && slide.durationSec > 0) {
      suggestions.push({ kind: 'skip', slideIndex: slide.index, title: slide.title, saveSec: slide.durationSec });
      need -= slide.durationSec;
    }
  }
  for (const slide of coming) {
    if (need <= 0) break;
    if (slide.activity && !slide.optional) {
      const room = Math.floor(slide.activity.durationSec / 2 / 60) * 60;
      const saveSec = Math.min(room, Math.ceil(need / 60) * 60);
      if (saveSec >= 60) {
        suggestions.push({ kind: 'shorten', slideIndex: slide.index, title: slide.activity.title, saveSec });
        need -= saveSec;
      }
    }
  }
  return suggestions;
}

/** The next section after the current one, and the next activity or break from here on. */
export function upcoming(schedule: Schedule, slideIndex: number): { section?: (typeof schedule.sections)[number]; activity?: ScheduledSlide } {
  const current = schedule.slides[slideIndex];
  const section = schedule.sections.find((s) => current && s.index > current.sectionIndex);
  const activity = schedule.slides.find((slide) => slide.index > slideIndex && (slide.activity || slide.kind === 'break'));
  return { ...(section ? { section } : {}), ...(activity ? { activity } : {}) };
}
