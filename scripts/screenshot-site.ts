// The README's picture of the course site's start page: `npx tsx scripts/screenshot-site.ts [outdir]`
// (needs Chromium). Builds the site, chooses short introduction + core competence 1, Praksis, 10:00.
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../src/cli/main.js';
import { memoryOutput } from '../src/terminal/output.js';
import { chromium } from 'playwright-core';
import { chromiumArgs, findChromium } from '../src/export/browser.js';

const target = process.argv[2] ?? 'docs';
mkdirSync(target, { recursive: true });
const out = join(mkdtempSync(join(tmpdir(), 'fasilitator-site-shot-')), 'kurs');
if ((await run(['site', '-o', out], memoryOutput(), {})) !== 0) throw new Error('site failed');
// --lang: the date and time fields as on a Norwegian machine (24-hour clock).
const browser = await chromium.launch({ executablePath: findChromium(process.env)!, args: [...chromiumArgs(), '--lang=nb-NO'], headless: true });
const page = await (await browser.newContext({ viewport: { width: 1200, height: 1500 }, locale: 'nb-NO' })).newPage();
await page.goto(pathToFileURL(join(out, 'index.html')).href);
await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
await page.check('input[name="intro"][value="intro-short"]');
await page.check('input[name="kk"][value="kk1"]');
await page.check('input[name="track"][value="praksis"]');
await page.fill('input[name="date"]', '2026-12-03');
await page.fill('input[name="start"]', '10:00');
await page.waitForFunction(() => document.querySelectorAll('#agenda .fa-s-module').length === 2);
await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
await page.screenshot({ path: join(target, 'startside.png') });
console.log(`wrote ${join(target, 'startside.png')}`);
await browser.close();
