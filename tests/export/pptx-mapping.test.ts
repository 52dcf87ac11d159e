// The PowerPoint mapping: HTML fragments → blocks, and deck slides → slide data for pptxgenjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToBlocks, parseHtml, runsText, type Block } from '../../src/export/pptx/html.js';
import { mapDeck, mapSlide, type MappingContext, type ObjectSpec, type SlideSpec, type TextSpec } from '../../src/export/pptx/layout.js';
import { blocksToLines, notesText } from '../../src/export/pptx/notes.js';
import { hexColour, pptxThemeFromCss, safeFont, standaloneSvg } from '../../src/export/pptx/theme.js';
import { dedupeParagraphProperties, placeTitle, splitNotesParagraphs } from '../../src/export/pptx/write.js';
import { nb } from '../../src/i18n/nb.js';
import { paths } from '../../src/paths.js';
import { planSession } from '../../src/pipeline.js';
import { createRenderContext } from '../../src/render/context.js';
import { deckSlides, type DeckSlide } from '../../src/render/deck-slides.js';
import type { ScheduledSlide } from '../../src/schedule/types.js';
import { plan, slide } from '../helpers/content.js';
import { workspace } from '../helpers/workspace.js';

const themeCss = (name: string): string => readFileSync(join(paths.templates, 'themes', name, 'theme.css'), 'utf8');
const theme = pptxThemeFromCss(themeCss('default'));

function context(overrides: Partial<MappingContext> = {}): MappingContext {
  const render = createRenderContext(plan({ title: 'Testøkt', facilitators: ['Kari Nordmann'] }), [], new Map([['heir', { id: 'heir', short: 'Heir mfl. (2019)', text: 'Heir, T. (2019).', status: 'verified' }]]), nb, 5);
  return { render, theme, lang: 'nb-NO', imageSize: () => ({ width: 800, height: 400 }), ...overrides };
}

function scheduled(overrides: Partial<ScheduledSlide> = {}): ScheduledSlide {
  return { index: 1, id: 'm/s/1', kind: 'content', title: 'A', sectionIndex: 0, offsetSec: 300, durationSec: 90, clock: '09:05', ...overrides };
}

function contentItem(html: string, extra: Parameters<typeof slide>[1] = {}): DeckSlide {
  return { scheduled: scheduled(), sectionTitle: 'Velkommen', slide: slide('m/s/1', { html, ...extra }) };
}

const texts = (spec: SlideSpec): TextSpec[] => spec.objects.filter((object): object is TextSpec => object.kind === 'text');
const allText = (spec: SlideSpec): string => texts(spec).map((object) => object.paragraphs.map((p) => p.text).join('')).join('\n');
const paragraphsOf = (object: TextSpec): { text: string; options: NonNullable<TextSpec['paragraphs'][number]['options']> }[][] => {
  const out: { text: string; options: NonNullable<TextSpec['paragraphs'][number]['options']> }[][] = [[]];
  for (const run of object.paragraphs) {
    out[out.length - 1]!.push({ text: run.text ?? '', options: run.options ?? {} });
    if (run.options?.breakLine) out.push([]);
  }
  return out.filter((paragraph) => paragraph.length > 0);
};

