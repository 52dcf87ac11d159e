// The baseline the PDF target is measured against: a bare playwright-core page.pdf() of a
// reveal.js deck opened with ?print-pdf, in a fresh process with a fresh browser.
import { chromium } from 'playwright-core';
const [deck, out] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
const page = await browser.newPage();
await page.goto(`file://${deck}?print-pdf`);
await page.waitForFunction(() => window.Reveal && window.Reveal.isReady());
await page.pdf({ path: out, preferCSSPageSize: true, printBackground: true });
await browser.close();
