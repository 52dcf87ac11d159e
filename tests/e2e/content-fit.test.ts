// Every slide of every module, in every track, fits its 1280×720 slide: nothing runs under the
// footer or off the edge. Checked in Chromium with the real fonts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { loadLibrary } from '../../src/content/load.js';
import { nb } from '../../src/i18n/nb.js';
import { paths } from '../../src/paths.js';
import { describeBrowser, launch } from '../helpers/browser.js';

const { library } = await loadLibrary(paths.decks, nb);
const tracks = ['kunnskap', 'praksis', 'erfaring'] as const;
const cases = library.modules.flatMap((module) => tracks.map((track) => [module.id, track, module] as const));

describeBrowser('content fits on its slides', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-fit-'));
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it.each(cases)('%s, %s', async (id, track, module) => {
    const plan = join(out, `${id}-${track}.yaml`);
    const select = module.kind === 'introduction' ? `introduction: ${module.introduction}` : `introduction: none\ncompetencies: [${module.number}]`;
    writeFileSync(plan, `${select}\ntrack: ${track}\n`);
    expect(await run(['build', plan, '-o', out], memoryOutput(), {})).toBe(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${pathToFileURL(join(out, `${id}-${track}`, 'deltaker', 'index.html')).href}?print-pdf`);
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorPdfReady === 'true');
    // In print view every slide is laid out at once, at full size.
    const problems: string[] = await page.evaluate(`(() => {
      const out = [];
      for (const section of document.querySelectorAll('.pdf-page > section')) {
        const box = section.getBoundingClientRect();
        const footer = section.querySelector('.fa-footer');
        const limit = footer ? footer.getBoundingClientRect().top - 4 : box.bottom - 20;
        for (const el of section.querySelectorAll(':scope > *:not(.fa-footer):not(aside):not(.fa-landscape), .fa-activity, li, p, h1, h2, h3, svg:not(.fa-landscape)')) {
          const r = el.getBoundingClientRect();
          if (r.height === 0) continue;
          if (r.bottom > limit + 0.5 || r.right > box.right - 40 + 0.5) {
            out.push((section.dataset.faId || '?') + ': «' + (el.textContent || el.tagName).trim().slice(0, 40) + '» bottom ' + Math.round(r.bottom - box.top) + ', right ' + Math.round(r.right - box.left));
            break;
          }
        }
      }
      return out;
    })()`);
    await page.close();
    expect(problems).toEqual([]);
  });
});
