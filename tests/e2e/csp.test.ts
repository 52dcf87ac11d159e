// Every generated page carries a strict Content-Security-Policy, and the deck, the speaker view,
// the countdowns, the other pages and the PDF export all work under it: no violation is logged.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { exportPdfs } from '../../src/export/pdf.js';
import { nb } from '../../src/i18n/nb.js';
import type { Schedule } from '../../src/schedule/types.js';
import { describeBrowser, launch } from '../helpers/browser.js';

/** Logs each violation to the console, where the test collects it. */
const LISTEN = () => document.addEventListener('securitypolicyviolation', (e) => console.warn(`CSP: ${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`));

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).map((file) => join(dir, file));
}

describeBrowser('Content-Security-Policy in Chromium', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-csp-'));
  const deck = join(out, 'kort-intro-praksis');
  let browser: Browser;
  let schedule: Schedule;

  beforeAll(async () => {
    expect(await run(['build', 'plans/kort-intro-praksis.yaml', 'plans/kk1-kunnskap.yaml', '-o', out], memoryOutput(), {})).toBe(0);
    schedule = JSON.parse(readFileSync(join(deck, 'schedule.json'), 'utf8'));
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  async function watched(): Promise<{ context: BrowserContext; violations: string[] }> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const violations: string[] = [];
    await context.addInitScript(LISTEN);
    const collect = (page: Page): void => {
      page.on('console', (message) => {
        if (message.text().startsWith('CSP:') || /Content Security Policy/.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
      });
      page.on('pageerror', (error) => violations.push(`${page.url()}: ${error.message}`));
    };
    context.on('page', collect);
    return { context, violations };
  }

  it('is in every generated HTML page, before any script or stylesheet, and forbids inline script', () => {
    const files = htmlFiles(out);
    expect(files.length).toBeGreaterThanOrEqual(11);
    for (const file of files) {
      const html = readFileSync(file, 'utf8');
      const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html);
      expect(meta, relative(out, file)).not.toBeNull();
      expect(meta![1]).toContain("default-src 'self'");
      expect(meta![1]).toMatch(/script-src 'self'(;|$)/);
      expect(html.indexOf(meta![0])).toBeLessThan(html.search(/<script|<link/) >>> 0);
      // No inline script: only data (JSON) and files.
      for (const script of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (script[2]!.trim()) expect(script[1], relative(out, file)).toContain('type="application/json"');
      }
      expect(html).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('deck, speaker view and an activity countdown run without a violation', async () => {
    const { context, violations } = await watched();
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(deck, 'index.html')).href);
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await speaker.waitForLoadState();
    await expect.poll(() => speaker.evaluate(() => document.body.innerText.length)).toBeGreaterThan(20);
    const index = schedule.slides.findIndex((slide) => slide.activity);
    expect(index).toBeGreaterThan(0);
    await page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), index);
    const countdown = page.locator(`section[data-fa-id="${schedule.slides[index]!.id}"] [data-fasilitator="countdown"]`);
    const before = Number(await countdown.getAttribute('data-remaining-seconds'));
    await page.keyboard.press('x');
    await expect.poll(async () => Number(await countdown.getAttribute('data-remaining-seconds'))).toBeLessThan(before);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the other pages and the overview open without a violation', async () => {
    const { context, violations } = await watched();
    const page = await context.newPage();
    for (const file of ['index.html', 'kort-intro-praksis/manus.html', 'kort-intro-praksis/lysark-med-manus.html', 'kort-intro-praksis/veiledning.html', 'kort-intro-praksis/deltaker/index.html', 'kk1-kunnskap/index.html']) {
      await page.goto(pathToFileURL(join(out, file)).href);
      await page.evaluate(() => document.fonts.ready.then(() => true));
    }
    // The inline SVG charts of KK1 are drawn (a chart with a CSP problem would have no boxes).
    await page.goto(pathToFileURL(join(out, 'kk1-kunnskap', 'lysark-med-manus.html')).href);
    expect(await page.locator('svg rect').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('the PDF export runs without a violation', async () => {
    const found: string[] = [];
    // The real export, with every context it opens watched.
    const watching = {
      newContext: async (options: Parameters<Browser['newContext']>[0]) => {
        const real = await browser.newContext(options);
        await real.addInitScript(LISTEN);
        real.on('page', (page) => page.on('console', (message) => void (message.text().startsWith('CSP:') && found.push(message.text()))));
        return real;
      },
    } as unknown as Browser;
    const files = await exportPdfs(watching, deck, schedule.plan.title, nb);
    expect(files.map((file) => file.name)).toEqual(['lysark.pdf', 'lysark-med-manus.pdf', 'manus.pdf']);
    expect(files.every((file) => file.pages > 0)).toBe(true);
    expect(found).toEqual([]);
  });
});
