// Dates and names on the title slide, in Chromium: the build words them with Node's Intl, the deck's
// own script rewords a date from the address (?date=) with Chromium's; both must say the same thing,
// in bokmål (nb-NO must not fall back to English) and in English.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { formatIsoDate, joinNames } from '../../src/i18n/intl.js';
import type { Language } from '../../src/i18n/messages.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { describeBrowser, launch } from '../helpers/browser.js';

const NAMES = ['Kari Nordmann', 'Ola Nordmann', 'Per Hansen'];

describeBrowser('dates and names on the title slide (Intl in Node and in Chromium)', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-intl-'));
  let browser: Browser;

  /** A copy of the short plan with three facilitators, in the given language. */
  function buildPlan(lang: Language): string {
    const source = readFileSync('plans/kort-intro-praksis.yaml', 'utf8');
    const plan = source.replace(/^facilitators:.*$/m, `facilitators: [${NAMES.join(', ')}]\nlanguage: ${lang}`);
    expect(plan).toContain('Per Hansen');
    const file = join(out, `intl-${lang}.yaml`);
    writeFileSync(file, plan);
    return file;
  }

  beforeAll(async () => {
    for (const lang of ['nb', 'en'] as const) expect(await run(['build', buildPlan(lang), '-o', out], memoryOutput(), {})).toBe(0);
    browser = await launch();
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function titleMeta(lang: Language, query = ''): Promise<{ page: Page; meta: () => Promise<string> }> {
    const page = await browser.newPage();
    await page.goto(`${pathToFileURL(join(out, `intl-${lang}`, 'index.html')).href}${query}`);
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    return { page, meta: () => page.locator('.slides > section').first().locator('.fa-meta').innerText() };
  }

  it.each(['nb', 'en'] as const)('the built title slide (%s) has the plan date and the names as a list', async (lang) => {
    const { page, meta } = await titleMeta(lang);
    const text = await meta();
    expect(text).toContain(formatIsoDate('2026-12-03', lang));
    expect(text).toContain(joinNames(NAMES, lang));
    expect(text).toContain(lang === 'nb' ? 'Kari Nordmann, Ola Nordmann og Per Hansen' : 'Kari Nordmann, Ola Nordmann and Per Hansen');
    await page.close();
  });

  it.each(['nb', 'en'] as const)('a date from the address (%s) is worded in the browser as the build words it', async (lang) => {
    for (const iso of ['2027-01-31', '2027-02-01']) {
      const { page } = await titleMeta(lang, `?date=${iso}`);
      const date = page.locator('.slides > section').first().locator('[data-fasilitator="date"]');
      await expect.poll(() => date.textContent()).toBe(formatIsoDate(iso, lang));
      await page.close();
    }
  });

  it('Chromium has bokmål month names (no fallback to English)', async () => {
    const { page } = await titleMeta('nb', '?date=2027-01-31');
    await expect.poll(() => page.locator('[data-fasilitator="date"]').first().textContent()).toBe('31. januar 2027');
    expect(await page.evaluate(() => Intl.DateTimeFormat.supportedLocalesOf(['nb-NO']))).toEqual(['nb-NO']);
    await page.close();
  });
});
