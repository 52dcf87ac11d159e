// Layouts from the slide settings, inline Punkt icons, the logo and the footer's source line:
// checked on the fixture deck with every layout (tests/fixtures/decks/layouts) and on single slides.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '../../src/errors.js';
import { nb } from '../../src/i18n/nb.js';
import { buildSite, planSession } from '../../src/pipeline.js';
import { createRenderContext } from '../../src/render/context.js';
import { availableIcons } from '../../src/render/icons.js';
import { effectiveLayout, layoutSlide, splitHeading } from '../../src/render/layouts.js';
import { footerSources, FOOTER_CHARS } from '../../src/render/slide.js';
import { plan, slide } from '../helpers/content.js';
import { workspace } from '../helpers/workspace.js';

const decksDir = 'tests/fixtures/decks/layouts';
const file = (site: Awaited<ReturnType<typeof buildSite>>, path: string) => site.files.find((f) => f.path === path)!.content;
const sectionOf = (html: string, id: string) => html.split('<section ').find((part) => part.includes(`data-fa-id="${id}"`))!;

describe('the fixture deck in the oslo theme', async () => {
  const site = await buildSite('tests/fixtures/plans/layouts/oslo.yaml', workspace({ decksDir }));
  const index = file(site, 'deltaker/index.html');

  it('gives each slide the arrangement its layout asks for', () => {
    expect(sectionOf(index, 'oppsett/oppsett/1')).toMatch(/class="[^"]*fa-layout-section[^"]*fa-inverse/);
    expect(sectionOf(index, 'oppsett/oppsett/2')).toContain('fa-statement fa-statement--short');
    expect(sectionOf(index, 'oppsett/oppsett/3')).not.toContain('fa-statement--short');
    expect(sectionOf(index, 'oppsett/oppsett/4')).toContain('fa-cols fa-cols--figure');
    expect(sectionOf(index, 'oppsett/oppsett/5').match(/<div class="fa-col">/g)).toHaveLength(2);
    expect(sectionOf(index, 'oppsett/oppsett/5')).not.toContain('|||');
    expect(sectionOf(index, 'oppsett/oppsett/6')).toContain('fa-icon-list fa-icon-list--grid');
    expect(sectionOf(index, 'oppsett/flere/2')).toContain('fa-icon-list--two');
    expect(sectionOf(index, 'oppsett/flere/3')).toContain('<p class="fa-attribution">— Deltaker');
    expect(sectionOf(index, 'oppsett/flere/4')).toMatch(/fa-case__card">[\s\S]*Amir kommer[\s\S]*fa-case__questions"><ul>/);
    expect(sectionOf(index, 'oppsett/flere/5')).toMatch(/fa-activity-layout__text[\s\S]*class="fa-activity"[\s\S]*To og to/);
  });

  it('puts the heading first on every content slide that has one, so titles sit at the same height', () => {
    for (const part of index.split('<section ').filter((p) => p.includes('data-fa-kind="content"') && p.includes('fa-layout-default'))) {
      expect(part).toMatch(/<div class="fa-slide"><div class="fa-head"><h[12]/);
    }
  });

  it('inlines one decorative icon per list item, in order, with nothing loaded from elsewhere', () => {
    const six = sectionOf(index, 'oppsett/oppsett/6');
    const icons = [...six.matchAll(/<li><svg class="fa-icon" aria-hidden="true" focusable="false"[^>]*>/g)];
    expect(icons).toHaveLength(6);
    const shield = readFileSync('node_modules/@oslokommune/punkt-assets/dist/icons/shield-law-paragraph.svg', 'utf8');
    const firstPath = /<path[^>]* d="([^"]{20})/.exec(shield)![1]!;
    expect(six.indexOf(firstPath)).toBeGreaterThan(-1);
    expect(six.indexOf(firstPath)).toBeLessThan(six.indexOf('Trygghet'));
    expect(index).not.toMatch(/(?:href|src)="(?:https?:)?\/\//);
  });

  it('shows the Oslo logo on the title slide, named for screen readers, and in the footers', () => {
    expect(sectionOf(index, 'title')).toMatch(/<svg class="fa-logo" role="img" aria-label="Oslo kommune"/);
    expect(sectionOf(index, 'oppsett/flere/6')).toContain('<span class="fa-footer__logo" aria-hidden="true"></span>');
    const copies = site.copies.map((copy) => copy.to);
    expect(copies).toEqual(expect.arrayContaining(['assets/logo.svg', 'deltaker/assets/logo.svg', 'deltaker/assets/fonts/OsloSans-Regular.woff2']));
    expect(file(site, 'deltaker/assets/theme.css')).toContain("font-family:'Oslo Sans'");
  });
});

describe('the default theme', async () => {
  const site = await buildSite('tests/fixtures/plans/layouts/default.yaml', workspace({ decksDir }));
  it('has no logo and copies no Punkt font', () => {
    const index = file(site, 'index.html');
    expect(index).not.toContain('fa-logo');
    expect(index).not.toContain('fa-footer__logo');
    expect(site.copies.some((copy) => copy.to.includes('OsloSans') || copy.to.endsWith('logo.svg'))).toBe(false);
  });
});