describe('HTML fragments → blocks', () => {
  it('reads headings, paragraphs with bold and italic, and decodes entities', () => {
    const blocks = htmlToBlocks('<h2>Hva &amp; hvorfor</h2>\n<p>Et <strong>viktig</strong> og <em>stille</em> punkt&nbsp;– «sitat»</p>');
    expect(blocks[0]).toEqual({ kind: 'heading', level: 2, runs: [{ text: 'Hva & hvorfor' }] });
    expect(blocks[1]).toMatchObject({ kind: 'paragraph' });
    const runs = (blocks[1] as Extract<Block, { kind: 'paragraph' }>).runs;
    expect(runs.find((run) => run.text === 'viktig')?.bold).toBe(true);
    expect(runs.find((run) => run.text === 'stille')?.italic).toBe(true);
    expect(runsText(runs)).toBe('Et viktig og stille punkt\u00a0– «sitat»');
  });

  it('flattens nested lists into items with levels, and keeps the start of an ordered list', () => {
    const [list] = htmlToBlocks('<ol start="3"><li>Tre<ul><li>under</li></ul></li><li>Fire</li></ol>') as [Extract<Block, { kind: 'list' }>];
    expect(list.items.map((item) => [runsText(item.runs), item.level, item.ordered])).toEqual([
      ['Tre', 0, true],
      ['under', 1, false],
      ['Fire', 0, true],
    ]);
    expect(list.items[0]!.start).toBe(3);
  });

  it('reads tables with a header row, quotes, columns and figures', () => {
    const blocks = htmlToBlocks(
      '<table><thead><tr><th>Hvem</th><th>Tall</th></tr></thead><tbody><tr><td>Menn</td><td><strong>85 %</strong></td></tr></tbody></table>' +
        '<blockquote><p>Det som går igjen</p></blockquote>' +
        '<div class="columns"><div><p>Venstre</p></div><div><p>Høyre</p></div></div>' +
        '<svg class="fa-figure" viewBox="0 0 1100 330" role="img" aria-label="Stolpediagram"><rect x="0" y="0" width="10" height="10" fill="var(--fa-accent)"/></svg>' +
        '<p><img src="assets/content/m/bilde.png" alt="Et bilde"></p>',
    );
    expect(blocks.map((block) => block.kind)).toEqual(['table', 'quote', 'columns', 'svg', 'image']);
    const table = blocks[0] as Extract<Block, { kind: 'table' }>;
    expect(table.header!.map(runsText)).toEqual(['Hvem', 'Tall']);
    expect(table.rows[0]![1]![0]).toEqual({ text: '85 %', bold: true });
    const svg = blocks[3] as Extract<Block, { kind: 'svg' }>;
    expect(svg).toMatchObject({ alt: 'Stolpediagram', width: 1100, height: 330 });
    expect(svg.markup).toMatch(/^<svg[\s\S]*<\/svg>$/);
    expect(blocks[4]).toEqual({ kind: 'image', src: 'assets/content/m/bilde.png', alt: 'Et bilde' });
  });

  it('keeps the text of links but not their address (no external relationships)', () => {
    const blocks = htmlToBlocks('<p>Se <a href="https://example.org">nettsiden</a></p>');
    expect(JSON.stringify(blocks)).not.toContain('example.org');
    expect(runsText((blocks[0] as Extract<Block, { kind: 'paragraph' }>).runs)).toBe('Se nettsiden');
  });

  it('never loses text when tags are unclosed or stray', () => {
    expect(textOfTree(parseHtml('<p>En <strong>halv</p> setning</em>'))).toBe('En halv setning');
  });
});

function textOfTree(nodes: ReturnType<typeof parseHtml>): string {
  return nodes
    .map((node) => (typeof node === 'string' ? node : textOfTree(node.children)))
    .join('')
    .trim();
}

describe('the theme', () => {
  it('reads every colour of both themes as hex, and differs between them', () => {
    const kontrast = pptxThemeFromCss(themeCss('kontrast'));
    for (const t of [theme, kontrast]) for (const value of [t.bg, t.text, t.heading, t.accent, t.noticeBg, t.noticeText, ...t.hills]) expect(value).toMatch(/^[0-9A-F]{6}$/);
    expect(theme.bg).toBe(hexColour(/--fa-bg:\s*([^;]+)/.exec(themeCss('default'))![1]!));
    expect(kontrast.bg).not.toBe(theme.bg);
  });

  it('uses a font every office suite has', () => {
    expect(safeFont("'Atkinson Hyperlegible', 'Segoe UI', system-ui, sans-serif")).toBe('Segoe UI');
    expect(safeFont("'Oslo Sans', sans-serif")).toBe('Arial');
    expect(safeFont(undefined)).toBe('Arial');
  });

  it('turns an inline figure into a standalone SVG with the theme colours', () => {
    const svg = standaloneSvg('<svg viewBox="0 0 100 50"><rect fill="var(--fa-accent)"/></svg>', theme, { width: 100, height: 50 });
    expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
    expect(svg).toContain(`fill="${themeCss('default').match(/--fa-accent:\s*([^;]+)/)![1]}"`);
    expect(svg).not.toContain('var(');
  });
});

