import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emitFolder } from '../../src/emit/emit.js';
import { PendingWrites } from '../../src/emit/pending.js';

function outDir(): string {
  return mkdtempSync(join(tmpdir(), 'fasilitator-emit-'));
}

describe('emitFolder', () => {
  it('writes a new folder', async () => {
    const out = outDir();
    await emitFolder(join(out, 'plan'), async (dir) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), 'ny');
    });
    expect(readFileSync(join(out, 'plan', 'index.html'), 'utf8')).toBe('ny');
    expect(readdirSync(out)).toEqual(['plan']);
  });

  it('replaces the previous output as a whole', async () => {
    const out = outDir();
    mkdirSync(join(out, 'plan'));
    writeFileSync(join(out, 'plan', '.fasilitator'), '{}');
    writeFileSync(join(out, 'plan', 'gammel.pdf'), 'gammel');
    await emitFolder(join(out, 'plan'), async (dir) => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'index.html'), 'ny');
    });
    expect(readdirSync(join(out, 'plan'))).toEqual(['index.html']);
    expect(readdirSync(out)).toEqual(['plan']);
  });

  it('leaves the previous output untouched and nothing half-written when writing fails', async () => {
    const out = outDir();
    mkdirSync(join(out, 'plan'));
    writeFileSync(join(out, 'plan', 'schedule.json'), '{}');
    writeFileSync(join(out, 'plan', 'index.html'), 'forrige');
    const pending = new PendingWrites();
    await expect(
      emitFolder(join(out, 'plan'), async (dir) => {
        mkdirSync(dir, { recursive: true });
        writeFileSync(join(dir, 'index.html'), 'halv');
        throw new Error('disken er full');
      }, { pending }),
    ).rejects.toThrow('disken er full');
    expect(readFileSync(join(out, 'plan', 'index.html'), 'utf8')).toBe('forrige');
    expect(readdirSync(out)).toEqual(['plan']);
    expect(pending.size).toBe(0);
  });

  it('tracks the temporary folder while writing, so Ctrl-C can remove it', async () => {
    const out = outDir();
    let seen: string[] = [];
    const pending = new PendingWrites();
    await emitFolder(join(out, 'plan'), async (dir) => {
      seen = [...pending];
      mkdirSync(dir, { recursive: true });
    }, { pending });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/\.plan\.tmp-/);
    expect(existsSync(seen[0]!)).toBe(false);
    expect(pending.size).toBe(0);
  });
});
