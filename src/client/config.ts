// Reads what the build embedded in the page: the schedule and the deck's UI settings.
import type { Schedule } from '../schedule/types.js';

export interface DeckConfig {
  language: 'nb' | 'en';
  /** reveal.js options chosen by the build (size, transitions, slide numbers). */
  reveal: Record<string, unknown>;
  /** Participant copy: no manuscript, no timer controls. */
  participant?: boolean;
}

function readJson<T>(id: string): T | undefined {
  const element = document.getElementById(id);
  if (!element?.textContent) return undefined;
  try {
    return JSON.parse(element.textContent) as T;
  } catch (error) {
    console.warn(`fasilitator: could not read #${id}`, error);
    return undefined;
  }
}

export function readSchedule(): Schedule | undefined {
  return readJson<Schedule>('session-schedule');
}

export function readDeckConfig(): DeckConfig {
  return readJson<DeckConfig>('fasilitator-config') ?? { language: 'nb', reveal: {} };
}
