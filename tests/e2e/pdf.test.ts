import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/schedule/types.js';
import { describeBrowser } from '../helpers/browser.js';

const text = (pdf: string): string => spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout.replace(/\s+/g, ' ');
const pages = async (pdf: string): Promise<number> => (await PDFDocument.load(readFileSync(pdf))).getPageCount();
/** Without any white space: pdftotext may drop the space in a big "9 %" or break a long heading. */
const squeeze = (value: string): string => value.replace(/\s+/g, '');

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: ' ' };
const plainText = (html: string): string =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&(#\d+|[a-z]+);/g, (entity, name: string) => (name.startsWith('#') ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name] ?? entity)))
    .replace(/\s+/g, ' ')
    .trim();

/** The heading each slide shows (its first h1–h3), by slide id, from a built deck page. */
function visibleHeadings(html: string): Map<string, string> {
  const headings = new Map<string, string>();
  for (const [, attributes, body] of html.matchAll(/<section\b([^>]*)>([\s\S]*?)<\/section>/g)) {
    const id = /data-fa-id="([^"]*)"/.exec(attributes!)?.[1];
    const heading = /<h([1-3])\b[^>]*>([\s\S]*?)<\/h\1>/.exec(body!)?.[2];
    if (id && heading) headings.set(id, plainText(heading));
  }
  return headings;
}

describeBrowser('fasilitator pdf', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-pdf-'));
  const dir = join(out, 'kort-intro-praksis');
  let schedule: Schedule;
  let result: ReturnType<typeof spawnSync>;

  beforeAll(() => {
    result = spawnSync('node', ['bin/fasilitator.js', 'pdf', 'plans/kort-intro-praksis.yaml', '-o', out], { encoding: 'utf8' });
    // Say why, if the export itself failed: every test below depends on it.
    if (result.status !== 0) throw new Error(`fasilitator pdf exited ${result.status}:\n${result.stderr}`);
    schedule = JSON.parse(readFileSync(join(dir, 'schedule.json'), 'utf8'));
  });

  it('writes the three PDFs next to the deck and reports each one', () => {
    expect(result.status, String(result.stderr)).toBe(0);
    for (const name of ['lysark.pdf', 'lysark-med-manus.pdf', 'manus.pdf']) {
      expect(existsSync(join(dir, name))).toBe(true);
      expect(String(result.stderr)).toMatch(new RegExp(`✔ .*${name} \\(\\d+ sider, \\d+ ms\\)`));
    }
  });

  it('lysark.pdf has one 16:9 page per slide in schedule.json', async () => {
    const doc = await PDFDocument.load(readFileSync(join(dir, 'lysark.pdf')));
    expect(doc.getPageCount()).toBe(schedule.slides.length);
    const { width, height } = doc.getPage(0).getSize();
    expect(width / height).toBeCloseTo(16 / 9, 2);
  });

  // A slide's schedule title (setting `title:`) names it in the manuscript and the agenda; on the
  // slide itself a statement shows its big number ("9 %") as the heading. The participant PDF
  // shows what the slide shows; the slide names are checked in lysark-med-manus.pdf below.
  it('lysark.pdf shows the heading of every slide and no manuscript', () => {
    const slides = squeeze(text(join(dir, 'lysark.pdf')));
    const headings = visibleHeadings(readFileSync(join(dir, 'deltaker', 'index.html'), 'utf8'));
    for (const slide of schedule.slides) {
      const heading = headings.get(slide.id);
      expect(heading, `${slide.id} has no heading`).toBeTruthy();
      expect(slides, `${slide.id}: ${heading}`).toContain(squeeze(heading!));
    }
    expect(slides).not.toContain('Overgang');
    expect(slides).not.toContain('Manus');
  });

  it('lysark-med-manus.pdf has each slide with its title and manuscript', async () => {
    const withNotes = text(join(dir, 'lysark-med-manus.pdf'));
    expect(await pages(join(dir, 'lysark-med-manus.pdf'))).toBeGreaterThanOrEqual(schedule.slides.length);
    for (const slide of schedule.slides) expect(squeeze(withNotes), slide.title).toContain(squeeze(`${slide.index + 1}. ${slide.title}`));
    expect(withNotes).toContain('Hvis noen ikke vil delta');
    expect(withNotes).toContain('Overgang');
  });

  it('manus.pdf has every section title with its clock time, and page numbers', async () => {
    const manus = text(join(dir, 'manus.pdf'));
    for (const section of schedule.sections) expect(manus).toMatch(new RegExp(`${section.clock} \\d+ ${section.title.replace(/[?]/g, '\\?')}`));
    const count = await pages(join(dir, 'manus.pdf'));
    expect(manus).toContain(`Side 1 av ${count}`);
    expect(manus).toContain(`Side ${count} av ${count}`);
  });

  it('embeds its fonts', () => {
    const fonts = spawnSync('pdffonts', [join(dir, 'lysark.pdf')], { encoding: 'utf8' }).stdout;
    expect(fonts).toContain('AtkinsonHyperlegible');
    for (const line of fonts.split('\n').slice(2).filter(Boolean)) expect(line).toMatch(/\byes\b/);
  });

  it('also writes the participant copy without manuscript or timer', () => {
    const participant = readFileSync(join(dir, 'deltaker', 'index.html'), 'utf8');
    expect(participant).not.toContain('<aside class="notes">');
    expect(participant).toContain('"participant":true');
    expect(readdirSync(join(dir, 'deltaker', 'assets')).sort()).toEqual(['fasilitator.css', 'fasilitator.js', 'favicon.svg', 'fonts.css', 'theme.css']);
  });
});

