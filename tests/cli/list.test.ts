import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { loadLibrary } from '../../src/content/load.js';
import { nb } from '../../src/i18n/nb.js';
import { paths } from '../../src/paths.js';

describe('fasilitator list', () => {
  it('lists every section of every module with the name a break uses to follow it', async () => {
    const { library } = await loadLibrary(paths.decks, nb);
    const output = memoryOutput();
    expect(await run(['list'], output, {})).toBe(0);
    const text = output.stdout.join('\n');
    for (const module of library.modules) {
      for (const section of module.sections.filter((s) => !s.isBreak)) expect(text).toContain(`after: ${module.ref}/${section.id}`);
    }
  });

  it('gives the same outline as JSON, with minutes per track', async () => {
    const output = memoryOutput();
    expect(await run(['list', '--json', 'kk2'], output, {})).toBe(0);
    const rows = JSON.parse(output.stdout.join('\n')) as { ref: string; minutes: number; outline: { after: string; minutes: number; tracks: Record<string, number>; isBreak: boolean }[] }[];
    expect(rows.map((row) => row.ref)).toEqual(['kk2']);
    const outline = rows[0]!.outline;
    expect(outline.every((s) => s.after.startsWith('kk2/'))).toBe(true);
    // The slots add up to the module's minutes; each track's minutes are reported per section.
    expect(outline.reduce((sum, s) => sum + s.minutes, 0)).toBe(rows[0]!.minutes);
    expect(Object.keys(outline[0]!.tracks).sort()).toEqual(['erfaring', 'kunnskap', 'praksis']);
  });

  it('refuses an unknown module with a did-you-mean (exit 2)', async () => {
    const output = memoryOutput();
    expect(await run(['list', 'kk7'], output, {})).toBe(2);
    expect(output.stderr.join('\n')).toMatch(/ukjent modul «kk7»/);
  });
});
