// Renders one picture per slide layout and theme into docs/oppsett/ from the fixture deck
// (tests/fixtures/decks/layouts): `npm run screenshots` runs it after scripts/screenshots.ts.
// Compare the pictures before and after a change to the slide CSS (visual regression by eye).
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { run } from '../src/cli/main.js';
import { memoryOutput } from '../src/terminal/output.js';
import { launchChromium } from '../src/export/browser.js';
import { nb } from '../src/i18n/nb.js';
import type { Schedule } from '../src/schedule/types.js';

const THEMES = ['default', 'kontrast', 'oslo'];
/** File name → slide id in the fixture deck. */
const SHOTS: Record<string, string> = {
  tittel: 'title',
  skille: 'oppsett/oppsett/1',
  tall: 'oppsett/oppsett/2',
  pastand: 'oppsett/oppsett/3',
  'kolonner-ikon': 'oppsett/oppsett/4',
  kolonner: 'oppsett/oppsett/5',
  'ikoner-seks': 'oppsett/oppsett/6',
  pause: 'pause-1',
  'ikoner-tre': 'oppsett/flere/1',
  'ikoner-atte': 'oppsett/flere/2',
  sitat: 'oppsett/flere/3',
  case: 'oppsett/flere/4',
  aktivitet: 'oppsett/flere/5',
  vanlig: 'oppsett/flere/6',
  kilder: 'sources-1',
};

const target = process.argv[2] ?? join('docs', 'oppsett');
mkdirSync(target, { recursive: true });
const out = mkdtempSync(join(tmpdir(), 'fasilitator-layouts-'));
const plans = THEMES.map((theme) => `tests/fixtures/plans/layouts/${theme}.yaml`);
if ((await run(['build', ...plans, '--decks', 'tests/fixtures/decks/layouts', '-o', out], memoryOutput(), {})) !== 0) throw new Error('build failed');

const browser = await launchChromium(nb);
// Half scale keeps docs/ small; the slide is laid out at its full 1280×720.
const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, deviceScaleFactor: 0.5 });
for (const theme of THEMES) {
  const schedule: Schedule = JSON.parse(readFileSync(join(out, theme, 'schedule.json'), 'utf8'));
  await page.goto(pathToFileURL(join(out, theme, 'deltaker', 'index.html')).href);
  await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true' && document.fonts.status === 'loaded');
  for (const [name, id] of Object.entries(SHOTS)) {
    const index = schedule.slides.findIndex((slide) => slide.id === id);
    if (index < 0) throw new Error(`no slide ${id}`);
    await page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), index);
    // Title and section slides colour the whole window; reveal.js fades that in.
    await page.waitForFunction((i) => {
      const section = document.querySelectorAll('.reveal .slides > section')[i];
      if (!section?.classList.contains('present') || getComputedStyle(section).opacity !== '1') return false;
      const own = getComputedStyle(section).backgroundColor;
      return own === 'rgba(0, 0, 0, 0)' || getComputedStyle(document.body).backgroundColor === own;
    }, index);
    const path = join(target, `${theme}-${name}.png`);
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
  }
}
await browser.close();
