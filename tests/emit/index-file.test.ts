// The overview page writer (dist/index.html): lists every session folder built there, keeps the
// ones built before, escapes what plans and folders are called, and never writes over an
// index.html fasilitator did not make (unless forced).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { NotOursError } from '../../src/emit/emit.js';
import { readSessions, writeIndex } from '../../src/emit/index-file.js';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import type { Schedule } from '../../src/schedule/types.js';
import { schedule } from '../helpers/schedule.js';
import { tempDirs } from '../helpers/temp.js';

const outDir = tempDirs('index');

/** A session folder as build leaves it: schedule.json and the named files. */
function session(out: string, folder: string, plan: Partial<Schedule['plan']>, files: string[] = ['index.html', 'manus.html']): void {
  const dir = join(out, folder);
  mkdirSync(join(dir, 'deltaker'), { recursive: true });
  writeFileSync(join(dir, 'schedule.json'), JSON.stringify({ ...schedule, plan: { ...schedule.plan, ...plan } }));
  for (const file of files) writeFileSync(join(dir, file), '');
}

const read = (out: string) => readFileSync(join(out, 'index.html'), 'utf8');

describe('writeIndex', () => {
  it('lists a new session and keeps the ones built before', async () => {
    const out = outDir();
    session(out, 'mandag', { title: 'Mandagsøkta', date: '2026-12-07' });
    expect(await writeIndex(out, nb)).toEqual({ path: join(out, 'index.html'), count: 1 });
    expect(read(out)).toContain('Mandagsøkta');
    expect(read(out)).toContain('<meta name="generator" content="fasilitator">');

    session(out, 'fredag', { title: 'Fredagsøkta', date: '2026-12-04' });
    expect((await writeIndex(out, nb)).count).toBe(2);
    const page = read(out);
    expect(page).toContain('Mandagsøkta');
    expect(page.indexOf('Fredagsøkta')).toBeLessThan(page.indexOf('Mandagsøkta'));
    expect(readdirSync(out).sort()).toEqual(['fredag', 'index.html', 'mandag']);
  });

  it('links only the files a session folder has', async () => {
    const out = outDir();
    session(out, 'med-pdf', { title: 'Med PDF' }, ['index.html', 'lysark.pdf']);
    await writeIndex(out, nb);
    const page = read(out);
    expect(page).toContain('href="med-pdf/index.html"');
    expect(page).toContain('href="med-pdf/lysark.pdf"');
    expect(page).not.toContain('href="med-pdf/manus.html"');
    expect(page).not.toContain('manus.pdf');
  });

  it('escapes plan titles and organisations, and encodes folder names in links', async () => {
    const out = outDir();
    session(out, 'økt & "én"', { title: '<script>alert(1)</script> «Trygghet» & ro', organisation: 'Bydel <b>Øst</b>' } as Partial<Schedule['plan']>);
    await writeIndex(out, nb);
    const page = read(out);
    expect(page).not.toContain('<script>alert(1)</script>');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; «Trygghet» &amp; ro');
    expect(page).not.toContain('<b>Øst</b>');
    expect(page).toContain(`href="${encodeURIComponent('økt & "én"')}/index.html"`);
  });

  it('leaves out folders that are not sessions: no or broken schedule.json, hidden', async () => {
    const out = outDir();
    session(out, 'ekte', { title: 'Ekte økt' });
    session(out, '.skjult', { title: 'Skjult økt' });
    mkdirSync(join(out, 'bilder'));
    mkdirSync(join(out, 'halv'));
    writeFileSync(join(out, 'halv', 'schedule.json'), '{ "plan": ');
    writeFileSync(join(out, 'notat.txt'), 'ikke en mappe');
    expect((await readSessions(out)).map((entry) => entry.folder)).toEqual(['ekte']);
    expect((await writeIndex(out, nb)).count).toBe(1);
    expect(read(out)).not.toContain('Skjult økt');
  });

  it('does not write over an index.html it did not make, unless forced', async () => {
    const out = outDir();
    session(out, 'okt', { title: 'Økta' });
    writeFileSync(join(out, 'index.html'), '<h1>Prosjektsiden vår</h1>');
    await expect(writeIndex(out, nb)).rejects.toBeInstanceOf(NotOursError);
    expect(read(out)).toBe('<h1>Prosjektsiden vår</h1>');
    expect(readdirSync(out).sort()).toEqual(['index.html', 'okt']);
    await writeIndex(out, nb, { force: true });
    expect(read(out)).toContain('Økta');
  });

  it('refuses an index.html that is a folder, and leaves it as it is', async () => {
    const out = outDir();
    mkdirSync(join(out, 'index.html'));
    writeFileSync(join(out, 'index.html', 'noe.txt'), 'mitt');
    await expect(writeIndex(out, nb)).rejects.toBeInstanceOf(NotOursError);
    expect(readFileSync(join(out, 'index.html', 'noe.txt'), 'utf8')).toBe('mitt');
  });

  it('writes the page in the chosen language, and an empty list when nothing is built', async () => {
    const out = outDir();
    expect((await writeIndex(out, en)).count).toBe(0);
    const page = read(out);
    expect(page).toContain('<html lang="en">');
    expect(page).toContain(en.index.title);
    expect(page).toContain(en.index.lead(0));
  });
});
