// Which sources a session cites, and the pages of the closing list of sources: composition, so
// the schedule and every renderer get the same pages.
import type { Reference } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import type { Block, SourcesBlock } from './types.js';

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

/** The closing list of sources as blocks, one per page; a single empty page when nothing is cited. */
export function sourcesBlocks(used: readonly Reference[], t: Messages): SourcesBlock[] {
  const pages = pageReferences(used);
  return pages.map((references, i) => ({
    kind: 'sources',
    title: pages.length > 1 ? `${t.deck.sourcesTitle} (${i + 1}/${pages.length})` : t.deck.sourcesTitle,
    page: i + 1,
    pages: pages.length,
    references,
  }));
}
