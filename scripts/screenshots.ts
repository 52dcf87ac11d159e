// Renders the README's pictures from example plans with the clock moved by Playwright, so they
// always show the current deck: `npx tsx scripts/screenshots.ts [outdir]` (needs Chromium).
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Page } from 'playwright-core';
import { run } from '../src/cli/main.js';
import { memoryOutput } from '../src/terminal/output.js';
import { launchChromium } from '../src/export/browser.js';
import { nb } from '../src/i18n/nb.js';
import type { Schedule } from '../src/schedule/types.js';

const target = process.argv[2] ?? 'docs';
mkdirSync(target, { recursive: true });
const out = mkdtempSync(join(tmpdir(), 'fasilitator-shots-'));
if ((await run(['build', 'plans/kort-intro-praksis.yaml', 'tests/fixtures/plans/valid/with-break.yaml', '-o', out], memoryOutput(), {})) !== 0) {
  throw new Error('build failed');
}
const schedule: Schedule = JSON.parse(readFileSync(join(out, 'kort-intro-praksis', 'schedule.json'), 'utf8'));
const browser = await launchChromium(nb);

async function open(plan: string, time: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  await page.clock.install({ time: new Date(time) });
  await page.goto(pathToFileURL(join(out, plan, 'index.html')).href);
  await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
  return page;
}
const goTo = (page: Page, index: number) => page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), index);
const shot = async (page: Page, name: string) => {
  await page.clock.runFor(600);
  // Slide transitions run on real time, not Playwright's clock.
  await page.waitForTimeout(800);
  await page.screenshot({ path: join(target, name) });
  console.log(`wrote ${join(target, name)}`);
};

// A fact slide with the timer on track.
const page = await open('kort-intro-praksis', '2026-12-03T09:00:00');
await page.keyboard.press('ArrowRight');
await page.clock.fastForward('04:30');
const fact = schedule.slides.findIndex((s) => s.title.includes('nordmenn'));
await goTo(page, fact);
await page.clock.fastForward('00:40');
await shot(page, 'lysbilde.png');

// Behind: three minutes too long on the same slide.
await page.clock.fastForward('04:00');
await shot(page, 'tidtaker-bak.png');

// The speaker view while behind, with catch-up suggestions.
const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
await speaker.setViewportSize({ width: 1280, height: 800 });
await page.clock.runFor(1000);
await speaker.screenshot({ path: join(target, 'manusvindu.png') });
console.log(`wrote ${join(target, 'manusvindu.png')}`);

// An activity countdown, started and 40 s in.
const activity = schedule.slides.findIndex((s) => s.activity && s.activity.durationSec >= 90);
await goTo(page, activity);
await page.keyboard.press('x');
await page.clock.fastForward('00:40');
await shot(page, 'nedtelling.png');
await page.clock.fastForward('02:00');
await shot(page, 'nedtelling-ferdig.png');

// A break slide, started a little early.
const breakSchedule: Schedule = JSON.parse(readFileSync(join(out, 'with-break', 'schedule.json'), 'utf8'));
const breakPage = await open('with-break', '2026-12-03T10:00:00');
await breakPage.keyboard.press('ArrowRight');
await breakPage.clock.fastForward('06:30');
await goTo(breakPage, breakSchedule.slides.findIndex((s) => s.kind === 'break'));
await breakPage.clock.fastForward('01:15');
await shot(breakPage, 'pause.png');

await browser.close();
