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

const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';

export function isTimerEvent(value: unknown): value is TimerEvent {
  if (!value || typeof value !== 'object') return false;
  const e = value as Record<string, unknown>;
  if (!isNumber(e.at)) return false;
  switch (e.type) {
    case 'start':
    case 'slide':
      return isNumber(e.slide) && e.slide >= 0;
    case 'pause':
    case 'resume':
      return true;
    case 'countdown':
      return isString(e.slideId) && (e.action === 'start' || e.action === 'pause' || e.action === 'reset');
    case 'adjust':
      return isString(e.slideId) && isNumber(e.sec);
    case 'skip':
      return isString(e.slideId);
    default:
      return false;
  }
}

/** Parses stored state; undefined when missing, corrupted, of another version or another deck. */
export function parseStored(text: string | null, expectedFingerprint: string, slideCount: number): StoredTimer | undefined {
  if (!text) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!value || typeof value !== 'object') return undefined;
  const stored = value as Record<string, unknown>;
  if (stored.version !== 1 || stored.fingerprint !== expectedFingerprint || !Array.isArray(stored.log)) return undefined;
  if (!stored.log.every(isTimerEvent)) return undefined;
  const log = stored.log as TimerEvent[];
  if (log.some((e) => (e.type === 'slide' || e.type === 'start') && e.slide >= slideCount)) return undefined;
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
