// Where a break may go in a plan with these modules: after any section, or after a whole
// module, named as a plan writes them, with the approximate clock time for the wizard.
import type { Module } from '../content/types.js';
import type { Track } from '../plan/types.js';
import { formatClock } from '../time/clock.js';
import { moduleOutline } from './outline.js';

export interface BreakPosition {
  /** What the plan writes: `after: intro/velkommen` or `after: kk1`. */
  after: string;
  title: string;
  /** Minutes from the start to this point (content only, no other breaks). */
  offsetMinutes: number;
  /** True at the end of a module: the natural place for a longer break. */
  moduleEnd: boolean;
}

/** Every position inside the session, the end of the last module excluded. */
export function breakPositions(modules: readonly Module[], track: Track): BreakPosition[] {
  const positions: BreakPosition[] = [];
  let offset = 0;
  modules.forEach((module, m) => {
    const outline = moduleOutline(module);
    outline.forEach((section, s) => {
      offset += section.isBreak ? section.minutes : section.tracks[track];
      const last = s === outline.length - 1;
      if (section.isBreak || (last && m === modules.length - 1)) return;
      positions.push(last ? { after: module.ref, title: module.title, offsetMinutes: offset, moduleEnd: true } : { after: section.after, title: section.title, offsetMinutes: offset, moduleEnd: false });
    });
  });
  return positions;
}

/**
 * The position closest to `minutes` from the start. A module end counts as `moduleEndBonus`
 * minutes closer: a lunch between two modules beats one a few minutes into the next.
 */
export function nearestPosition(positions: readonly BreakPosition[], minutes: number, moduleEndBonus = 5): BreakPosition | undefined {
  const distance = (p: BreakPosition): number => Math.abs(p.offsetMinutes - minutes) - (p.moduleEnd ? moduleEndBonus : 0);
  return positions.reduce<BreakPosition | undefined>((best, p) => (!best || distance(p) < distance(best) ? p : best), undefined);
}

export const clockAt = (startSec: number, minutes: number): string => formatClock(startSec + Math.round(minutes * 60));
