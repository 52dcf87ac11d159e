// Preloaded into benchmarked processes: reports the process's peak resident memory on exit.
const { writeFileSync } = require('node:fs');
process.on('exit', () => {
  if (process.env.FASILITATOR_BENCH_RSS) writeFileSync(process.env.FASILITATOR_BENCH_RSS, String(process.resourceUsage().maxRSS));
});
