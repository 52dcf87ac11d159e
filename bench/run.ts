// Build benchmarks (issue 2): whole-process wall time and peak memory of cold CLI builds.
// Prints figures; it is not a test. Run with `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { generateDeck } from './generate.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 9);

interface Sample {
  wallMs: number;
  rssMiB: number;
}

function runOnce(args: string[]): Sample {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-bench-out-'));
  const rssFile = join(out, 'rss');
  const started = performance.now();
  const result = spawnSync(process.execPath, ['--require', './bench/_max-rss.cjs', 'bin/fasilitator.js', ...args, '-o', join(out, 'dist')], {
    env: { ...process.env, FASILITATOR_BENCH_RSS: rssFile },
    encoding: 'utf8',
  });
  const wallMs = performance.now() - started;
  if (result.status !== 0) throw new Error(`build failed: ${result.stderr}`);
  const rssMiB = Number(readFileSync(rssFile, 'utf8')) / 1024;
  rmSync(out, { recursive: true, force: true });
  return { wallMs, rssMiB };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function measure(label: string, args: string[]): { wallMs: number; rssMiB: number } {
  runOnce(args); // warm the file cache, as a second build in a session would
  const samples = Array.from({ length: RUNS }, () => runOnce(args));
  const wallMs = median(samples.map((s) => s.wallMs));
  const rssMiB = Math.max(...samples.map((s) => s.rssMiB));
  console.log(`${label.padEnd(44)} ${wallMs.toFixed(0).padStart(6)} ms   ${rssMiB.toFixed(0).padStart(4)} MiB`);
  return { wallMs, rssMiB };
}

const node = (() => {
  const samples = Array.from({ length: RUNS }, () => {
    const started = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    return performance.now() - started;
  });
  return median(samples);
})();

const plans = readdirSync('plans').filter((name) => name.endsWith('.yaml')).map((name) => `plans/${name}`);
const generated = generateDeck(50);

console.log(`fasilitator build benchmark: median of ${RUNS} cold processes, peak RSS (max)`);
console.log(`${'node -e 0 (Node start-up alone)'.padEnd(44)} ${node.toFixed(0).padStart(6)} ms`);
const one = measure('one plan (kort-intro-praksis)', ['build', 'plans/kort-intro-praksis.yaml']);
const fifty = measure('generated 50-slide deck', ['build', '--decks', generated.decksDir, generated.plan]);
const all = measure(`all ${plans.length} example plans in one run`, ['build', ...plans]);
const ten = Array.from({ length: 10 }, () => 'plans/kort-intro-praksis.yaml');
const many = measure('the same plan 10 times in one run', ['build', ...ten]);
console.log('');
console.log(`each further plan in a multi-plan run: ${((many.wallMs - one.wallMs) / 9).toFixed(1)} ms (target < 30 ms)`);
console.log(`one plan: ${one.wallMs.toFixed(0)} ms, 50 slides: ${fifty.wallMs.toFixed(0)} ms (target < 300 ms); peak ${Math.max(one.rssMiB, fifty.rssMiB, all.rssMiB).toFixed(0)} MiB (target < 150 MB)`);
rmSync(join(generated.plan, '..'), { recursive: true, force: true });
