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
      const pngs: Buffer[] = [];
      for (const { svg, width, height } of svgs) {
        await page.setViewportSize({ width: Math.max(1, Math.ceil(width)), height: Math.max(1, Math.ceil(height)) });
        const body = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
        await page.setContent(`<!doctype html><html><head><style>html,body{margin:0;background:transparent}svg{display:block;width:${width}px;height:${height}px}</style></head><body>${body}</body></html>`);
        pngs.push(await page.locator('svg').first().screenshot({ omitBackground: true, type: 'png' }));
      }
      return pngs;
    } finally {
      await context.close();
    }
  };
}
