// Renders the README's pictures from the example plan, so they always show the current deck:
// `npx tsx scripts/screenshots.ts` (needs Chromium).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../src/cli/main.js';
import { memoryOutput } from '../src/cli/output.js';
import { launchChromium } from '../src/export/browser.js';
import { nb } from '../src/i18n/nb.js';

const out = mkdtempSync(join(tmpdir(), 'fasilitator-shots-'));
if ((await run(['build', 'plans/kort-intro-praksis.yaml', '-o', out], memoryOutput(), {})) !== 0) throw new Error('build failed');
const browser = await launchChromium(nb);
const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
// Slide 6 of the Praksis path: the "8 av 10" fact slide.
await page.goto(`${pathToFileURL(join(out, 'kort-intro-praksis', 'index.html')).href}#/5`);
await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
await page.waitForTimeout(400);
await page.screenshot({ path: 'docs/lysbilde.png' });
await browser.close();
console.log('wrote docs/lysbilde.png');
