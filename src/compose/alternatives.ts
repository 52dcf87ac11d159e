// The modules a plan could use instead or as well, from the content (nominal minutes): the
// schedule's advice when a plan does not fit its end names them with their minutes.
import type { Module } from '../content/types.js';
import type { Plan } from '../plan/types.js';

export interface Alternatives {
  shortIntroMinutes?: number;
  longIntroMinutes?: number;
  /** Core competencies the plan does not use yet. */
  unusedCompetencies?: { number: number; minutes: number }[];
}

export function alternatives(plan: Plan, modules: readonly Module[]): Alternatives {
  const intro = (kind: 'short' | 'long'): number | undefined => modules.find((m) => m.kind === 'introduction' && m.introduction === kind)?.minutes;
  const short = intro('short');
  const long = intro('long');
  return {
    ...(short !== undefined ? { shortIntroMinutes: short } : {}),
    ...(long !== undefined ? { longIntroMinutes: long } : {}),
    unusedCompetencies: modules
      .filter((m) => m.kind === 'competency' && m.number !== undefined && !plan.competencies.includes(m.number))
      .map((m) => ({ number: m.number!, minutes: m.minutes })),
  };
}
