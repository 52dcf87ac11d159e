// Making output, cache and plan folders: never the endless retry of Node's recursive mkdir.
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { makeDirectory, makeDirectorySync } from '../../src/files/directory.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { tempDirs } from '../helpers/temp.js';

const temp = tempDirs('dir');
// Linux's /proc refuses new folders with ENOENT although it exists: the case that hung.
const hasProc = existsSync('/proc/self');

describe('makeDirectory', () => {
  it('makes a folder and every missing parent, and accepts one that is there', async () => {
    const root = temp();
    const deep = join(root, 'a', 'b', 'c');
    await makeDirectory(deep);
    expect(statSync(deep).isDirectory()).toBe(true);
    await makeDirectory(deep);
    makeDirectorySync(join(root, 'a', 'x', 'y'));
    expect(statSync(join(root, 'a', 'x', 'y')).isDirectory()).toBe(true);
  });

  it('refuses a path through a file with the file system’s error', async () => {
    const root = temp();
    writeFileSync(join(root, 'fil'), 'x');
    await expect(makeDirectory(join(root, 'fil', 'under'))).rejects.toMatchObject({ code: 'ENOTDIR' });
    await expect(makeDirectory(join(root, 'fil'))).rejects.toMatchObject({ code: 'EEXIST' });
    expect(() => makeDirectorySync(join(root, 'fil', 'under'))).toThrow(expect.objectContaining({ code: 'ENOTDIR' }));
  });

  it.runIf(hasProc)('rejects a folder the file system will not make (where Node’s own mkdir retries forever)', async () => {
    await expect(makeDirectory('/proc/fasilitator-test/x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(() => makeDirectorySync('/proc/fasilitator-test')).toThrow(expect.objectContaining({ code: 'ENOENT' }));
  });

  it.runIf(hasProc).each([['build', 'plans/kort-intro-praksis.yaml'], ['site']])('lets %s to such a folder fail with exit 3 and words, not hang or crash', async (...command) => {
    const output = memoryOutput();
    expect(await run([...command, '-o', '/proc/fasilitator-test'], output, { FASILITATOR_CACHE: 'off' })).toBe(3);
    expect(output.stderr.join('\n')).toContain('/proc/fasilitator-test');
    expect(output.stderr.join('\n')).not.toMatch(/\n\s+at /);
  });
});
