// Every slide of every example plan (plans/*.yaml), in the default and the oslo theme, and every
// layout of the fixture deck in all three themes: at 1280×720, 1024×768 and 1920×1080 no text
// leaves its slide, nothing runs into the footer, the footer stays on one untruncated line, no
// text is smaller than 24 px (on the 1280×720 slide) and headings sit at the same height. One browser and one page; each deck is
// loaded once, every slide is laid out at once, and the deck is measured at the three sizes.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { describeBrowser, launch } from '../helpers/browser.js';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1024, height: 768 },
  { width: 1920, height: 1080 },
] as const;

const out = mkdtempSync(join(tmpdir(), 'fasilitator-slide-fit-'));
const plansDir = join(out, 'plans');

/** An example plan as it is, and the same plan in the oslo theme. */
function examplePlansList(): string[] {
  mkdirSync(plansDir, { recursive: true });
  const files: string[] = [];
  for (const file of readdirSync('plans').filter((name) => name.endsWith('.yaml'))) {
    const text = readFileSync(join('plans', file), 'utf8').replace(/^theme:.*$/m, '');
    for (const theme of ['default', 'oslo']) {
      const path = join(plansDir, `${basename(file, '.yaml')}--${theme}.yaml`);
      // The plan's relative paths ($schema comment only) do not matter for building.
      writeFileSync(path, `${text.trimEnd()}\ntheme: ${theme}\n`);
      files.push(path);
    }
  }
  return files;
}

/** Problems on every slide of the open deck, measured in the slide's own pixels. */
async function problems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const reveal = (window as unknown as { Reveal: { getScale(): number } }).Reveal;
    const found: string[] = [];
    const scale = reveal.getScale();
    // Every slide is displayed (see showAllSlides): one layout serves them all, no navigation.
    for (const [i, section] of document.querySelectorAll<HTMLElement>('.reveal .slides > section').entries()) {
      const id = section.dataset.faId ?? String(i);
      const report = (what: string, el: Element) => found.push(`${id}: ${what} «${(el.textContent ?? '').trim().slice(0, 40)}»`);
      if (getComputedStyle(section).display === 'none') report('is hidden and cannot be measured', section);
      const box = section.getBoundingClientRect();
      const footer = section.querySelector('.fa-footer');
      const limit = footer ? footer.getBoundingClientRect().top : box.bottom;
      const text = section.querySelectorAll('h1, h2, h3, p, li, blockquote, td, th, .fa-activity, .fa-countdown, .fa-notice, .fa-footer > span');
      for (const el of text) {
        if (el.closest('aside')) continue;
        const r = el.getBoundingClientRect();
        if (r.height === 0 || r.width === 0) continue;
        const slack = 1.5 * scale;
        if (r.left < box.left - slack || r.right > box.right + slack || r.top < box.top - slack || r.bottom > box.bottom + slack) report('leaves the slide', el);
        else if (footer && !footer.contains(el) && r.bottom > limit + slack) report('runs into the footer', el);
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (el.textContent?.trim() && size < 24 - 0.01) report(`is ${size}px`, el);
      }
      // Titles at the same height on every slide that is not a hero slide (title, section, statement, break).
      const heading = section.querySelector('.fa-head');
      if (heading && !section.classList.contains('fa-hero')) {
        const top = (heading.getBoundingClientRect().top - box.top) / scale;
        if (Math.abs(top - parseFloat(getComputedStyle(section).paddingTop)) > 1) report(`heading at ${Math.round(top)}px`, heading);
      }
      // The content notice sits above the heading, whole: never cut short, never over the heading.
      const notice = section.querySelector('.fa-notice');
      const head = section.querySelector('.fa-head, .fa-slide > h1, .fa-slide > h2');
      if (notice && head && notice.getBoundingClientRect().bottom > head.getBoundingClientRect().top + 1) report('notice covers the heading', notice);
      if (notice && (notice.scrollWidth > notice.clientWidth + 1 || notice.scrollHeight > notice.clientHeight + 1)) report('notice cut short', notice);
      if (footer) {
        const line = parseFloat(getComputedStyle(footer).lineHeight);
        if (footer.getBoundingClientRect().height / scale > line * 1.5) report('footer wraps', footer);
        for (const part of footer.querySelectorAll<HTMLElement>('span')) if (part.scrollWidth > part.clientWidth + 1) report('footer cut short', part);
      }
    }
    return found;
  });
}

/**
 * Displays every slide at once (reveal.js normally shows only the few next to the present one)
 * and waits until what that brings in — fonts for new glyphs, images — has loaded. Measuring
 * then needs one layout per screen size instead of one per slide: a 130-slide day deck stays
 * quick on a busy machine.
 */
async function showAllSlides(page: Page): Promise<void> {
  await page.evaluate(() => {
    const reveal = (window as unknown as { Reveal: { configure(o: object): void; layout(): void } }).Reveal;
    reveal.configure({ transition: 'none', viewDistance: 100_000, mobileViewDistance: 100_000 });
    reveal.layout();
  });
  await page.waitForFunction(() => {
    void document.body.offsetHeight; // lay out the newly shown slides, so their fonts start loading
    return document.fonts.status === 'loaded' && [...document.images].every((image) => image.complete);
  });
}

const plans = examplePlansList();
const layoutThemes = ['default', 'kontrast', 'oslo'];
const decks = [...plans.map((plan) => basename(plan, '.yaml')), ...layoutThemes.map((theme) => join('layouts', theme))];

describeBrowser('slides fit at three screen sizes', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const layoutPlans = layoutThemes.map((theme) => join('tests/fixtures/plans/layouts', `${theme}.yaml`));
    const output = memoryOutput();
    expect(await run(['build', ...plans, '-o', out], output, {}), output.stderr.join('\n')).toBe(0);
    expect(await run(['build', ...layoutPlans, '--decks', 'tests/fixtures/decks/layouts', '-o', join(out, 'layouts')], output, {}), output.stderr.join('\n')).toBe(0);
    browser = await launch();
    page = await browser.newPage({ viewport: SIZES[0] });
    // Builds two dozen decks first: about 70 s measured on a loaded two-core machine.
  }, 180_000);
  afterAll(async () => browser?.close());

  it.each(decks)('%s', async (deck) => {
    const all: string[] = [];
    {
      await page.setViewportSize(SIZES[0]);
      await page.goto(pathToFileURL(join(out, deck, 'deltaker', 'index.html')).href);
      await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true' && document.fonts.status === 'loaded');
      await showAllSlides(page);
      for (const [n, size] of SIZES.entries()) {
        if (n > 0) {
          // reveal.js lays the slides out again after a resize; wait for it.
          await page.evaluate(() => {
            const w = window as unknown as { faResized: boolean; Reveal: { on(e: string, f: () => void): void } };
            w.faResized = false;
            w.Reveal.on('resize', () => (w.faResized = true));
          });
          await page.setViewportSize(size);
          await page.waitForFunction(() => (window as unknown as { faResized: boolean }).faResized);
        }
        for (const problem of await problems(page)) all.push(`${size.width}×${size.height}: ${problem}`);
      }
    }
    expect(all).toEqual([]);
    // A day-long deck has well over a hundred slides; on a shared two-core machine loading and
    // measuring it at three sizes can take longer than the default 30 s.
  }, 120_000);
});
