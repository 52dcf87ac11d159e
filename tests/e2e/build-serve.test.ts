// `npm start` is `build … --serve`: one plan built, then shown, with one thing to open.
import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('fasilitator build --serve', () => {
  it('builds the plan, serves it, prints only the address to open, and stops cleanly on Ctrl+C', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fasilitator-build-serve-'));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const child = spawn(process.execPath, ['bin/fasilitator.js', 'build', 'plans/kort-intro-praksis.yaml', '--serve', '--port', String(port), '-o', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await expect.poll(() => /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout)?.[1], { interval: 50 }).toBeDefined();
      const url = /http:\/\/127\.0\.0\.1:(\d+)\//.exec(stdout)![0];
      const page = await fetch(url).then((response) => response.text());
      expect(page).toContain('data-fasilitator');
      // One instruction: the address, not also the file path.
      expect(stdout).not.toContain('index.html i nettleseren');
      expect(stdout.match(/Åpne /g)).toHaveLength(1);
    } finally {
      child.kill('SIGINT');
    }
    expect(await exited).toBe(0);
  }, 120_000);
});
