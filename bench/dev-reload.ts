// How long `fasilitator dev` takes from saving a Markdown file to the reloaded deck being ready
// (the 2-second target that used to be a test assertion). Prints figures; it is not a test.
// Run: npx tsx bench/dev-reload.ts   (BENCH_RUNS=7 by default)
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium } from 'playwright-core';
import { memoryOutput } from '../src/terminal/output.js';
import { startDevServer } from '../src/dev/dev-server.js';
import { chromiumArgs, findChromium } from '../src/export/browser.js';
import { nb } from '../src/i18n/nb.js';
import { paths } from '../src/paths.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const TARGET_MS = 2000;
const root = mkdtempSync(join(tmpdir(), 'fasilitator-bench-dev-'));
const decks = join(root, 'decks');
cpSync(paths.decks, decks, { recursive: true });
const plan = join(root, 'plan.yaml');
writeFileSync(plan, 'introduction: short\ntrack: praksis\n');
const section = join(decks, 'kort-intro', '01-velkommen.md');

const dev = await startDevServer(plan, { decksDir: decks, templatesDir: paths.templates, runtimeDir: paths.runtime, t: nb }, { port: 5290, open: false, output: memoryOutput(), t: nb });
const executablePath = findChromium(process.env);
if (!executablePath) throw new Error('Chromium not found (set CHROME_PATH)');
const browser = await chromium.launch({ executablePath, args: chromiumArgs(), headless: true });
const page = await browser.newPage();
await page.goto(`${dev.url}#/2`);
await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
const samples: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const reloaded = page.waitForEvent('load');
  const started = performance.now();
  writeFileSync(section, `${readFileSync(section, 'utf8')}\n`);
  await reloaded;
  await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
  samples.push(performance.now() - started);
}
await browser.close();
await dev.close();
const sorted = [...samples].sort((a, b) => a - b);
console.log(`dev: save → reloaded deck ready, ${RUNS} runs`);
console.log(`  median ${sorted[Math.floor(RUNS / 2)]!.toFixed(0)} ms, min ${sorted[0]!.toFixed(0)} ms, max ${sorted[RUNS - 1]!.toFixed(0)} ms (target ${TARGET_MS} ms)`);
