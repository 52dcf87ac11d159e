// Slide data (layout.ts) → a .pptx through pptxgenjs, then a few fixes to the package pptxgenjs
// cannot make itself: PNG fallbacks for SVG figures (it only draws them in a browser), the
// document language everywhere, notes as one paragraph per line, and one paragraph-properties
// element per paragraph (pptxgenjs repeats it for every run, which strict readers reject).
import { escapeHtml } from '../../html/escape.js';
import { createRequire } from 'node:module';
import type Pptx from 'pptxgenjs';
import { FALLBACK_FONT, type PptxTheme, DECORATIVE } from './theme.js';
import { SLIDE_H, SLIDE_W, type SlideSpec } from './layout.js';
import { readStoredZip, zipEntries } from './zip.js';

const require = createRequire(import.meta.url);

// require, not import(): pptxgenjs is CommonJS, loaded only by the commands that make a .pptx.
function libraries(): { Ctor: typeof Pptx.default } {
  return { Ctor: require('pptxgenjs') as typeof Pptx.default };
}

export interface DeckMeta {
  title: string;
  /** Colour of list bullets and numbers (hex without '#'), as the web deck's markers. */
  bulletColour?: string;
  author: string;
  subject: string;
  company?: string;
  lang: string;
}

/** Turns SVG files into PNG pictures (Chromium); one PNG per SVG, same order. */
export type Rasterise = (svgs: readonly { svg: string; width: number; height: number }[]) => Promise<Buffer[]>;

function defineMasters(pptx: Pptx.default, theme: PptxTheme, lang: string): void {
  const titlePlaceholder = (y: number, h: number, fontSize: number): { placeholder: { options: Pptx.default.PlaceholderProps; text: string } } => ({
    placeholder: {
      options: { name: 'title', type: 'title', x: 0.75, y, w: SLIDE_W - 1.5, h, fontFace: theme.font, fontSize, bold: true, color: theme.heading, lang, valign: 'top', align: 'left' },
      text: '',
    },
  });
  const slideNumber: Pptx.default.SlideNumberProps = { x: SLIDE_W - 0.75 - 0.9, y: 6.95, w: 0.9, h: 0.35, fontFace: theme.font, fontSize: 12, color: theme.muted, align: 'right', valign: 'bottom' };
  pptx.defineSlideMaster({ title: 'FA_TITLE', background: { color: theme.bg }, objects: [titlePlaceholder(2, 1.6, 48)] });
  pptx.defineSlideMaster({ title: 'FA_CONTENT', background: { color: theme.bg }, objects: [titlePlaceholder(0.5, 0.9, 36)], slideNumber });
}

function svgData(svg: string): string {
  return `image/svg+xml;base64,${Buffer.from(svg, 'utf8').toString('base64')}`;
}

/** Builds the presentation in memory. `resolveFile` gives the absolute path of a deck-folder picture. */
export function buildPresentation(specs: readonly SlideSpec[], theme: PptxTheme, meta: DeckMeta, resolveFile: (file: string) => string): Pptx.default {
  const { Ctor } = libraries();
  const pptx = new Ctor();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = meta.title;
  pptx.author = meta.author;
  pptx.subject = meta.subject;
  if (meta.company) pptx.company = meta.company;
  pptx.theme = { headFontFace: theme.font || FALLBACK_FONT, bodyFontFace: theme.font || FALLBACK_FONT };
  defineMasters(pptx, theme, meta.lang);
  const sections = new Set<string>();
  for (const spec of specs) {
    if (spec.section && !sections.has(spec.section)) {
      sections.add(spec.section);
      pptx.addSection({ title: spec.section });
    }
    const slide = pptx.addSlide({ masterName: spec.master, ...(spec.section ? { sectionTitle: spec.section } : {}) });
    slide.addText(spec.title.text, spec.title.options);
    for (const object of spec.objects) {
      switch (object.kind) {
        case 'text':
          slide.addText(object.paragraphs, object.options);
          break;
        case 'table':
          slide.addTable(object.rows, object.options);
          break;
        case 'shape':
          slide.addShape(object.shape, object.options);
          break;
        case 'picture':
          if (object.svg) slide.addImage({ ...object.options, data: svgData(object.svg) });
          else if (object.file) slide.addImage({ ...object.options, path: resolveFile(object.file) });
          break;
      }
    }
    if (spec.notes) slide.addNotes(spec.notes);
  }
  return pptx;
}

