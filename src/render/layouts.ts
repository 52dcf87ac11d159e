// Arranges a content slide's HTML by its layout (slide setting `layout:`, conventions in
// decks/README.md). Every layout shares one frame — heading at the top of the slide, body
// below — so titles sit at the same height on every slide; hero layouts (section, statement,
// quote) centre their one big element instead. Pure string work on markdown-it's output.
import type { Slide } from '../content/types.js';
import type { Layout } from '../content/slide-settings.js';
import { FIRST_LIST } from './first-list.js';
import { inlineIcon } from './icons.js';

export interface LaidOut {
  /** Classes for the <section>. */
  classes: string[];
  /** The slide's inner HTML (without notice, activity box and footer). */
  head: string;
  body: string;
}

const HEADING = /^\s*(<h([1-3])\b[^>]*>[\s\S]*?<\/h\2>)\s*/;

/** The first heading, when the slide starts with one, and the rest. */
export function splitHeading(html: string): { heading: string; rest: string } {
  const match = HEADING.exec(html);
  return match ? { heading: match[1]!, rest: html.slice(match[0].length) } : { heading: '', rest: html };
}

/** The layout a slide gets: the author's, else `statement` for the old class, `activity` for activities. */
export function effectiveLayout(slide: Pick<Slide, 'layout' | 'className' | 'activity' | 'icon'>): Layout | 'default' {
  if (slide.layout) return slide.layout;
  if (/\bstatement\b/.test(slide.className ?? '')) return 'statement';
  if (slide.activity) return 'activity';
  if (slide.icon) return 'columns';
  return 'default';
}

/** Few words and no table or figure: the text is set larger, so a short slide fills its canvas. */
export const ROOMY_WORDS = 32;
/** Paragraphs and list items: each starts a line, so many short ones fill the slide too. */
export const ROOMY_BLOCKS = 5;
function isShort(html: string): boolean {
  if (/<(table|img|svg|div|pre)\b/.test(html)) return false;
  const words = html.replace(/<[^>]+>/g, ' ').split(/\s+/).filter(Boolean).length;
  const blocks = (html.match(/<(p|li)\b/g) ?? []).length;
  return words > 0 && words <= ROOMY_WORDS && blocks <= ROOMY_BLOCKS;
}

const icon = (svg: string | undefined, className: string): string => (svg ? inlineIcon(svg, className) : '');

/** Splits the body at a paragraph holding only `|||` (columns layout). */
function splitColumns(html: string): string[] {
  return html.split(/<p>\s*\|\|\|\s*<\/p>\s*/);
}

function columns(rest: string, slide: Slide, icons: ReadonlyMap<string, string>): { body: string; classes: string[] } {
  const parts = splitColumns(rest);
  if (parts.length > 1) {
    return { body: `<div class="fa-cols">${parts.map((part) => `<div class="fa-col">${part}</div>`).join('')}</div>`, classes: ['fa-layout-columns'] };
  }
  const figure = slide.icon ? icons.get(slide.icon) : undefined;
  if (!figure) return { body: rest, classes: ['fa-layout-columns'] };
  return {
    body: `<div class="fa-cols fa-cols--figure"><div class="fa-col">${rest}</div><div class="fa-col fa-figure">${icon(figure, 'fa-icon fa-icon--large')}</div></div>`,
    classes: ['fa-layout-columns'],
  };
}

/** Gives item i of the first list the icon icons[i]; a list of up to six becomes a grid of tiles. */
function iconList(rest: string, slide: Slide, icons: ReadonlyMap<string, string>): { body: string; classes: string[] } {
  const names = slide.icons ?? [];
  const match = FIRST_LIST.exec(rest);
  if (!match) return { body: rest, classes: ['fa-layout-icons'] };
  const tag = match[1]!;
  let i = 0;
  const items = match[3]!.replace(/<li>([\s\S]*?)<\/li>/g, (_, inner: string) => {
    const svg = icons.get(names[i++] ?? '');
    return `<li>${icon(svg, 'fa-icon')}<div class="fa-icon-list__text">${inner.trim()}</div></li>`;
  });
  const count = i;
  const shape = count <= 4 ? `fa-icon-list--row fa-icon-list--n${count}` : count <= 6 ? 'fa-icon-list--grid' : 'fa-icon-list--two';
  const list = `<${tag}${match[2] ?? ''} class="fa-icon-list ${shape}">${items}</${tag}>`;
  return { body: rest.slice(0, match.index) + list + rest.slice(match.index + match[0].length), classes: ['fa-layout-icons'] };
}

function quote(rest: string): string {
  return rest.replace(/<p>\s*(—|&mdash;)([\s\S]*?)<\/p>/, (_, dash: string, who: string) => `<p class="fa-attribution">${dash}${who}</p>`);
}

/** Story card: paragraphs (and anything but the first list) in a card, the list's questions beside it. */
function caseCard(rest: string): string {
  const list = /<(ul|ol)>[\s\S]*?<\/\1>/.exec(rest);
  const story = list ? rest.slice(0, list.index) + rest.slice(list.index + list[0].length) : rest;
  const questions = list ? `<div class="fa-case__questions">${list[0]}</div>` : '';
  return `<div class="fa-case${list ? ' fa-case--with-questions' : ''}"><div class="fa-case__card">${story}</div>${questions}</div>`;
}

/** A big first heading: very big when it is a number or a few characters ("1 av 4", "70 %"). */
function statement(heading: string, rest: string): { head: string; body: string; classes: string[] } {
  const text = heading.replace(/<[^>]+>/g, '').trim();
  const short = text.length <= 12;
  return {
    head: '',
    body: `<div class="fa-statement${short ? ' fa-statement--short' : ''}">${heading}<div class="fa-statement__rest">${rest}</div></div>`,
    classes: ['fa-layout-statement', 'fa-hero'],
  };
}

export function layoutSlide(slide: Slide, icons: ReadonlyMap<string, string>): LaidOut {
  const layout = effectiveLayout(slide);
  const { heading, rest } = splitHeading(slide.html);
  const head = heading ? `<div class="fa-head">${heading}</div>` : '';
  switch (layout) {
    case 'statement': {
      if (!heading) return { classes: ['fa-layout-statement', 'fa-hero'], head: '', body: rest };
      const out = statement(heading, rest);
      return { classes: out.classes, head: out.head, body: out.body };
    }
    case 'section':
    case 'title':
      return { classes: ['fa-layout-section', 'fa-hero', 'fa-inverse'], head: '', body: `<div class="fa-section-divider">${heading}${rest}</div>` };
    case 'quote':
      return { classes: ['fa-layout-quote'], head, body: `<div class="fa-quote">${quote(rest)}</div>` };
    case 'columns': {
      const out = columns(rest, slide, icons);
      return { classes: out.classes, head, body: out.body };
    }
    case 'icons': {
      const out = iconList(rest, slide, icons);
      return { classes: out.classes, head, body: out.body };
    }
    case 'case':
      return { classes: ['fa-layout-case'], head, body: caseCard(rest) };
    case 'activity':
      return { classes: [slide.activity ? 'fa-layout-activity' : 'fa-layout-default'], head, body: rest };
    case 'break':
      return { classes: ['fa-layout-break', 'fa-hero'], head, body: rest };
    default:
      return { classes: ['fa-layout-default', ...(isShort(rest) ? ['fa-roomy'] : [])], head, body: rest };
  }
}