describe('a content slide → a PowerPoint slide', () => {
  it('puts the heading in the title placeholder and the bullets, with levels, in an editable text box', () => {
    const spec = mapSlide(contentItem('<h2>Hva er et traume?</h2><ul><li>Hendelse<ul><li>ytre</li></ul></li><li>Opplevelse</li></ul>'), context());
    expect(spec.title.text).toBe('Hva er et traume?');
    expect(spec.title.options.placeholder).toBe('title');
    expect(spec.title.options.y).toBeGreaterThanOrEqual(0);
    const body = texts(spec).find((object) => allTextOf(object).includes('Hendelse'))!;
    const paragraphs = paragraphsOf(body);
    expect(paragraphs.map((p) => p.map((run) => run.text).join(''))).toEqual(['Hendelse', 'ytre', 'Opplevelse']);
    expect(paragraphs.map((p) => p[0]!.options.indentLevel ?? 0)).toEqual([0, 1, 0]);
    for (const p of paragraphs) expect(p[0]!.options.bullet).toBeTruthy();
    expect(allText(spec)).not.toContain('Hva er et traume?');
  });

  it('numbers ordered lists from their start, and keeps bold and italic runs', () => {
    const spec = mapSlide(contentItem('<h2>Seks</h2><ol start="4"><li><strong>Samarbeid</strong> og <em>likeverd</em></li><li>Kultur</li></ol>'), context());
    const paragraphs = paragraphsOf(texts(spec).find((object) => allTextOf(object).includes('Kultur'))!);
    expect(paragraphs[0]![0]!.options.bullet).toMatchObject({ type: 'number', numberStartAt: 4 });
    expect(paragraphs[1]![0]!.options.bullet).toMatchObject({ type: 'number' });
    expect(paragraphs[0]!.find((run) => run.text === 'Samarbeid')!.options.bold).toBe(true);
    expect(paragraphs[0]!.find((run) => run.text === 'likeverd')!.options.italic).toBe(true);
  });

  it('maps a table to a table with a header row, not a picture', () => {
    const spec = mapSlide(contentItem('<h2>Tall</h2><table><thead><tr><th>Hvem</th><th>Andel</th></tr></thead><tbody><tr><td>Menn</td><td>85 %</td></tr><tr><td>Kvinner</td><td>86 %</td></tr></tbody></table>'), context());
    const table = spec.objects.find((object) => object.kind === 'table');
    expect(table?.kind).toBe('table');
    if (table?.kind !== 'table') return;
    expect(table.rows).toHaveLength(3);
    const cellText = (row: number, col: number): string => {
      const text = table.rows[row]![col]!.text;
      return Array.isArray(text) ? text.map((run) => run.text).join('') : String(text ?? '');
    };
    expect([cellText(0, 0), cellText(2, 1)]).toEqual(['Hvem', '86 %']);
  });

  it('shows a quote as text with an accent bar', () => {
    const spec = mapSlide(contentItem('<h2>Motstandskraft</h2><blockquote><p>Minst én stabil voksen.</p></blockquote>'), context());
    expect(allText(spec)).toContain('Minst én stabil voksen.');
    expect(spec.objects.some((object) => object.kind === 'shape' && object.options.fill?.color === theme.accent)).toBe(true);
  });

  it('shows a statement slide’s heading very large, as the title', () => {
    const plain = mapSlide(contentItem('<h2>8 av 10</h2><p>har opplevd noe</p>'), context());
    const statement = mapSlide(contentItem('<h2>8 av 10</h2><p>har opplevd noe</p>', { layout: 'statement' }), context());
    expect(statement.title.text).toBe('8 av 10');
    expect(statement.title.options.fontSize!).toBeGreaterThan(plain.title.options.fontSize! * 1.5);
    // Centred: the title sits lower than on a plain slide.
    expect(Number(statement.title.options.y)).toBeGreaterThan(Number(plain.title.options.y));
  });

  it('makes a big number paragraph large and in the accent colour', () => {
    const spec = mapSlide(contentItem('<p class="big-number">8 av 10</p><h2>nordmenn</h2>', { title: '8 av 10 nordmenn' }), context());
    const run = texts(spec).flatMap((object) => object.paragraphs).find((p) => p.text === '8 av 10')!;
    expect(run.options!.fontSize).toBeGreaterThanOrEqual(60);
    expect(run.options!.color).toBe(theme.accent);
    // No visible heading first: the title is kept for the outline and screen readers, off the slide.
    expect(spec.title.text).toBe('8 av 10 nordmenn');
    expect(Number(spec.title.options.y) + Number(spec.title.options.h)).toBeLessThanOrEqual(0);
  });

  it('shows a content notice on the slide, above the title', () => {
    const spec = mapSlide(contentItem('<h2>Vold</h2><p>Tall</p>', { notice: 'Tall om vold.' }), context());
    const chip = texts(spec).find((object) => allTextOf(object).includes('Tall om vold.'))!;
    expect(allTextOf(chip)).toBe(`${nb.deck.noticeLabel}: Tall om vold.`);
    expect(chip.options.fill).toEqual({ color: theme.noticeBg });
    expect(Number(chip.options.y) + Number(chip.options.h)).toBeLessThanOrEqual(Number(spec.title.options.y));
  });

  it('embeds an inline figure as SVG with the theme colours', () => {
    const spec = mapSlide(contentItem('<h2>Figur</h2><svg viewBox="0 0 1100 330" aria-label="Diagram"><rect fill="var(--fa-accent)"/></svg>'), context());
    const picture = spec.objects.find((object) => object.kind === 'picture');
    expect(picture).toMatchObject({ kind: 'picture', options: { altText: 'Diagram' } });
    if (picture?.kind !== 'picture') return;
    expect(picture.svg).toContain(`fill="${theme.vars['--fa-accent']}"`);
    expect(picture.svg).not.toContain('var(--');
    expect(Number(picture.options.w) / Number(picture.options.h)).toBeCloseTo(1100 / 330, 1);
  });

  it('has a footer with the section and the sources, and keeps everything on the slide', () => {
    const spec = mapSlide(contentItem('<h2>A</h2><p>Tekst</p>', { sources: ['heir'] }), context());
    expect(allText(spec)).toContain('Velkommen');
    expect(allText(spec)).toContain('Kilde: Heir mfl. (2019)');
    for (const object of spec.objects) {
      const { x, y, w, h } = object.options as { x: number; y: number; w: number; h?: number };
      if (object.kind === 'shape' && object.shape === 'ellipse') continue;
      expect(x).toBeGreaterThanOrEqual(0);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(x + w).toBeLessThanOrEqual(13.34);
      if (h !== undefined) expect(y + h).toBeLessThanOrEqual(7.5);
    }
  });

  it('shrinks text to fit rather than running off the slide', () => {
    const many = `<h2>Mye</h2><ul>${Array.from({ length: 14 }, (_, i) => `<li>Et ganske langt punkt nummer ${i} som tar plass på lysbildet</li>`).join('')}</ul>`;
    const spec = mapSlide(contentItem(many), context());
    const body = texts(spec).find((object) => allTextOf(object).includes('nummer 13'))!;
    expect(body.paragraphs[0]!.options!.fontSize!).toBeLessThan(24);
    expect(Number(body.options.y) + Number(body.options.h)).toBeLessThanOrEqual(7.5);
  });
});