// XML text and attributes take the same five escapes as HTML.
const escapeXml = escapeHtml;

/** Keeps only the first <a:pPr> of each paragraph (pptxgenjs writes one per run). */
export function dedupeParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_whole, body: string) => {
    let seen = false;
    const fixed = body.replace(/<a:pPr\b[^>]*\/>|<a:pPr\b[^>]*>[\s\S]*?<\/a:pPr>/g, (pPr, offset: number) => {
      if (!seen && offset === 0) {
        seen = true;
        return pPr;
      }
      seen = true;
      return '';
    });
    return `<a:p>${fixed}</a:p>`;
  });
}

/** 12 pt, as PowerPoint's own notes: a long manuscript still fits a printed notes page. */
const NOTES_SIZE = 1200;

/** The single notes paragraph pptxgenjs writes → one paragraph per line, in the deck's language. */
export function splitNotesParagraphs(xml: string, lang: string): string {
  return xml.replace(/<a:p><a:r><a:rPr lang="[^"]*" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr[^>]*\/><\/a:p>/, (_whole, body: string) =>
    body
      .split(/\r?\n/)
      .map((line) => (line === '' ? `<a:p><a:endParaRPr lang="${lang}" sz="${NOTES_SIZE}" dirty="0"/></a:p>` : `<a:p><a:r><a:rPr lang="${lang}" sz="${NOTES_SIZE}" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`))
      .join(''),
  );
}

function svgPixelSize(svg: string): { width: number; height: number } {
  const open = /<svg\b[^>]*>/i.exec(svg)?.[0] ?? '';
  const attr = (name: string): number => Number.parseFloat(new RegExp(`\\s${name}="([^"]+)"`).exec(open)?.[1] ?? '');
  return { width: attr('width') || 800, height: attr('height') || 450 };
}

interface TitleBox {
  x: number;
  y: number;
  w: number;
  h: number;
}

const EMU = 914400;

/**
 * Puts the title placeholder of a slide where the mapping placed it: pptxgenjs always copies the
 * master's position, but a statement's title sits in the middle and a notice pushes a title down.
 */
export function placeTitle(xml: string, box: TitleBox): string {
  return xml.replace(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="title"[\s\S]*?<\/p:sp>/, (shape) =>
    shape.replace(/<a:off x="-?\d+" y="-?\d+"\/><a:ext cx="\d+" cy="\d+"\/>/, `<a:off x="${Math.round(box.x * EMU)}" y="${Math.round(box.y * EMU)}"/><a:ext cx="${Math.round(box.w * EMU)}" cy="${Math.round(box.h * EMU)}"/>`),
  );
}

