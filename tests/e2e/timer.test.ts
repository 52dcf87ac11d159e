import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import type { Schedule } from '../../src/schedule/types.js';
import { fingerprint } from '../../src/client/timer/storage.js';
import { describeBrowser, launch } from '../helpers/browser.js';

describeBrowser('session timer in Chromium, with the clock moved by Playwright', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-timer-'));
  const url = (plan: string, hash = '') => `${pathToFileURL(join(out, plan, 'index.html')).href}${hash}`;
  let browser: Browser;
  let context: BrowserContext;
  let schedule: Schedule;

  beforeAll(async () => {
    expect(await run(['build', 'plans/kort-intro-praksis.yaml', 'tests/fixtures/plans/valid/with-break.yaml', '-o', out], memoryOutput(), {})).toBe(0);
    schedule = JSON.parse(readFileSync(join(out, 'kort-intro-praksis', 'schedule.json'), 'utf8'));
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => context?.close());

  async function open(plan = 'kort-intro-praksis', hash = '', time = '2026-12-03T08:58:00'): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.clock.install({ time: new Date(time) });
    await page.goto(url(plan, hash));
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    return page;
  }

  const timer = (page: Page) =>
    page.locator('[data-fasilitator="timer"]').evaluate((el: HTMLElement) => ({ state: el.dataset.state, delta: Number(el.dataset.deltaSeconds), elapsed: Number(el.dataset.elapsedSeconds), text: el.innerText, hidden: el.hidden }));

  // Playwright's clock also runs in real time between steps: allow a second either way.
  const near = (actual: string | null, expected: number) => expect(Math.abs(Number(actual) - expected)).toBeLessThanOrEqual(1);

  const goTo = (page: Page, index: number) => page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), index);

  it('waits for the first slide change, then is on track, then behind after staying too long', async () => {
    const page = await open();
    // Arriving participants see no timer before the session starts.
    expect(await timer(page)).toMatchObject({ state: 'not-started', delta: 0, hidden: true });
    await page.keyboard.press('ArrowRight');
    await page.clock.runFor(1000);
    expect(await timer(page)).toMatchObject({ state: 'on-track', delta: 0 });
    expect((await timer(page)).text).toContain('I rute');
    // Slide 1 is planned for 60 s; after 4 minutes on it the session is 3 min behind.
    await page.clock.fastForward('04:00');
    const behind = await timer(page);
    expect(behind.state).toBe('behind');
    expect(behind.delta).toBeGreaterThanOrEqual(180);
    expect(behind.text).toContain('3 min bak skjema');
    // 4 min on a 1-min slide from 08:58: the remaining 24 min end at 09:26, not 09:25.
    expect(behind.text).toContain('Slutt ca. kl. 09:26');
  });

  it('is ahead after skipping forward', async () => {
    const page = await open();
    await page.keyboard.press('ArrowRight');
    await goTo(page, 10);
    await page.clock.runFor(1000);
    const ahead = await timer(page);
    expect(ahead.state).toBe('ahead');
    expect(ahead.delta).toBeLessThan(-60);
    expect(ahead.text).toMatch(/\d+ min foran skjema/);
  });

  it('does not count paused time (Z pauses and resumes)', async () => {
    const page = await open();
    await page.keyboard.press('ArrowRight');
    await page.clock.fastForward('00:30');
    await page.keyboard.press('z');
    await page.clock.runFor(500);
    expect((await timer(page)).state).toBe('paused');
    await page.clock.fastForward('10:00');
    await page.keyboard.press('z');
    await page.clock.runFor(500);
    const resumed = await timer(page);
    expect(resumed.state).toBe('on-track');
    expect(resumed.elapsed).toBeGreaterThanOrEqual(30);
    expect(resumed.elapsed).toBeLessThan(40);
  });

  it('keeps elapsed time and state across a reload', async () => {
    const page = await open();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.clock.fastForward('03:00');
    const before = await timer(page);
    await page.reload();
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    await page.clock.runFor(500);
    const after = await timer(page);
    expect(after.state).toBe(before.state);
    expect(after.elapsed).toBeGreaterThanOrEqual(180);
    expect(after.elapsed).toBeLessThan(190);
    expect(await page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h)).toBe(2);
  });

  it('drops corrupted stored state safely', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.addInitScript(() => localStorage.setItem('fasilitator:kort-intro-praksis:2026-12-03', '{"version":1,"log":[{"type":"start"'));
    await page.goto(url('kort-intro-praksis'));
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    expect(await timer(page)).toMatchObject({ state: 'not-started' });
  });

  it.each([
    ['a fractional slide', (t0: number) => [{ type: 'start', at: t0, slide: 1.5 }]],
    ['a time 30 000 years back', () => [{ type: 'start', at: -1e15, slide: 1 }]],
    ['a slide past the end', (t0: number) => [{ type: 'start', at: t0, slide: 1 }, { type: 'slide', at: t0 + 1000, slide: 10_000 }]],
    ['an adjustment of a year', (t0: number) => [{ type: 'start', at: t0, slide: 1 }, { type: 'adjust', at: t0 + 1000, slideId: 'x', sec: 31_536_000 }]],
  ])('opens the deck with %s stored, and drops the stored log', async (_name, log) => {
    const t0 = new Date('2026-12-03T08:50:00').getTime();
    const stored = JSON.stringify({ version: 1, fingerprint: fingerprint(schedule), log: log(t0) });
    context = await browser.newContext();
    const page = await context.newPage();
    await page.clock.install({ time: new Date('2026-12-03T08:58:00') });
    await page.addInitScript((value) => localStorage.setItem('fasilitator:kort-intro-praksis:2026-12-03', value), stored);
    await page.goto(url('kort-intro-praksis'));
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    expect(await page.evaluate(() => (window as unknown as { Reveal: { isReady(): boolean; getIndices(): { h: number } } }).Reveal.getIndices().h)).toBe(0);
    expect(await timer(page)).toMatchObject({ state: 'not-started', delta: 0 });
  });

  it('runs an activity countdown to zero with a calm signal, and keeps its state when returning', async () => {
    const index = schedule.slides.findIndex((s) => s.activity);
    const seconds = schedule.slides[index]!.activity!.durationSec;
    const page = await open('kort-intro-praksis', `#/${index}`);
    const countdown = page.locator(`section[data-fa-id="${schedule.slides[index]!.id}"] [data-fasilitator="countdown"]`);
    expect(await countdown.getAttribute('data-remaining-seconds')).toBe(String(seconds));
    await page.keyboard.press('x');
    await page.clock.runFor(20_000);
    near(await countdown.getAttribute('data-remaining-seconds'), seconds - 20);
    await page.keyboard.press('+');
    await page.clock.runFor(1000);
    near(await countdown.getAttribute('data-remaining-seconds'), seconds + 60 - 21);
    // Leave and come back: the countdown has kept running.
    await goTo(page, index + 1);
    await page.clock.runFor(10_000);
    await goTo(page, index);
    await page.clock.runFor(1000);
    near(await countdown.getAttribute('data-remaining-seconds'), seconds + 60 - 32);
    await page.clock.runFor((seconds + 60) * 1000);
    expect(await countdown.getAttribute('data-state')).toBe('done');
    expect(await countdown.textContent()).toBe('0:00');
    await expect.poll(() => page.locator('.fa-done-label').first().textContent()).toBe('Tiden er ute');
    expect(await page.locator('[data-fasilitator="announcer"]').textContent()).toContain('Tiden er ute');
  });

  it('shows on a break slide when the group starts again, from when the break began', async () => {
    const breakSchedule: Schedule = JSON.parse(readFileSync(join(out, 'with-break', 'schedule.json'), 'utf8'));
    const index = breakSchedule.slides.findIndex((s) => s.kind === 'break');
    const page = await open('with-break', '', '2026-12-03T10:00:00');
    await page.keyboard.press('ArrowRight');
    await page.clock.fastForward('09:00');
    await goTo(page, index); // the break starts at 10:09, a minute early
    await page.clock.runFor(2000);
    const resume = page.locator(`section[data-fa-id="${breakSchedule.slides[index]!.id}"] [data-fasilitator="break-resume"]`);
    expect(await resume.textContent()).toBe('Vi starter igjen kl. 10:19');
    expect(await page.locator(`section[data-fa-id="${breakSchedule.slides[index]!.id}"] h1`).textContent()).toBe('Kaffepause');
  });

  it('toggles the overlay with T and opens the key help with ?', async () => {
    const page = await open();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('t');
    await page.clock.runFor(300);
    expect((await timer(page)).hidden).toBe(true);
    await page.keyboard.press('t');
    await page.clock.runFor(300);
    expect((await timer(page)).hidden).toBe(false);
    await page.keyboard.press('?');
    const help = page.locator('[data-fasilitator="help"]');
    expect(await help.isVisible()).toBe(true);
    expect(await help.textContent()).toContain('vis / skjul tidtakeren på lerretet');
    await page.keyboard.press('Escape');
    expect(await help.isVisible()).toBe(false);
  });

  it('opens the speaker view with S: manuscript, timer and what comes next', async () => {
    const page = await open();
    await page.keyboard.press('ArrowRight');
    const [speaker] = await Promise.all([page.waitForEvent('popup'), page.keyboard.press('s')]);
    await speaker.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    await page.clock.runFor(1000);
    await expect.poll(() => speaker.locator('[data-part="notes"]').textContent()).toContain('Ønsk velkommen');
    await expect.poll(() => speaker.locator('[data-fasilitator="speaker-timer"]').getAttribute('data-state')).toBe('on-track');
    expect(await speaker.locator('[data-part="upcoming"]').textContent()).toContain('Livet skjer med oss alle');
    // It follows the main window.
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => speaker.locator('[data-part="title"]').textContent()).toBe('3. Om innholdet i dag');
    // And drives it: a key pressed in the speaker window moves the slides.
    await speaker.keyboard.press('ArrowRight');
    await expect.poll(() => page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h)).toBe(3);
    // Behind: the catch-up box appears (what it proposes is tested in room.test.ts).
    await page.clock.fastForward('12:00');
    await expect.poll(() => speaker.locator('[data-fasilitator="catch-up"]').isVisible()).toBe(true);
    expect(await speaker.locator('[data-fasilitator="catch-up"]').textContent()).toContain('Slik tar du igjen tiden');
  });
});
