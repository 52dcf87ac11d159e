// A composed session: the plan's modules in order, cut into blocks (one per section or break)
// with the slides of the plan's track. Scheduling turns blocks into a timeline.
import type { Module, Slide } from '../content/types.js';
import type { Plan } from '../plan/types.js';

export interface ContentBlock {
  kind: 'content';
  module: Module;
  sectionId: string;
  title: string;
  budgetSec: number;
  slides: Slide[];
}

export interface BreakBlock {
  kind: 'break';
  /** Set for breaks written into the content (long introduction); unset for the plan's own. */
  module?: Module;
  sectionId?: string;
  title: string;
  budgetSec: number;
}

export type Block = ContentBlock | BreakBlock;

export interface Session {
  plan: Plan;
  modules: Module[];
  blocks: Block[];
}
