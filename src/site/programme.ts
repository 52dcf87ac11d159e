// The whole programme as plans made in memory: every introduction and every core competence in
// every track. Each becomes one session folder of the course site, built at a neutral start time
// (the start page and the address move it later).
import type { Module } from '../content/types.js';
import { TRACKS } from '../plan/schema.js';
import type { Track } from '../plan/types.js';
import type { SourceFile } from '../source.js';

/** Start time every site deck is built with; ?start= moves it. */
export const SITE_START = '09:00';

export interface ProgrammeEntry {
  /** Folder name: kort-intro-praksis, kk1-erfaring … (as the example plans are named). */
  folder: string;
  /** "intro-short", "intro-long", "kk1" … : what the start page groups by. */
  moduleKey: string;
  moduleTitle: string;
  kind: 'introduction' | 'competency';
  number?: number;
  track: Track;
  source: SourceFile;
}

function moduleKey(module: Module): string | undefined {
  if (module.kind === 'introduction' && module.introduction) return `intro-${module.introduction}`;
  if (module.kind === 'competency' && module.number !== undefined) return `kk${module.number}`;
  return undefined;
}

function folderStem(module: Module): string {
  return module.kind === 'introduction' ? `${module.introduction === 'short' ? 'kort' : 'lang'}-intro` : `kk${module.number}`;
}

/** Introductions (short, long) first, then the competencies by number. */
function order(module: Module): number {
  if (module.kind === 'introduction') return module.introduction === 'short' ? 0 : 1;
  return 10 + (module.number ?? 0);
}

/** One plan per module × track, in the order the start page shows them. */
export function programme(modules: readonly Module[], language: 'nb' | 'en' = 'nb'): ProgrammeEntry[] {
  const chosen = modules.filter((module) => moduleKey(module) !== undefined).sort((a, b) => order(a) - order(b));
  return chosen.flatMap((module) =>
    TRACKS.map((track): ProgrammeEntry => {
      const folder = `${folderStem(module)}-${track}`;
      const lines = [
        `title: ${JSON.stringify(module.title)}`,
        `start: "${SITE_START}"`,
        module.kind === 'introduction' ? `introduction: ${module.introduction}` : 'introduction: none',
        ...(module.kind === 'competency' ? [`competencies: [${module.number}]`] : []),
        `track: ${track}`,
        `language: ${language}`,
      ];
      return {
        folder,
        moduleKey: moduleKey(module)!,
        moduleTitle: module.title,
        kind: module.kind === 'introduction' ? 'introduction' : 'competency',
        ...(module.number !== undefined ? { number: module.number } : {}),
        track,
        // The path names the plan in messages and gives the folder its name.
        source: { path: `${folder}.yaml`, text: `${lines.join('\n')}\n` },
      };
    }),
  );
}
