// Slides with manuscript (lysark-med-manus.html): one A4 page per slide, the slide large and its
// manuscript below. Our own layout rather than reveal.js's showNotes, which runs a manuscript's
// lines together and leaves a blank last page.
import type { RenderContext } from './context.js';
import type { DeckSlide } from './deck-slides.js';
import { escapeHtml } from '../html/escape.js';
import { renderNotes } from './slide.js';
import { renderSlideFrame } from './slide-frame.js';
import { fillTemplate } from './template.js';

const SLIDE_MM = 160;

export function renderSlidesWithNotes(template: string, items: readonly DeckSlide[], ctx: RenderContext, assets: string): string {
  const { t } = ctx;
  const pages = items.map((item) => {
    const { scheduled } = item;
    const notes = scheduled.kind === 'content' ? renderNotes(item, ctx) : ctx.bookendNotes(item);
    return `<article class="fa-np-page">
<div class="fa-np-head"><strong>${escapeHtml(`${scheduled.index + 1}. ${scheduled.title}`)}</strong><span>${escapeHtml(item.sectionTitle ?? '')}</span></div>
${renderSlideFrame(item, ctx, SLIDE_MM)}
<div class="fa-np-notes">${notes}</div>
</article>`;
  });
  return fillTemplate(template, {
    lang: ctx.plan.language,
    title: escapeHtml(t.notesPrint.title(ctx.plan.title ?? t.deck.defaultTitle)),
    assets,
    stylesheet: 'lysark-med-manus.css',
    bodyClass: 'fa-notes-print',
    body: pages.join('\n'),
  });
}
