// PNG fallbacks for SVG figures, drawn by the Chromium the PDF export already uses: older
// PowerPoint versions show the PNG, newer ones and LibreOffice the SVG. Offline, one page for all.
import type { Browser } from 'playwright-core';
import type { Rasterise } from './write.js';

/** Draws each SVG at twice its size (sharp on a projector) on a transparent background. */
export function chromiumRasteriser(browser: () => Promise<Browser>): Rasterise {
  return async (svgs) => {
    const context = await (await browser()).newContext({ offline: true, deviceScaleFactor: 2 });
    try {
      const page = await context.newPage();
      // One page holds every figure, each in a box of its own size: one load, then one
      // screenshot per figure (a page load per figure took most of the time).
      const width = Math.max(1, ...svgs.map((item) => Math.ceil(item.width)));
      await page.setViewportSize({ width, height: 800 });
      const figures = svgs
        .map(({ svg, width: w, height: h }) => `<div class="f" style="width:${w}px;height:${h}px">${svg.replace(/^<\?xml[^>]*\?>\s*/, '')}</div>`)
        .join('');
      await page.setContent(`<!doctype html><html><head><style>html,body{margin:0;background:transparent}.f{overflow:hidden}.f>svg{display:block;width:100%;height:100%}</style></head><body>${figures}</body></html>`);
      // Positions once, then plain clipped screenshots: element screenshots wait for each
      // element to settle and scroll, which costs far more than the drawing.
      const boxes = (await page.evaluate(`[...document.querySelectorAll('body > .f')].map((el) => { const r = el.getBoundingClientRect(); return { x: r.left, y: r.top + window.scrollY, width: r.width, height: r.height }; })`)) as { x: number; y: number; width: number; height: number }[];
      const pngs: Buffer[] = [];
      for (const clip of boxes) pngs.push(await page.screenshot({ clip, fullPage: true, omitBackground: true, type: 'png', animations: 'disabled', caret: 'initial' }));
      return pngs;
    } finally {
      await context.close();
    }
  };
}
