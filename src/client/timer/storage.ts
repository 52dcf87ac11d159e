// Keeps the timer log in localStorage, one entry per plan and date, so a reload, a crashed
// browser or a laptop that slept picks up where it was. Anything unreadable or belonging to
// another version of the deck is dropped rather than trusted.
import type { Schedule } from '../../schedule/types.js';
import type { TimerEvent } from './events.js';

export interface StoredTimer {
  version: 1;
  /** Identifies the deck's timeline; a rebuilt deck with other slides starts afresh. */
  fingerprint: string;
  log: TimerEvent[];
  overlay?: boolean;
}

/** FNV-1a over the slide ids and durations: cheap, stable, enough to tell decks apart. */
export function fingerprint(schedule: Schedule): string {
  let hash = 0x811c9dc5;
  const text = schedule.slides.map((slide) => `${slide.id}:${slide.durationSec}`).join('|');
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16);
}

/** "2026-12-03" for the plan's date, or today's local date when the plan has none. */
export function storageKey(schedule: Schedule, now: number): string {
  const date = new Date(now);
  const today = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  return `fasilitator:${schedule.plan.name}:${schedule.plan.date ?? today}`;
}

/** Stored times must be real moments: not before 2020, not more than a day ahead of this clock. */
const EARLIEST_MS = Date.UTC(2020, 0, 1);
const AHEAD_MS = 24 * 3600 * 1000;
/** A day of key presses is a few thousand events; more is not a log this deck wrote. */
const MAX_EVENTS = 50_000;
/** One adjustment of a countdown is at most a working day either way. */
const MAX_ADJUST_SEC = 12 * 3600;

const isInteger = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value);
const isId = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= 200;

/**
 * One stored event, checked strictly: integer times in range, integer slide numbers inside the
 * deck, known countdown actions. A single bad event drops the whole log (a corrupt log replayed
 * would leave reveal.js without a valid slide, and the deck blank).
 */
export function isTimerEvent(value: unknown, slideCount = Number.MAX_SAFE_INTEGER, now = Date.now()): value is TimerEvent {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const e = value as Record<string, unknown>;
  if (!isInteger(e.at) || e.at < EARLIEST_MS || e.at > now + AHEAD_MS) return false;
  switch (e.type) {
    case 'start':
    case 'slide':
      return isInteger(e.slide) && e.slide >= 0 && e.slide < slideCount;
    case 'pause':
    case 'resume':
      return true;
    case 'countdown':
      return isId(e.slideId) && (e.action === 'start' || e.action === 'pause' || e.action === 'reset');
    case 'adjust':
      return isId(e.slideId) && isInteger(e.sec) && Math.abs(e.sec) <= MAX_ADJUST_SEC;
    case 'skip':
      return isId(e.slideId);
    default:
      return false;
  }
}

/** Only the fields an event of its type has: nothing else from storage reaches the timer. */
function cleanEvent(e: TimerEvent): TimerEvent {
  switch (e.type) {
    case 'start':
    case 'slide':
      return { type: e.type, at: e.at, slide: e.slide };
    case 'pause':
    case 'resume':
      return { type: e.type, at: e.at };
    case 'countdown':
      return { type: e.type, at: e.at, slideId: e.slideId, action: e.action };
    case 'adjust':
      return { type: e.type, at: e.at, slideId: e.slideId, sec: e.sec };
    case 'skip':
      return { type: e.type, at: e.at, slideId: e.slideId };
  }
}

/** Parses stored state; undefined when missing, corrupted, of another version or another deck. */
export function parseStored(text: string | null, expectedFingerprint: string, slideCount: number, now = Date.now()): StoredTimer | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const stored = value as Record<string, unknown>;
  if (stored.version !== 1 || stored.fingerprint !== expectedFingerprint || !Array.isArray(stored.log)) return undefined;
  if (stored.log.length > MAX_EVENTS) return undefined;
  if (!stored.log.every((event) => isTimerEvent(event, slideCount, now))) return undefined;
  const log = (stored.log as TimerEvent[]).map(cleanEvent);
  // The log is written in order; time running backwards means it was not written by this deck.
  if (log.some((event, i) => i > 0 && event.at < log[i - 1]!.at)) return undefined;
  if (stored.overlay !== undefined && typeof stored.overlay !== 'boolean') return undefined;
  return { version: 1, fingerprint: expectedFingerprint, log, ...(typeof stored.overlay === 'boolean' ? { overlay: stored.overlay } : {}) };
}

/** localStorage can be missing or full (private windows, quotas): the timer then runs in memory. */
export function safeStorage(): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined {
  try {
    const probe = '__fasilitator__';
    localStorage.setItem(probe, '1');
    localStorage.removeItem(probe);
    return localStorage;
  } catch {
    return undefined;
  }
}