/** Post-processes the package pptxgenjs wrote, uncompressed (see the file comment). */
export async function finishPackage(bytes: Buffer, meta: DeckMeta, rasterise: Rasterise | undefined, titles: readonly (TitleBox | undefined)[] = []): Promise<Buffer> {
  const entries = readStoredZip(bytes);
  const files = new Map(entries.map((entry) => [entry.name, entry]));
  const text = (name: string): string | undefined => {
    const entry = files.get(name);
    return entry ? Buffer.from(entry.data).toString('utf8') : undefined;
  };
  const put = (name: string, data: string | Uint8Array): void => {
    files.get(name)!.data = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  };
  for (const { name } of entries.filter((entry) => /^ppt\/.*\.xml$/.test(entry.name))) {
    let xml = text(name)!;
    xml = xml.replace(/ lang="en-US"/g, ` lang="${meta.lang}"`);
    if (name.startsWith('ppt/notesSlides/')) xml = splitNotesParagraphs(xml, meta.lang);
    if (name.startsWith('ppt/slides/') || name.startsWith('ppt/slideLayouts/') || name.startsWith('ppt/slideMasters/')) xml = dedupeParagraphProperties(xml);
    // pptxgenjs has no bullet colour; <a:buClr> goes right before <a:buSzPct> in the schema's order.
    if (meta.bulletColour && name.startsWith('ppt/slides/')) xml = xml.replace(/<a:buSzPct /g, `<a:buClr><a:srgbClr val="${meta.bulletColour}"/></a:buClr><a:buSzPct `);
    const slideNumber = /^ppt\/slides\/slide(\d+)\.xml$/.exec(name)?.[1];
    const title = slideNumber ? titles[Number(slideNumber) - 1] : undefined;
    if (title) xml = placeTitle(xml, title);
    put(name, xml);
  }
  const core = text('docProps/core.xml');
  if (core && !core.includes('<dc:language>')) put('docProps/core.xml', core.replace('</cp:coreProperties>', `<dc:language>${escapeXml(meta.lang)}</dc:language></cp:coreProperties>`));

  // SVG pictures: pptxgenjs pairs each with a PNG it can only draw in a browser; draw them here.
  const pairs: { png: string; svg: string }[] = [];
  for (const { name } of entries.filter((entry) => /^ppt\/slides\/_rels\/slide\d+\.xml\.rels$/.test(entry.name))) {
    const targets = new Map<string, string>();
    for (const match of text(name)!.matchAll(/<Relationship\b[^>]*\bId="([^"]+)"[^>]*\bTarget="([^"]+)"/g)) targets.set(match[1]!, match[2]!);
    const slide = text(name.replace('_rels/', '').replace(/\.rels$/, '')) ?? '';
    for (const match of slide.matchAll(/<a:blip r:embed="([^"]+)">\s*<a:extLst>[\s\S]*?<asvg:svgBlip [^>]*r:embed="([^"]+)"/g)) {
      const png = targets.get(match[1]!);
      const svg = targets.get(match[2]!);
      if (png && svg) pairs.push({ png: `ppt/${png.replace(/^\.\.\//, '')}`, svg: `ppt/${svg.replace(/^\.\.\//, '')}` });
    }
  }
  if (pairs.length > 0 && rasterise) {
    const svgs = pairs.map((pair) => {
      const svg = text(pair.svg)!;
      return { svg, ...svgPixelSize(svg) };
    });
    try {
      const pngs = await rasterise(svgs);
      pairs.forEach((pair, i) => put(pair.png, pngs[i]!));
    } catch (error) {
      // Icons are decoration: PowerPoint 2019+ and LibreOffice show their SVG, and an old
      // PowerPoint showing a placeholder instead loses nothing. A chart must never be lost.
      if (!svgs.every((entry) => entry.svg.includes(DECORATIVE))) throw error;
    }
  }
  // In the order pptxgenjs wrote them: [Content_Types].xml first, as Office writes it.
  return zipEntries(entries);
}

/** The whole step: specs → finished .pptx bytes. */
export async function renderPptx(specs: readonly SlideSpec[], theme: PptxTheme, meta: DeckMeta, resolveFile: (file: string) => string, rasterise?: Rasterise): Promise<Buffer> {
  const pptx = buildPresentation(specs, theme, meta, resolveFile);
  const bytes = (await pptx.write({ outputType: 'nodebuffer', compression: false })) as Buffer;
  const titles = specs.map(({ title: { options } }) =>
    typeof options.x === 'number' && typeof options.y === 'number' && typeof options.w === 'number' && typeof options.h === 'number' ? { x: options.x, y: options.y, w: options.w, h: options.h } : undefined,
  );
  return finishPackage(bytes, meta, rasterise, titles);
}

export const SLIDE_SIZE = { w: SLIDE_W, h: SLIDE_H };
