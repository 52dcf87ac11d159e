import markdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { notesPlugin } from '../../src/content/plugins/notes.js';
import { slidesPlugin } from '../../src/content/plugins/slides.js';

const md = markdownIt().use(slidesPlugin).use(notesPlugin);
const types = (src: string) => md.parse(src, {}).filter((t) => t.level === 0).map((t) => t.type);

describe('deck_slide', () => {
  it('splits at --- lines and keeps their line', () => {
    const tokens = md.parse('# A\n\n---\n\n# B\n', {});
    const split = tokens.find((t) => t.type === 'deck_slide')!;
    expect(split.map).toEqual([2, 3]);
    expect(split.content).toBe('');
  });

  it('reads settings between two --- lines with the line they start on', () => {
    const tokens = md.parse('---\nminutes: 2\ntracks: [praksis]\n---\n\n# A\n', {});
    const split = tokens[0]!;
    expect(split.type).toBe('deck_slide');
    expect(split.content).toBe('minutes: 2\ntracks: [praksis]');
    expect(split.meta).toEqual({ settingsLine: 1 });
    expect(tokens[1]!.type).toBe('heading_open');
  });

  it('ends a paragraph with --- instead of making a setext heading', () => {
    expect(types('Tekst\n---\n# B\n')).toEqual(['paragraph_open', 'paragraph_close', 'deck_slide', 'heading_open', 'heading_close']);
  });

  it('ends a list with ---', () => {
    expect(types('- a\n- b\n---\nc\n')).toContain('deck_slide');
  });

  it('leaves *** as a rule and --- inside code alone', () => {
    expect(types('a\n\n***\n')).toContain('hr');
    expect(types('```\n---\n```\n')).toEqual(['fence']);
  });

  it('keeps a quoted --- inside the quote', () => {
    expect(types('> a\n> ---\n')).not.toContain('deck_slide');
  });
});

describe('deck_notes', () => {
  it.each(['Manus:', 'Note:', 'Notes:', 'manus:  '])('starts the manuscript at %j', (marker) => {
    expect(types(`# A\n\n${marker}\n\n- si hei\n`)).toEqual(['heading_open', 'heading_close', 'deck_notes', 'bullet_list_open', 'bullet_list_close']);
  });

  it('is only a marker alone on its line', () => {
    expect(types('Manus: si hei\n')).not.toContain('deck_notes');
  });

  it('ends a paragraph right above it', () => {
    expect(types('Tekst\nManus:\nHei\n')).toContain('deck_notes');
  });
});
