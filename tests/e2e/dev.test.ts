// fasilitator dev in a real browser. Every test starts its own preview on its own copy of the
// content, so each runs alone and in any order; nothing waits for a fixed time and nothing is
// timed (the reload time is measured in bench/dev-reload.ts).
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { memoryOutput } from '../../src/terminal/output.js';
import { startDevServer, type DevServer } from '../../src/dev/dev-server.js';
import { nb } from '../../src/i18n/nb.js';
import { describeBrowser, launch } from '../helpers/browser.js';
import { workspace } from '../helpers/workspace.js';

describeBrowser('fasilitator dev: live preview', () => {
  let browser: Browser;
  const open: { dev: DevServer; page: Page }[] = [];

  beforeAll(async () => {
    browser = await launch();
  });
  afterEach(async () => {
    for (const { dev, page } of open.splice(0)) {
      await page.close();
      await dev.close();
    }
  });
  afterAll(async () => browser?.close());

  /** A fresh copy of the content, a plan, a preview server and a page that records CSP violations. */
  async function start(planText = 'introduction: short\ntrack: praksis\n') {
    const root = mkdtempSync(join(tmpdir(), 'fasilitator-dev-'));
    const decks = join(root, 'decks');
    const plan = join(root, 'plan.yaml');
    cpSync('decks', decks, { recursive: true });
    writeFileSync(plan, planText);
    const output = memoryOutput();
    const dev = await startDevServer(plan, workspace({ decksDir: decks }), { port: 5190 + Math.floor(Math.random() * 500), open: false, output, t: nb });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    open.push({ dev, page });
    const violations: string[] = [];
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (e) => console.warn(`CSP: ${e.violatedDirective} ${e.blockedURI}`)));
    page.on('console', (message) => {
      if (message.text().startsWith('CSP:') || /Content Security Policy/.test(message.text())) violations.push(message.text());
    });
    const edit = (path: string, change: (text: string) => string): void => writeFileSync(path, change(readFileSync(path, 'utf8')));
    return { root, decks, plan, section: join(decks, 'kort-intro', '01-velkommen.md'), output, dev, page, violations, edit };
  }

  const ready = (page: Page) => page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
  const slide = (page: Page) => page.evaluate(() => (window as unknown as { Reveal: { getIndices(): { h: number } } }).Reveal.getIndices().h);
  const overlay = (page: Page) => page.locator('[data-fasilitator="dev-error"]');

  it('serves the deck on 127.0.0.1 under the pages\' CSP', async () => {
    const { dev, page, violations } = await start();
    expect(dev.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    await page.goto(`${dev.url}#/2`);
    await ready(page);
    expect(await slide(page)).toBe(2);
    expect(await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')).toContain("script-src 'self'");
    expect(violations).toEqual([]);
  });

  it('reloads on a Markdown change and stays on the slide', async () => {
    const { dev, page, section, edit, violations } = await start();
    await page.goto(`${dev.url}#/2`);
    await ready(page);
    const reloaded = page.waitForEvent('load');
    const rebuilt = dev.rebuilt();
    edit(section, (text) => text.replace('## Om innholdet i dag', '## Om innholdet i dag – endret'));
    await rebuilt;
    await reloaded;
    await ready(page);
    expect(await slide(page)).toBe(2);
    expect(await page.locator('section.present h2').textContent()).toBe('Om innholdet i dag – endret');
    expect(violations).toEqual([]);
  });

  it('shows a broken edit in an overlay with file and line, keeps the last good deck, and reloads when fixed', async () => {
    const { dev, page, section, edit, output, violations } = await start();
    await page.goto(`${dev.url}#/2`);
    await ready(page);
    const rebuilt = dev.rebuilt();
    edit(section, (text) => text.replace('minutes: 1\nclass: center', 'minuts: 1\nclass: center'));
    await rebuilt;
    await overlay(page).waitFor();
    expect(await overlay(page).textContent()).toContain('decks/kort-intro/01-velkommen.md:2:1');
    expect(await overlay(page).textContent()).toContain('ukjent felt «minuts»');
    expect(await overlay(page).textContent()).toContain('Mente du «minutes»?');
    expect(output.stderr.join('\n')).toContain('ukjent felt «minuts»');
    // The deck underneath is still the last good one.
    expect(await page.locator('section.present h2').textContent()).toBe('Om innholdet i dag');

    const reloaded = page.waitForEvent('load');
    const fixed = dev.rebuilt();
    edit(section, (text) => text.replace('minuts: 1', 'minutes: 1'));
    await fixed;
    await reloaded;
    await ready(page);
    expect(await overlay(page).count()).toBe(0);
    expect(await slide(page)).toBe(2);
    expect(violations).toEqual([]);
  });

  it.each([
    ['an alias in the plan', (s: Awaited<ReturnType<typeof start>>) => writeFileSync(s.plan, 'title: *Viktig*\nintroduction: short\ntrack: praksis\n'), 'plan.yaml:1:8', 'YAML-henvisning'],
    ['an alias in module.yaml', (s: Awaited<ReturnType<typeof start>>) => s.edit(join(s.decks, 'kort-intro', 'module.yaml'), (text) => text.replace('title: Kort introduksjon', 'title: *Kort*')), 'module.yaml:', 'YAML-henvisning'],
    ['an anchor in slide settings', (s: Awaited<ReturnType<typeof start>>) => s.edit(s.section, (text) => text.replace('class: center', 'class: &center')), '01-velkommen.md:3:8', 'YAML-anker'],
    ['two documents in sources.yaml', (s: Awaited<ReturnType<typeof start>>) => s.edit(join(s.decks, 'sources.yaml'), (text) => `${text}\n---\nx: 1\n`), 'sources.yaml:', 'mer enn ett YAML-dokument'],
    ['a plan nested too deep', (s: Awaited<ReturnType<typeof start>>) => writeFileSync(s.plan, `introduction: short\ntrack: praksis\ntitle: ${'['.repeat(3000)}\n`), 'plan.yaml:3:', 'for mange nivåer'],
  ])('survives %s and shows it in the overlay', async (_name, breakIt, where, words) => {
    const setup = await start();
    const { dev, page, output } = setup;
    await page.goto(dev.url);
    await ready(page);
    const rebuilt = dev.rebuilt();
    breakIt(setup);
    await rebuilt;
    await overlay(page).waitFor();
    expect(await overlay(page).textContent()).toContain(where);
    expect(await overlay(page).textContent()).toContain(words);
    expect(output.stderr.join('\n')).not.toContain('Noe gikk galt');
    // The server is still up: a reload serves the last good deck with the overlay.
    await page.reload();
    await ready(page);
    await overlay(page).waitFor();
  });

  it('shows the overlay on an empty page when the plan is broken from the start', async () => {
    const { dev, page, violations } = await start('title: &Co\nintroduction: short\ntrack: praksis\n');
    await page.goto(dev.url);
    await overlay(page).waitFor();
    expect(await overlay(page).textContent()).toContain('«&Co» blir lest som et YAML-anker');
    expect(violations).toEqual([]);
  });
});
