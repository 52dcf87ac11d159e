import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { replaceAtomically, siblingPath, writeFileAtomic, writeFileAtomicSync } from '../../src/files/atomic.js';

function folder(): string {
  return mkdtempSync(join(tmpdir(), 'fasilitator-atomic-'));
}

/** Data that fails half-way: the first chunk is written, then the source breaks. */
async function* breaksAfterFirstChunk(seen: () => void): AsyncGenerator<string> {
  yield 'halv ';
  seen();
  throw new Error('kilden brøt');
}

describe('writeFileAtomic', () => {
  it('writes a new file and nothing else', async () => {
    const dir = folder();
    await writeFileAtomic(join(dir, 'plan.yaml'), 'title: Ny\n');
    expect(readFileSync(join(dir, 'plan.yaml'), 'utf8')).toBe('title: Ny\n');
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });

  it('replaces an existing file', async () => {
    const dir = folder();
    writeFileSync(join(dir, 'index.html'), 'gammel');
    await writeFileAtomic(join(dir, 'index.html'), Buffer.from('ny'));
    expect(readFileSync(join(dir, 'index.html'), 'utf8')).toBe('ny');
    expect(readdirSync(dir)).toEqual(['index.html']);
  });

  it('keeps the old content under the real name while writing, and after a failed write', async () => {
    const dir = folder();
    const path = join(dir, 'index.html');
    writeFileSync(path, 'gammel');
    let during: string | undefined;
    await expect(writeFileAtomic(path, breaksAfterFirstChunk(() => (during = readFileSync(path, 'utf8'))))).rejects.toThrow('kilden brøt');
    expect(during).toBe('gammel');
    expect(readFileSync(path, 'utf8')).toBe('gammel');
    expect(readdirSync(dir)).toEqual(['index.html']);
  });

  it('leaves no file at all when a new file fails half-way', async () => {
    const dir = folder();
    await expect(writeFileAtomic(join(dir, 'ny.html'), breaksAfterFirstChunk(() => undefined))).rejects.toThrow('kilden brøt');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes its temporary file when the rename fails (the target is a folder)', async () => {
    const dir = folder();
    mkdirSync(join(dir, 'opptatt'));
    writeFileSync(join(dir, 'opptatt', 'fil'), 'x');
    await expect(writeFileAtomic(join(dir, 'opptatt'), 'ny')).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['opptatt']);
    expect(readdirSync(join(dir, 'opptatt'))).toEqual(['fil']);
  });
});

describe('replaceAtomically', () => {
  it('hands the writer a hidden name in the same folder and returns its result', async () => {
    const dir = folder();
    const path = join(dir, 'lysark.pdf');
    let temp = '';
    const result = await replaceAtomically(path, async (tempPath) => {
      temp = tempPath;
      await writeFile(tempPath, '%PDF');
      return 7;
    });
    expect(result).toBe(7);
    expect(temp.startsWith(join(dir, '.lysark.pdf.tmp-'))).toBe(true);
    expect(readFileSync(path, 'utf8')).toBe('%PDF');
    expect(readdirSync(dir)).toEqual(['lysark.pdf']);
  });

  it('removes a half-written temporary file and leaves the old one when the writer throws', async () => {
    const dir = folder();
    const path = join(dir, 'lysark.pptx');
    writeFileSync(path, 'forrige');
    await expect(
      replaceAtomically(path, async (tempPath) => {
        await writeFile(tempPath, 'halv');
        expect(readFileSync(path, 'utf8')).toBe('forrige');
        throw new Error('nettleseren krasjet');
      }),
    ).rejects.toThrow('nettleseren krasjet');
    expect(readFileSync(path, 'utf8')).toBe('forrige');
    expect(readdirSync(dir)).toEqual(['lysark.pptx']);
  });

  it('copes with a writer that fails before writing anything', async () => {
    const dir = folder();
    await expect(replaceAtomically(join(dir, 'x.pdf'), () => Promise.reject(new Error('ingen nettleser')))).rejects.toThrow('ingen nettleser');
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('writeFileAtomicSync', () => {
  it('writes and replaces', () => {
    const dir = folder();
    const path = join(dir, 'cache.json');
    writeFileAtomicSync(path, '1');
    writeFileAtomicSync(path, '2');
    expect(readFileSync(path, 'utf8')).toBe('2');
    expect(readdirSync(dir)).toEqual(['cache.json']);
  });

  it('leaves nothing behind when the rename fails', () => {
    const dir = folder();
    mkdirSync(join(dir, 'opptatt'));
    writeFileSync(join(dir, 'opptatt', 'fil'), 'x');
    expect(() => writeFileAtomicSync(join(dir, 'opptatt'), 'ny')).toThrow();
    expect(readdirSync(dir)).toEqual(['opptatt']);
  });
});

describe('siblingPath', () => {
  it('is hidden, in the same folder, and unique per call', () => {
    const a = siblingPath(join('/ut', 'plan'), 'tmp');
    const b = siblingPath(join('/ut', 'plan'), 'tmp');
    expect(a).toMatch(new RegExp(`^${join('/ut', '.plan.tmp-').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}${process.pid}-[0-9a-f]{6}$`));
    expect(a).not.toBe(b);
    expect(siblingPath(join('/ut', 'plan'), 'old', '1-abcdef')).toBe(join('/ut', '.plan.old-1-abcdef'));
  });
});