function allTextOf(object: TextSpec): string {
  return object.paragraphs.map((p) => p.text).join('');
}

describe('speaker notes', () => {
  it('start with the clock time and minutes, then the manuscript with lists as lines, the activity and the sources', () => {
    const item = contentItem('<h2>A</h2>', {
      notesHtml: '<ul><li>★ Første punkt</li><li>Andre punkt</li></ul><p><strong>Overgang:</strong> «Videre.»</p>',
      notesText: 'Første punkt Andre punkt Overgang: «Videre.»',
      sources: ['heir'],
      activity: { title: 'Gjett tallet', minutes: 2, instruction: 'Skriv ned *ett* tall.', debrief: ['Hva overrasket?'] },
    });
    const lines = notesText(item, context().render).split('\n');
    expect(lines[0]).toBe('kl. 09:05 · 1,5 min · Velkommen');
    expect(lines).toContain('• ★ Første punkt');
    expect(lines).toContain('• Andre punkt');
    expect(lines).toContain('Overgang: «Videre.»');
    expect(lines).toContain(`${nb.manus.activityCard}: Gjett tallet (2 min)`);
    expect(lines).toContain(`${nb.manus.instruction}: Skriv ned ett tall.`);
    expect(lines).toContain('• Hva overrasket?');
    expect(lines[lines.length - 1]).toBe('Kilder: Heir mfl. (2019)');
  });

  it('say the notice first when a slide has one', () => {
    const lines = notesText(contentItem('<h2>A</h2>', { notice: 'Handler om vold.' }), context().render).split('\n');
    expect(lines[1]).toBe(`⚠ ${nb.manus.notice}: Handler om vold.`);
  });

  it('number ordered lists as the reader sees them', () => {
    expect(blocksToLines(htmlToBlocks('<ol start="2"><li>to</li><li>tre<ol><li>a</li></ol></li></ol>'))).toEqual(['2. to', '3. tre', '    1. a']);
  });
});