// Not browser-only: it is about exactly the machines that have no browser.
describe('fasilitator pdf without a browser', () => {
  it('explains a missing browser with exit code 3 and writes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'fasilitator-nobrowser-'));
    const result = spawnSync('node', ['bin/fasilitator.js', 'pdf', 'plans/kort-intro-praksis.yaml', '-o', join(out, 'dist')], {
      encoding: 'utf8',
      env: { ...process.env, CHROME_PATH: '/finnes/ikke/chromium' },
    });
    expect(result.status).toBe(3);
    expect(result.stderr).toContain('finner ikke nettleseren Chromium');
    expect(result.stderr).toContain('sudo apt-get install chromium');
    expect(existsSync(join(out, 'dist'))).toBe(false);
  });
});

describeBrowser('fasilitator pdf when things go wrong', () => {
  it('leaves no partial file when the export is stopped, and keeps the previous output', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fasilitator-killed-'));
    expect(spawnSync('node', ['bin/fasilitator.js', 'build', 'plans/kort-intro-praksis.yaml', '-o', out]).status).toBe(0);
    const before = readFileSync(join(out, 'kort-intro-praksis', 'index.html'), 'utf8');
    const child = spawn('node', ['bin/fasilitator.js', 'pdf', 'plans/kort-intro-praksis.yaml', '-o', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Stop it while the PDFs are being made: once the first of the three is in the temporary folder.
    const firstPdfWritten = (): boolean =>
      readdirSync(out).some((name) => name.includes('.tmp-') && existsSync(join(out, name, 'lysark.pdf')));
    await expect.poll(firstPdfWritten, { interval: 20 }).toBe(true);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('Avbrutt');
    expect(readdirSync(out)).toEqual(['index.html', 'kort-intro-praksis']);
    expect(readdirSync(join(out, 'kort-intro-praksis')).filter((name) => name.endsWith('.pdf') || name.includes('partial'))).toEqual([]);
    expect(readFileSync(join(out, 'kort-intro-praksis', 'index.html'), 'utf8')).toBe(before);
    // A build and a browser start before the stop: more than the default 30 s on a busy machine.
  }, 60_000);
});
