// The mapping: one deck slide (the rendered slide model) → one PowerPoint slide as plain data —
// a title for the title placeholder, editable text boxes, tables, pictures and shapes with their
// places on a 13.33 × 7.5 inch (16:9) slide, and the speaker notes. Pure: no pptxgenjs here, so
// tests can check the mapping directly; write.ts hands the data to pptxgenjs.
import type Pptx from 'pptxgenjs';
import type { RenderContext } from '../../render/context.js';
import type { DeckSlide } from '../../render/deck-slides.js';
import { formatDate, joinNames } from '../../render/format.js';
import { formatDuration } from '../../time/clock.js';
import { htmlToBlocks, runsText, type Block, type Run } from './html.js';
import { notesText } from './notes.js';
import { DECORATIVE, standaloneSvg, type PptxTheme } from './theme.js';
import type { Layout } from '../../content/slide-settings.js';

export const SLIDE_W = 13.333;
export const SLIDE_H = 7.5;
const MARGIN_X = 0.75;
const CONTENT_W = SLIDE_W - 2 * MARGIN_X;
const TITLE_Y = 0.5;
const FOOTER_Y = 6.95;
const CONTENT_BOTTOM = 6.75;
const GAP = 0.2;

/** Body text and heading sizes in points: the web deck's 34 px base on a 1280 px slide is 25.5 pt. */
export const SIZES = { body: 24, h1: 42, h2: 36, h3: 28, statement: 48, bigNumber: 80, quote: 27, bigQuote: 36, lead: 18, sources: 15, footer: 12, notice: 14, table: 18 } as const;

export type MasterName = 'FA_TITLE' | 'FA_CONTENT';

export interface TextSpec {
  kind: 'text';
  paragraphs: Pptx.default.TextProps[];
  options: Pptx.default.TextPropsOptions;
}
export interface TableSpec {
  kind: 'table';
  rows: Pptx.default.TableRow[];
  options: Pptx.default.TableProps;
}
export interface PictureSpec {
  kind: 'picture';
  options: Pptx.default.ImageProps;
  /** A picture file inside the built deck folder (relative path). */
  file?: string;
  /** An inline SVG figure, standalone (namespace, theme colours resolved). */
  svg?: string;
}
export interface ShapeSpec {
  kind: 'shape';
  shape: 'rect' | 'roundRect' | 'ellipse';
  options: Pptx.default.ShapeProps;
}
export type ObjectSpec = TextSpec | TableSpec | PictureSpec | ShapeSpec;

export interface SlideSpec {
  master: MasterName;
  /** The deck section, as a PowerPoint section. */
  section?: string;
  /** The slide title, always in the title placeholder (outline, accessibility, screen readers). */
  title: { text: string; options: Pptx.default.TextPropsOptions };
  objects: ObjectSpec[];
  notes: string;
}

export interface MappingContext {
  render: RenderContext;
  theme: PptxTheme;
  /** BCP 47 tag for every text run: "nb-NO" or "en-GB". */
  lang: string;
  /** Pixel size of a picture in the deck folder, if it can be read. */
  imageSize: (path: string) => { width: number; height: number } | undefined;
  /** The slide's layout, while its body is placed (quote and case change how text looks). */
  layout?: Layout;
  /** Point size of list text, when not the body size (the sources list is small print). */
  listSize?: number;
  /** A Punkt icon's SVG by name, if it exists. */
  icon?: (name: string) => string | undefined;
}

interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

// ---------------------------------------------------------------------------------------------
// Text

interface ParagraphStyle {
  fontSize: number;
  color: string;
  bold?: boolean;
  italic?: boolean;
  align?: Pptx.default.HAlign;
  bullet?: Pptx.default.TextBaseProps['bullet'];
  indentLevel?: number;
  spaceAfter: number;
}

