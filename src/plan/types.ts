// A validated session plan: defaults applied, clock times as seconds after midnight, and the
// source span of each field kept so later stages (scheduling) can point back at the plan.
import type { SourceSpan } from '../errors.js';
import type { Language } from '../i18n/messages.js';
import type { INTRODUCTIONS, TRACKS } from './schema.js';

export type Track = (typeof TRACKS)[number];
export type Introduction = (typeof INTRODUCTIONS)[number];

export interface PlanBreak {
  /** Exactly one of `after` and `atSec` is set. */
  after?: string;
  atSec?: number;
  minutes: number;
  title?: string;
  span: SourceSpan;
}

export interface Plan {
  /** File name without extension: the output folder under dist/. */
  name: string;
  file: string;
  title?: string;
  organisation?: string;
  /** ISO date, YYYY-MM-DD. */
  date?: string;
  startSec: number;
  endSec?: number;
  facilitators: string[];
  audience?: string;
  introduction: Introduction;
  track: Track;
  competencies: number[];
  breaks: PlanBreak[];
  timer: { overlay: boolean | 'auto'; sound: boolean };
  language: Language;
  theme: string;
  /** Spans of fields by dotted path ('track', 'competencies.1', 'breaks.0'), for later issues. */
  spans: Record<string, SourceSpan>;
}
