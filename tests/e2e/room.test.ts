// The hour in the room, over file:// as from a memory stick: the speaker view in a second window
// that survives reloads of either window, a clean projector, clicker keys and the catch-up plan.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import type { Schedule } from '../../src/schedule/types.js';
import { describeBrowser, launch } from '../helpers/browser.js';

// Polls for a condition, with the suite's allowance for a loaded machine (vite.config.ts).
const poll = <T>(check: () => T | Promise<T>) => expect.poll(check);

describeBrowser('in the room: two windows over file://', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-room-'));
  const url = (plan: string) => pathToFileURL(join(out, plan, 'index.html')).href;
  let browser: Browser;
  let context: BrowserContext;
  let fixture: Schedule;

  beforeAll(async () => {
    expect(await run(['build', 'plans/kort-intro-praksis.yaml', 'plans/kort-intro-kunnskap.yaml', 'plans/kort-intro-erfaring.yaml', '-o', out], memoryOutput(), {})).toBe(0);
    expect(await run(['build', 'plans/kort-intro-praksis.yaml', '--lang', 'en', '-o', join(out, 'en')], memoryOutput(), {})).toBe(0);
    expect(await run(['build', 'tests/fixtures/plans/room/romtest.yaml', '--decks', 'tests/fixtures/decks-room', '-o', out], memoryOutput(), {})).toBe(0);
    fixture = JSON.parse(readFileSync(join(out, 'romtest', 'schedule.json'), 'utf8'));
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => context?.close());

  const ready = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');

  async function open(plan = 'kort-intro-praksis', time = '2026-12-03T09:00:00'): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    // One clock for the context: the speaker window shares the deck's time.
    await context.clock.install({ time: new Date(time) });
    const page = await context.newPage();
    await page.goto(url(plan));
    await ready(page);
    return page;
  }

  async function openSpeaker(deck: Page): Promise<Page> {
    const [speaker] = await Promise.all([deck.waitForEvent('popup'), deck.keyboard.press('s')]);
    await speaker.setViewportSize({ width: 1366, height: 768 });
    await ready(speaker);
    return speaker;
  }

  const index = (page: Page) => page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h);
  const slideId = (page: Page, i: number) => page.evaluate((n) => document.querySelectorAll<HTMLElement>('.reveal .slides > section')[n]!.dataset.faId, i);
  const speakerSlide = (speaker: Page) => speaker.locator('[data-fasilitator="speaker"]').getAttribute('data-slide-id');
  const timerHidden = (page: Page) => page.locator('[data-fasilitator="timer"]').evaluate((el: HTMLElement) => el.hidden || getComputedStyle(el).display === 'none');

  it('the speaker view follows the deck after a reload of either window, with no key press', async () => {
    const deck = await open();
    await deck.keyboard.press('ArrowRight');
    const speaker = await openSpeaker(deck);
    await poll(() => speakerSlide(speaker)).toBe(await slideId(deck, 1));

    // The deck is reloaded (F5, a clicker's "start show"): the speaker view keeps following it.
    await deck.reload();
    await ready(deck);
    await deck.keyboard.press('ArrowRight');
    await poll(() => speakerSlide(speaker)).toBe(await slideId(deck, 2));
    // Keys pressed in the speaker window still drive the reloaded deck.
    await speaker.keyboard.press('ArrowRight');
    await poll(() => index(deck)).toBe(3);
    await poll(() => speakerSlide(speaker)).toBe(await slideId(deck, 3));

    // The speaker window is reloaded: it finds the deck's slide and the timer by itself.
    await speaker.reload();
    await ready(speaker);
    await poll(() => speakerSlide(speaker)).toBe(await slideId(deck, 3));
    await poll(() => speaker.locator('[data-fasilitator="speaker-timer"]').getAttribute('data-state')).not.toBe('not-started');
    await deck.keyboard.press('ArrowRight');
    await poll(() => speakerSlide(speaker)).toBe(await slideId(deck, 4));
    // One heading for assistive technology; the slide previews (aria-hidden) may hold their own.
    expect(await speaker.evaluate(() => [...document.querySelectorAll('h1')].filter((h) => !h.closest('[aria-hidden="true"]')).length)).toBe(1);
  });

  it('says when the slides are closed, and connects again when they are opened anew', async () => {
    const deck = await open();
    await deck.keyboard.press('ArrowRight');
    await deck.keyboard.press('ArrowRight');
    const speaker = await openSpeaker(deck);
    const status = speaker.locator('[data-part="status"]');
    await poll(() => status.getAttribute('data-state')).toBe('connected');
    await deck.close();
    await poll(() => status.getAttribute('data-state')).toBe('waiting');
    expect(await status.innerText()).toContain('Venter på lysarkene');
    const again = await context.newPage();
    await again.goto(url('kort-intro-praksis'));
    await ready(again);
    await poll(() => status.getAttribute('data-state')).toBe('connected');
    // Opened without #/2 (as after a crash), the deck goes back to the session's slide.
    await poll(() => index(again)).toBe(2);
    await poll(() => speakerSlide(speaker)).toBe(await slideId(again, 2));
    await again.keyboard.press('ArrowRight');
    await poll(() => speakerSlide(speaker)).toBe(await slideId(again, 3));
  });

  it('keeps the projector clean: no timer while the speaker view is open, a quiet one without it', async () => {
    const deck = await open();
    // Before the session starts, the room sees no timer ("starts at the first slide change" is for the facilitator).
    expect(await timerHidden(deck)).toBe(true);
    await deck.keyboard.press('ArrowRight');
    await poll(() => timerHidden(deck)).toBe(false);
    const speaker = await openSpeaker(deck);
    await poll(() => timerHidden(deck)).toBe(true);
    // A reload of the speaker window does not flash the timer onto the projector for long.
    await speaker.reload();
    await ready(speaker);
    await context.clock.runFor(500);
    expect(await timerHidden(deck)).toBe(true);
    await speaker.close();
    await context.clock.runFor(4000);
    await poll(() => timerHidden(deck)).toBe(false);
    // Behind is said in words to the room, without an alarm colour.
    await context.clock.fastForward('05:00');
    await poll(() => deck.locator('[data-fasilitator="timer"]').getAttribute('data-state')).toBe('behind');
    const colours = await deck.locator('[data-fasilitator="timer"]').evaluate((el) => {
      const pace = el.querySelector('[data-line="pace"]')!;
      return { pace: getComputedStyle(pace).color, box: getComputedStyle(el).color, text: el.textContent };
    });
    expect(colours.pace).toBe(colours.box);
    expect(colours.text).toMatch(/min bak skjema/);
    // T hides it.
    await deck.keyboard.press('t');
    await poll(() => timerHidden(deck)).toBe(true);
  });

  it('is clicker-safe: Esc never shows the overview, any navigation key ends the black screen on the same slide', async () => {
    const deck = await open();
    await deck.keyboard.press('PageDown');
    await deck.keyboard.press('PageDown');
    expect(await index(deck)).toBe(2);
    await deck.keyboard.press('Escape');
    expect(await deck.evaluate(() => (window as unknown as { Reveal: { isOverview(): boolean } }).Reveal.isOverview())).toBe(false);
    await deck.keyboard.press('o');
    expect(await deck.evaluate(() => (window as unknown as { Reveal: { isOverview(): boolean } }).Reveal.isOverview())).toBe(true);
    await deck.keyboard.press('o');
    for (const key of ['b', '.']) {
      await deck.keyboard.press(key);
      expect(await deck.evaluate(() => (window as unknown as { Reveal: { isPaused(): boolean } }).Reveal.isPaused())).toBe(true);
      await deck.keyboard.press(key === 'b' ? 'PageDown' : 'ArrowLeft');
      expect(await deck.evaluate(() => (window as unknown as { Reveal: { isPaused(): boolean } }).Reveal.isPaused())).toBe(false);
      expect(await index(deck)).toBe(2);
    }
    await deck.keyboard.press('?');
    const help = await deck.locator('[data-fasilitator="help"]').innerText();
    for (const key of ['PageUp', 'PageDown', 'B', '.', 'F5']) expect(help).toContain(key);
  });

  it('shows the countdown ready, running, paused and done apart, with a bar that empties', async () => {
    const deck = await open('romtest');
    const activity = fixture.slides.find((slide) => slide.activity)!;
    await deck.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), activity.index);
    const countdown = deck.locator(`section[data-fa-id="${activity.id}"] [data-fasilitator="countdown"]`);
    const look = () =>
      countdown.evaluate((el: HTMLElement) => ({
        state: el.dataset.state,
        label: getComputedStyle(el, '::before').content,
        colour: getComputedStyle(el).color,
        left: Number(el.style.getPropertyValue('--fa-left')),
        bar: getComputedStyle(el, '::after').height,
      }));
    await poll(async () => (await look()).state).toBe('ready');
    const ready = await look();
    expect(ready.label).toContain('Klar');
    expect(ready.left).toBe(1);
    expect(parseFloat(ready.bar)).toBeGreaterThanOrEqual(8);
    await deck.keyboard.press('x');
    await context.clock.runFor(activity.activity!.durationSec * 500);
    const running = await look();
    expect(running.state).toBe('running');
    expect(running.colour).not.toBe(ready.colour);
    expect(running.left).toBeGreaterThan(0.4);
    expect(running.left).toBeLessThan(0.6);
    await deck.keyboard.press('x');
    await poll(async () => (await look()).label).toContain('Pause');
    await deck.keyboard.press('x');
    await context.clock.runFor(activity.activity!.durationSec * 1000);
    await poll(async () => (await look()).state).toBe('done');
    expect((await look()).left).toBe(0);
  });

  it('keeps lang="nb" on the Norwegian slides with --lang en, gives the English UI its own lang, and has a favicon', async () => {
    const deck = await open('en/kort-intro-praksis');
    expect(await deck.evaluate(() => document.documentElement.lang)).toBe('nb');
    expect(await deck.locator('[data-fasilitator="help"]').getAttribute('lang')).toBe('en');
    expect(await deck.locator('[data-fasilitator="timer"]').getAttribute('lang')).toBe('en');
    const icon = await deck.evaluate(async () => {
      const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')!.href;
      const image = new Image();
      image.src = href;
      await image.decode();
      return image.naturalWidth;
    });
    expect(icon).toBeGreaterThan(0);
    const speaker = await openSpeaker(deck);
    expect(await speaker.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await speaker.locator('[data-part="notes"]').getAttribute('lang')).toBe('nb');
  });

  // The real short introduction, not a fixture: the content declares enough that can give.
  it.each(['kunnskap', 'praksis', 'erfaring'])('kort-intro-%s: 5 minutes behind early on, the plan recovers at least 5', async (track) => {
    const plan = `kort-intro-${track}`;
    const schedule: Schedule = JSON.parse(readFileSync(join(out, plan, 'schedule.json'), 'utf8'));
    const deck = await open(plan);
    await deck.keyboard.press('ArrowRight');
    const speaker = await openSpeaker(deck);
    // Five minutes more than the first content slide is planned for.
    await context.clock.fastForward((schedule.slides[1]!.durationSec + 300) * 1000);
    const box = speaker.locator('[data-fasilitator="catch-up"]');
    await poll(() => box.isVisible()).toBe(true);
    expect(Number(await deck.locator('[data-fasilitator="timer"]').getAttribute('data-delta-seconds'))).toBeGreaterThanOrEqual(300);
    expect(Number(await box.getAttribute('data-recoverable-seconds'))).toBeGreaterThanOrEqual(300);
  });

  it('proposes a catch-up plan that recovers 5 minutes at 5 minutes behind, one key per step', async () => {
    const deck = await open('romtest');
    await deck.keyboard.press('ArrowRight');
    const speaker = await openSpeaker(deck);
    // Slide 1 is planned for a minute: six minutes on it is five minutes behind.
    await context.clock.fastForward('06:00');
    const box = speaker.locator('[data-fasilitator="catch-up"]');
    await poll(() => box.isVisible()).toBe(true);
    const delta = Number(await deck.locator('[data-fasilitator="timer"]').getAttribute('data-delta-seconds'));
    expect(delta).toBeGreaterThanOrEqual(300);
    const recoverable = Number(await box.getAttribute('data-recoverable-seconds'));
    expect(recoverable).toBeGreaterThanOrEqual(300);
    const text = await box.innerText();
    expect(text).toContain('Et ekstra eksempel');
    expect(text).toContain('Samtale to og to');
    expect(text).toMatch(/kl\. \d\d:\d\d/);
    // Visible without scrolling on a 1366×768 laptop.
    const rect = await box.boundingBox();
    expect(rect!.y + rect!.height).toBeLessThanOrEqual(768);

    // A accepts the first step (skip the optional slide); the plan shrinks by what it saves.
    const optional = fixture.slides.find((slide) => slide.optional)!;
    await speaker.keyboard.press('a');
    await poll(async () => Number(await box.getAttribute('data-recoverable-seconds'))).toBe(recoverable - optional.durationSec);
    // A click accepts the next (the activity to its shortest): then nothing more is needed.
    await speaker.locator('[data-fasilitator="catch-up"] [data-action="accept"]').first().click();
    await poll(async () => Number(await box.getAttribute('data-recoverable-seconds'))).toBe(0);
    await poll(() => box.innerText()).toContain('det holder');
    const activity = fixture.slides.find((slide) => slide.activity?.shortestSec)!;
    await deck.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), activity.index);
    await expect
      .poll(() => deck.locator(`section[data-fa-id="${activity.id}"] [data-fasilitator="countdown"]`).getAttribute('data-remaining-seconds'))
      .toBe(String(activity.activity!.shortestSec));
    // Next passes over the skipped optional slide.
    await deck.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), optional.index - 1);
    await deck.keyboard.press('ArrowRight');
    await poll(() => index(deck)).toBe(optional.index + 1);
    await deck.keyboard.press('ArrowLeft');
    await poll(() => index(deck)).toBe(optional.index - 1);
  });
});
