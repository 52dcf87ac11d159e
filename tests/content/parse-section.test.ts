import { describe, expect, it } from 'vitest';
import { createMarkdown } from '../../src/content/markdown.js';
import { parseSection, plainText } from '../../src/content/parse-section.js';
import { nb } from '../../src/i18n/nb.js';

function parse(text: string, exists: (path: string) => boolean = () => true, path = 'decks/m/01-a.md') {
  return parseSection({ path, text }, { moduleId: 'm', sectionId: 'a', moduleDir: '/abs/decks/m', md: createMarkdown(), t: nb, exists });
}

describe('parseSection', () => {
  it('turns each slide into body, manuscript and settings', () => {
    const { slides, issues } = parse(`---
minutes: 2
tracks: praksis
sources: [oslo]
notice: Om vold.
---

# Første

- punkt

Manus:

- ★ Si dette.

---

## Andre

Note:

Mer.
`);
    expect(issues).toEqual([]);
    expect(slides).toHaveLength(2);
    expect(slides[0]).toMatchObject({
      id: 'm/a/1',
      title: 'Første',
      minutes: 2,
      tracks: ['praksis'],
      sources: ['oslo'],
      notice: 'Om vold.',
      optional: false,
      span: { file: 'decks/m/01-a.md', line: 1, column: 1 },
    });
    expect(slides[0]!.html).toContain('<h1>Første</h1>');
    expect(slides[0]!.html).not.toContain('Si dette');
    expect(slides[0]!.notesHtml).toContain('★ Si dette.');
    expect(slides[1]).toMatchObject({ id: 'm/a/2', title: 'Andre', tracks: ['kunnskap', 'praksis', 'erfaring'], span: { line: 16 } });
    expect(slides[1]!.notesText).toBe('Mer.');
  });

  it('gives an activity slide the activity minutes unless set', () => {
    const { slides } = parse(`---
activity:
  title: Par
  minutes: 3
  instruction: Snakk sammen.
  debrief: Hva hørte dere?
  alternative: Lytt.
---

# Øvelse
`);
    expect(slides[0]).toMatchObject({ minutes: 3, activity: { title: 'Par', minutes: 3, debrief: ['Hva hørte dere?'], alternative: 'Lytt.' } });
  });

  it('reports settings errors at their line in the Markdown file', () => {
    const { issues } = parse(`# A

---
minuts: 2
tracks: [praxis]
---

# B
`);
    expect(issues.map((i) => [i.span?.line, i.span?.column, i.message, i.hint])).toEqual([
      [4, 1, 'ukjent felt «minuts»', expect.stringContaining('Mente du «minutes»?')],
      [5, 10, 'tracks: praxis — ukjent spor', expect.stringContaining('Mente du «praksis»?')],
    ]);
  });

  it('reports an empty slide from a doubled separator', () => {
    const { issues, slides } = parse('# A\n\n---\n\n---\n\n# B\n');
    expect(slides).toHaveLength(2);
    expect(issues).toMatchObject([{ code: 'SLIDE_EMPTY', span: { line: 3 } }]);
  });

  it('rewrites local images into the deck and refuses images from the web', () => {
    const { slides, issues } = parse('# A\n\n![Modell](bilder/modell.svg)\n\n![Nett](https://example.org/x.png)\n', (path) => path.endsWith('modell.svg'), '/abs/decks/m/01-a.md');
    expect(slides[0]!.html).toContain('src="assets/content/m/bilder/modell.svg"');
    expect(slides[0]!.assets).toEqual([{ from: '/abs/decks/m/bilder/modell.svg', to: 'assets/content/m/bilder/modell.svg' }]);
    expect(issues).toMatchObject([{ code: 'SLIDE_IMAGE_MISSING', message: 'bildet https://example.org/x.png ligger på nettet' }]);
  });

  it('reports a missing image', () => {
    const { issues } = parse('# A\n\n![x](mangler.png)\n', () => false, '/abs/decks/m/01-a.md');
    expect(issues).toMatchObject([{ code: 'SLIDE_IMAGE_MISSING', message: 'finner ikke bildet mangler.png', span: { line: 3 } }]);
  });
});

describe('plainText', () => {
  it('keeps the words a reader sees', () => {
    const tokens = createMarkdown().parse('# Tittel\n\n- **8 av 10** har `noe`\n', {});
    expect(plainText(tokens)).toBe('Tittel\n8 av 10 har noe');
  });
});
