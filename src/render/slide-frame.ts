// A slide drawn small inside a page (run sheet thumbnails, slides with manuscript): the real
// slide markup at 1280×720, scaled down with CSS zoom so it prints as sharp vector text.
import type { RenderContext } from './context.js';
import type { DeckSlide } from './deck-slides.js';
import { renderSlide } from './slide.js';

const CSS_PX_PER_MM = 96 / 25.4;
export const SLIDE_WIDTH_PX = 1280;

/** A slide scaled to `widthMm` millimetres on paper. */
export function renderSlideFrame(item: DeckSlide, ctx: RenderContext, widthMm: number): string {
  const scale = (widthMm * CSS_PX_PER_MM) / SLIDE_WIDTH_PX;
  const section = renderSlide(item, ctx, false).replace('<section ', '<section style="display:block" ');
  // zoom, not transform: a transformed 720 px box still takes its full height in the page
  // layout, and near a page end Chromium prints its lower part on the next page (out of sight).
  return `<div class="fa-frame" style="width:${widthMm}mm;height:${(widthMm * 9) / 16}mm" aria-hidden="true"><div class="reveal fa-frame__reveal" style="zoom:${scale.toFixed(5)}"><div class="slides">${section}</div></div></div>`;
}
