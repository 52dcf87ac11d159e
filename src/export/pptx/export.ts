// fasilitator pptx: lysark.pptx in a built deck folder — one editable PowerPoint slide per deck
// slide, the manuscript in the speaker notes. Like the PDFs it is written to a temporary name and
// renamed, inside the build's own temporary folder, so an interrupted run leaves nothing half made.
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeFileAtomic } from '../../files/atomic.js';
import type { PlannedSession } from '../../pipeline.js';
import { createRenderContext } from '../../render/context.js';
import { deckSlides } from '../../render/deck-slides.js';
import { mapDeck, type MappingContext } from './layout.js';
import { pptxThemeFromCss } from './theme.js';
import { renderPptx, type DeckMeta, type Rasterise } from './write.js';

export const PPTX_FILE = 'lysark.pptx';

export interface PptxResult {
  name: string;
  slides: number;
  ms: number;
}

/**
 * The slides' text is the content in decks/, which is written in bokmål whatever language the
 * labels are in (--lang en): tagging it nb-NO lets PowerPoint spell-check an edited slide right.
 */
const CONTENT_LANGUAGE = 'nb-NO';

/** Pixel size of a picture file, or undefined if it cannot be read. */
function imageSize(path: string): { width: number; height: number } | undefined {
  try {
    const require = createRequire(createRequire(import.meta.url).resolve('pptxgenjs'));
    const sizeOf = require('image-size') as (input: Buffer) => { width?: number; height?: number };
    const size = sizeOf(readFileSync(path));
    return size.width && size.height ? { width: size.width, height: size.height } : undefined;
  } catch {
    return undefined;
  }
}

/** A Punkt icon's SVG (the icons the `icons` and `columns` layouts name), or undefined. */
function punktIcon(name: string): string | undefined {
  if (!/^[a-z0-9][a-z0-9-]*$/.test(name)) return undefined;
  try {
    // Resolved like a module, so it is found wherever npm put the package.
    return readFileSync(createRequire(import.meta.url).resolve(`@oslokommune/punkt-assets/dist/icons/${name}.svg`), 'utf8');
  } catch {
    return undefined;
  }
}

/** Metadata of the presentation: title and author from the plan. */
export function deckMeta(planned: PlannedSession): DeckMeta {
  const { plan, t } = planned;
  return {
    title: plan.title ?? t.deck.defaultTitle,
    author: plan.facilitators.length > 0 ? plan.facilitators.join(', ') : (plan.organisation ?? 'fasilitator'),
    subject: planned.modules.map((module) => module.title).join(' · '),
    ...(plan.organisation ? { company: plan.organisation } : {}),
    lang: CONTENT_LANGUAGE,
  };
}

/**
 * Writes lysark.pptx into `dir` (a deck folder the build has just written).
 * @param themeCss the plan's theme stylesheet
 * @param rasterise draws PNG fallbacks for SVG figures; asked only when the deck has any
 * @param resolveAsset where a deck-relative file (an image under assets/) is on disk; the course
 *   site keeps them in its shared folder instead of the session's own
 */
export async function exportPptx(planned: PlannedSession, dir: string, themeCss: string, rasterise?: Rasterise, resolveAsset: (src: string) => string = (src) => join(dir, src)): Promise<PptxResult> {
  const started = performance.now();
  const { plan, modules, references, t, schedule, blocks } = planned;
  const items = deckSlides(schedule, blocks);
  const render = createRenderContext(plan, modules, references, t, schedule.slides.length);
  const theme = pptxThemeFromCss(themeCss);
  const meta = { ...deckMeta(planned), bulletColour: theme.accent };
  const ctx: MappingContext = { render, theme, lang: meta.lang, imageSize: (src) => imageSize(resolveAsset(src)), icon: punktIcon };
  const specs = mapDeck(items, ctx);
  const bytes = await renderPptx(specs, theme, meta, resolveAsset, rasterise);
  await writeFileAtomic(join(dir, PPTX_FILE), bytes);
  return { name: PPTX_FILE, slides: specs.length, ms: Math.round(performance.now() - started) };
}

/** Reads the stylesheet of a built deck's theme (the build copied it to assets/theme.css). */
export function readDeckTheme(dir: string): Promise<string> {
  return readFile(join(dir, 'assets', 'theme.css'), 'utf8');
}
