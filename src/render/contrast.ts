// WCAG 2.x contrast between two sRGB colours, for checking that every theme stays readable.

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

export function relativeLuminance(hex: string): number {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  const n = parseInt(match[1]!, 16);
  return 0.2126 * channel((n >> 16) & 255) + 0.7152 * channel((n >> 8) & 255) + 0.0722 * channel(n & 255);
}

/** @example contrastRatio('#000000', '#ffffff') // 21 */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The pairs of theme colours that carry text, as [foreground, background]. */
export const TEXT_PAIRS: readonly [string, string][] = [
  ['--fa-text', '--fa-bg'],
  ['--fa-heading', '--fa-bg'],
  ['--fa-muted', '--fa-bg'],
  ['--fa-accent', '--fa-bg'],
  ['--fa-notice-text', '--fa-notice-bg'],
  ['--fa-heading', '--fa-accent-soft'],
  ['--fa-text', '--fa-accent-soft'],
  ['--fa-muted', '--fa-accent-soft'],
  ['--fa-heading', '--fa-card-bg'],
  ['--fa-text', '--fa-card-bg'],
  ['--fa-muted', '--fa-card-bg'],
  ['--fa-accent', '--fa-card-bg'],
  // Title and section slides.
  ['--fa-hero-text', '--fa-hero-bg'],
  ['--fa-hero-accent', '--fa-hero-bg'],
];

/** Optional pairs (a theme may leave them out): paper colours of the run sheet, on white. */
export const PAPER_PAIRS: readonly [string, string][] = [
  ['--fa-paper-heading', '#ffffff'],
  ['--fa-paper-accent', '#ffffff'],
  ['--fa-paper-heading', '--fa-paper-soft'],
];

/** Non-text colours that must stand out from the background (WCAG 1.4.11: 3:1): icons. */
export const GRAPHIC_PAIRS: readonly [string, string][] = [
  ['--fa-icon', '--fa-bg'],
  ['--fa-accent', '--fa-bg'],
];

/** Custom properties declared in a theme's CSS. */
export function themeColours(css: string): Record<string, string> {
  return Object.fromEntries([...css.matchAll(/(--fa-[\w-]+)\s*:\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
}
