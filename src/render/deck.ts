// The deck page (index.html): reveal.js markup for every slide, the schedule as JSON for the
// timer, and the deck's settings. Standard reveal.js, so ?print-pdf and other tools keep working.
import type { Schedule } from '../schedule/types.js';
import type { RenderContext } from './context.js';
import type { DeckSlide } from './deck-slides.js';
import { escapeHtml, jsonForScript } from '../html/escape.js';
import { renderSlide } from './slide.js';
import { fillTemplate } from './template.js';

export interface DeckOptions {
  /** The participant copy has no manuscript and no timer controls. */
  participant: boolean;
  /** Relative path from the page to the runtime assets. */
  assets: string;
}

/** The language the content in decks/ is written in. */
export const CONTENT_LANG = 'nb';

/** reveal.js settings: 16:9 at a size our type scale is designed for, calm transitions. */
export function revealOptions(schedule: Schedule): Record<string, unknown> {
  return {
    width: 1280,
    height: 720,
    margin: 0.04,
    center: false,
    hash: true,
    respondToHashChanges: true,
    // The slide number is part of each slide's footer (it scales with the slide and never
    // collides with it); arrows are off because presenters use keys or a clicker.
    slideNumber: false,
    controls: false,
    progress: true,
    transition: 'fade',
    transitionSpeed: 'fast',
    backgroundTransition: 'none',
    pdfMaxPagesPerSlide: 1,
    pdfSeparateFragments: false,
    // reveal.js's own pacing timer in the speaker view uses data-timing on each slide.
    totalTime: schedule.totalSec,
  };
}

export function renderDeck(template: string, items: readonly DeckSlide[], schedule: Schedule, ctx: RenderContext, options: DeckOptions): string {
  const config = {
    language: ctx.plan.language,
    participant: options.participant,
    reveal: revealOptions(schedule),
  };
  return fillTemplate(template, {
    // The slides are written in bokmål whatever --lang says (that sets the deck's own words:
    // timer, help, speaker view, which carry their own lang). Screen readers need the right voice.
    lang: CONTENT_LANG,
    title: escapeHtml(ctx.plan.title ?? ctx.t.deck.defaultTitle),
    assets: options.assets,
    slides: items.map((item) => renderSlide(item, ctx, !options.participant)).join('\n'),
    schedule: jsonForScript(schedule),
    config: jsonForScript(config),
  });
}
