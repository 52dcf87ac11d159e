// The oslo theme in a real browser: Oslo Sans comes from the deck's own assets (no network),
// and its zero cannot be mistaken for Ø (plain oval: no ink in the middle of the glyph).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { describeBrowser, launch } from '../helpers/browser.js';

describeBrowser('the oslo theme in the browser', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-oslo-'));
  let browser: Browser;
  let page: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    expect(await run(['build', 'tests/fixtures/plans/layouts/oslo.yaml', '--decks', 'tests/fixtures/decks/layouts', '-o', out], memoryOutput(), {})).toBe(0);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    page.on('request', (request) => requests.push(request.url()));
    await page.goto(pathToFileURL(join(out, 'oslo', 'index.html')).href);
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    await page.evaluate(() => document.fonts.ready);
  });
  afterAll(async () => browser?.close());

  it('loads Oslo Sans from the deck folder and nothing from the network', async () => {
    const faces = await page.evaluate(() => [...document.fonts].filter((f) => f.family.replace(/['"]/g, '') === 'Oslo Sans').map((f) => `${f.weight} ${f.style} ${f.status}`));
    expect(faces).toContain('400 normal loaded');
    expect(await page.evaluate(() => getComputedStyle(document.querySelector('.reveal h1')!).fontFamily)).toMatch(/^"?'?Oslo Sans/);
    expect(requests.filter((url) => !url.startsWith('file:') && !url.startsWith('data:'))).toEqual([]);
    expect(requests.some((url) => url.endsWith('/assets/fonts/OsloSans-Regular.woff2'))).toBe(true);
  });

  it('sets the speaker view and the key help in the theme font too', async () => {
    const [speaker] = await Promise.all([page.context().waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForFunction(() => document.body.dataset.fasilitator === 'speaker');
    expect(await speaker.evaluate(() => getComputedStyle(document.body).fontFamily)).toMatch(/^"?'?Oslo Sans/);
    await speaker.close();
    await page.keyboard.press('?');
    const help = page.locator('[data-fasilitator="help"]');
    await expect.poll(() => help.isVisible()).toBe(true);
    expect(await help.evaluate((element) => getComputedStyle(element).fontFamily)).toMatch(/^"?'?Oslo Sans/);
    await page.keyboard.press('Escape');
    await expect.poll(() => help.isVisible()).toBe(false);
  });

  it('draws a zero with an empty middle, unlike Ø', async () => {
    // Ink in a small box at the centre of the glyph's ink bounds, in the deck's own font.
    const centreInk = (char: string) =>
      page.evaluate((c) => {
        const canvas = document.createElement('canvas');
        canvas.width = 300;
        canvas.height = 300;
        const g = canvas.getContext('2d')!;
        g.font = "700 200px 'Oslo Sans'";
        g.fillStyle = '#000';
        g.textBaseline = 'alphabetic';
        const m = g.measureText(c);
        const x = 50;
        const y = 250;
        g.fillText(c, x, y);
        const cx = Math.round(x + (m.actualBoundingBoxRight - m.actualBoundingBoxLeft) / 2 - m.actualBoundingBoxLeft);
        const cy = Math.round(y - (m.actualBoundingBoxAscent - m.actualBoundingBoxDescent) / 2);
        const { data } = g.getImageData(cx - 6, cy - 6, 12, 12);
        let ink = 0;
        for (let i = 3; i < data.length; i += 4) ink += data[i]! > 128 ? 1 : 0;
        return ink;
      }, char);
    expect(await page.evaluate(() => document.fonts.check("700 200px 'Oslo Sans'"))).toBe(true);
    expect(await centreInk('Ø')).toBeGreaterThan(0);
    expect(await centreInk('0')).toBe(0);
  });
});
