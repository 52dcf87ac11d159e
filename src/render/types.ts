// What planning hands to rendering and rendering hands to emit: the planned session (plan,
// content, composed blocks, schedule) and the site's files. Types only, so emit/ and export/
// need not import pipeline.ts.
import type { Block, Session } from '../compose/types.js';
import type { SharedTexts } from '../content/load.js';
import type { Module, Reference } from '../content/types.js';
import type { Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { Plan } from '../plan/types.js';
import type { Schedule } from '../schedule/types.js';

export interface PlannedSession {
  plan: Plan;
  shared: SharedTexts;
  t: Messages;
  modules: Module[];
  session: Session;
  schedule: Schedule;
  blocks: Block[];
  references: ReadonlyMap<string, Reference>;
  used: Reference[];
  warnings: Issue[];
}

export interface SiteFile {
  path: string;
  content: string;
}

export interface Site {
  planned: PlannedSession;
  files: SiteFile[];
  /** Files to copy into the site: runtime, theme, images. */
  copies: { from: string; to: string }[];
}