describe('a whole example deck', async () => {
  const planned = await planSession('plans/lang-intro-praksis.yaml', workspace());
  const items = deckSlides(planned.schedule, planned.blocks);
  const render = createRenderContext(planned.plan, planned.modules, planned.references, planned.t, planned.schedule.slides.length);
  const specs = mapDeck(items, { render, theme, lang: 'nb-NO', imageSize: () => undefined });

  it('has one PowerPoint slide per deck slide, each with its title in the placeholder', () => {
    expect(specs).toHaveLength(planned.schedule.slides.length);
    specs.forEach((spec, i) => {
      expect(spec.title.options.placeholder).toBe('title');
      expect(spec.title.text.length, `slide ${i + 1}`).toBeGreaterThan(0);
    });
  });

  it('gives every slide notes that start with its planned clock time', () => {
    specs.forEach((spec, i) => expect(spec.notes.split('\n')[0]).toMatch(new RegExp(`^kl\\. ${planned.schedule.slides[i]!.clock} · `)));
  });

  it('says on the break slide when the session resumes', () => {
    const index = planned.schedule.slides.findIndex((s) => s.kind === 'break');
    const slide = planned.schedule.slides[index]!;
    const resume = render.clockAt(slide.offsetSec + slide.durationSec);
    expect(allText(specs[index]!)).toContain(nb.deck.breakResume(resume));
  });

  it('keeps every chart (inline SVG) as a picture', () => {
    const charts = items.reduce((sum, item) => sum + (item.slide?.html.match(/<svg\b/g)?.length ?? 0), 0);
    const pictures = specs.reduce((sum, spec) => sum + spec.objects.filter((object: ObjectSpec) => object.kind === 'picture' && object.svg).length, 0);
    expect(charts).toBeGreaterThan(0);
    expect(pictures).toBe(charts);
  });

  it('shows every notice on its slide', () => {
    items.forEach((item, i) => {
      if (item.slide?.notice) expect(allText(specs[i]!)).toContain(item.slide.notice);
    });
  });
});

describe('package fixes', () => {
  it('keeps one paragraph-properties element per paragraph', () => {
    const xml = '<a:p><a:pPr marL="0"/><a:r><a:t>a</a:t></a:r><a:pPr indent="0" marL="0"><a:buNone/></a:pPr><a:r><a:t>b</a:t></a:r></a:p>';
    expect(dedupeParagraphProperties(xml)).toBe('<a:p><a:pPr marL="0"/><a:r><a:t>a</a:t></a:r><a:r><a:t>b</a:t></a:r></a:p>');
  });

  it('splits notes into one paragraph per line, in the deck language', () => {
    const xml = '<p:txBody><a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>kl. 09:05\r\n\r\n• punkt</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p></p:txBody>';
    const fixed = splitNotesParagraphs(xml, 'nb-NO');
    expect(fixed.match(/<a:p>/g)).toHaveLength(3);
    expect(fixed).toContain('<a:t>• punkt</a:t>');
    expect(fixed).not.toContain('en-US');
  });

  it('moves the title placeholder to where the mapping put it', () => {
    const xml = '<p:sp><p:nvSpPr><p:nvPr><p:ph type="title"/></p:nvPr></p:nvSpPr><p:spPr><a:xfrm><a:off x="685800" y="457200"/><a:ext cx="100" cy="100"/></a:xfrm></p:spPr></p:sp>';
    expect(placeTitle(xml, { x: 1, y: 2, w: 3, h: 0.5 })).toContain('<a:off x="914400" y="1828800"/><a:ext cx="2743200" cy="457200"/>');
  });
});

