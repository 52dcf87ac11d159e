import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, TEXT_PAIRS, themeColours } from '../../src/render/contrast.js';

describe('contrastRatio', () => {
  it('matches WCAG reference values', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});

describe.each(readdirSync('templates/themes'))('theme %s', (theme) => {
  const colours = themeColours(readFileSync(`templates/themes/${theme}/theme.css`, 'utf8'));
  it.each(TEXT_PAIRS)('%s on %s meets WCAG AA (4.5:1)', (fg, bg) => {
    expect(colours[fg], `${fg} missing`).toBeDefined();
    expect(colours[bg], `${bg} missing`).toBeDefined();
    expect(contrastRatio(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });
});
