// Which sources a session cites, and how many reference pages they take. Composition, not
// rendering: the schedule needs the page count to time the sources slides before anything is rendered.
import type { Block } from './types.js';
import type { Reference } from '../content/types.js';

/** References cited by the slides, in order of first use; unknown ids are left out (the linter reports them). */
export function usedReferences(blocks: readonly Block[], references: ReadonlyMap<string, Reference>): Reference[] {
  const used = new Map<string, Reference>();
  for (const block of blocks) {
    if (block.kind !== 'content') continue;
    for (const slide of block.slides) {
      for (const id of slide.sources) {
        const reference = references.get(id);
        if (reference && !used.has(id)) used.set(id, reference);
      }
    }
  }
  return [...used.values()];
}

/** How many references fit on one sources slide at 24 px (three lines each at most). */
export const REFERENCES_PER_SLIDE = 4;

export function pageReferences(references: readonly Reference[]): Reference[][] {
  const pages: Reference[][] = [];
  for (let i = 0; i < references.length; i += REFERENCES_PER_SLIDE) pages.push(references.slice(i, i + REFERENCES_PER_SLIDE));
  return pages.length > 0 ? pages : [[]];
}
