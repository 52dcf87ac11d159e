// Benchmark for the course site (issue 16): `fasilitator site`, whole process, the programme of
// every module × track without PDFs (target < 3 s on this machine), and the folder it makes: size,
// file count, and what storing shared files once saves. Prints figures; it is not a test.
// `npm run bench:site` (BENCH_RUNS=n for more or fewer runs).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { folderSize } from '../src/cli/commands/site.js';
import { measureTree } from './_process-tree.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const row = (label: string, value: string): void => console.log(`${label.padEnd(52)} ${value}`);
const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

async function measure(env: NodeJS.ProcessEnv = {}): Promise<{ ms: number; peak: number; out: string }> {
  const samples: { wallMs: number; peakMiB: number }[] = [];
  let out = '';
  for (let i = 0; i < RUNS; i++) {
    if (out) rmSync(out, { recursive: true, force: true });
    out = join(mkdtempSync(join(tmpdir(), 'fasilitator-bench-site-')), 'kurs');
    const cacheDir = env.FASILITATOR_CACHE_DIR === 'fresh' ? mkdtempSync(join(tmpdir(), 'fasilitator-bench-cache-')) : env.FASILITATOR_CACHE_DIR;
    samples.push(await measureTree(process.execPath, ['bin/fasilitator.js', 'site', '-o', out], { ...process.env, ...env, ...(cacheDir ? { FASILITATOR_CACHE_DIR: cacheDir } : {}) }));
  }
  return { ms: median(samples.map((s) => s.wallMs)), peak: Math.max(...samples.map((s) => s.peakMiB)), out };
}

console.log(`fasilitator site: median of ${RUNS} runs, whole process. Load average now ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores (other work on the machine slows every figure).`);
spawnSync(process.execPath, ['bin/fasilitator.js', 'site', '-o', join(mkdtempSync(join(tmpdir(), 'fasilitator-bench-site-')), 'warm')]); // fill the parse cache
const warm = await measure();
row('site, whole programme, no PDFs (target < 3000 ms)', `${warm.ms.toFixed(0)} ms  ${warm.peak.toFixed(0)} MiB peak`);
const cold = await measure({ FASILITATOR_CACHE_DIR: 'fresh' });
row('site, empty parse cache (first run on a machine)', `${cold.ms.toFixed(0)} ms  ${cold.peak.toFixed(0)} MiB peak`);

// CPU time says what the wall time would be on an idle machine (both cores are shared here).
const timed = spawnSync('/usr/bin/time', ['-f', '%U %S', process.execPath, 'bin/fasilitator.js', 'site', '-o', join(mkdtempSync(join(tmpdir(), 'fasilitator-bench-site-')), 'cpu')], { encoding: 'utf8' });
const [user, sys] = (timed.stderr.trim().split('\n').pop() ?? '').split(' ').map(Number);
if (user !== undefined && sys !== undefined && !Number.isNaN(user + sys)) row('site, CPU time (user + system)', `${((user + sys) * 1000).toFixed(0)} ms`);

const total = await folderSize(warm.out);
const shared = await folderSize(join(warm.out, 'felles'));
const sessions = readdirSync(warm.out, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'felles').length;
row('folder', `${mib(total.bytes)}, ${total.files} files, ${sessions} sessions`);
row('of which felles/ (runtime, fonts, theme, styles: once)', `${mib(shared.bytes)}, ${shared.files} files`);
// Without sharing, every session's deck and participant copy carried its own copy (as build does).
const perDeck = ['fasilitator.js', 'fasilitator.css', 'fonts.css', 'theme.css'].reduce((sum, name) => sum + statSync(join(warm.out, 'felles', name)).size, 0);
row('saved against a copy per deck and participant copy', mib(perDeck * 2 * sessions - perDeck));
rmSync(join(warm.out, '..'), { recursive: true, force: true });
