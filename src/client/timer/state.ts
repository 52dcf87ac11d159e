// Folds the event log into a snapshot at a given moment. Pure: no DOM, no clock, no storage.
import type { Schedule } from '../../schedule/types.js';
import type { TimerLog } from './events.js';

export type SessionStatus = 'not-started' | 'running' | 'paused';
export type CountdownStatus = 'ready' | 'running' | 'paused' | 'done';

export interface CountdownSnapshot {
  slideId: string;
  /** Planned seconds plus adjustments. */
  durationSec: number;
  remainingSec: number;
  status: CountdownStatus;
  /** When it was first started (a break's actual start), epoch ms. */
  firstStartedAt?: number;
  adjustSec: number;
}

export interface TimerSnapshot {
  status: SessionStatus;
  startedAt?: number;
  /** Session seconds: wall time since the start, unplanned pauses excluded. */
  elapsedSec: number;
  pausedSec: number;
  slideIndex: number;
  /** Session seconds spent on the current slide since it was last entered. */
  onSlideSec: number;
  /** Session seconds spent per section index, over all visits. */
  sectionSec: number[];
  /** Slides visited at least once (for suggestions: what is still to come). */
  visited: ReadonlySet<number>;
  countdowns: ReadonlyMap<string, CountdownSnapshot>;
  /** Slide ids the facilitator chose to skip (catch-up steps taken). */
  skipped: ReadonlySet<string>;
}

interface CountdownAcc {
  runningSince?: number;
  accumulatedMs: number;
  adjustSec: number;
  firstStartedAt?: number;
}

/** Planned seconds of each countdown: activities and breaks. */
export function countdownDurations(schedule: Schedule): Map<string, number> {
  const durations = new Map<string, number>();
  for (const slide of schedule.slides) {
    if (slide.activity) durations.set(slide.id, slide.activity.durationSec);
    else if (slide.kind === 'break') durations.set(slide.id, slide.durationSec);
  }
  return durations;
}

/**
 * The state of the session at `now` (epoch ms) after the events in `log`.
 * @param initialSlide the slide shown when no slide event has been logged yet
 */
export function foldLog(log: TimerLog, schedule: Schedule, now: number, initialSlide = 0): TimerSnapshot {
  const durations = countdownDurations(schedule);
  const breakIds = new Set(schedule.slides.filter((s) => s.kind === 'break').map((s) => s.id));
  const sectionSec = schedule.sections.map(() => 0);
  const visited = new Set<number>([initialSlide]);
  const skipped = new Set<string>();
  const countdowns = new Map<string, CountdownAcc>();
  const cd = (id: string): CountdownAcc => {
    let acc = countdowns.get(id);
    if (!acc) countdowns.set(id, (acc = { accumulatedMs: 0, adjustSec: 0 }));
    return acc;
  };

  let startedAt: number | undefined;
  let pausedSince: number | undefined;
  let pausedMs = 0;
  let slide = initialSlide;
  let enteredAt = now; // wall time the current slide was entered (while running)
  let onSlideMs = 0;

  // Session time between two wall times, counting only while running and not paused.
  const credit = (until: number): void => {
    if (startedAt === undefined || pausedSince !== undefined) return;
    const ms = Math.max(0, until - enteredAt);
    onSlideMs += ms;
    const section = schedule.slides[slide]?.sectionIndex ?? -1;
    if (section >= 0) sectionSec[section]! += ms / 1000;
    enteredAt = until;
  };

  const enterBreak = (index: number, at: number): void => {
    const id = schedule.slides[index]?.id;
    if (id && breakIds.has(id) && startedAt !== undefined) {
      const acc = cd(id);
      // A break's countdown starts the first time the break slide is shown.
      if (acc.firstStartedAt === undefined) {
        acc.firstStartedAt = at;
        acc.runningSince = at;
      }
    }
  };

  for (const event of log) {
    // The log is in time order; events after `now` have not happened yet at that moment.
    if (event.at > now) break;
    switch (event.type) {
      case 'start':
        if (startedAt !== undefined) break;
        startedAt = event.at;
        slide = event.slide;
        enteredAt = event.at;
        onSlideMs = 0;
        visited.add(slide);
        enterBreak(slide, event.at);
        break;
      case 'slide':
        credit(event.at);
        if (event.slide !== slide) onSlideMs = 0;
        slide = event.slide;
        enteredAt = event.at;
        visited.add(slide);
        enterBreak(slide, event.at);
        break;
      case 'pause':
        if (startedAt === undefined || pausedSince !== undefined) break;
        credit(event.at);
        pausedSince = event.at;
        break;
      case 'resume':
        if (pausedSince === undefined) break;
        pausedMs += event.at - pausedSince;
        pausedSince = undefined;
        enteredAt = event.at;
        break;
      case 'countdown': {
        const acc = cd(event.slideId);
        if (event.action === 'start' && acc.runningSince === undefined) {
          acc.runningSince = event.at;
          acc.firstStartedAt ??= event.at;
        } else if (event.action === 'pause' && acc.runningSince !== undefined) {
          acc.accumulatedMs += event.at - acc.runningSince;
          acc.runningSince = undefined;
        } else if (event.action === 'reset') {
          countdowns.set(event.slideId, { accumulatedMs: 0, adjustSec: 0 });
        }
        break;
      }
      case 'adjust':
        cd(event.slideId).adjustSec += event.sec;
        break;
      case 'skip':
        skipped.add(event.slideId);
        break;
    }
  }
  credit(now);

  const snapshotCountdowns = new Map<string, CountdownSnapshot>();
  for (const [slideId, planned] of durations) {
    const acc = countdowns.get(slideId) ?? { accumulatedMs: 0, adjustSec: 0 };
    const runMs = acc.accumulatedMs + (acc.runningSince !== undefined ? Math.max(0, now - acc.runningSince) : 0);
    const durationSec = Math.max(0, planned + acc.adjustSec);
    const remainingSec = durationSec - runMs / 1000;
    const status: CountdownStatus =
      remainingSec <= 0 && (acc.runningSince !== undefined || runMs > 0) ? 'done' : acc.runningSince !== undefined ? 'running' : runMs > 0 ? 'paused' : 'ready';
    snapshotCountdowns.set(slideId, {
      slideId,
      durationSec,
      remainingSec: Math.max(0, remainingSec),
      status,
      adjustSec: acc.adjustSec,
      ...(acc.firstStartedAt !== undefined ? { firstStartedAt: acc.firstStartedAt } : {}),
    });
  }

  const pausedNowMs = pausedSince !== undefined ? now - pausedSince : 0;
  const elapsedSec = startedAt === undefined ? 0 : Math.max(0, (now - startedAt - pausedMs - pausedNowMs) / 1000);
  return {
    status: startedAt === undefined ? 'not-started' : pausedSince !== undefined ? 'paused' : 'running',
    ...(startedAt !== undefined ? { startedAt } : {}),
    elapsedSec,
    pausedSec: (pausedMs + pausedNowMs) / 1000,
    slideIndex: slide,
    onSlideSec: onSlideMs / 1000,
    sectionSec,
    visited,
    countdowns: snapshotCountdowns,
    skipped,
  };
}
