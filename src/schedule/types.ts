// The timeline of a session. Serialisable: it is embedded in the deck as JSON and drives the
// timer in the browser, so the client imports these types (and nothing else from src/).

export type ScheduledSlideKind = 'title' | 'content' | 'break' | 'sources';

export interface ScheduledActivity {
  title: string;
  durationSec: number;
  /** refleksjon, par, gruppe, plenum or quiz, when the author said. */
  kind?: string;
  /** The shortest the activity may run when the session is late (the author's `shortest`). */
  shortestSec?: number;
}

export interface ScheduledSlide {
  /** reveal.js horizontal index. */
  index: number;
  /** Stable id (content slides: <module>/<section>/<n>). */
  id: string;
  kind: ScheduledSlideKind;
  title: string;
  /** Index into Schedule.sections; -1 for the title and sources slides. */
  sectionIndex: number;
  /** Planned start, in seconds from the start of the session. */
  offsetSec: number;
  durationSec: number;
  /** Planned wall clock, "HH:MM". */
  clock: string;
  activity?: ScheduledActivity;
  optional?: boolean;
}

export interface ScheduledSection {
  index: number;
  /** "<module ref>/<section id>" for content, "pause-<n>" for the plan's own breaks. */
  id: string;
  title: string;
  kind: 'content' | 'break';
  moduleRef?: string;
  offsetSec: number;
  durationSec: number;
  clock: string;
  firstSlide: number;
  lastSlide: number;
}

export interface ScheduledModule {
  ref: string;
  title: string;
  offsetSec: number;
  durationSec: number;
  clock: string;
}

export interface Schedule {
  version: 1;
  plan: {
    name: string;
    title: string;
    organisation?: string;
    facilitators?: string[];
    date?: string;
    track: string;
    language: 'nb' | 'en';
    timer: { overlay: boolean | 'auto'; sound: boolean };
  };
  /** Planned start and end, seconds after midnight. */
  startSec: number;
  endSec: number;
  totalSec: number;
  modules: ScheduledModule[];
  sections: ScheduledSection[];
  slides: ScheduledSlide[];
}
