// Benchmarks for the build (issue 2), the PDF export (issue 4) and the PowerPoint export (issue
// 15): whole-process wall time and peak memory. Prints figures; it is not a test. `npm run bench`
// (add `build`, `pdf` or `pptx` to run one part).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { measureTree } from './_process-tree.js';
import { generateDeck } from './generate.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const only = process.argv[2];
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const row = (label: string, ms: number, mib?: number, extra = ''): void =>
  console.log(`${label.padEnd(52)} ${ms.toFixed(0).padStart(6)} ms${mib === undefined ? '' : `  ${mib.toFixed(0).padStart(5)} MiB`}${extra}`);

async function measure(args: string[], env: NodeJS.ProcessEnv = {}, runs = RUNS): Promise<{ ms: number; mib: number }> {
  const samples: { wallMs: number; peakMiB: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const out = mkdtempSync(join(tmpdir(), 'fasilitator-bench-out-'));
    const cacheDir = env.FASILITATOR_CACHE_DIR === 'fresh' ? mkdtempSync(join(tmpdir(), 'fasilitator-bench-cache-')) : env.FASILITATOR_CACHE_DIR;
    samples.push(await measureTree(process.execPath, ['bin/fasilitator.js', ...args, '-o', out], { ...process.env, ...env, ...(cacheDir ? { FASILITATOR_CACHE_DIR: cacheDir } : {}) }));
    rmSync(out, { recursive: true, force: true });
  }
  return { ms: median(samples.map((s) => s.wallMs)), mib: Math.max(...samples.map((s) => s.peakMiB)) };
}

const nodeStart = median(
  Array.from({ length: RUNS }, () => {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - started;
  }),
);
const plans = readdirSync('plans').filter((name) => name.endsWith('.yaml')).map((name) => `plans/${name}`);
const generated = generateDeck(50);
console.log(`Median of ${RUNS} runs, whole process; memory is the peak of the process tree (PSS, Node and Chromium).`);
row('node -e 0 (Node start-up alone, for scale)', nodeStart);

if (!only || only === 'build') {
  console.log('\nBuild (target: one plan or 50 slides < 300 ms and < 150 MB; each further plan < 30 ms)');
  await measure(['build', 'plans/kort-intro-praksis.yaml'], {}, 1); // fill the parse cache
  const one = await measure(['build', 'plans/kort-intro-praksis.yaml']);
  row('one plan (kort-intro-praksis)', one.ms, one.mib);
  const oneCold = await measure(['build', 'plans/kort-intro-praksis.yaml'], { FASILITATOR_CACHE_DIR: 'fresh' });
  row('one plan, empty parse cache (first build)', oneCold.ms, oneCold.mib);
  await measure(['build', '--decks', generated.decksDir, generated.plan], {}, 1);
  const fifty = await measure(['build', '--decks', generated.decksDir, generated.plan]);
  row('generated 50-slide deck', fifty.ms, fifty.mib);
  const fiftyCold = await measure(['build', '--decks', generated.decksDir, generated.plan], { FASILITATOR_CACHE_DIR: 'fresh' });
  row('generated 50-slide deck, empty parse cache', fiftyCold.ms, fiftyCold.mib);
  const all = await measure(['build', ...plans]);
  row(`all ${plans.length} example plans in one run`, all.ms, all.mib);
  const ten = await measure(['build', ...Array.from({ length: 10 }, () => 'plans/kort-intro-praksis.yaml')]);
  row('the same plan 10 times in one run', ten.ms, ten.mib);
  console.log(`each further plan in a multi-plan run: ${((ten.ms - one.ms) / 9).toFixed(1)} ms`);
}

