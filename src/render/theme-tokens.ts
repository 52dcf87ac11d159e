// A theme's look as data: colours (Punkt tokens resolved), font family with fallbacks, logo,
// and the files a deck must carry (fonts, logo). Themes are templates/themes/<name>/theme.css
// plus an optional theme.json; paths there that start with "@" are files of an npm package,
// read at build time so a deck carries them offline. Other renderers (PowerPoint export) call
// themeTokens() to draw in the same colours and fonts.
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { EnvironmentError } from '../errors.js';
import { nb } from '../i18n/nb.js';
import type { Messages } from '../i18n/messages.js';
import { packageRoot } from '../paths.js';
import { themeColours } from './contrast.js';

interface FontFace {
  weight: number;
  style: 'normal' | 'italic';
  file: string;
}

interface ThemeManifest {
  font?: { family: string; fallback: string[]; faces: FontFace[] };
  logo?: { file: string; name: string };
  /** A CSS file whose custom properties (--pkt-…) theme.css may use as var(--pkt-…). */
  tokens?: string;
}

export interface ThemeTokens {
  name: string;
  /** Every --fa-* colour of the theme as #rrggbb (Punkt tokens already resolved). */
  colours: Record<string, string>;
  font: {
    family: string;
    /** Families to use when `family` is not installed (PowerPoint on another machine). */
    fallback: string[];
    /** The CSS font-family value. */
    stack: string;
    /** Absolute paths of the font files the theme ships, by weight and style. */
    files: { weight: number; style: 'normal' | 'italic'; path: string }[];
  };
  logo?: { path: string; name: string };
}

export interface LoadedTheme {
  tokens: ThemeTokens;
  /** assets/theme.css: @font-face rules, the font stack and the theme's CSS with tokens resolved. */
  css: string;
  /** Files to copy, `to` relative to the deck's assets folder. */
  copies: { from: string; to: string }[];
  /** The logo as inline SVG markup (colour follows --fg-color), when the theme has one. */
  logoSvg?: string;
}

const DEFAULT_FONT = { family: 'Atkinson Hyperlegible', fallback: ['Segoe UI', 'system-ui', 'sans-serif'] };

const requireHere = createRequire(join(packageRoot, 'package.json'));

/** "@scope/pkg/dist/x.svg" → absolute path inside node_modules; other paths are relative to the theme folder. */
function resolveFile(spec: string, themeDir: string, t: Messages): string {
  if (!spec.startsWith('@')) return join(themeDir, spec);
  const [scope, name, ...rest] = spec.split('/');
  const pkg = `${scope}/${name}`;
  let root: string;
  try {
    root = dirname(requireHere.resolve(`${pkg}/package.json`));
  } catch (error) {
    throw new EnvironmentError(t.theme.missingPackage(pkg), t.theme.missingPackageHint(pkg), { cause: error });
  }
  const path = join(root, ...rest);
  if (!existsSync(path)) throw new EnvironmentError(t.theme.missingFile(spec), t.theme.missingPackageHint(pkg));
  return path;
}

/** Custom properties with a literal colour value, first definition wins (Punkt's light mode). */
export function tokenValues(css: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const m of css.matchAll(/(--[\w-]+)\s*:\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\s*[;}]/gi)) {
    if (values.has(m[1]!)) continue;
    const hex = m[2]!.toLowerCase();
    values.set(m[1]!, hex.length === 4 ? `#${[...hex.slice(1)].map((c) => c + c).join('')}` : hex);
  }
  return values;
}

/** Replaces var(--pkt-…) with the token's value, so the deck and the contrast check see real colours. */
export function resolveTokens(css: string, tokens: ReadonlyMap<string, string>, themeName: string, t: Messages): string {
  return css.replace(/var\((--pkt-[\w-]+)\)/g, (_, name: string) => {
    const value = tokens.get(name);
    if (!value) throw new EnvironmentError(t.theme.unknownToken(themeName, name), t.theme.unknownTokenHint);
    return value;
  });
}

const quoteFamily = (family: string): string => (/^[\w-]+$/.test(family) && !/\s/.test(family) ? family : `'${family}'`);

/** Loads a theme: its CSS with tokens resolved and fonts declared, and the files it needs. */
export async function loadTheme(templatesDir: string, name: string, t: Messages = nb): Promise<LoadedTheme> {
  const themeDir = join(templatesDir, 'themes', name);
  const manifestPath = join(themeDir, 'theme.json');
  const manifest: ThemeManifest = existsSync(manifestPath) ? (JSON.parse(await readFile(manifestPath, 'utf8')) as ThemeManifest) : {};
  let css = await readFile(join(themeDir, 'theme.css'), 'utf8');
  if (manifest.tokens) css = resolveTokens(css, tokenValues(await readFile(resolveFile(manifest.tokens, themeDir, t), 'utf8')), name, t);

  const font = manifest.font ?? { ...DEFAULT_FONT, faces: [] };
  const files = font.faces.map((face) => ({ weight: face.weight, style: face.style, path: resolveFile(face.file, themeDir, t) }));
  const copies = files.map((file) => ({ from: file.path, to: `fonts/${basename(file.path)}` }));
  const stack = [font.family, ...font.fallback].map(quoteFamily).join(', ');
  const faces = files.map(
    (file) => `@font-face{font-family:${quoteFamily(font.family)};font-style:${file.style};font-weight:${file.weight};font-display:block;src:url(fonts/${basename(file.path)}) format('woff2')}`,
  );

  let logo: ThemeTokens['logo'];
  let logoSvg: string | undefined;
  if (manifest.logo) {
    logo = { path: resolveFile(manifest.logo.file, themeDir, t), name: manifest.logo.name };
    copies.push({ from: logo.path, to: 'logo.svg' });
    logoSvg = (await readFile(logo.path, 'utf8')).replace(/<\?xml[^>]*>/, '').replace(/\s(id|width|height)="[^"]*"/g, '').trim();
  }
  const header = manifest.font ? [...faces, `:root{--fa-font:${stack}}`].join('\n') + '\n' : '';
  return {
    tokens: { name, colours: themeColours(css), font: { family: font.family, fallback: font.fallback, stack, files }, ...(logo ? { logo } : {}) },
    css: header + css,
    copies,
    ...(logoSvg ? { logoSvg } : {}),
  };
}

/**
 * The theme's colours, fonts and logo, for renderers outside the browser.
 * @example (await themeTokens(paths.templates, 'oslo')).colours['--fa-heading'] // '#2a2859'
 */
export async function themeTokens(templatesDir: string, theme: string, t: Messages = nb): Promise<ThemeTokens> {
  return (await loadTheme(templatesDir, theme, t)).tokens;
}
