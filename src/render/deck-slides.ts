// Pairs each scheduled slide with what it shows: a content slide, a break, the title or a page
// of sources. Renderers (deck, run sheet) walk this list, so they agree slide for slide.
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

/** Lines the schedule's slides up with the blocks' content slides and the reference pages. */
export function deckSlides(schedule: Schedule, blocks: readonly Block[], pages: readonly Reference[][]): DeckSlide[] {
  const contentSlides = new Map<string, Slide>();
  for (const block of blocks) if (block.kind === 'content') for (const slide of block.slides) contentSlides.set(slide.id, slide);
  let sourcesPage = 0;
  return schedule.slides.map((scheduled): DeckSlide => {
    const section = schedule.sections[scheduled.sectionIndex];
    const base: DeckSlide = { scheduled, ...(section ? { sectionTitle: section.title } : {}) };
    if (scheduled.kind === 'content') return { ...base, slide: contentSlides.get(scheduled.id)! };
    if (scheduled.kind === 'sources') {
      sourcesPage += 1;
      return { ...base, references: pages[sourcesPage - 1] ?? [], page: { n: sourcesPage, of: pages.length } };
    }
    return base;
  });
}
