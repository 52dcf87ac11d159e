// Moves a built schedule to another start time and date without rebuilding: every offset stays,
// every clock is worked out again with the same formatClock the build used, so a deck opened as
// index.html?start=10:00 shows exactly the times `fasilitator check` prints for a 10:00 plan.
// Pure; the browser reads the address at the edge (src/client/retime.ts).
import { isIsoDate } from '../time/date.js';
import { DAY, formatClock, parseClock } from '../time/clock.js';
import type { Schedule } from './types.js';

export interface AddressTime {
  /** New start, seconds after midnight. */
  startSec?: number;
  /** New date, YYYY-MM-DD. */
  date?: string;
}

export { isIsoDate } from '../time/date.js';

/**
 * `?start=HH:MM&date=YYYY-MM-DD` → the time asked for. Values that are not a clock time or a real
 * date are left out, so a mistyped address opens the deck as built.
 * @example parseAddressTime('?start=10:00') // { startSec: 36000 }
 */
export function parseAddressTime(search: string): AddressTime {
  const params = new URLSearchParams(search);
  const start = params.get('start');
  const date = params.get('date');
  // Only the strict HH:MM form: the address is made by the start page, not typed freely.
  const startSec = start !== null && /^\d{2}:\d{2}$/.test(start) ? parseClock(start) : undefined;
  return {
    ...(startSec !== undefined ? { startSec } : {}),
    ...(date !== null && isIsoDate(date) ? { date } : {}),
  };
}

/**
 * The schedule moved to `time.startSec` (and `time.date`); offsets and durations are unchanged.
 * @example retime(schedule, { startSec: 36000 }).slides[1]?.clock // '10:00'
 */
export function retime(schedule: Schedule, time: AddressTime): Schedule {
  const startSec = time.startSec ?? schedule.startSec;
  const clock = (offsetSec: number): string => formatClock(startSec + offsetSec);
  return {
    ...schedule,
    plan: { ...schedule.plan, ...(time.date ? { date: time.date } : {}) },
    startSec,
    endSec: startSec + schedule.totalSec,
    modules: schedule.modules.map((module) => ({ ...module, clock: clock(module.offsetSec) })),
    sections: schedule.sections.map((section) => ({ ...section, clock: clock(section.offsetSec) })),
    slides: schedule.slides.map((slide) => ({ ...slide, clock: clock(slide.offsetSec) })),
  };
}

/** Whole minutes between two starts, wrapped to a day: what every printed clock moves by. */
export function shiftMinutes(fromSec: number, toSec: number): number {
  return Math.round((((toSec - fromSec) % DAY) + DAY) % DAY / 60);
}

/**
 * Moves every "HH:MM" in a text by `minutes` (the run sheet and the notes print clocks the build
 * worked out; shifting them by the start's change gives formatClock(newStart + offset) exactly).
 * Clock times written with a dot ("kl. 08.00" in a case letter) are content and stay.
 */
export function shiftClocks(text: string, minutes: number): string {
  if (minutes === 0) return text;
  return text.replace(/\b([01]\d|2[0-3]):([0-5]\d)\b/g, (_, h: string, m: string) => formatClock((Number(h) * 60 + Number(m) + minutes) * 60));
}
