import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, GRAPHIC_PAIRS, PAPER_PAIRS, TEXT_PAIRS } from '../../src/render/contrast.js';
import { loadTheme } from '../../src/render/theme-tokens.js';
import { paths } from '../../src/paths.js';

describe('contrastRatio', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

// Colours as the deck gets them: Punkt tokens in the oslo theme are resolved first.
describe.each(readdirSync('templates/themes'))('theme %s', async (theme) => {
  const { colours } = (await loadTheme(paths.templates, theme)).tokens;
  it.each(TEXT_PAIRS)('%s on %s meets WCAG AA (4.5:1)', (fg, bg) => {
    expect(colours[fg], `${fg} missing`).toBeDefined();
    expect(colours[bg], `${bg} missing`).toBeDefined();
    expect(contrastRatio(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(PAPER_PAIRS)('%s on %s, on paper, meets WCAG AA when the theme sets it', (fg, bg) => {
    const colour = (name: string) => (name.startsWith('#') ? name : colours[name]);
    if (colour(fg) === undefined || colour(bg) === undefined) return;
    expect(contrastRatio(colour(fg)!, colour(bg)!)).toBeGreaterThanOrEqual(4.5);
  });
  it.each(GRAPHIC_PAIRS)('%s on %s stands out (3:1)', (fg, bg) => {
    expect(contrastRatio(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(3);
  });
});
