import { describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb.js';
import { buildSite, planSession } from '../../src/pipeline.js';
import { createRenderContext } from '../../src/render/context.js';
import { escapeHtml, jsonForScript } from '../../src/html/escape.js';
import { renderSlide } from '../../src/render/slide.js';
import { fillTemplate } from '../../src/render/template.js';
import { plan, slide } from '../helpers/content.js';
import { workspace } from '../helpers/workspace.js';

const file = (site: Awaited<ReturnType<typeof buildSite>>, path: string) => site.files.find((f) => f.path === path)!.content;

// Render tests use their own small content (tests/fixtures/decks-render), so editing the course in decks/
// never breaks them: a section divider, a statement with a content notice and a source, a slide for another
// track, a pair activity, an optional slide, a quote, a plan break and a reference page.
const decksDir = 'tests/fixtures/decks-render';

describe('the built site for an example plan', async () => {
  const site = await buildSite('tests/fixtures/plans/render/visning.yaml', workspace({ decksDir }));
  const { schedule } = site.planned;
  const index = file(site, 'index.html');

  it('has one <section> per scheduled slide, in order, with planned seconds as data-timing', () => {
    const sections = [...index.matchAll(/<section class="[^"]*" data-timing="(\d+)" data-fa-kind="(\w+)" data-fa-id="([^"]+)"/g)];
    expect(sections.map((m) => m[3])).toEqual(schedule.slides.map((s) => s.id));
    expect(sections.map((m) => Number(m[1]))).toEqual(schedule.slides.map((s) => s.durationSec));
  });

  it('puts a manuscript in <aside class="notes"> on every slide', () => {
    const sections = index.split('<section ').slice(1);
    expect(sections).toHaveLength(schedule.slides.length);
    for (const section of sections) expect(section).toMatch(/<aside class="notes">[\s\S]*\S[\s\S]*<\/aside>/);
    expect(index).toContain('★ Sju av ni prøvepersoner har opplevd en testhendelse');
  });

  it('keeps the plan break, the optional flag and only slides of the plan\'s track', () => {
    expect(schedule.slides.map((s) => s.kind)).toEqual(['title', 'content', 'content', 'break', 'content', 'content', 'content', 'sources']);
    expect(index).toContain('data-fa-kind="break" data-fa-id="pause-1"');
    expect(index).toMatch(/data-fa-id="visning\/ovelse\/2" data-fa-optional="true"/);
    expect(index).not.toContain('Bare i sporet Kunnskap');
  });

  it('shows the content notice on the slide and in the manuscript', () => {
    expect(index).toContain('<p class="fa-notice">Forvarsel: Lysbildet nevner en oppdiktet belastning, uten detaljer.</p>');
    expect(file(site, 'manus.html')).toContain('Lysbildet nevner en oppdiktet belastning, uten detaljer.');
  });

  it('embeds the schedule as JSON that parses back to the same timeline', () => {
    const json = /<script type="application\/json" id="session-schedule">(.*?)<\/script>/s.exec(index)![1]!;
    expect(JSON.parse(json)).toEqual(schedule);
    expect(JSON.parse(file(site, 'schedule.json'))).toEqual(schedule);
  });

  it('opens with a title slide from the plan', () => {
    expect(index).toContain('<h1>Prøveøkt for visning</h1>');
    expect(index).toContain('<p>Bydel Prøve, testtjenesten</p><p>3. desember 2026</p><p>Fasilitator: Ola Prøvesen</p>');
  });

  it('links only relative, local assets', () => {
    const refs = [...index.matchAll(/(?:href|src)="([^"]+)"/g)].map((m) => m[1]!);
    expect(refs.length).toBeGreaterThan(3);
    for (const ref of refs) expect(ref).toMatch(/^assets\//);
    expect(site.copies.map((c) => c.to).sort()).toEqual([
      'assets/fasilitator.css',
      'assets/fasilitator.js',
      'assets/favicon.svg',
      'assets/fonts.css',
      'deltaker/assets/fasilitator.css',
      'deltaker/assets/fasilitator.js',
      'deltaker/assets/favicon.svg',
      'deltaker/assets/fonts.css',
    ]);
    // The theme's CSS is written (tokens resolved), for the deck and the participant copy.
    expect(site.files.map((f) => f.path)).toEqual(expect.arrayContaining(['assets/theme.css', 'deltaker/assets/theme.css']));
  });

  it('writes a run sheet with the agenda at clock times and every slide manuscript', () => {
    const manus = file(site, 'manus.html');
    for (const section of schedule.sections) expect(manus).toContain(`<td class="num">${section.clock}</td><td class="num">${Math.round(section.durationSec / 60)}</td><td>${escapeHtml(section.title)}</td>`);
    // Each activity is named in the agenda with its own minutes.
    const activities = schedule.slides.filter((s) => s.activity);
    expect(activities.length).toBeGreaterThan(0);
    for (const slide of activities) expect(manus).toContain(`${escapeHtml(slide.activity!.title)} (`);
    expect(manus.match(/<article class="fa-m-slide"/g)).toHaveLength(schedule.slides.filter((s) => s.kind !== 'sources').length);
    expect(manus).toContain('Prøvesen, P., Testvik, T. mfl. (2021)');
    expect(manus).toContain('href="assets/manus.css"');
    expect(file(site, 'assets/manus.css')).toMatch(/@page\s*\{\s*size: A4 portrait;/);
  });
});

describe('the built site for an English plan', async () => {
  const site = await buildSite('tests/fixtures/plans/render/visning-en.yaml', workspace({ decksDir }));
  const index = file(site, 'index.html');

  it('writes the title slide in English', () => {
    expect(index).toContain('<h1>Test session for rendering</h1>');
    expect(index).toContain('<p>Bydel Prøve, testtjenesten</p><p>3 December 2026</p><p>Facilitator: Ola Prøvesen</p>');
    expect(index).not.toContain('Fasilitator:');
  });
});

describe('planSession', () => {
  it('reports a plan asking for content that does not exist yet, at the plan line', async () => {
    await expect(planSession('tests/fixtures/plans/valid/minimal.yaml', workspace({ decksDir: 'tests/fixtures/decks-empty' }))).rejects.toMatchObject({
      issues: [{ code: 'PLAN_MODULE_MISSING', message: 'Kort introduksjon finnes ikke i innholdet ennå', span: { line: 2 } }],
    });
  });
});

describe('renderSlide', () => {
  const ctx = createRenderContext(plan(), [], new Map([['heir2019', { id: 'heir2019', short: 'Heir mfl. (2019)', text: 'Heir …', status: 'verified' as const }]]), nb);
  const scheduled = { index: 3, id: 'm/s/1', kind: 'content' as const, title: 'A', sectionIndex: 0, offsetSec: 600, durationSec: 90, clock: '09:10' };

  it('shows the activity with a countdown and that taking part is voluntary', () => {
    const html = renderSlide({ scheduled, sectionTitle: 'Seksjon', slide: slide('a', { activity: { title: 'Par <2>', minutes: 1.5, debrief: ['Hva?'], alternative: 'Lytt.' } }) }, ctx, true);
    expect(html).toContain('<div class="fa-activity__title">Par &lt;2&gt;</div>');
    expect(html).toContain('data-fasilitator="countdown" data-remaining-seconds="90" data-state="ready">1:30</div>');
    expect(html).toContain('Frivillig – «pass» er lov');
    expect(html).toContain('<strong>Hvis noen ikke vil delta:</strong> Lytt.');
  });

  it('puts sources in the footer and their status in the manuscript', () => {
    const html = renderSlide({ scheduled, sectionTitle: 'Seksjon', slide: slide('a', { sources: ['heir2019'] }) }, ctx, true);
    expect(html).toContain('<span class="fa-footer__source">Kilde: Heir mfl. (2019)</span>');
    expect(html).toContain('Kilder: Heir mfl. (2019) ✔');
  });

  it('leaves the manuscript out of the participant copy', () => {
    const html = renderSlide({ scheduled, slide: slide('a', { notice: 'Om vold.' }) }, ctx, false);
    expect(html).not.toContain('<aside class="notes">');
    expect(html).toContain('<p class="fa-notice">Forvarsel: Om vold.</p>');
  });
});

describe('escaping', () => {
  it('escapes text and keeps JSON from closing its script element', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
    const json = jsonForScript({ title: '</script><script>alert(1)</script>' });
    expect(json).not.toContain('</script>');
    expect(JSON.parse(json)).toEqual({ title: '</script><script>alert(1)</script>' });
  });

  it('refuses a template placeholder without a value', () => {
    expect(fillTemplate('{{a}} {{b}}', { a: '1', b: '2' })).toBe('1 2');
    expect(() => fillTemplate('{{missing}}', {})).toThrow('{{missing}}');
  });
});
