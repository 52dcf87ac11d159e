// Temporary folders for one test file, removed when its tests are done.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

/** A maker of fresh folders named `fasilitator-<name>-…`; call it at a test file's top level. */
export function tempDirs(name: string): () => string {
  const made: string[] = [];
  afterAll(() => {
    for (const dir of made) rmSync(dir, { recursive: true, force: true });
  });
  return () => {
    const dir = mkdtempSync(join(tmpdir(), `fasilitator-${name}-`));
    made.push(dir);
    return dir;
  };
}
