// What every renderer needs to hand: the plan, the language, the reference list and a small
// Markdown renderer for activity fields. Built once per plan.
import { formatMinutes } from '../schedule/minutes.js';
import markdownIt from 'markdown-it';
import type { Module, Reference } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import type { Plan } from '../plan/types.js';
import { formatClock } from '../time/clock.js';
import type { DeckSlide } from './deck-slides.js';
import { escapeHtml } from '../html/escape.js';

export interface RenderContext {
  plan: Plan;
  t: Messages;
  references: ReadonlyMap<string, Reference>;
  /** "Kort introduksjon · Praksis": the modules and track under the title. */
  subtitle: string;
  /** Inline Markdown (activity fields) → HTML. */
  inline: (markdown: string) => string;
  /** Offset from session start → planned wall clock. */
  clockAt: (offsetSec: number) => string;
  /** Speaker notes for the title, break and sources slides. */
  bookendNotes: (item: DeckSlide) => string;
  /** Number of slides in the deck, for "6 / 22" in footers. */
  slideCount: number;
  /** The modules' titles and the track's name, listed one per line on the title slide. */
  moduleTitles: string[];
  trackLabel: string;
  /** The theme's logo as inline SVG (title slide), and whether footers show it. */
  logoSvg?: string;
  logoName?: string;
  /** SVG markup of the Punkt icons the slides name. */
  icons: ReadonlyMap<string, string>;
}

export interface RenderExtras {
  logoSvg?: string;
  logoName?: string;
  icons?: ReadonlyMap<string, string>;
}

const inlineMarkdown = markdownIt({ html: false, typographer: false });

// The same short texts (activity cards, titles) are rendered for the deck, the participant copy,
// the run sheet and the notes print of every session: remember them. Pure, so sharing is safe.
const inlineCache = new Map<string, string>();
function renderInlineCached(markdown: string): string {
  const key = markdown.trim();
  let html = inlineCache.get(key);
  if (html === undefined) {
    html = inlineMarkdown.renderInline(key);
    if (inlineCache.size > 20_000) inlineCache.clear();
    inlineCache.set(key, html);
  }
  return html;
}

export function createRenderContext(plan: Plan, modules: readonly Module[], references: ReadonlyMap<string, Reference>, t: Messages, slideCount = 0, extras: RenderExtras = {}): RenderContext {
  const clockAt = (offsetSec: number): string => formatClock(plan.startSec + offsetSec);
  const subtitle = [...modules.map((module) => module.title), t.tracks[plan.track] ?? plan.track].join(' · ');
  return {
    plan,
    t,
    references,
    subtitle,
    inline: renderInlineCached,
    clockAt,
    slideCount,
    moduleTitles: modules.map((module) => module.title),
    trackLabel: t.tracks[plan.track] ?? plan.track,
    ...(extras.logoSvg ? { logoSvg: extras.logoSvg, logoName: extras.logoName ?? '' } : {}),
    icons: extras.icons ?? new Map(),
    bookendNotes: (item) => {
      const { scheduled } = item;
      if (scheduled.kind === 'break') {
        return `<p class="fa-n-time">${escapeHtml(t.manus.planned(scheduled.clock, formatMinutes(scheduled.durationSec, t.lang)))}</p><p>${escapeHtml(t.notes.breakNotes(clockAt(scheduled.offsetSec + scheduled.durationSec)))}</p>`;
      }
      if (scheduled.kind === 'title') return `<p>${escapeHtml(t.notes.titleNotes(clockAt(0)))}</p>`;
      return `<p>${escapeHtml(t.notes.sourcesNotes)}</p>`;
    },
  };
}
