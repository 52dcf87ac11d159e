// The content model: modules (decks/<module>/) made of sections, each a Markdown file of slides.
import type { SourceSpan } from '../errors.js';
import type { Introduction, Track } from '../plan/types.js';
import type { ActivityKind, Layout } from './slide-settings.js';

export interface Activity {
  title: string;
  minutes: number;
  /** Why the group does this (tied to a learning goal). */
  purpose?: string;
  /** The instruction as the facilitator reads it aloud (Markdown). */
  instruction?: string;
  /** "Par", "Grupper på 3–4", "Alene, så plenum". */
  group?: string;
  materials?: string;
  debrief: string[];
  /** What someone who does not want to take part can do instead. */
  alternative?: string;
  /** Refleksjon, par, gruppe, plenum or quiz: the timing model's minimum depends on it. */
  kind?: ActivityKind;
  /** Minutes the activity can shrink to when the session runs late. */
  shortest?: number;
}

export interface Slide {
  /** Stable id: <module>/<section>/<n>, n counting from 1 within the section file. */
  id: string;
  moduleId: string;
  sectionId: string;
  /** The tracks this slide is shown in; all three unless the author narrowed it. */
  tracks: Track[];
  /** Planned minutes if the author set them (or the activity's minutes); otherwise budgeted. */
  minutes?: number;
  title: string;
  /** Slide body HTML (participants see this). */
  html: string;
  /** Manuscript HTML (speaker notes); empty if the author wrote none. */
  notesHtml: string;
  /** Plain text of body and notes, for linting (word counts, spelling). */
  bodyText: string;
  notesText: string;
  activity?: Activity;
  /** A content notice: what in this slide may activate participants. */
  notice?: string;
  sources: string[];
  /** The author marks slides that can be skipped when the session runs late. */
  optional: boolean;
  /** Extra CSS classes for layout (e.g. "center", "statement"). */
  className?: string;
  /** The author's choice of arrangement; absent means the plain title-and-content layout. */
  layout?: Layout;
  /** Punkt icon names: one per list item for `icons`, or `icon` for the figure in `columns`. */
  icons?: string[];
  icon?: string;
  /** Files the slide refers to (images), resolved to absolute paths. */
  assets: SlideAsset[];
  span: SourceSpan;
  /** Where some settings are written, for issues that concern them. */
  settingSpans: Partial<Record<'sources' | 'activity' | 'minutes' | 'icons' | 'icon' | 'layout', SourceSpan>>;
}

export interface SlideAsset {
  /** Absolute path on disk. */
  from: string;
  /** Path inside the built deck, relative to its folder. */
  to: string;
}

export interface Section {
  id: string;
  title: string;
  minutes: number;
  /** A break section has no file: fasilitator renders a break slide with a countdown. */
  isBreak: boolean;
  file?: string;
  slides: Slide[];
  span: SourceSpan;
}

export type ModuleKind = 'introduction' | 'competency';

export interface Module {
  id: string;
  /** How plans and breaks refer to the module: "intro" or "kk1"…"kk5". */
  ref: string;
  kind: ModuleKind;
  introduction?: Exclude<Introduction, 'none'>;
  number?: number;
  title: string;
  minutes: number;
  /** Allowed deviation of a track's path from `minutes`. */
  toleranceMinutes: number;
  goals: string[];
  skill?: string;
  sections: Section[];
  dir: string;
  span: SourceSpan;
}

export type SourceStatus = 'verified' | 'secondary' | 'unverified';

export interface Reference {
  id: string;
  /** Short form for slide footers: "Heir mfl. (2019)". */
  short: string;
  /** Full reference, APA-like. */
  text: string;
  url?: string;
  status: SourceStatus;
  /** Why a source needs care (e.g. "figures not verified against the primary source"). */
  note?: string;
  /**
   * Words a slide citing this source must show ("ifølge Oslo kommune"): figures whose primary
   * source was not found never stand alone on a slide.
   */
  caveat?: string;
}

export interface Library {
  modules: readonly Module[];
  references: ReadonlyMap<string, Reference>;
}