describe('the ZIP writer', () => {
  it('writes a package other ZIP readers open, and reads back stored entries', async () => {
    const { zipEntries, readStoredZip } = await import('../../src/export/pptx/zip.js');
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const JSZip = createRequire(require.resolve('pptxgenjs'))('jszip') as typeof import('jszip');
    const entries = [
      { name: '[Content_Types].xml', data: Buffer.from('<Types>' + 'x'.repeat(5000) + '</Types>') },
      { name: 'ppt/media/bilde.png', data: Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]) },
      { name: 'ppt/slides/lysbilde æøå.xml', data: Buffer.from('<p:sld>Hei – «sitat»</p:sld>') },
    ];
    const zipped = zipEntries(entries);
    const zip = await JSZip.loadAsync(zipped, { checkCRC32: true });
    expect(Object.keys(zip.files)).toEqual(entries.map((entry) => entry.name));
    for (const entry of entries) expect(Buffer.from(await zip.file(entry.name)!.async('uint8array'))).toEqual(entry.data);
    expect(zipped.length).toBeLessThan(5000);

    const stored = await zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
    expect(readStoredZip(stored).map((entry) => [entry.name, Buffer.from(entry.data).toString('latin1')])).toEqual(entries.map((entry) => [entry.name, entry.data.toString('latin1')]));
    expect(() => readStoredZip(zipped)).toThrow(/compressed/);
  });
});

describe('pictures in the package', () => {
  it('embeds a picture file and an SVG figure with its PNG fallback, with their alt texts', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { renderPptx } = await import('../../src/export/pptx/write.js');
    const { createRequire } = await import('node:module');
    const require = createRequire(import.meta.url);
    const JSZip = createRequire(require.resolve('pptxgenjs'))('jszip') as typeof import('jszip');
    const dir = mkdtempSync(join(tmpdir(), 'fasilitator-pptx-img-'));
    // A 1×1 PNG.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
    writeFileSync(join(dir, 'bilde.png'), png);
    const spec = mapSlide(contentItem('<h2>Bilde</h2><p><img src="bilde.png" alt="Et bilde"></p><svg viewBox="0 0 200 100" aria-label="Et diagram"><rect width="100" height="50" fill="var(--fa-accent)"/></svg>'), context());
    const drawn: string[] = [];
    const bytes = await renderPptx([spec], theme, { title: 'T', author: 'A', subject: 'S', lang: 'nb-NO' }, (file) => join(dir, file), async (svgs) => {
      drawn.push(...svgs.map((s) => s.svg));
      return svgs.map(() => png);
    });
    const zip = await JSZip.loadAsync(bytes);
    const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'));
    expect(media.filter((name) => name.endsWith('.svg'))).toHaveLength(1);
    expect(media.filter((name) => name.endsWith('.png'))).toHaveLength(2);
    for (const name of media.filter((n) => n.endsWith('.png'))) expect(Buffer.from(await zip.file(name)!.async('uint8array'))).toEqual(png);
    expect(drawn).toHaveLength(1);
    expect(drawn[0]).toContain(`fill="${theme.vars['--fa-accent']}"`);
    const slideXml = await zip.file('ppt/slides/slide1.xml')!.async('string');
    expect(slideXml).toContain('descr="Et bilde"');
    expect(slideXml).toContain('descr="Et diagram"');
    expect(slideXml).toContain('asvg:svgBlip');
  });
});

