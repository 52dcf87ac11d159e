// Pairs each scheduled slide with what it shows: a content slide, a break, the title or a page
// of sources. Renderers (deck, run sheet, PowerPoint) walk this list, so they agree slide for slide.
import type { Block } from '../compose/types.js';
import type { Reference, Slide } from '../content/types.js';
import type { Schedule, ScheduledSlide } from '../schedule/types.js';

export interface DeckSlide {
  scheduled: ScheduledSlide;
  /** The section (or break) the slide belongs to, by title. */
  sectionTitle?: string;
  slide?: Slide;
  /** For sources pages: the references listed on this page. */
  references?: Reference[];
  /** For sources pages: "1/2" when the list runs over several slides. */
  page?: { n: number; of: number };
}

/**
 * Walks the composed blocks and the schedule's slides side by side: the schedule was made from
 * these blocks, one slide per content slide, break, title and sources page, in the same order.
 */
export function deckSlides(schedule: Schedule, blocks: readonly Block[]): DeckSlide[] {
  const items: DeckSlide[] = [];
  const next = (shown: Omit<DeckSlide, 'scheduled' | 'sectionTitle'>, kind: ScheduledSlide['kind']): void => {
    const scheduled = schedule.slides[items.length];
    // Both come from one composition; a mismatch is a bug in fasilitator, never in the plan.
    if (!scheduled || scheduled.kind !== kind) throw new Error(`deckSlides: slide ${items.length} is ${scheduled?.kind ?? 'missing'} in the schedule, ${kind} in the blocks`);
    const section = schedule.sections[scheduled.sectionIndex];
    items.push({ scheduled, ...(section ? { sectionTitle: section.title } : {}), ...shown });
  };
  for (const block of blocks) {
    if (block.kind === 'content') for (const slide of block.slides) next({ slide }, 'content');
    else if (block.kind === 'sources') next({ references: block.references, page: { n: block.page, of: block.pages } }, 'sources');
    else next({}, block.kind);
  }
  if (items.length !== schedule.slides.length) throw new Error(`deckSlides: ${schedule.slides.length} scheduled slides, ${items.length} in the blocks`);
  return items;
}
