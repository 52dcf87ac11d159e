// Time arithmetic in integer seconds. No Date, no time zones: a plan's clock is wall time on the
// day of the session, and the browser supplies "now" at the edge.

export const MINUTE = 60;
export const HOUR = 3600;
export const DAY = 24 * HOUR;

/**
 * "09:00", "9:00" or "09.00" → seconds after midnight; undefined if it is not a clock time.
 * @example parseClock('10:15') // 36900
 */
export function parseClock(text: string): number | undefined {
  const match = /^([01]?\d|2[0-3])[:.]([0-5]\d)$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * HOUR + Number(match[2]) * MINUTE;
}

/**
 * Seconds after midnight → "HH:MM", rounding to the nearest minute; wraps past midnight.
 * @example formatClock(36900) // '10:15'
 */
export function formatClock(sec: number): string {
  const minutes = Math.round(sec / MINUTE);
  const wrapped = ((minutes % (24 * 60)) + 24 * 60) % (24 * 60);
  const h = Math.floor(wrapped / 60);
  const m = wrapped % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

/**
 * Duration in seconds → "m:ss" (or "h:mm:ss" from an hour), for countdowns and offsets.
 * @example formatDuration(125) // '2:05'
 */
export function formatDuration(sec: number): string {
  const sign = sec < 0 ? '−' : '';
  const total = Math.abs(Math.round(sec));
  const h = Math.floor(total / HOUR);
  const m = Math.floor((total % HOUR) / MINUTE);
  const s = total % MINUTE;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}

/** Whole minutes for display; planned durations are whole minutes unless an author chose otherwise. */
export function toMinutes(sec: number): number {
  return Math.round(sec / MINUTE);
}