describe('layouts', () => {
  it('centres heading and body together on a centred slide', () => {
    const plain = mapSlide(contentItem('<h2>Velkommen</h2><p>Tjuefem minutter.</p>'), context());
    const centred = mapSlide(contentItem('<h2>Velkommen</h2><p>Tjuefem minutter.</p>', { className: 'center' }), context());
    expect(Number(centred.title.options.y)).toBeGreaterThan(Number(plain.title.options.y) + 1);
    const body = (spec: SlideSpec): TextSpec => texts(spec).find((object) => allTextOf(object) === 'Tjuefem minutter.')!;
    // The body stays right under its heading.
    expect(Number(body(centred).options.y) - Number(centred.title.options.y)).toBeCloseTo(Number(body(plain).options.y) - Number(plain.title.options.y), 5);
  });

  it('splits the columns layout at |||, left and right side by side', () => {
    const spec = mapSlide(contentItem('<h2>To sider</h2><p>Venstre side</p><p>|||</p><p>Høyre side</p>', { layout: 'columns' }), context());
    const left = texts(spec).find((object) => allTextOf(object) === 'Venstre side')!;
    const right = texts(spec).find((object) => allTextOf(object) === 'Høyre side')!;
    expect(Number(right.options.x)).toBeGreaterThan(Number(left.options.x) + Number(left.options.w) - 0.01);
    expect(right.options.y).toBe(left.options.y);
    expect(allText(spec)).not.toContain('|||');
  });

  it('shows the quote layout larger, with the attribution to the right', () => {
    const html = '<blockquote><p>Det som går igjen.</p></blockquote><p>— Forskeren</p>';
    const plain = mapSlide(contentItem(html), context());
    const quote = mapSlide(contentItem(html, { layout: 'quote' }), context());
    const size = (spec: SlideSpec): number => texts(spec).flatMap((object) => object.paragraphs).find((p) => p.text === 'Det som går igjen.')!.options!.fontSize!;
    expect(size(quote)).toBeGreaterThan(size(plain));
    const attribution = texts(quote).flatMap((object) => object.paragraphs).find((p) => p.text === '— Forskeren')!;
    expect(attribution.options!.align).toBe('right');
  });

  it('puts the case layout’s story on a card', () => {
    const spec = mapSlide(contentItem('<h2>Sara</h2><p>Sara har hatt tre møter.</p>', { layout: 'case' }), context());
    const story = texts(spec).find((object) => allTextOf(object).includes('Sara har hatt'))!;
    expect(story.options.fill).toEqual({ color: theme.accentSoft });
  });
});

describe('Punkt icons', () => {
  const icon = (name: string): string | undefined => {
    try {
      return readFileSync(join(paths.templates, '..', 'node_modules', '@oslokommune', 'punkt-assets', 'dist', 'icons', `${name}.svg`), 'utf8');
    } catch {
      return undefined;
    }
  };

  it('gives each item of the icons layout its icon, left of the text', () => {
    const spec = mapSlide(contentItem('<h2>Tre ting</h2><ul><li>Trygghet</li><li>Samarbeid</li></ul>', { layout: 'icons', icons: ['shield-law-paragraph', 'two-people-talking'] }), context({ icon }));
    const pictures = spec.objects.filter((object) => object.kind === 'picture');
    expect(pictures).toHaveLength(2);
    const first = texts(spec).find((object) => allTextOf(object) === 'Trygghet')!;
    expect(Number(pictures[0]!.options.x)).toBeLessThan(Number(first.options.x));
    for (const picture of pictures) if (picture.kind === 'picture') expect(picture.svg).toContain(theme.vars['--fa-accent']);
  });

  it('shows the columns layout’s icon large on the right when there is no |||', () => {
    const spec = mapSlide(contentItem('<h2>Hjernen</h2><p>Tekst til venstre</p>', { layout: 'columns', icon: 'brain' }), context({ icon }));
    const picture = spec.objects.find((object) => object.kind === 'picture')!;
    const text = texts(spec).find((object) => allTextOf(object) === 'Tekst til venstre')!;
    expect(Number(picture.options.x)).toBeGreaterThan(Number(text.options.x) + Number(text.options.w) - 0.01);
    expect(Number(picture.options.h)).toBeGreaterThan(2);
    // One well-formed SVG document, not one wrapped in another.
    if (picture.kind === 'picture') expect(picture.svg).toMatch(/^<\?xml[^>]*\?>\n<svg [^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"[^>]*>[\s\S]*<\/svg>\s*$/);
    if (picture.kind === 'picture') expect(picture.svg!.match(/<\?xml/g)).toHaveLength(1);
  });
});
