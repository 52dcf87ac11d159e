// How long each piece of a session lasts: a section's time slot shared out over its slides
// (slides with planned minutes keep them; the rest share what is left evenly, in whole seconds
// that add up exactly), or a break's length. Composition needs these to place a break "at" a
// clock time; scheduling lays them end to end.
import type { TimedBlock } from './types.js';

/**
 * @param budgetSec the section's slot
 * @param plannedSec per slide: its planned seconds, or undefined to take a share of the rest
 * @returns seconds per slide
 * @example allocateSeconds(300, [120, undefined, undefined]) // [120, 90, 90]
 */
export function allocateSeconds(budgetSec: number, plannedSec: readonly (number | undefined)[]): number[] {
  const fixed = plannedSec.reduce<number>((sum, sec) => sum + (sec ?? 0), 0);
  const open = plannedSec.filter((sec) => sec === undefined).length;
  const rest = Math.max(0, budgetSec - fixed);
  const share = open > 0 ? Math.floor(rest / open) : 0;
  let leftover = open > 0 ? rest - share * open : 0;
  return plannedSec.map((sec) => {
    if (sec !== undefined) return sec;
    // Hand out the remainder one second at a time from the first open slide.
    const extra = leftover > 0 ? 1 : 0;
    leftover -= extra;
    return share + extra;
  });
}

/** Planned seconds per slide of a content block (its slot shared out), or the break's length. */
export function blockSeconds(block: TimedBlock): number[] {
  if (block.kind === 'break') return [block.budgetSec];
  const planned = block.slides.map((slide) => (slide.minutes === undefined ? undefined : Math.round(slide.minutes * 60)));
  return allocateSeconds(block.budgetSec, planned);
}

export const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);
