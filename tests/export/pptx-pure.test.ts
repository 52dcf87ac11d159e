// Pure parts of the PowerPoint export not covered by pptx-mapping.test.ts: entity decoding,
// inline runs, SVG sizes and colours, the theme reader's edge cases, the deck metadata, and
// counting the pages of a PDF.
import { describe, expect, it } from 'vitest';
import { countPdfPages } from '../../src/export/pdf.js';
import { deckMeta } from '../../src/export/pptx/export.js';
import { decodeEntities, htmlToBlocks, parseHtml, runsOf, runsText, textOf } from '../../src/export/pptx/html.js';
import { FALLBACK_FONT, hexColour, pptxThemeFromCss, resolveSvgColours, safeFont } from '../../src/export/pptx/theme.js';
import { planSession } from '../../src/pipeline.js';
import { workspace } from '../helpers/workspace.js';

describe('decodeEntities', () => {
  it('decodes named, decimal and hex entities, Norwegian letters included', () => {
    expect(decodeEntities('&aelig;&oslash;&aring; &AElig;&Oslash;&Aring; &laquo;x&raquo; &amp;lt;')).toBe('æøå ÆØÅ «x» &lt;');
    expect(decodeEntities('&#229;&#xE5;&#XE5;')).toBe('ååå');
  });

  it('leaves unknown names and impossible code points as written', () => {
    expect(decodeEntities('&ukjent; &#0; &#x110000; & alene')).toBe('&ukjent; &#0; &#x110000; & alene');
  });
});

describe('inline text', () => {
  it('collapses whitespace, reads <br> as a space, and trims', () => {
    expect(textOf(parseHtml('<p>  En\n  <em>to</em><br>tre  </p>'))).toBe('En to tre');
  });

  it('merges runs of the same style, marks bold, italic and code, and keeps image alt text', () => {
    const runs = runsOf(parseHtml('En <strong>halv</strong><b>fet</b> <em>kursiv</em> <code>kode</code> <img src="a.png" alt="bilde"> <img src="b.png">'));
    expect(runs).toEqual([
      { text: 'En ' },
      { text: 'halvfet', bold: true },
      { text: ' ' },
      { text: 'kursiv', italic: true },
      { text: ' ' },
      { text: 'kode', code: true },
      { text: ' bilde' },
    ]);
  });

  it('keeps a space just inside an inline tag between the words', () => {
    expect(runsText(runsOf(parseHtml('<strong>fet</strong><b> og</b> <em>kursiv </em>slutt')))).toBe('fet og kursiv slutt');
  });

  it('breaks lines at <br> and trims around the break', () => {
    const runs = runsOf(parseHtml('første <br> andre'));
    expect(runsText(runs)).toBe('første\nandre');
    expect(runs.filter((run) => run.break)).toHaveLength(1);
  });
});

describe('figures', () => {
  it('sizes an SVG from width/height, then viewBox, then a default', () => {
    const [sized, boxed, bare] = htmlToBlocks('<svg width="40" height="20"></svg><svg viewBox="0 0 640 360"><title>Et diagram</title></svg><svg aria-label="Tomt"></svg>');
    expect(sized).toMatchObject({ kind: 'svg', width: 40, height: 20 });
    expect(boxed).toMatchObject({ kind: 'svg', width: 640, height: 360, alt: 'Et diagram' });
    expect(bare).toMatchObject({ kind: 'svg', width: 300, height: 150, alt: 'Tomt' });
  });

  it('replaces theme variables in an SVG with the theme colours, falling back as CSS would', () => {
    const theme = pptxThemeFromCss(':root { --fa-accent: #123456; }');
    expect(resolveSvgColours('<rect fill="var(--fa-accent)" stroke="var( --fa-ukjent , #abcdef )" color="var(--fa-ingen)"/>', theme)).toBe(
      '<rect fill="#123456" stroke="#abcdef" color="currentColor"/>',
    );
  });

  it('drops scripts and styles, and keeps only the text of a code block', () => {
    expect(htmlToBlocks('<style>p{}</style><script>x()</script><pre><code>a  b</code></pre>')).toEqual([{ kind: 'code', text: 'a b' }]);
  });
});

describe('the theme reader', () => {
  it('reads only the :root palette, ignores comments and keeps defaults for what is missing', () => {
    const defaults = pptxThemeFromCss('');
    const theme = pptxThemeFromCss('/* :root { --fa-bg: #000000; } */ :root { --fa-text: #abc; --fa-font: "Public Sans", Verdana, sans-serif } .dark { --fa-bg: #111111; }');
    expect(theme.text).toBe('AABBCC');
    expect(theme.bg).toBe(defaults.bg);
    expect(theme.font).toBe(safeFont('Verdana'));
    expect(theme.font).not.toBe('Public Sans');
  });

  it('falls back to the default for a colour that is not hex', () => {
    expect(pptxThemeFromCss(':root { --fa-accent: rebeccapurple; }').accent).toBe(pptxThemeFromCss('').accent);
    expect(hexColour('rgb(1, 2, 3)')).toBeUndefined();
    expect(hexColour(' #a1B2c3 ')).toBe('A1B2C3');
    expect(safeFont(undefined)).toBe(FALLBACK_FONT);
  });
});

describe('deckMeta', () => {
  it('takes the title, facilitators and organisation from the plan, and the modules as subject', async () => {
    const planned = await planSession('tests/fixtures/plans/render/visning.yaml', workspace({ decksDir: 'tests/fixtures/decks-render' }));
    expect(deckMeta(planned)).toEqual({ title: 'Prøveøkt for visning', author: 'Ola Prøvesen', subject: 'Visningsintro', company: 'Bydel Prøve, testtjenesten', lang: 'nb-NO' });
  });
});

describe('countPdfPages', () => {
  it('counts page objects, not the page tree', () => {
    const pdf = (pages: number) =>
      new TextEncoder().encode(
        `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Count ${pages} >> endobj\n` +
          Array.from({ length: pages }, (_, i) => `${i + 3} 0 obj << /Type /Page /Parent 2 0 R >> endobj\n`).join('') +
          '%%EOF',
      );
    expect(countPdfPages(pdf(1))).toBe(1);
    expect(countPdfPages(pdf(7))).toBe(7);
    expect(countPdfPages(new TextEncoder().encode('<</Type/Page/Parent 2 0 R>><</Type/Pages>>'))).toBe(1);
    expect(countPdfPages(new Uint8Array())).toBe(0);
  });
});
