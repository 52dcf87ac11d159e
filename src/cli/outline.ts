// A module's outline for planners: each section with its id, the name a break uses to follow it
// (`after: intro/velkommen`) and the minutes each track's slides take in it.
import type { Module } from '../content/types.js';
import { TRACKS } from '../plan/schema.js';
import type { Track } from '../plan/types.js';
import { moduleBlocks } from '../compose/compose.js';
import { blockSeconds } from '../compose/durations.js';

export interface SectionOutline {
  id: string;
  /** What a plan writes to place a break after this section. */
  after: string;
  title: string;
  /** The section's time slot (the same in every track). */
  minutes: number;
  /** Minutes the track's slides take here; 0 where the track has no slides in the section. */
  tracks: Record<Track, number>;
  isBreak: boolean;
}

const roundTenth = (minutes: number): number => Math.round(minutes * 10) / 10;

export function moduleOutline(module: Module): SectionOutline[] {
  const perTrack = Object.fromEntries(TRACKS.map((track) => [track, moduleBlocks(module, track)])) as Record<Track, ReturnType<typeof moduleBlocks>>;
  return module.sections.map((section, i) => {
    const tracks = Object.fromEntries(
      TRACKS.map((track) => {
        const block = perTrack[track][i]!;
        const empty = block.kind === 'content' && block.slides.length === 0;
        return [track, empty ? 0 : roundTenth(blockSeconds(block).reduce((a, b) => a + b, 0) / 60)];
      }),
    ) as Record<Track, number>;
    return { id: section.id, after: `${module.ref}/${section.id}`, title: section.title, minutes: section.minutes, tracks, isBreak: section.isBreak };
  });
}
