// Runs a command and measures its wall time and the peak memory of its whole process tree (Node
// and any browser it starts), by sampling /proc every 20 ms. Memory is the sum of each process's
// proportional set size (PSS): shared libraries count once, not once per Chromium process.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

function pssKiB(pid: number): number {
  try {
    const rollup = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    return Number(/^Pss:\s+(\d+) kB/m.exec(rollup)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function treeKiB(root: number): number {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // The process ended while we looked.
    }
  }
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += pssKiB(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

export async function measureTree(command: string, args: string[], env: NodeJS.ProcessEnv = process.env): Promise<{ wallMs: number; peakMiB: number }> {
  const started = performance.now();
  const child = spawn(command, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  let peak = 0;
  const timer = setInterval(() => {
    if (child.pid) peak = Math.max(peak, treeKiB(child.pid));
  }, 20);
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  clearInterval(timer);
  const wallMs = performance.now() - started;
  if (code !== 0) throw new Error(`${command} ${args.join(' ')} failed (${code}): ${stderr}`);
  return { wallMs, peakMiB: peak / 1024 };
}
