// When a plan does not fit its `end`: concrete ways out, computed for this plan, each with the
// minutes it gives, so the planner can pick instead of guessing.
import type { Alternatives } from '../compose/alternatives.js';
import { isTimed, type Block } from '../compose/types.js';
import type { Messages } from '../i18n/messages.js';
import type { Plan } from '../plan/types.js';
import { formatClock } from '../time/clock.js';

export type TimeOption =
  | { kind: 'later-end'; end: string; minutes: number }
  | { kind: 'earlier-end'; end: string; minutes: number }
  | { kind: 'shorter-break'; title: string; from: number; to: number; minutes: number }
  | { kind: 'drop-competency'; number: number; minutes: number }
  | { kind: 'short-intro'; minutes: number }
  | { kind: 'add-competency'; number: number; minutes: number }
  | { kind: 'longer-breaks'; minutes: number };

/** The shortest a break may become: half its length, never under five minutes. */
export const shortestBreakMinutes = (minutes: number): number => Math.max(5, Math.ceil(minutes / 2));

const minutesOf = (seconds: number): number => Math.round(seconds / 60);

/** Ways to win back `shortSec` seconds, the most direct first. */
export function overrunOptions(plan: Plan, blocks: readonly Block[], endSec: number, alternatives: Alternatives): TimeOption[] {
  const options: TimeOption[] = [{ kind: 'later-end', end: formatClock(endSec), minutes: minutesOf(endSec - (plan.endSec ?? endSec)) }];
  for (const block of blocks.filter(isTimed)) {
    // Only the plan's own breaks are the planner's to change; breaks in the content stay.
    if (block.kind !== 'break' || block.module) continue;
    const from = minutesOf(block.budgetSec);
    const to = shortestBreakMinutes(from);
    if (to < from) options.push({ kind: 'shorter-break', title: block.title, from, to, minutes: from - to });
  }
  for (const module of new Set(blocks.filter(isTimed).flatMap((block) => (block.module ? [block.module] : [])))) {
    if (module.kind === 'competency' && module.number !== undefined && plan.competencies.length + (plan.introduction === 'none' ? 0 : 1) > 1) {
      options.push({ kind: 'drop-competency', number: module.number, minutes: module.minutes });
    }
  }
  if (plan.introduction === 'long' && alternatives.shortIntroMinutes !== undefined && alternatives.longIntroMinutes !== undefined) {
    options.push({ kind: 'short-intro', minutes: alternatives.longIntroMinutes - alternatives.shortIntroMinutes });
  }
  return options;
}

/** Ways to use, or give back, `spareSec` seconds before the plan's end. */
export function underrunOptions(endSec: number, spareSec: number, alternatives: Alternatives): TimeOption[] {
  const spare = minutesOf(spareSec);
  const options: TimeOption[] = [{ kind: 'earlier-end', end: formatClock(endSec), minutes: spare }];
  for (const competency of alternatives.unusedCompetencies ?? []) {
    if (competency.minutes <= spare) options.push({ kind: 'add-competency', number: competency.number, minutes: competency.minutes });
  }
  options.push({ kind: 'longer-breaks', minutes: spare });
  return options;
}

/** A session this many seconds shorter than its `end` gets a warning. */
export const UNDERRUN_WARN_SEC = 15 * 60;

/** The options as a hint: a heading and one line each. */
export function formatOptions(heading: string, options: readonly TimeOption[], t: Messages): string {
  const o = t.plan.timeOption;
  const line = (option: TimeOption): string => {
    switch (option.kind) {
      case 'later-end':
        return o.laterEnd(option.end, option.minutes);
      case 'earlier-end':
        return o.earlierEnd(option.end);
      case 'shorter-break':
        return o.shorterBreak(option.title, option.from, option.to, option.minutes);
      case 'drop-competency':
        return o.dropCompetency(option.number, option.minutes);
      case 'short-intro':
        return o.shortIntro(option.minutes);
      case 'add-competency':
        return o.addCompetency(option.number, option.minutes);
      case 'longer-breaks':
        return o.longerBreaks(option.minutes);
    }
  };
  return [heading, ...options.map((option) => `  • ${line(option)}`)].join('\n');
}
