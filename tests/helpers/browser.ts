// Browser tests run on Debian's Chromium. In CI a missing browser fails the run; on a
// developer machine without it, browser tests are skipped with a loud message.
import type { Browser } from 'playwright-core';
import { describe } from 'vitest';
import { chromiumArgs, findChromium } from '../../src/export/browser.js';

export const chromiumPath = findChromium(process.env);

if (!chromiumPath) {
  if (process.env.CI) throw new Error('CI=true but Chromium was not found: browser tests must run in CI. Install it with apt-get install -y chromium, or set CHROME_PATH.');
  console.warn('\n⚠️  Chromium not found: browser tests are SKIPPED. Install it with `sudo apt-get install chromium` (or set CHROME_PATH) to run them.\n');
}

/** `describe` that skips (loudly, above) only when Chromium is missing outside CI. */
export const describeBrowser = chromiumPath ? describe : describe.skip;

/**
 * How long a browser step may wait (navigation, waitForFunction, a locator) before it fails:
 * the same allowance as expect.poll in vite.config.ts. Playwright's own 30 s is a wall-clock
 * limit a loaded two-core CI machine can exceed on a correct run.
 */
export const BROWSER_WAIT_MS = 300_000;

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath: chromiumPath!, args: chromiumArgs(), headless: true, timeout: BROWSER_WAIT_MS });
  // Every context the tests open gets the allowance, and so do the windows a deck opens in it
  // (the speaker view): browser.newPage makes a context of its own.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.setDefaultTimeout(BROWSER_WAIT_MS);
    return context;
  };
  const newPage = browser.newPage.bind(browser);
  browser.newPage = async (...args) => {
    const page = await newPage(...args);
    page.context().setDefaultTimeout(BROWSER_WAIT_MS);
    page.setDefaultTimeout(BROWSER_WAIT_MS);
    return page;
  };
  return browser;
}