/** One paragraph → text runs for pptxgenjs: paragraph settings on the first run, a line break after the last. */
function paragraph(runs: readonly Run[], style: ParagraphStyle, ctx: MappingContext): Pptx.default.TextProps[] {
  const out: Pptx.default.TextProps[] = [];
  let softBreak = false;
  for (const run of runs) {
    if (run.break) {
      softBreak = out.length > 0;
      continue;
    }
    const options: Pptx.default.TextPropsOptions = {
      fontFace: run.code ? 'Courier New' : ctx.theme.font,
      fontSize: style.fontSize,
      color: run.bold && style.color === ctx.theme.text ? ctx.theme.heading : style.color,
      lang: ctx.lang,
      ...(style.bold || run.bold ? { bold: true } : {}),
      ...(style.italic || run.italic ? { italic: true } : {}),
      ...(style.align ? { align: style.align } : {}),
      ...(softBreak ? { softBreakBefore: true } : {}),
    };
    if (out.length === 0) {
      options.paraSpaceAfter = style.spaceAfter;
      if (style.bullet) options.bullet = style.bullet;
      if (style.indentLevel) options.indentLevel = style.indentLevel;
    }
    out.push({ text: run.text, options });
    softBreak = false;
  }
  if (out.length > 0) out[out.length - 1]!.options!.breakLine = true;
  return out;
}

/** Rough width of a character in em for a sans-serif face: enough to size boxes and choose a scale. */
const CHAR_EM = 0.5;
const LINE = 1.2;

function paragraphHeight(text: string, fontSize: number, width: number, indentPt = 0): number {
  const perLine = Math.max(8, (width * 72 - 14 - indentPt) / (fontSize * CHAR_EM));
  const lines = text.split('\n').reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
  return (lines * fontSize * LINE) / 72;
}

interface TextPart {
  props: Pptx.default.TextProps[];
  height: number;
}

