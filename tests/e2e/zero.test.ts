// A plain zero: Atkinson Hyperlegible's slashed zero reads as Ø to Norwegians ("Ø9:ØØ",
// "22 4Ø ØØ 4Ø"). Measured in the browser: "0" drawn in every font the room or the facilitator
// sees (slides, overlay, speaker view, manuscript and run sheet, the pages PDFs are printed from)
// has no ink in the middle of the glyph, while "Ø" drawn the same way has.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { describeBrowser, launch } from '../helpers/browser.js';

/** Share of ink pixels in the central fifth of the glyph's ink box, per font and weight. */
async function centreInk(page: Page, selectors: string[]): Promise<{ family: string; weight: number; zero: number; slashed: number }[]> {
  return page.evaluate(async (sels) => {
    const families = new Set<string>();
    for (const sel of sels) {
      const element = document.querySelector(sel);
      if (element) families.add(getComputedStyle(element).fontFamily.split(',')[0]!.trim());
    }
    const ink = async (family: string, weight: number, text: string): Promise<number> => {
      const font = `${weight} 200px ${family}`;
      await document.fonts.load(font, text);
      const canvas = document.createElement('canvas');
      canvas.width = canvas.height = 300;
      const ctx = canvas.getContext('2d', { willReadFrequently: true })!;
      ctx.font = font;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(text, 50, 250);
      const m = ctx.measureText(text);
      const left = 50 - m.actualBoundingBoxLeft;
      const right = 50 + m.actualBoundingBoxRight;
      const top = 250 - m.actualBoundingBoxAscent;
      const bottom = 250 + m.actualBoundingBoxDescent;
      const cx = (left + right) / 2;
      const cy = (top + bottom) / 2;
      const w = (right - left) / 10;
      const h = (bottom - top) / 10;
      const data = ctx.getImageData(Math.round(cx - w), Math.round(cy - h), Math.round(2 * w), Math.round(2 * h)).data;
      let inked = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i]! > 64) inked++;
      return inked / (data.length / 4);
    };
    const results = [];
    for (const family of families)
      for (const weight of [400, 700]) results.push({ family, weight, zero: await ink(family, weight, '0'), slashed: await ink(family, weight, 'Ø') });
    return results;
  }, selectors);
}

describeBrowser('a plain zero in every font', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-zero-'));
  const page = (file: string) => pathToFileURL(join(out, 'kort-intro-praksis', file)).href;
  let browser: Browser;

  beforeAll(async () => {
    expect(await run(['build', 'plans/kort-intro-praksis.yaml', '-o', out], memoryOutput(), {})).toBe(0);
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  const check = (results: Awaited<ReturnType<typeof centreInk>>) => {
    expect(results.length).toBeGreaterThan(0);
    for (const result of results) {
      // The control: the same measurement sees the stroke through Ø.
      expect(result.slashed, `${result.family} ${result.weight} Ø`).toBeGreaterThan(0.05);
      expect(result.zero, `${result.family} ${result.weight} 0`).toBe(0);
    }
  };

  it('on the slides, in the overlay and in the speaker view', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const deck = await context.newPage();
    await deck.goto(page('index.html'));
    await deck.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    check(await centreInk(deck, ['.reveal', '.reveal h1', '.fa-timer', '.fa-footer']));
    const speaker = await context.newPage();
    await speaker.goto(`${page('index.html')}?speaker`);
    await speaker.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    check(await centreInk(speaker, ['body', '.fa-sp-timer', '.fa-sp-notes']));
    await context.close();
  });

  it('in the manuscript and run sheet, and the slides-with-manuscript page PDFs are printed from', async () => {
    const context = await browser.newContext();
    for (const file of ['manus.html', 'lysark-med-manus.html']) {
      const sheet = await context.newPage();
      await sheet.goto(page(file));
      check(await centreInk(sheet, ['body', 'h1', 'table', 'td']));
    }
    await context.close();
  });
});
