// Accessibility in a real browser: axe-core (injected from node_modules, nothing fetched) finds
// no serious or critical violation in the deck, its overview mode, the speaker view, the run
// sheet (manus.html) and the output folder's overview page.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { describeBrowser, launch } from '../helpers/browser.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const { violations, passes } = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[]; passes: unknown[] }> } }).axe;
    const results = await axe.run(document, { resultTypes: ['violations'] });
    return { violations: results.violations, passes: results.passes.length };
  });
  // axe really looked at the page: many rules passed.
  expect(passes).toBeGreaterThan(10);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')})`);
}

describeBrowser('axe: no serious or critical violations', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-axe-'));
  const url = (file: string) => pathToFileURL(join(out, file)).href;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    // Two plans, so the output folder gets its overview page too.
    expect(await run(['build', 'plans/kort-intro-praksis.yaml', 'plans/kk1-kunnskap.yaml', '-o', out], memoryOutput(), {})).toBe(0);
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => context?.close());

  async function open(file: string, ready = true): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true }) // axe is injected as an inline script; the pages themselves forbid that;
    const page = await context.newPage();
    await page.goto(url(file));
    if (ready) await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    return page;
  }

  it('in the deck, on an activity slide, and in its overview mode', async () => {
    const page = await open('kort-intro-praksis/index.html');
    expect(await seriousViolations(page)).toEqual([]);
    const schedule = JSON.parse(readFileSync(join(out, 'kort-intro-praksis', 'schedule.json'), 'utf8')) as { slides: { activity?: unknown }[] };
    const activity = schedule.slides.findIndex((slide) => slide.activity);
    await page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), activity);
    await page.keyboard.press('x');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('o');
    expect(await page.evaluate(() => (window as unknown as { Reveal: { isOverview(): boolean } }).Reveal.isOverview())).toBe(true);
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('in the speaker view, also when behind with the catch-up plan shown', async () => {
    context = await browser.newContext({ viewport: { width: 1366, height: 768 }, bypassCSP: true });
    await context.clock.install({ time: new Date('2026-12-03T09:00:00') });
    const deck = await context.newPage();
    await deck.goto(url('kort-intro-praksis/index.html'));
    await deck.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    await deck.keyboard.press('ArrowRight');
    const [speaker] = await Promise.all([deck.waitForEvent('popup'), deck.keyboard.press('s')]);
    await speaker.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    await context.clock.fastForward('08:00');
    await expect.poll(() => speaker.locator('[data-fasilitator="catch-up"]').isVisible()).toBe(true);
    expect(await seriousViolations(speaker)).toEqual([]);
  });

  it('in the run sheet and the output folder overview', async () => {
    expect(await seriousViolations(await open('kort-intro-praksis/manus.html', false))).toEqual([]);
    await context.close();
    expect(await seriousViolations(await open('index.html', false))).toEqual([]);
  });
});
