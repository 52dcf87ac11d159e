import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import type { Schedule } from '../../src/schedule/types.js';
import { describeBrowser, launch } from '../helpers/browser.js';

describeBrowser('a built deck opened from file:// with no network', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-e2e-'));
  let browser: Browser;
  let page: Page;
  let schedule: Schedule;
  const requests: string[] = [];

  beforeAll(async () => {
    expect(await run(['build', 'plans/kort-intro-praksis.yaml', '-o', out], memoryOutput(), {})).toBe(0);
    schedule = JSON.parse(readFileSync(join(out, 'kort-intro-praksis', 'schedule.json'), 'utf8'));
    browser = await launch();
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    // Anything that is not a local file would fail in an offline room: record it and refuse it.
    await context.route(/^(?!file:)/, (route) => route.abort());
    context.on('request', (request) => requests.push(request.url()));
    page = await context.newPage();
    await page.goto(pathToFileURL(join(out, 'kort-intro-praksis', 'index.html')).href);
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('starts reveal.js', async () => {
    expect(await page.evaluate(() => (window as unknown as { Reveal: { isReady(): boolean } }).Reveal.isReady())).toBe(true);
  });

  it('has as many slides as schedule.json', async () => {
    const total = await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides());
    expect(total).toBe(schedule.slides.length);
  });

  it('has speaker notes on every slide', async () => {
    const notes = await page.evaluate(() => {
      const reveal = (window as unknown as { Reveal: { getSlides(): HTMLElement[]; getSlideNotes(slide: HTMLElement): string | null } }).Reveal;
      return reveal.getSlides().map((slide) => (reveal.getSlideNotes(slide) ?? '').replace(/<[^>]+>/g, '').trim().length);
    });
    expect(notes).toHaveLength(schedule.slides.length);
    expect(notes.every((length) => length > 20)).toBe(true);
  });

  it('shows text in the bundled font', async () => {
    await page.evaluate(() => document.fonts.ready);
    const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.family.includes('Atkinson Hyperlegible') && face.status === 'loaded').length);
    expect(loaded).toBeGreaterThan(0);
  });

  it('made zero requests outside file://', () => {
    expect(requests.length).toBeGreaterThan(3);
    expect(requests.filter((url) => !url.startsWith('file://'))).toEqual([]);
  });
});