describe('icon names', () => {
  it('a misspelt icon is an error at the line of `icons:` in the slide, with a did-you-mean', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fasilitator-icons-'));
    cpSync(decksDir, dir, { recursive: true });
    const md = join(dir, 'oppsett', '01-oppsett.md');
    const text = readFileSync(md, 'utf8').replace('icons: [shield-law-paragraph, holding-hands', 'icons: [shield-law-paragraph, holdng-hands');
    writeFileSync(md, text);
    const line = text.split('\n').findIndex((l) => l.includes('holdng-hands')) + 1;
    const error = await planSession('tests/fixtures/plans/layouts/default.yaml', workspace({ decksDir: dir })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ContentError);
    const issue = (error as ContentError).issues.find((i) => i.message.includes('holdng-hands'))!;
    expect(issue.span).toMatchObject({ file: md, line });
    expect(issue.hint).toContain('«holding-hands»');
  });

  it('every icon name common.md suggests exists in Punkt', async () => {
    const names = await availableIcons(nb);
    for (const name of ['shield-law-paragraph', 'heart-hand', 'two-people-talking', 'group', 'brain', 'clock', 'goal', 'bulb', 'life-ring', 'holding-hands', 'eye', 'message']) expect(names).toContain(name);
  });
});

describe('layouts on single slides', () => {
  it('splits off a leading heading only', () => {
    expect(splitHeading('<h2>A</h2>\n<p>b</p>')).toEqual({ heading: '<h2>A</h2>', rest: '<p>b</p>' });
    expect(splitHeading('<p>b</p><h2>A</h2>').heading).toBe('');
  });

  it('an activity slide gets the activity layout unless the author chose another', () => {
    const activity = { title: 'Par', minutes: 2, debrief: [] };
    expect(effectiveLayout(slide('a', { activity }))).toBe('activity');
    expect(effectiveLayout(slide('a', { activity, layout: 'case' }))).toBe('case');
    expect(effectiveLayout(slide('a', { className: 'statement center' }))).toBe('statement');
    expect(effectiveLayout(slide('a'))).toBe('default');
  });

  it('an icon list with an unknown or missing icon still shows every item', () => {
    const laid = layoutSlide(slide('a', { layout: 'icons', icons: ['x'], html: '<h2>T</h2><ul>\n<li>en</li>\n<li>to</li>\n</ul>' }), new Map());
    expect(laid.body.match(/<li>/g)).toHaveLength(2);
    expect(laid.body).toContain('en');
    expect(laid.body).toContain('to');
  });
});

describe('footer sources', () => {
  const references = new Map(
    ['a', 'b', 'c', 'd'].map((id) => [id, { id, short: `Forfatter ${id.toUpperCase()} mfl. (2020)`, text: '…', status: 'verified' as const }]),
  );
  const ctx = createRenderContext(plan(), [], references, nb);

  it('lists short references that fit, and points to the reference slide when they do not', () => {
    expect(footerSources(['a'], 'Seksjon', ctx)).toBe('Kilde: Forfatter A mfl. (2020)');
    const long = footerSources(['a', 'b', 'c', 'd'], 'Seksjon', ctx);
    expect(long).toBe(`Kilder: ${nb.deck.sourcesInList}`);
  });

  it('never returns more characters than fit beside the section name', () => {
    for (const section of ['', 'Kort', 'En ganske lang seksjonstittel om traumer og belastninger']) {
      for (const ids of [['a'], ['a', 'b'], ['a', 'b', 'c']]) {
        expect(section.length + footerSources(ids, section, ctx).length).toBeLessThanOrEqual(FOOTER_CHARS);
      }
    }
  });
});

describe('short plain slides', () => {
  it('are set larger; long ones, tables and figures are not', () => {
    const short = layoutSlide(slide('a', { html: '<h2>T</h2><ul><li>Ett punkt</li><li>To punkt</li></ul>' }), new Map());
    expect(short.classes).toContain('fa-roomy');
    const long = layoutSlide(slide('a', { html: `<h2>T</h2><p>${'ord '.repeat(40)}</p>` }), new Map());
    expect(long.classes).not.toContain('fa-roomy');
    const table = layoutSlide(slide('a', { html: '<h2>T</h2><table><tr><td>a</td></tr></table>' }), new Map());
    expect(table.classes).not.toContain('fa-roomy');
  });
});

describe('icon count', () => {
  it('warns when the icons do not match the items of the first list, one for one', async () => {
    const { checkIcons } = await import('../../src/render/icons.js');
    const html = '<h2>T</h2><ul>\n<li>en</li>\n<li>to</li>\n</ul>';
    const names = ['heart', 'brain'];
    expect(checkIcons([slide('a', { layout: 'icons', icons: names, html })], names, nb)).toEqual([]);
    const issues = checkIcons([slide('a', { layout: 'icons', icons: ['heart'], html })], names, nb);
    expect(issues.map((i) => i.severity)).toEqual(['warning']);
    expect(issues[0]!.message).toContain('2');
  });
});

describe('roomy limit', () => {
  it('many short blocks are not set larger either', () => {
    const items = Array.from({ length: 7 }, (_, i) => `<li>punkt ${i}</li>`).join('');
    expect(layoutSlide(slide('a', { html: `<h2>T</h2><ul>${items}</ul>` }), new Map()).classes).not.toContain('fa-roomy');
  });
});

describe('check --content', () => {
  it('reports a misspelt icon in any module, used by a plan or not', async () => {
    const { lintContent } = await import('../../src/lint/lint-content.js');
    const dir = mkdtempSync(join(tmpdir(), 'fasilitator-icons-lint-'));
    cpSync(decksDir, dir, { recursive: true });
    const md = join(dir, 'oppsett', '02-oppsett.md');
    writeFileSync(md, readFileSync(md, 'utf8').replace('icons: [brain, heart, workplace]', 'icons: [brian, heart, workplace]'));
    const report = await lintContent(dir, nb, { spelling: false });
    const issue = report.issues.find((i) => i.message.includes('brian'));
    expect(issue?.severity).toBe('error');
    expect(issue?.hint).toContain('«brain»');
    expect(issue?.span?.file).toBe(md);
  });
});