function textOfBlock(block: Block, width: number, scale: number, ctx: MappingContext): TextPart | undefined {
  const { theme } = ctx;
  const size = (pt: number): number => Math.round(pt * scale);
  switch (block.kind) {
    case 'heading': {
      const fontSize = size(block.level <= 1 ? SIZES.h1 : block.level === 2 ? SIZES.h2 : SIZES.h3);
      return { props: paragraph(block.runs, { fontSize, color: theme.heading, bold: true, spaceAfter: 6 }, ctx), height: paragraphHeight(runsText(block.runs), fontSize, width) + 6 / 72 };
    }
    case 'paragraph': {
      const big = /\bbig-number\b/.test(block.className ?? '');
      // The quote layout's attribution: a paragraph starting with a dash, under the quote.
      const attribution = ctx.layout === 'quote' && /^[—–-]/.test(runsText(block.runs));
      const fontSize = size(big ? SIZES.bigNumber : SIZES.body);
      const lead = /\bfa-lead\b/.test(block.className ?? '');
      const style: ParagraphStyle = big
        ? { fontSize, color: theme.accent, bold: true, spaceAfter: 6 }
        : lead
          ? { fontSize: size(SIZES.lead), color: theme.muted, spaceAfter: 10 }
          : attribution
          ? { fontSize, color: theme.muted, align: 'right', spaceAfter: 10 }
          : { fontSize, color: theme.text, spaceAfter: 10 };
      return { props: paragraph(block.runs, style, ctx), height: paragraphHeight(runsText(block.runs), style.fontSize, width) + style.spaceAfter / 72 };
    }
    case 'list': {
      const fontSize = size(ctx.listSize ?? SIZES.body);
      const props: Pptx.default.TextProps[] = [];
      let height = 0;
      for (const item of block.items) {
        const bullet: Pptx.default.TextBaseProps['bullet'] = item.ordered
          ? { type: 'number', ...(item.start !== undefined ? { numberStartAt: item.start } : {}), indent: 27 }
          : { indent: 27 };
        props.push(...paragraph(item.runs, { fontSize: item.level > 0 ? Math.round(fontSize * 0.9) : fontSize, color: theme.text, bullet, indentLevel: item.level, spaceAfter: 6 }, ctx));
        height += paragraphHeight(runsText(item.runs), fontSize, width, 27 * (item.level + 1)) + 6 / 72;
      }
      return { props, height };
    }
    case 'code': {
      const fontSize = size(SIZES.body * 0.8);
      const runs = block.text.split('\n').flatMap((line, i): Run[] => (i > 0 ? [{ text: '', break: true }, { text: line, code: true }] : [{ text: line, code: true }]));
      return { props: paragraph(runs, { fontSize, color: theme.text, spaceAfter: 10 }, ctx), height: paragraphHeight(block.text, fontSize, width) + 10 / 72 };
    }
    default:
      return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Flow: blocks placed top to bottom in a box, text grouped into as few boxes as possible

/** The icons layout: list items, each with its Punkt icon at the left. */
interface IconItem {
  runs: Run[];
  svg?: string;
}

type Piece =
  | { kind: 'icons'; items: IconItem[] }
  | { kind: 'text'; blocks: Block[] }
  | { kind: 'quote'; block: Extract<Block, { kind: 'quote' }> }
  | { kind: 'table'; block: Extract<Block, { kind: 'table' }> }
  | { kind: 'picture'; block: Extract<Block, { kind: 'image' | 'svg' }> }
  | { kind: 'columns'; columns: Block[][] };

function pieces(blocks: readonly Block[], icons?: readonly (string | undefined)[]): Piece[] {
  const out: Piece[] = [];
  let iconsUsed = false;
  for (const block of blocks) {
    const last = out[out.length - 1];
    if (icons && !iconsUsed && block.kind === 'list') {
      iconsUsed = true;
      out.push({ kind: 'icons', items: block.items.filter((item) => item.level === 0).map((item, i) => ({ runs: item.runs, ...(icons[i] ? { svg: icons[i] } : {}) })) });
      continue;
    }
    if (block.kind === 'heading' || block.kind === 'paragraph' || block.kind === 'list' || block.kind === 'code') {
      if (last?.kind === 'text') last.blocks.push(block);
      else out.push({ kind: 'text', blocks: [block] });
    } else if (block.kind === 'quote') out.push({ kind: 'quote', block });
    else if (block.kind === 'table') out.push({ kind: 'table', block });
    else if (block.kind === 'image' || block.kind === 'svg') out.push({ kind: 'picture', block });
    else out.push({ kind: 'columns', columns: block.columns });
  }
  return out;
}

const INSET = 0.1;

function tableRowHeight(fontSize: number): number {
  return (fontSize * 1.25 * LINE) / 72 + 0.12;
}

interface Placed {
  height: number;
  objects: (y: number) => ObjectSpec[];
}

function pictureSize(block: Extract<Block, { kind: 'image' | 'svg' }>, ctx: MappingContext): { width: number; height: number } {
  if (block.kind === 'svg') return { width: block.width, height: block.height };
  return ctx.imageSize(block.src) ?? { width: 4, height: 3 };
}

/** Lays out pieces in a column of `width`, at a text scale; pictures fit in what `maxPicture` allows. */
function placePieces(list: readonly Piece[], x: number, width: number, scale: number, maxPicture: number, ctx: MappingContext): Placed[] {
  const { theme } = ctx;
  return list.map((piece): Placed => {
    switch (piece.kind) {
      case 'icons': {
        const fontSize = Math.round(SIZES.body * scale);
        const iconSize = Math.round(0.8 * scale * 100) / 100;
        const rows = piece.items.map((item) => {
          const textHeight = paragraphHeight(runsText(item.runs), fontSize, width - iconSize - 0.3) + 2 * INSET;
          return { item, height: Math.max(iconSize, textHeight) };
        });
        return {
          height: rows.reduce((sum, row) => sum + row.height, 0) + 0.15 * Math.max(0, rows.length - 1),
          objects: (y) => {
            let at = y;
            return rows.flatMap(({ item, height }) => {
              const objects: ObjectSpec[] = [];
              if (item.svg) objects.push({ kind: 'picture', svg: item.svg, options: { x, y: at + (height - iconSize) / 2, w: iconSize, h: iconSize, altText: '' } });
              objects.push({
                kind: 'text',
                paragraphs: paragraph(item.runs, { fontSize, color: theme.text, spaceAfter: 0 }, ctx),
                options: { x: x + iconSize + 0.3, y: at, w: width - iconSize - 0.3, h: height, valign: 'middle', margin: 7, fit: 'shrink', fontFace: theme.font, lang: ctx.lang },
              });
              at += height + 0.15;
              return objects;
            });
          },
        };
      }
      case 'text': {
        const parts = piece.blocks.map((block) => textOfBlock(block, width, scale, ctx)).filter((part): part is TextPart => part !== undefined);
        const height = parts.reduce((sum, part) => sum + part.height, 0) + 2 * INSET;
        return {
          height,
          objects: (y) => [
            {
              kind: 'text',
              paragraphs: parts.flatMap((part) => part.props),
              // The case layout: the story on a card.
              options: { x, y, w: width, h: height, valign: 'top', margin: 7, fit: 'shrink', fontFace: theme.font, lang: ctx.lang, ...(ctx.layout === 'case' ? { fill: { color: theme.accentSoft } } : {}) },
            },
          ],
        };
      }
      case 'quote': {
        const fontSize = Math.round((ctx.layout === 'quote' ? SIZES.bigQuote : SIZES.quote) * scale);
        const props = piece.block.paragraphs.flatMap((runs) => paragraph(runs, { fontSize, color: theme.heading, spaceAfter: 8 }, ctx));
        const height = piece.block.paragraphs.reduce((sum, runs) => sum + paragraphHeight(runsText(runs), fontSize, width - 0.3) + 8 / 72, 0) + 2 * INSET;
        return {
          height,
          objects: (y) => [
            { kind: 'shape', shape: 'rect', options: { x, y: y + 0.05, w: 0.07, h: height - 0.1, fill: { color: theme.accent }, line: { color: theme.accent, width: 0 } } },
            { kind: 'text', paragraphs: props, options: { x: x + 0.25, y, w: width - 0.25, h: height, valign: 'top', margin: 7, fit: 'shrink', fontFace: theme.font, lang: ctx.lang } },
          ],
        };
      }
      case 'table': {
        const fontSize = Math.round(SIZES.table * scale);
        const { header, rows } = piece.block;
        const cell = (runs: Run[], head: boolean): Pptx.default.TableCell => ({
          text: paragraph(runs.length > 0 ? runs : [{ text: '' }], { fontSize, color: head ? theme.heading : theme.text, bold: head, spaceAfter: 0 }, ctx),
          options: { valign: 'top', ...(head ? { fill: { color: theme.accentSoft } } : {}) },
        });
        const all: Pptx.default.TableRow[] = [...(header ? [header.map((runs) => cell(runs, true))] : []), ...rows.map((row) => row.map((runs) => cell(runs, false)))];
        const columns = Math.max(1, ...all.map((row) => row.length));
        const rowHeights = [...(header ? [header] : []), ...rows].map((row) =>
          Math.max(tableRowHeight(fontSize), ...row.map((runs) => paragraphHeight(runsText(runs), fontSize, width / columns) + 0.12)),
        );
        const height = rowHeights.reduce((a, b) => a + b, 0);
        return {
          height,
          objects: (y) => [
            {
              kind: 'table',
              rows: all,
              options: { x, y, w: width, colW: Array.from({ length: columns }, () => width / columns), rowH: rowHeights, fontFace: theme.font, fontSize, color: theme.text, border: { type: 'solid', pt: 1, color: theme.rule }, margin: 0.06 },
            },
          ],
        };
      }
      case 'picture': {
        const natural = pictureSize(piece.block, ctx);
        const aspect = natural.width / natural.height || 4 / 3;
        let w = Math.min(width, (natural.width / 96) * 1.0 || width);
        if (piece.block.kind === 'svg') w = width; // Figures are drawn to the content width in the deck.
        let h = w / aspect;
        if (h > maxPicture) {
          h = maxPicture;
          w = h * aspect;
        }
        const block = piece.block;
        return {
          height: h,
          objects: (y) => [
            block.kind === 'svg'
              ? { kind: 'picture', svg: standaloneSvg(block.markup, theme, { width: block.width, height: block.height }), options: { x, y, w, h, altText: block.alt } }
              : { kind: 'picture', file: block.src, options: { x, y, w, h, altText: block.alt } },
          ],
        };
      }
      case 'columns': {
        const n = Math.max(1, piece.columns.length);
        const gap = 0.5;
        const colW = (width - gap * (n - 1)) / n;
        const placed = piece.columns.map((column, i) => placePieces(pieces(column), x + i * (colW + gap), colW, scale, maxPicture, ctx));
        const heights = placed.map((column) => column.reduce((sum, p) => sum + p.height, 0) + GAP * Math.max(0, column.length - 1));
        return {
          height: Math.max(0, ...heights),
          objects: (y) =>
            placed.flatMap((column) => {
              let at = y;
              return column.flatMap((p) => {
                const objects = p.objects(at);
                at += p.height + GAP;
                return objects;
              });
            }),
        };
      }
    }
  });
}

/**
 * Places blocks in a box: the largest text scale (100 % down to 60 %) at which everything fits,
 * pictures shrinking before text does. Returns the objects and the height they take.
 */
export function flow(blocks: readonly Block[], box: Box, ctx: MappingContext, valign: 'top' | 'middle' = 'top', icons?: readonly (string | undefined)[]): { objects: ObjectSpec[]; height: number } {
  const list = pieces(blocks, icons);
  const pictures = list.filter((piece) => piece.kind === 'picture' || piece.kind === 'columns').length;
  let placed: Placed[] = [];
  let height = 0;
  for (const scale of [1, 0.92, 0.85, 0.78, 0.7, 0.62]) {
    // Room left for pictures once text is placed at this scale.
    // (Pictures inside columns count as nothing here: they take what the text leaves.)
    const textOnly = placePieces(list.filter((piece) => piece.kind !== 'picture'), box.x, box.w, scale, 0, ctx);
    const textHeight = textOnly.reduce((sum, p) => sum + p.height, 0) + GAP * Math.max(0, list.length - 1);
    const maxPicture = Math.min(4.6, Math.max(1.2, (box.h - textHeight) / Math.max(1, pictures)));
    placed = placePieces(list, box.x, box.w, scale, maxPicture, ctx);
    height = placed.reduce((sum, p) => sum + p.height, 0) + GAP * Math.max(0, placed.length - 1);
    if (height <= box.h) break;
  }
  let y = valign === 'middle' ? box.y + Math.max(0, (box.h - height) / 2) : box.y;
  const objects = placed.flatMap((p) => {
    const out = p.objects(y);
    y += p.height + GAP;
    return out;
  });
  return { objects, height };
}

// ---------------------------------------------------------------------------------------------
// Slides

function text(value: string, options: Pptx.default.TextPropsOptions, ctx: MappingContext): TextSpec {
  return {
    kind: 'text',
    paragraphs: value.split('\n').map((line) => ({ text: line, options: { breakLine: true, lang: ctx.lang, fontFace: ctx.theme.font, ...pick(options) } })),
    options: { margin: 4, fontFace: ctx.theme.font, lang: ctx.lang, valign: 'top', ...options },
  };
}

/** Run-level options a one-line text box passes to its runs. */
function pick(options: Pptx.default.TextPropsOptions): Pptx.default.TextPropsOptions {
  const { fontSize, color, bold, italic, align } = options;
  return { ...(fontSize ? { fontSize } : {}), ...(color ? { color } : {}), ...(bold ? { bold } : {}), ...(italic ? { italic } : {}), ...(align ? { align } : {}) };
}

function titleOptions(ctx: MappingContext, fontSize: number, box: Box, extra: Pptx.default.TextPropsOptions = {}): Pptx.default.TextPropsOptions {
  return { placeholder: 'title', ...box, fontSize, fontFace: ctx.theme.font, color: ctx.theme.heading, bold: true, lang: ctx.lang, valign: 'top', align: 'left', fit: 'shrink', margin: 4, ...extra };
}

/** A title that is not on the visible slide: screen readers and the outline still have it. */
function hiddenTitle(value: string, ctx: MappingContext): SlideSpec['title'] {
  return { text: value, options: titleOptions(ctx, SIZES.h2, { x: MARGIN_X, y: -1.5, w: CONTENT_W, h: 1 }) };
}

function footer(item: DeckSlide, ctx: MappingContext): ObjectSpec[] {
  const { t, references } = ctx.render;
  const sources = item.slide?.sources ?? [];
  const label = sources.length === 1 ? t.deck.sourceLabel : t.deck.sourcesLabel;
  const sourceText = sources.length ? `${label}: ${sources.map((id) => references.get(id)?.short ?? id).join('; ')}` : '';
  const style = { fontSize: SIZES.footer, color: ctx.theme.muted, valign: 'bottom' as const };
  const objects: ObjectSpec[] = [];
  if (item.sectionTitle) objects.push(text(item.sectionTitle, { ...style, x: MARGIN_X, y: FOOTER_Y, w: 4.6, h: 0.35, objectName: 'Footer section' }, ctx));
  if (sourceText) objects.push(text(sourceText, { ...style, align: 'right', x: 5.5, y: FOOTER_Y, w: 6.2, h: 0.35, objectName: 'Footer sources' }, ctx));
  return objects;
}

function noticeChip(notice: string, ctx: MappingContext): { objects: ObjectSpec[]; height: number } {
  const label = `${ctx.render.t.deck.noticeLabel}: ${notice}`;
  const w = Math.min(CONTENT_W, Math.max(3, (label.length * SIZES.notice * 0.5) / 72 + 0.5));
  const h = paragraphHeight(label, SIZES.notice, w) + 0.16;
  return {
    height: h,
    objects: [text(label, { x: MARGIN_X, y: 0.35, w, h, fontSize: SIZES.notice, color: ctx.theme.noticeText, shape: 'roundRect', rectRadius: 0.08, fill: { color: ctx.theme.noticeBg }, valign: 'middle', margin: 6, objectName: 'Content notice' }, ctx)],
  };
}

function activityBox(item: DeckSlide, ctx: MappingContext): ObjectSpec[] {
  const activity = item.slide?.activity;
  if (!activity) return [];
  const { t } = ctx.render;
  const seconds = Math.round(activity.minutes * 60);
  const y = CONTENT_BOTTOM - ACTIVITY_H;
  const lines: Pptx.default.TextProps[] = [
    { text: activity.title, options: { bold: true, fontSize: 22, color: ctx.theme.heading, breakLine: true, lang: ctx.lang, fontFace: ctx.theme.font } },
    { text: `${t.deck.minutes(activity.minutes)} · ${t.deck.voluntary}`, options: { fontSize: 16, color: ctx.theme.muted, breakLine: true, lang: ctx.lang, fontFace: ctx.theme.font } },
  ];
  return [
    {
      kind: 'text',
      paragraphs: lines,
      options: { x: MARGIN_X, y, w: CONTENT_W, h: ACTIVITY_H, shape: 'roundRect', rectRadius: 0.12, fill: { color: ctx.theme.accentSoft }, line: { color: ctx.theme.accentSoft, width: 0 }, valign: 'middle', margin: 14, fontFace: ctx.theme.font, lang: ctx.lang, objectName: 'Activity' },
    },
    // The countdown as the web deck shows it before it starts; PowerPoint has no timer, the facilitator does.
    text(formatDuration(seconds), { x: MARGIN_X + CONTENT_W - 3.2, y, w: 3, h: ACTIVITY_H, fontSize: 44, bold: true, color: ctx.theme.heading, align: 'right', valign: 'middle', objectName: 'Countdown' }, ctx),
  ];
}
const ACTIVITY_H = 1.3;

/** The |||-split of the `columns` layout: a paragraph holding only "|||" divides left from right. */
function splitColumns(blocks: readonly Block[]): Block[] {
  const at = blocks.findIndex((block) => block.kind === 'paragraph' && runsText(block.runs).trim() === '|||');
  if (at < 0) return [...blocks];
  return [{ kind: 'columns', columns: [blocks.slice(0, at), blocks.slice(at + 1)] }];
}

function contentSlide(item: DeckSlide, base: MappingContext): SlideSpec {
  const slide = item.slide!;
  const ctx: MappingContext = slide.layout ? { ...base, layout: slide.layout } : base;
  const blocks = htmlToBlocks(slide.html);
  const layout = slide.layout ?? (/\bstatement\b/.test(slide.className ?? '') ? 'statement' : undefined);
  const centred = /\bcenter\b/.test(slide.className ?? '') || layout === 'statement' || layout === 'section' || layout === 'quote';
  const objects: ObjectSpec[] = [];
  let top = TITLE_Y;
  if (slide.notice) {
    const chip = noticeChip(slide.notice, ctx);
    objects.push(...chip.objects);
    top = 0.35 + chip.height + 0.15;
  }
  const bottom = (slide.activity ? CONTENT_BOTTOM - ACTIVITY_H - GAP : CONTENT_BOTTOM);
  const first = blocks[0];
  const heading = first?.kind === 'heading' ? first : undefined;
  const body = heading ? blocks.slice(1) : blocks;
  const iconSvg = (name: string): string | undefined => {
    const svg = ctx.icon?.(name);
    // Marked as decoration: without a browser its PNG copy may stay a placeholder (see write.ts).
    return svg ? standaloneSvg(svg, { ...ctx.theme, vars: { ...ctx.theme.vars, '--fg-color': ctx.theme.vars['--fa-accent'] ?? '#1f6f5c' } }, { width: 32, height: 32 }).replace('<svg', `<svg ${DECORATIVE}`) : undefined;
  };
  // The columns layout without |||: the text left, the slide's Punkt icon large on the right.
  const figure = layout === 'columns' && slide.icon && !body.some((block) => block.kind === 'paragraph' && runsText(block.runs).trim() === '|||') ? iconSvg(slide.icon) : undefined;
  const rest: Block[] = figure ? [{ kind: 'columns', columns: [body, [{ kind: 'svg', markup: figure, alt: '', width: 32, height: 32 }]] }] : splitColumns(body);
  const icons = layout === 'icons' && slide.icons ? slide.icons.map(iconSvg) : undefined;
  let title: SlideSpec['title'];

  if (heading && (layout === 'statement' || layout === 'section')) {
    // The statement: the heading very large, the rest under it, the whole centred on the slide.
    const size = layout === 'section' ? SIZES.statement : runsText(heading.runs).length <= 14 ? SIZES.bigNumber : SIZES.statement;
    const headingText = runsText(heading.runs);
    const headingH = paragraphHeight(headingText, size, CONTENT_W) + 0.2;
    const restFlow = flow(rest, { x: MARGIN_X, y: 0, w: CONTENT_W, h: Math.max(1, bottom - top - headingH - GAP) }, ctx);
    const total = headingH + (rest.length ? GAP + restFlow.height : 0);
    const y = top + Math.max(0, (bottom - top - total) / 2);
    title = { text: headingText, options: titleOptions(ctx, size, { x: MARGIN_X, y, w: CONTENT_W, h: headingH }, size === SIZES.bigNumber ? { color: ctx.theme.accent } : {}) };
    objects.push(...flow(rest, { x: MARGIN_X, y: y + headingH + GAP, w: CONTENT_W, h: bottom - (y + headingH + GAP) }, ctx).objects);
  } else if (heading) {
    const size = heading.level <= 1 ? SIZES.h1 : SIZES.h2;
    const headingText = runsText(heading.runs);
    const headingH = paragraphHeight(headingText, size, CONTENT_W) + 0.15;
    // Centred slides centre heading and body together, as the web deck does.
    let headingY = top;
    if (centred) {
      const body = flow(rest, { x: MARGIN_X, y: 0, w: CONTENT_W, h: bottom - top - headingH - 0.15 }, ctx, 'top', icons);
      headingY = top + Math.max(0, (bottom - top - headingH - 0.15 - body.height) / 2);
    }
    title = { text: headingText, options: titleOptions(ctx, size, { x: MARGIN_X, y: headingY, w: CONTENT_W, h: headingH }) };
    const y = headingY + headingH + 0.15;
    objects.push(...flow(rest, { x: MARGIN_X, y, w: CONTENT_W, h: bottom - y }, ctx, 'top', icons).objects);
  } else {
    title = hiddenTitle(slide.title || item.scheduled.title, ctx);
    objects.push(...flow(rest, { x: MARGIN_X, y: top, w: CONTENT_W, h: bottom - top }, ctx, centred ? 'middle' : 'top', icons).objects);
  }
  objects.push(...activityBox(item, ctx), ...footer(item, ctx));
  return { master: 'FA_CONTENT', ...(item.sectionTitle ? { section: item.sectionTitle } : {}), title, objects, notes: notesText(item, ctx.render) };
}

function titleSlide(item: DeckSlide, ctx: MappingContext): SlideSpec {
  const { plan, t, subtitle } = ctx.render;
  const meta = [
    plan.organisation,
    plan.date ? formatDate(plan.date, t) : undefined,
    plan.facilitators.length ? `${t.deck.facilitatorsLabel(plan.facilitators.length)}: ${joinNames(plan.facilitators, t)}` : undefined,
  ].filter((line): line is string => Boolean(line));
  const heading = plan.title ?? t.deck.defaultTitle;
  const headingH = paragraphHeight(heading, 48, 10.5) + 0.2;
  const y = Math.max(0.8, (SLIDE_H - headingH - 0.7 - meta.length * 0.4) / 2 - 0.3);
  return {
    master: 'FA_TITLE',
    title: { text: heading, options: titleOptions(ctx, 48, { x: MARGIN_X, y, w: 10.5, h: headingH }) },
    objects: [
      text(subtitle, { x: MARGIN_X, y: y + headingH + 0.1, w: CONTENT_W, h: 0.6, fontSize: 26, color: ctx.theme.accent, objectName: 'Subtitle' }, ctx),
      ...(meta.length ? [text(meta.join('\n'), { x: MARGIN_X, y: y + headingH + 0.9, w: CONTENT_W, h: 0.45 * meta.length, fontSize: 18, color: ctx.theme.muted, objectName: 'Meta' }, ctx)] : []),
    ],
    notes: notesText(item, ctx.render),
  };
}

function breakSlide(item: DeckSlide, ctx: MappingContext): SlideSpec {
  const { t, clockAt } = ctx.render;
  const { scheduled } = item;
  const resume = clockAt(scheduled.offsetSec + scheduled.durationSec);
  const [hill1, hill2, hill3] = ctx.theme.hills;
  const hill = (color: string, x: number, y: number, w: number): ShapeSpec => ({ kind: 'shape', shape: 'ellipse', options: { x, y, w, h: 2.6, fill: { color }, line: { color, width: 0 } } });
  return {
    master: 'FA_CONTENT',
    ...(item.sectionTitle ? { section: item.sectionTitle } : {}),
    title: { text: scheduled.title, options: titleOptions(ctx, 54, { x: MARGIN_X, y: 1.2, w: CONTENT_W, h: 1.1 }, { align: 'center' }) },
    objects: [
      // Soft hills, as on the web deck's break slide: drawn as shapes, so they need no picture.
      hill(hill1, -2.5, 5.5, 10), hill(hill2, 4.5, 5.8, 11), hill(hill3, -1, 6.3, 16),
      text(t.deck.breakResume(resume), { x: MARGIN_X, y: 2.4, w: CONTENT_W, h: 0.7, fontSize: 32, color: ctx.theme.heading, align: 'center', objectName: 'Resume' }, ctx),
      text(formatDuration(scheduled.durationSec), { x: MARGIN_X, y: 3.2, w: CONTENT_W, h: 1, fontSize: 54, bold: true, color: ctx.theme.accent, align: 'center', objectName: 'Countdown' }, ctx),
      text(t.deck.breakBody, { x: MARGIN_X, y: 4.3, w: CONTENT_W, h: 0.5, fontSize: 20, color: ctx.theme.muted, align: 'center', objectName: 'Break' }, ctx),
    ],
    notes: notesText(item, ctx.render),
  };
}

function sourcesSlide(item: DeckSlide, ctx: MappingContext): SlideSpec {
  const { t } = ctx.render;
  const references = item.references ?? [];
  const start = ((item.page?.n ?? 1) - 1) * 6 + 1;
  const blocks: Block[] = [
    { kind: 'paragraph', runs: [{ text: t.deck.sourcesLead }], className: 'fa-lead' },
    {
      kind: 'list',
      items: references.map((reference, i) => ({
        runs: [{ text: reference.text }, ...(reference.status === 'unverified' ? [{ text: ` (${t.deck.statusLabel.unverified})`, italic: true }] : [])],
        level: 0,
        ordered: true,
        ...(i === 0 ? { start } : {}),
      })),
    },
  ];
  const y = TITLE_Y + 1.0;
  return {
    master: 'FA_CONTENT',
    title: { text: item.scheduled.title, options: titleOptions(ctx, SIZES.h2, { x: MARGIN_X, y: TITLE_Y, w: CONTENT_W, h: 0.85 }) },
    objects: flow(blocks, { x: MARGIN_X, y, w: CONTENT_W, h: CONTENT_BOTTOM - y }, { ...ctx, listSize: SIZES.sources }).objects,
    notes: notesText(item, ctx.render),
  };
}

/** One deck slide → one PowerPoint slide. */
export function mapSlide(item: DeckSlide, ctx: MappingContext): SlideSpec {
  switch (item.scheduled.kind) {
    case 'title':
      return titleSlide(item, ctx);
    case 'break':
      return breakSlide(item, ctx);
    case 'sources':
      return sourcesSlide(item, ctx);
    case 'content':
      return contentSlide(item, ctx);
  }
}

export function mapDeck(items: readonly DeckSlide[], ctx: MappingContext): SlideSpec[] {
  return items.map((item) => mapSlide(item, ctx));
}
