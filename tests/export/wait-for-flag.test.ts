// The PDF export waits for a flag the deck sets when it is laid out. The deck forbids eval()
// (CSP script-src 'self'); the wait must still work when the flag comes late, as on a busy machine.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { waitForFlag } from '../../src/export/pdf.js';
import { describeBrowser, launch } from '../helpers/browser.js';

describeBrowser('waitForFlag', () => {
  let browser: Browser;
  const dir = mkdtempSync(join(tmpdir(), 'fasilitator-flag-'));
  beforeAll(async () => {
    browser = await launch();
    writeFileSync(
      join(dir, 'index.html'),
      `<!doctype html><html><head><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'"><script src="ready.js"></script></head><body></body></html>`,
    );
    // The flag is set only when the test says so: never before the wait's first check.
    writeFileSync(join(dir, 'ready.js'), `window.addEventListener('message', () => { document.documentElement.dataset.testReady = 'true'; });`);
  });
  afterAll(async () => browser?.close());

  it('sees a flag set after its first check, on a page whose CSP forbids eval', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/.test(message.text())) errors.push(message.text());
    });
    await page.goto(pathToFileURL(join(dir, 'index.html')).href);
    expect(await page.evaluate(() => document.documentElement.dataset.testReady)).toBeUndefined();
    const waiting = waitForFlag(page, 'testReady', 30_000);
    // Let the wait poll a few animation frames with the flag unset, then set it.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => requestAnimationFrame(resolve)))));
    await page.evaluate(() => window.postMessage('ready', '*'));
    await expect(waiting).resolves.toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
});
