// A small hand-made timeline for timer tests.
import type { Schedule } from '../../src/schedule/types.js';

// 0 title · 1 a (120 s) · 2 b with a 180 s activity (240 s) · 3 break (600 s) · 4 c (300 s) · 5 sources
export const schedule: Schedule = {
  version: 1,
  plan: { name: 'test', title: 'Test', date: '2026-12-03', track: 'praksis', language: 'nb', timer: { overlay: true, sound: false } },
  startSec: 9 * 3600,
  endSec: 9 * 3600 + 1260,
  totalSec: 1260,
  modules: [{ ref: 'intro', title: 'Intro', offsetSec: 0, durationSec: 1260, clock: '09:00' }],
  sections: [
    { index: 0, id: 'intro/s1', title: 'Første', kind: 'content', moduleRef: 'intro', offsetSec: 0, durationSec: 360, clock: '09:00', firstSlide: 1, lastSlide: 2 },
    { index: 1, id: 'pause-1', title: 'Pause', kind: 'break', offsetSec: 360, durationSec: 600, clock: '09:06', firstSlide: 3, lastSlide: 3 },
    { index: 2, id: 'intro/s2', title: 'Andre', kind: 'content', moduleRef: 'intro', offsetSec: 960, durationSec: 300, clock: '09:16', firstSlide: 4, lastSlide: 4 },
  ],
  slides: [
    { index: 0, id: 'title', kind: 'title', title: 'Test', sectionIndex: -1, offsetSec: 0, durationSec: 0, clock: '09:00' },
    { index: 1, id: 'a', kind: 'content', title: 'A', sectionIndex: 0, offsetSec: 0, durationSec: 120, clock: '09:00' },
    { index: 2, id: 'b', kind: 'content', title: 'B', sectionIndex: 0, offsetSec: 120, durationSec: 240, clock: '09:02', activity: { title: 'Par', durationSec: 180 } },
    { index: 3, id: 'pause-1', kind: 'break', title: 'Pause', sectionIndex: 1, offsetSec: 360, durationSec: 600, clock: '09:06' },
    { index: 4, id: 'c', kind: 'content', title: 'C', sectionIndex: 2, offsetSec: 960, durationSec: 300, clock: '09:16', optional: true },
    { index: 5, id: 'sources-1', kind: 'sources', title: 'Kilder', sectionIndex: -1, offsetSec: 1260, durationSec: 0, clock: '09:21' },
  ],
};

