import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/errors.js';
import { nb } from '../../src/i18n/nb.js';
import { paths } from '../../src/paths.js';
import { loadTheme, resolveTokens, themeTokens, tokenValues } from '../../src/render/theme-tokens.js';

describe('Punkt tokens', () => {
  it('reads literal colours from a CSS file, first definition wins, short hex expanded', () => {
    const tokens = tokenValues(':root{--pkt-a: #2A2859; --pkt-b: #fff} .dark{--pkt-a: #000000;} :root{--pkt-c: var(--pkt-a);}');
    expect(tokens.get('--pkt-a')).toBe('#2a2859');
    expect(tokens.get('--pkt-b')).toBe('#ffffff');
    expect(tokens.has('--pkt-c')).toBe(false);
  });

  it('resolves var(--pkt-…) and refuses names Punkt does not have', () => {
    const tokens = new Map([['--pkt-color-x', '#123456']]);
    expect(resolveTokens(':root{--fa-bg: var(--pkt-color-x);}', tokens, 'oslo', nb)).toBe(':root{--fa-bg: #123456;}');
    expect(() => resolveTokens(':root{--fa-bg: var(--pkt-color-y);}', tokens, 'oslo', nb)).toThrow(EnvironmentError);
  });

  it('the oslo theme takes its colours from @oslokommune/punkt-css, not from copied values', async () => {
    const punkt = tokenValues(readFileSync('node_modules/@oslokommune/punkt-css/dist/css/pkt-base.css', 'utf8'));
    const source = readFileSync('templates/themes/oslo/theme.css', 'utf8');
    expect(source).not.toMatch(/--fa-[\w-]+\s*:\s*#/);
    const { colours } = await themeTokens(paths.templates, 'oslo');
    for (const [, name, token] of source.matchAll(/(--fa-[\w-]+)\s*:\s*var\((--pkt-[\w-]+)\)/g)) expect(colours[name!]).toBe(punkt.get(token!));
  });
});

describe('themeTokens', () => {
  it('oslo: Oslo Sans with fallbacks, its font files and the logo from Punkt', async () => {
    const tokens = await themeTokens(paths.templates, 'oslo');
    expect(tokens.font.family).toBe('Oslo Sans');
    expect(tokens.font.stack.startsWith("'Oslo Sans', ")).toBe(true);
    expect(tokens.font.fallback.length).toBeGreaterThan(0);
    expect(tokens.font.files.map((file) => `${file.weight} ${file.style}`).sort()).toEqual(['400 italic', '400 normal', '700 normal']);
    expect(tokens.logo?.path).toMatch(/punkt-assets.*oslologo\.svg$/);
  });

  it('default: no logo, no font files of its own', async () => {
    const tokens = await themeTokens(paths.templates, 'default');
    expect(tokens.logo).toBeUndefined();
    expect(tokens.font.files).toEqual([]);
    expect(tokens.colours['--fa-bg']).toMatch(/^#[0-9a-f]{6}$/);
  });

  it('oslo ships only the font weights it declares, into assets/fonts/', async () => {
    const theme = await loadTheme(paths.templates, 'oslo');
    const fonts = theme.copies.filter((copy) => copy.to.startsWith('fonts/'));
    expect(fonts).toHaveLength(3);
    for (const font of fonts) expect(theme.css).toContain(`url(${font.to})`);
  });
});
