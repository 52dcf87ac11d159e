// The projector's timer overlay never covers slide text: every slide of every example plan, at
// three common projector/laptop sizes. One browser and one page per size, reused across plans.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { describeBrowser, launch } from '../helpers/browser.js';

const plans = readdirSync('plans').filter((file) => file.endsWith('.yaml'));
const SIZES = [
  [1280, 720],
  [1024, 768],
  [1920, 1080],
] as const;

describeBrowser('the timer overlay never covers slide text', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-overlay-'));
  let browser: Browser;

  beforeAll(async () => {
    expect(await run(['build', ...plans.map((plan) => `plans/${plan}`), '-o', out], memoryOutput(), {})).toBe(0);
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('at 1280×720, 1024×768 and 1920×1080 on every slide of every example plan', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    const problems: string[] = [];
    let checked = 0;
    for (const plan of plans) {
      await page.setViewportSize({ width: 1280, height: 720 });
      await page.goto(pathToFileURL(join(out, plan.replace(/\.yaml$/, ''), 'index.html')).href);
      await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
      // The first slide change starts the session; then the overlay shows (no speaker view open).
      await page.keyboard.press('ArrowRight');
      await page.waitForFunction(() => {
        const timer = document.querySelector<HTMLElement>('[data-fasilitator="timer"]');
        return timer && !timer.hidden && timer.getBoundingClientRect().width > 0;
      });
      for (const [width, height] of SIZES) {
        await page.setViewportSize({ width, height });
        const result = await page.evaluate(() => {
          type Reveal = { slide(h: number): void; layout(): void };
          const reveal = (window as unknown as { Reveal: Reveal }).Reveal;
          reveal.layout();
          const timer = document.querySelector<HTMLElement>('[data-fasilitator="timer"]')!;
          const sections = document.querySelectorAll<HTMLElement>('.reveal .slides > section');
          const found: string[] = [];
          for (let i = 0; i < sections.length; i++) {
            reveal.slide(i);
            const box = timer.getBoundingClientRect();
            if (timer.hidden || box.width === 0) {
              found.push(`slide ${i + 1}: overlay not shown`);
              continue;
            }
            const walker = document.createTreeWalker(sections[i]!, NodeFilter.SHOW_TEXT);
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              if (!node.textContent?.trim() || node.parentElement?.closest('aside.notes')) continue;
              const range = document.createRange();
              range.selectNodeContents(node);
              for (const rect of range.getClientRects()) {
                const overlapX = Math.min(rect.right, box.right) - Math.max(rect.left, box.left);
                const overlapY = Math.min(rect.bottom, box.bottom) - Math.max(rect.top, box.top);
                if (overlapX > 0.5 && overlapY > 0.5) found.push(`slide ${i + 1}: «${node.textContent.trim().slice(0, 40)}»`);
              }
            }
          }
          return { found, total: sections.length, scale: timer.getBoundingClientRect().width };
        });
        checked += result.total;
        problems.push(...result.found.map((problem) => `${plan} ${width}×${height} ${problem}`));
      }
    }
    await context.close();
    expect(checked).toBeGreaterThan(plans.length * SIZES.length * 5);
    expect(problems).toEqual([]);
    // Twelve decks at three sizes in one test: more than the default per-test allowance.
  }, 600_000);
});
