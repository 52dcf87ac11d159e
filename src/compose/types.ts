// A composed session: every piece of the deck in order — the title, the plan's modules cut into
// blocks (one per section or break, with the slides of the plan's track), the plan's own breaks
// where it asked for them, and the pages of sources. Scheduling only gives these times;
// rendering only draws them.
import type { Module, Reference, Slide } from '../content/types.js';
import type { Issue } from '../errors.js';
import type { Plan } from '../plan/types.js';

export interface TitleBlock {
  kind: 'title';
  title: string;
}

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
  /** The plan's own breaks, numbered in session order from 1 ("pause-1"). */
  planBreak?: number;
  title: string;
  budgetSec: number;
}

export interface SourcesBlock {
  kind: 'sources';
  title: string;
  /** This page of the list, from 1, and how many pages it runs over. */
  page: number;
  pages: number;
  references: Reference[];
}

/** The blocks that take time in the session. */
export type TimedBlock = ContentBlock | BreakBlock;

export type Block = TitleBlock | TimedBlock | SourcesBlock;

export interface Session {
  plan: Plan;
  modules: Module[];
  /** Title, sections and breaks, sources pages: the deck's order. */
  blocks: Block[];
  /** References cited by the slides, in order of first use. */
  used: Reference[];
  /** Where the plan's breaks could not go, or went elsewhere than asked. */
  issues: Issue[];
}

export const isTimed = (block: Block): block is TimedBlock => block.kind === 'content' || block.kind === 'break';

/** "<module ref>/<section id>" for a section or a break in the content, "pause-<n>" for the plan's own breaks. */
export function blockId(block: TimedBlock): string {
  if (block.module && block.sectionId) return `${block.module.ref}/${block.sectionId}`;
  return `pause-${block.kind === 'break' ? (block.planBreak ?? 0) : 0}`;
}
