// Every example plan builds, opens offline in Chromium with the slides its schedule lists, and
// its total minutes match what `check` reports.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import type { Schedule } from '../../src/schedule/types.js';
import { describeBrowser, launch } from '../helpers/browser.js';

const plans = readdirSync('plans').filter((name) => name.endsWith('.yaml'));

describeBrowser('example plans', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-plans-'));
  let browser: Browser;
  let checked: { plan: string; totalMinutes: number }[];

  beforeAll(async () => {
    expect(await run(['build', ...plans.map((p) => `plans/${p}`), '-o', out], memoryOutput(), {})).toBe(0);
    const output = memoryOutput();
    expect(await run(['check', '--json', ...plans.map((p) => `plans/${p}`)], output, {})).toBe(0);
    checked = JSON.parse(output.stdout.join('\n')).plans;
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it.each(plans)('%s', async (name) => {
    const folder = join(out, name.replace(/\.yaml$/, ''));
    const schedule: Schedule = JSON.parse(readFileSync(join(folder, 'schedule.json'), 'utf8'));
    expect(Math.round(schedule.totalSec / 60)).toBe(checked.find((c) => c.plan === `plans/${name}`)!.totalMinutes);
    const context = await browser.newContext();
    const outside: string[] = [];
    await context.route(/^(?!file:)/, (route) => {
      outside.push(route.request().url());
      return route.abort();
    });
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(folder, 'index.html')).href);
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getTotalSlides(): number } }).Reveal.getTotalSlides())).toBe(schedule.slides.length);
    expect(outside).toEqual([]);
    await context.close();
  });
});
