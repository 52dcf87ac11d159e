// Punkt's icons (@oslokommune/punkt-assets, MIT), inlined into the slides so a deck needs no
// network and no extra files. Icons take their colour from --fg-color (Punkt's convention),
// which deck.css sets from the theme. Reading happens here, once per run; rendering is pure.
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { IssueCode, type Issue } from '../errors.js';
import type { Slide } from '../content/types.js';
import { EnvironmentError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { packageRoot } from '../paths.js';
import { FIRST_LIST } from './first-list.js';
import { suggest } from '../suggest.js';

const PACKAGE = '@oslokommune/punkt-assets';

export function iconDirectory(t: Messages): string {
  try {
    return join(dirname(createRequire(join(packageRoot, 'package.json')).resolve(`${PACKAGE}/package.json`)), 'dist', 'icons');
  } catch (error) {
    throw new EnvironmentError(t.theme.missingPackage(PACKAGE), t.theme.missingPackageHint(PACKAGE), { cause: error });
  }
}

/** Every icon name Punkt has (file names without .svg). */
export async function availableIcons(t: Messages): Promise<string[]> {
  return (await readdir(iconDirectory(t))).filter((file) => file.endsWith('.svg')).map((file) => file.slice(0, -4)).sort();
}

/** Icon names a slide asks for. */
export function slideIcons(slide: Pick<Slide, 'icons' | 'icon'>): string[] {
  return [...(slide.icons ?? []), ...(slide.icon ? [slide.icon] : [])];
}

/** Unknown icon names, each with a did-you-mean, where the slide's settings name them. */
export function checkIcons(slides: readonly Slide[], available: readonly string[], t: Messages): Issue[] {
  const known = new Set(available);
  const issues: Issue[] = [];
  for (const slide of slides) {
    for (const name of slideIcons(slide)) {
      if (known.has(name)) continue;
      const span = slide.settingSpans.icons ?? slide.settingSpans.icon ?? slide.span;
      issues.push({ code: IssueCode.SLIDE_META, severity: 'error', message: t.theme.unknownIcon(name), hint: t.theme.unknownIconHint(suggest(name, available)), span });
    }
    // One icon per item of the first list: a missing or extra icon is easy to miss by eye.
    if (slide.layout === 'icons' && slide.icons) {
      const list = FIRST_LIST.exec(slide.html);
      const items = list ? (list[3]!.match(/<li>/g) ?? []).length : 0;
      if (items !== slide.icons.length) {
        issues.push({ code: IssueCode.SLIDE_META, severity: 'warning', message: t.theme.iconsCount(slide.icons.length, items), hint: t.theme.iconsCountHint, span: slide.settingSpans.icons ?? slide.span });
      }
    }
  }
  return issues;
}

/** The SVG markup of the named icons (unknown names are left out: checkIcons reports them). */
export async function loadIcons(names: Iterable<string>, t: Messages): Promise<Map<string, string>> {
  const dir = iconDirectory(t);
  const unique = [...new Set(names)];
  const loaded = await Promise.all(unique.map((name) => readFile(join(dir, `${name}.svg`), 'utf8').catch(() => undefined)));
  const icons = new Map<string, string>();
  unique.forEach((name, i) => {
    if (loaded[i] !== undefined) icons.set(name, loaded[i]!);
  });
  return icons;
}

/**
 * An icon as inline SVG. Decorative by default (aria-hidden): the text next to it says the same.
 * @example inlineIcon('<svg id="x" viewBox="0 0 32 32">…</svg>', 'fa-icon') // '<svg class="fa-icon" aria-hidden="true" focusable="false" viewBox=…'
 */
export function inlineIcon(svg: string, className: string, label?: string): string {
  const a11y = label ? `role="img" aria-label="${label.replace(/"/g, '&quot;')}"` : 'aria-hidden="true" focusable="false"';
  return svg
    .replace(/<\?xml[^>]*>/, '')
    .replace(/\s(id|data-category|width|height|class)="[^"]*"/g, '')
    .replace(/<svg\b/, `<svg class="${className}" ${a11y}`)
    .replace(/>\s+</g, '><')
    .trim();
}
