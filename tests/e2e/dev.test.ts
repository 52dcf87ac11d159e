import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { memoryOutput } from '../../src/cli/output.js';
import { startDevServer, type DevServer } from '../../src/dev/dev-server.js';
import { nb } from '../../src/i18n/nb.js';
import { describeBrowser, launch } from '../helpers/browser.js';
import { workspace } from '../helpers/workspace.js';

describeBrowser('fasilitator dev: live preview', () => {
  // A copy of the content, so the test can edit it.
  const root = mkdtempSync(join(tmpdir(), 'fasilitator-dev-'));
  const decks = join(root, 'decks');
  const plan = join(root, 'plan.yaml');
  const section = join(decks, 'kort-intro', '01-velkommen.md');
  const output = memoryOutput();
  let dev: DevServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    cpSync('decks', decks, { recursive: true });
    writeFileSync(plan, 'introduction: short\ntrack: praksis\n');
    dev = await startDevServer(plan, workspace({ decksDir: decks }), { port: 5190, open: false, output, t: nb });
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  });
  afterAll(async () => {
    await browser?.close();
    await dev?.close();
  });

  const ready = () => page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
  const slide = () => page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h);

  it('serves the deck on 127.0.0.1', async () => {
    expect(dev.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await page.goto(`${dev.url}#/2`);
    await ready();
    expect(await slide()).toBe(2);
  });

  it('reloads on a Markdown change and stays on the slide', async () => {
    const reloaded = page.waitForEvent('load');
    const rebuilt = dev.rebuilt();
    writeFileSync(section, readFileSync(section, 'utf8').replace('## Om innholdet i dag', '## Om innholdet i dag – endret'));
    const started = Date.now();
    await rebuilt;
    await reloaded;
    await ready();
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await slide()).toBe(2);
    expect(await page.locator('section.present h2').textContent()).toBe('Om innholdet i dag – endret');
  });

  it('shows a broken edit in an overlay with file and line, and keeps the last good deck', async () => {
    const rebuilt = dev.rebuilt();
    writeFileSync(section, readFileSync(section, 'utf8').replace('minutes: 1\nclass: center', 'minuts: 1\nclass: center'));
    await rebuilt;
    const overlay = page.locator('[data-fasilitator="dev-error"]');
    await overlay.waitFor();
    expect(await overlay.textContent()).toContain('decks/kort-intro/01-velkommen.md:2:1');
    expect(await overlay.textContent()).toContain('ukjent felt «minuts»');
    expect(await overlay.textContent()).toContain('Mente du «minutes»?');
    expect(output.stderr.join('\n')).toContain('ukjent felt «minuts»');
    // The deck underneath is still the last good one.
    expect(await page.locator('section.present h2').textContent()).toBe('Om innholdet i dag – endret');
  });

  it('reloads when the error is fixed', async () => {
    const reloaded = page.waitForEvent('load');
    const rebuilt = dev.rebuilt();
    writeFileSync(section, readFileSync(section, 'utf8').replace('minuts: 1', 'minutes: 1'));
    await rebuilt;
    await reloaded;
    await ready();
    expect(await page.locator('[data-fasilitator="dev-error"]').count()).toBe(0);
    expect(await slide()).toBe(2);
  });
});
