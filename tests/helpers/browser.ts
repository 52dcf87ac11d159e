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

export async function launch(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  return chromium.launch({ executablePath: chromiumPath!, args: chromiumArgs(), headless: true });
}
