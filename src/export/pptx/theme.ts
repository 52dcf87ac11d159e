// The PowerPoint look from the plan's theme: colours from the theme's CSS custom properties, and
// a font PowerPoint is sure to have. One function reads the theme, so switching to the shared
// theme tokens (src/render/theme-tokens.ts) later is a change in one place.

export interface PptxTheme {
  /** Hex colours without '#', as pptxgenjs wants them. */
  bg: string;
  text: string;
  heading: string;
  muted: string;
  accent: string;
  accentSoft: string;
  noticeBg: string;
  noticeText: string;
  rule: string;
  hills: [string, string, string];
  /** A font every PowerPoint and LibreOffice has, or can substitute metrically. */
  font: string;
  /** The theme's custom properties as written (for SVG figures that use var(--fa-…)). */
  vars: Record<string, string>;
}

/** Fonts that ship with Windows, macOS and Office, or that LibreOffice maps metrically. */
const SAFE_FONTS = ['Arial', 'Calibri', 'Verdana', 'Tahoma', 'Segoe UI', 'Georgia', 'Trebuchet MS', 'Helvetica'];
export const FALLBACK_FONT = 'Arial';

const DEFAULTS: Record<string, string> = {
  '--fa-bg': '#ffffff',
  '--fa-text': '#1e2a38',
  '--fa-heading': '#1e2a38',
  '--fa-muted': '#4f5a68',
  '--fa-accent': '#1f6f5c',
  '--fa-accent-soft': '#e6f0ec',
  '--fa-notice-bg': '#fff1d6',
  '--fa-notice-text': '#5c3a00',
  '--fa-rule': '#d9d3c7',
  '--fa-hill-1': '#dfe9e3',
  '--fa-hill-2': '#c9dcd2',
  '--fa-hill-3': '#b3cfc2',
};

/** "#abc" / "#aabbcc" → "AABBCC"; anything else (named colours, rgb()) → undefined. */
export function hexColour(value: string | undefined): string | undefined {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec((value ?? '').trim());
  if (!match) return undefined;
  const hex = match[1]!.length === 3 ? [...match[1]!].map((ch) => ch + ch).join('') : match[1]!;
  return hex.toUpperCase();
}

/** The first font in a CSS font stack that is safe in an office suite, else Arial. */
export function safeFont(stack: string | undefined): string {
  const families = (stack ?? '').split(',').map((family) => family.trim().replace(/^['"]|['"]$/g, ''));
  return families.find((family) => SAFE_FONTS.some((safe) => safe.toLowerCase() === family.toLowerCase())) ?? FALLBACK_FONT;
}

/** Reads a theme's stylesheet (templates/themes/<name>/theme.css) into PowerPoint colours and font. */
export function pptxThemeFromCss(css: string): PptxTheme {
  const vars: Record<string, string> = { ...DEFAULTS };
  // Only the :root block's custom properties: later rules (media queries, classes) are not the palette.
  const root = /:root\s*\{([^}]*)\}/.exec(css.replace(/\/\*[\s\S]*?\*\//g, ''))?.[1] ?? '';
  for (const match of root.matchAll(/(--fa-[\w-]+)\s*:\s*([^;]+);?/g)) vars[match[1]!] = match[2]!.trim();
  const colour = (name: string): string => hexColour(vars[name]) ?? hexColour(DEFAULTS[name])!;
  return {
    bg: colour('--fa-bg'),
    text: colour('--fa-text'),
    heading: colour('--fa-heading'),
    muted: colour('--fa-muted'),
    accent: colour('--fa-accent'),
    accentSoft: colour('--fa-accent-soft'),
    noticeBg: colour('--fa-notice-bg'),
    noticeText: colour('--fa-notice-text'),
    rule: colour('--fa-rule'),
    hills: [colour('--fa-hill-1'), colour('--fa-hill-2'), colour('--fa-hill-3')],
    font: safeFont(vars['--fa-font']),
    vars,
  };
}

/**
 * Replaces var(--fa-…) in an inline SVG with the theme's colours, so the picture looks the same
 * outside the deck's stylesheet (PowerPoint, LibreOffice, the PNG fallback).
 */
export function resolveSvgColours(markup: string, theme: PptxTheme): string {
  return markup.replace(/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]+))?\)/g, (_whole, name: string, fallback: string | undefined) => theme.vars[name] ?? fallback?.trim() ?? 'currentColor');
}

/** An inline SVG as a file of its own: namespace, size, theme colours and a font that exists. */
/** The attribute that marks an SVG picture as decoration (a Punkt icon), not a figure. */
export const DECORATIVE = 'data-fa-decorative="true"';

export function standaloneSvg(markup: string, theme: PptxTheme, size: { width: number; height: number }): string {
  // Idempotent: a figure that is already standalone (an icon file) loses its declaration first.
  let svg = resolveSvgColours(markup.replace(/^\s*<\?xml[^>]*\?>\s*/, ''), theme);
  const open = /^<svg\b[^>]*>/i.exec(svg)?.[0] ?? '<svg>';
  let attrs = open.slice(4, -1).replace(/\/$/, '');
  if (!/\sxmlns=/.test(attrs)) attrs += ' xmlns="http://www.w3.org/2000/svg"';
  if (!/\swidth=/.test(attrs)) attrs += ` width="${size.width}"`;
  if (!/\sheight=/.test(attrs)) attrs += ` height="${size.height}"`;
  // In the deck the figure inherits the slide's font; on its own it would fall back to a serif.
  if (!/\sfont-family=/.test(attrs)) attrs += ` font-family="${theme.font}, Arial, sans-serif"`;
  svg = `<svg${attrs}>${svg.slice(open.length)}`;
  if (open.endsWith('/>')) svg = `<svg${attrs}/>`;
  return `<?xml version="1.0" encoding="UTF-8"?>\n${svg}`;
}
