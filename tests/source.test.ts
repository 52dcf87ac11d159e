import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../src/errors.js';
import { nb } from '../src/i18n/nb.js';
import { decodeUtf8, readSource } from '../src/source.js';

const dir = mkdtempSync(join(tmpdir(), 'fasilitator-source-'));

async function issueOf(path: string) {
  try {
    await readSource(path, nb);
  } catch (error) {
    expect(error).toBeInstanceOf(ContentError);
    return (error as ContentError).issues[0]!;
  }
  throw new Error('expected a ContentError');
}

describe('readSource', () => {
  it('reads UTF-8 text and drops a byte-order mark', async () => {
    const path = join(dir, 'bom.yaml');
    writeFileSync(path, '\ufefftrack: praksis\n');
    expect((await readSource(path, nb)).text).toBe('track: praksis\n');
  });

  it('explains a missing file', async () => {
    const issue = await issueOf(join(dir, 'finnes-ikke.yaml'));
    expect(issue).toMatchObject({ code: 'FILE_NOT_FOUND', message: `finner ikke filen ${join(dir, 'finnes-ikke.yaml')}` });
    expect(issue.hint).toContain('plans/');
  });

  it('explains a folder given as a file', async () => {
    const folder = join(dir, 'mappe');
    mkdirSync(folder);
    const issue = await issueOf(folder);
    expect(issue).toMatchObject({ code: 'FILE_IS_DIRECTORY', message: `${folder} er en mappe, ikke en fil` });
  });

  it('explains a file that is not UTF-8 (Latin-1 æøå)', async () => {
    const path = join(dir, 'latin1.yaml');
    writeFileSync(path, Buffer.from('title: Bl\xe5b\xe6r\n', 'latin1'));
    const issue = await issueOf(path);
    expect(issue).toMatchObject({ code: 'FILE_NOT_UTF8', message: 'filen er ikke lagret som UTF-8-tekst' });
    expect(issue.hint).toContain('UTF-8');
  });

  it('treats a binary file as not text', () => {
    expect(decodeUtf8(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x00, 0x01]))).toBeUndefined();
  });
});
