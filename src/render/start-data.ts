// What the start page embeds for its script: shared by the renderer (Node) and the browser, so it
// imports nothing but the schedule's types.
import type { Schedule } from '../schedule/types.js';

export interface StartPageDeck {
  folder: string;
  moduleKey: string;
  moduleTitle: string;
  kind: 'introduction' | 'competency';
  number?: number;
  /** kunnskap | praksis | erfaring */
  track: string;
  /** As built (start 09:00); the page moves it with retime(). */
  schedule: Schedule;
  guide: boolean;
}

export interface StartPageData {
  decks: StartPageDeck[];
  pdf: boolean;
  /** Whether each session folder has lysark.pptx (site --pptx). */
  pptx: boolean;
  breakTitle: string;
  words: Record<string, string>;
}
