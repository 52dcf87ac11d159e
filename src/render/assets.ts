// The files a session folder copies rather than renders: the browser runtime, the theme's fonts
// and logo, and the slides' images, once for the session and once for the participant copy.
import { join } from 'node:path';
import type { Block } from '../compose/types.js';
import type { LoadedTheme } from './theme-tokens.js';

export interface Copy {
  from: string;
  to: string;
}

/** What to copy into a session folder whose pages find their assets in `assets/`. */
export function siteCopies(runtimeDir: string, blocks: readonly Block[], theme: Pick<LoadedTheme, 'copies'>, assets: string): Copy[] {
  const runtime = ['fasilitator.js', 'fasilitator.css', 'fonts.css', 'favicon.svg'].map((name) => ({ from: join(runtimeDir, name), to: `${assets}/${name}` }));
  const images = new Map<string, string>();
  for (const block of blocks) if (block.kind === 'content') for (const slide of block.slides) for (const asset of slide.assets) images.set(asset.to, asset.from);
  const themeFiles = theme.copies.map((copy) => ({ from: copy.from, to: `${assets}/${copy.to}` }));
  const shared = [...runtime, ...themeFiles, ...[...images].map(([to, from]) => ({ from, to }))];
  // Issue 13: this filter never matches (manus.css is written from the templates' styles, not
  // copied, and the participant copy does not get it); kept as found so moving the code changes nothing.
  const participantAssets = shared.filter((copy) => !copy.to.endsWith('manus.css')).map((copy) => ({ from: copy.from, to: `deltaker/${copy.to}` }));
  return [...shared, ...participantAssets];
}