if (!only || only === 'pdf') {
  console.log('\nPDF (target: 50-slide lysark.pdf < 1.8 s and ≤ 1.2× bare page.pdf(); all three < 3.5 s; < 600 MiB)');
  const built = mkdtempSync(join(tmpdir(), 'fasilitator-bench-deck-'));
  spawnSync(process.execPath, ['bin/fasilitator.js', 'build', '--decks', generated.decksDir, generated.plan, '-o', built]);
  const deck = resolve(built, 'bench-50', 'deltaker', 'index.html');
  const bare: { wallMs: number; peakMiB: number }[] = [];
  for (let i = 0; i < RUNS; i++) bare.push(await measureTree(process.execPath, ['bench/bare-pdf.mjs', deck, join(built, 'bare.pdf')]));
  const bareMs = median(bare.map((s) => s.wallMs));
  row('bare playwright page.pdf() of the 50-slide deck', bareMs, Math.max(...bare.map((s) => s.peakMiB)));
  const lysark = await measure(['pdf', '--decks', generated.decksDir, generated.plan, '--files', 'lysark']);
  row('fasilitator pdf --files lysark, 50 slides', lysark.ms, lysark.mib, `   ratio ${(lysark.ms / bareMs).toFixed(2)}× bare`);
  const three = await measure(['pdf', '--decks', generated.decksDir, generated.plan]);
  row('fasilitator pdf, all three PDFs, 50 slides', three.ms, three.mib);
  const intro = await measure(['pdf', 'plans/kort-intro-praksis.yaml']);
  row('fasilitator pdf, all three PDFs, kort-intro-praksis', intro.ms, intro.mib);
  const long = await measure(['pdf', 'plans/lang-intro-praksis.yaml']);
  row('fasilitator pdf, all three PDFs, lang-intro-praksis', long.ms, long.mib);
  console.log(`per slide (50-slide lysark.pdf over bare browser start): ${((lysark.ms - 900) / 50).toFixed(1)} ms, assuming 0.9 s for Chromium to start`);
  rmSync(built, { recursive: true, force: true });
}
/**
 * CPU time (user + system) of a whole process, from the children's times Linux adds to ours once
 * a child is waited for: less swayed by other load on the machine than wall time.
 */
function cpuMs(args: string[]): number {
  const children = (): number => {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[13]) + Number(fields[14])) * 10; // cutime + cstime, in 1/100 s
  };
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const out = mkdtempSync(join(tmpdir(), 'fasilitator-bench-out-'));
    const before = children();
    spawnSync(process.execPath, ['bin/fasilitator.js', ...args, '-o', out]);
    samples.push(children() - before);
    rmSync(out, { recursive: true, force: true });
  }
  return median(samples);
}

if (!only || only === 'pptx') {
  console.log('\nPowerPoint (target: 50-slide lysark.pptx < 1 s, whole process)');
  await measure(['pptx', '--decks', generated.decksDir, generated.plan], {}, 1); // fill the parse cache
  const build = await measure(['build', '--decks', generated.decksDir, generated.plan]);
  const fifty = await measure(['pptx', '--decks', generated.decksDir, generated.plan]);
  row('fasilitator pptx, generated 50-slide deck', fifty.ms, fifty.mib, `   (build alone ${build.ms.toFixed(0)} ms)`);
  const short = await measure(['pptx', 'plans/kort-intro-praksis.yaml']);
  row('fasilitator pptx, kort-intro-praksis (icons: Chromium)', short.ms, short.mib);
  const long = await measure(['pptx', 'plans/lang-intro-praksis.yaml'], {}, Math.min(RUNS, 3));
  row('fasilitator pptx, lang-intro-praksis (SVG charts: Chromium)', long.ms, long.mib);
  console.log(`the PowerPoint step for 50 slides: ${(fifty.ms - build.ms).toFixed(0)} ms over the build`);
  const cpuBuild = cpuMs(['build', '--decks', generated.decksDir, generated.plan]);
  const cpuPptx = cpuMs(['pptx', '--decks', generated.decksDir, generated.plan]);
  console.log(`CPU time (user + system), 50 slides: build ${cpuBuild} ms, pptx ${cpuPptx} ms`);
}
rmSync(join(generated.plan, '..'), { recursive: true, force: true });
