// fasilitator pptx, end to end: the CLI writes lysark.pptx; the package is read back (unzipped)
// and converted by a real office suite (LibreOffice, headless) to check it opens and shows the slides.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type JSZipType from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Schedule } from '../../src/schedule/types.js';
import { describeBrowser } from '../helpers/browser.js';

const require = createRequire(import.meta.url);
const JSZip = createRequire(require.resolve('pptxgenjs'))('jszip') as typeof JSZipType;

const sofficePath = ['soffice', 'libreoffice'].find((name) => spawnSync(name, ['--version'], { encoding: 'utf8' }).status === 0);
if (!sofficePath) {
  if (process.env.CI) throw new Error('CI=true but LibreOffice (soffice) was not found: the PowerPoint round trip must run in CI. Install it with apt-get install -y libreoffice-impress.');
  console.warn('\n⚠️  LibreOffice not found: the PowerPoint round-trip test is SKIPPED. Install it with `sudo apt-get install libreoffice-impress`.\n');
}
const describeOffice = sofficePath ? describeBrowser : describe.skip;

const decodeXml = (text: string): string => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The text of every <a:t> in a part, paragraphs on their own lines. */
const partText = (xml: string): string =>
  xml
    .split(/<\/a:p>/)
    .map((paragraph) => decodeXml([...paragraph.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]).join('')))
    .join('\n');
const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();
const slideNumber = (name: string): number => Number(/(\d+)\.xml$/.exec(name)![1]);

describeBrowser('fasilitator pptx', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-pptx-'));
  const dir = join(out, 'lang-intro-praksis');
  let result: ReturnType<typeof spawnSync>;
  let schedule: Schedule;
  let zip: JSZipType;
  let slides: string[];
  let notes: Map<number, string>;

  beforeAll(async () => {
    result = spawnSync('node', ['bin/fasilitator.js', 'pptx', 'plans/lang-intro-praksis.yaml', '-o', out], { encoding: 'utf8' });
    schedule = JSON.parse(readFileSync(join(dir, 'schedule.json'), 'utf8'));
    zip = await JSZip.loadAsync(readFileSync(join(dir, 'lysark.pptx')));
    const names = Object.keys(zip.files).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name)).sort((a, b) => slideNumber(a) - slideNumber(b));
    slides = await Promise.all(names.map((name) => zip.file(name)!.async('string')));
    // Notes belong to a slide through the slide's relationships, not by file name.
    notes = new Map();
    for (const name of names) {
      const rels = await zip.file(name.replace('slides/', 'slides/_rels/') + '.rels')!.async('string');
      const target = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1];
      if (target) notes.set(slideNumber(name), await zip.file(`ppt/notesSlides/${target}`)!.async('string'));
    }
  });

  it('writes lysark.pptx next to index.html and reports it', () => {
    expect(result.status, String(result.stderr)).toBe(0);
    expect(existsSync(join(dir, 'index.html'))).toBe(true);
    expect(String(result.stderr)).toMatch(/✔ .*lysark\.pptx \(\d+ lysbilder, \d+ ms\)/);
    expect(readdirSync(dir).filter((name) => name.includes('partial') || name.includes('.tmp'))).toEqual([]);
  });

  it('has one slide per deck slide, each with its title as a title placeholder', () => {
    expect(slides).toHaveLength(schedule.slides.length);
    slides.forEach((xml, i) => {
      const title = /<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="title"[\s\S]*?<\/p:sp>/.exec(xml)?.[0];
      expect(title, `slide ${i + 1}`).toBeDefined();
      expect(squash(partText(title!)).length, `slide ${i + 1}`).toBeGreaterThan(0);
    });
    const titles = slides.map((xml) => squash(partText(/<p:sp>(?:(?!<\/p:sp>)[\s\S])*?type="title"[\s\S]*?<\/p:sp>/.exec(xml)![0])));
    for (const slide of schedule.slides.filter((s) => s.kind !== 'content')) expect(titles[slide.index]).toBe(squash(slide.title));
  });

  it('has the slide bullets as text, one paragraph each', async () => {
    const { planSession } = await import('../../src/pipeline.js');
    const { workspace } = await import('../helpers/workspace.js');
    const planned = await planSession('plans/lang-intro-praksis.yaml', workspace());
    // The first slide with a bulleted list, whatever the content says today.
    const slide = planned.blocks.flatMap((block) => (block.kind === 'content' ? block.slides : [])).find((s) => /<ul>\s*<li>/.test(s.html) && !s.layout)!;
    const index = schedule.slides.findIndex((s) => s.id === slide.id);
    expect(index).toBeGreaterThan(0);
    const first = /<li>([\s\S]*?)<\/li>/.exec(slide.html)![1]!.replace(/<[^>]+>/g, '').trim();
    const text = partText(slides[index]!);
    expect(text.split('\n').map(squash)).toContain(squash(first));
    expect(slides[index]).toMatch(/<a:buChar /);
  });

  it('puts each slide’s manuscript in its notes, with the clock time and minutes first', async () => {
    const { planSession } = await import('../../src/pipeline.js');
    const { workspace } = await import('../helpers/workspace.js');
    const planned = await planSession('plans/lang-intro-praksis.yaml', workspace());
    const contentSlides = new Map(planned.blocks.flatMap((block) => (block.kind === 'content' ? block.slides.map((slide) => [slide.id, slide] as const) : [])));
    for (const slide of schedule.slides) {
      const xml = notes.get(slide.index + 1);
      expect(xml, `notes of slide ${slide.index + 1}`).toBeDefined();
      const text = partText(xml!);
      expect(text.split('\n')[0]).toMatch(new RegExp(`^kl\\. ${slide.clock} · \\d+(,\\d)? min`));
      const manuscript = contentSlides.get(slide.id);
      if (manuscript?.notesText) {
        // Every manuscript line (paragraph or list item) is a line of the notes.
        const first = manuscript.notesText.split('\n')[0]!.trim();
        expect(squash(text), `slide ${slide.index + 1}`).toContain(squash(first));
      }
    }
  });

  it('tags text as Norwegian bokmål and names the presentation from the plan', async () => {
    expect(slides.every((xml) => !xml.includes('lang="en-US"'))).toBe(true);
    expect(slides.join('')).toContain('lang="nb-NO"');
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain(`<dc:title>${schedule.plan.title}</dc:title>`);
    expect(core).toContain('<dc:language>nb-NO</dc:language>');
    expect(core).toContain(`<dc:creator>${schedule.plan.facilitators!.join(', ')}</dc:creator>`);
  });

  it('links nothing outside the file (works offline)', async () => {
    const rels = Object.keys(zip.files).filter((name) => name.endsWith('.rels'));
    expect(rels.length).toBeGreaterThan(0);
    for (const name of rels) expect(await zip.file(name)!.async('string'), name).not.toMatch(/TargetMode="External"|Target="https?:/);
  });

  it('embeds every chart as SVG with a real PNG fallback', async () => {
    const media = Object.keys(zip.files).filter((name) => name.startsWith('ppt/media/'));
    const svgs = media.filter((name) => name.endsWith('.svg'));
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      const content = await zip.file(svg)!.async('string');
      expect(content).toContain('xmlns="http://www.w3.org/2000/svg"');
      expect(content).not.toContain('var(--');
    }
    const pngs = media.filter((name) => name.endsWith('.png'));
    expect(pngs.length).toBe(svgs.length);
    const widths: number[] = [];
    for (const png of pngs) {
      const bytes = await zip.file(png)!.async('nodebuffer');
      expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
      widths.push(bytes.readUInt32BE(16));
    }
    // Drawn pictures, not pptxgenjs's tiny "broken image" placeholder: icons at their size, charts wide.
    expect(Math.min(...widths)).toBeGreaterThanOrEqual(32);
    expect(Math.max(...widths)).toBeGreaterThan(200);
  });

  it('is linked from the overview page', () => {
    expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain('href="lang-intro-praksis/lysark.pptx"');
  });
});

describeOffice('lysark.pptx in LibreOffice', () => {
  const out = mkdtempSync(join(tmpdir(), 'fasilitator-pptx-lo-'));
  const dir = join(out, 'kort-intro-praksis');
  let schedule: Schedule;
  let pdf: string;
  const pageText = (page: number): string => squash(spawnSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', pdf, '-'], { encoding: 'utf8' }).stdout);

  beforeAll(() => {
    const built = spawnSync('node', ['bin/fasilitator.js', 'build', '--pptx', 'plans/kort-intro-praksis.yaml', '-o', out], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    schedule = JSON.parse(readFileSync(join(dir, 'schedule.json'), 'utf8'));
    // A profile of its own, so the conversion neither waits for nor disturbs another LibreOffice.
    const profile = mkdtempSync(join(tmpdir(), 'fasilitator-lo-profile-'));
    const converted = spawnSync(sofficePath!, [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', out, join(dir, 'lysark.pptx')], { encoding: 'utf8' });
    expect(converted.status, converted.stderr).toBe(0);
    pdf = join(out, 'lysark.pdf');
  }, 180_000);

  it('opens it and shows one page per slide', () => {
    const info = spawnSync('pdfinfo', [pdf], { encoding: 'utf8' }).stdout;
    expect(Number(/Pages:\s+(\d+)/.exec(info)![1])).toBe(schedule.slides.length);
  });

  it('shows each slide’s title and text on its page', () => {
    for (const slide of schedule.slides) {
      if (slide.kind !== 'content') continue;
      const text = pageText(slide.index + 1);
      // Slides whose only heading is in the settings keep the title off the visible slide.
      if (text.includes(squash(slide.title))) continue;
      expect(text.length, `page ${slide.index + 1}`).toBeGreaterThan(20);
    }
    const index = schedule.slides.findIndex((slide) => slide.title === 'Hva er et traume?');
    expect(pageText(index + 1)).toContain('Hva er et traume?');
    expect(pageText(index + 1)).toContain('Hendelse');
    const pause = schedule.slides.find((slide) => slide.kind === 'break');
    if (pause) expect(pageText(pause.index + 1)).toMatch(/Vi starter igjen kl\. \d\d:\d\d/);
    expect(pageText(1)).toContain(schedule.plan.title);
  });

  it('shows the content notice on its slide', () => {
    const page = pageText(schedule.slides.findIndex((slide) => slide.title === 'Om innholdet i dag') + 1);
    expect(page).toContain('Forvarsel:');
  });
});

describeBrowser('fasilitator pptx when stopped', () => {
  it('exits with 130, leaves no partial file and keeps the previous output', async () => {
    const out = mkdtempSync(join(tmpdir(), 'fasilitator-pptx-killed-'));
    expect(spawnSync('node', ['bin/fasilitator.js', 'build', 'plans/lang-intro-praksis.yaml', '-o', out]).status).toBe(0);
    const before = readFileSync(join(out, 'lang-intro-praksis', 'index.html'), 'utf8');
    const child = spawn('node', ['bin/fasilitator.js', 'pptx', 'plans/lang-intro-praksis.yaml', '-o', out], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    // Stop it while the new folder is being written (the deck, then lysark.pptx).
    await expect.poll(() => readdirSync(out).some((name) => name.includes('.tmp-')), { interval: 10 }).toBe(true);
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(130);
    expect(stderr).toContain('Avbrutt');
    expect(readdirSync(out).sort()).toEqual(['index.html', 'lang-intro-praksis']);
    expect(readdirSync(join(out, 'lang-intro-praksis')).filter((name) => name.endsWith('.pptx') || name.includes('partial'))).toEqual([]);
    expect(readFileSync(join(out, 'lang-intro-praksis', 'index.html'), 'utf8')).toBe(before);
  });
});

describe('fasilitator pptx --help', () => {
  it('teaches the command in bokmål and in English', () => {
    const nb = spawnSync('node', ['bin/fasilitator.js', 'pptx', '--help'], { encoding: 'utf8' });
    expect(nb.status).toBe(0);
    expect(nb.stdout).toContain('lysark.pptx');
    expect(nb.stdout).toContain('notatene');
    const en = spawnSync('node', ['bin/fasilitator.js', 'pptx', '--help', '--lang', 'en'], { encoding: 'utf8' });
    expect(en.stdout).toContain('speaker notes');
    const main = spawnSync('node', ['bin/fasilitator.js', '--help'], { encoding: 'utf8' });
    expect(main.stdout).toMatch(/pptx <plan\.yaml…>/);
    const build = spawnSync('node', ['bin/fasilitator.js', 'build', '--help'], { encoding: 'utf8' });
    expect(build.stdout).toContain('--pptx');
  });
});

describe('fasilitator pptx without a browser', () => {
  it('makes a deck whose only pictures are icons, and refuses (exit 3, nothing written) one whose charts would be lost', () => {
    const out = mkdtempSync(join(tmpdir(), 'fasilitator-pptx-nobrowser-'));
    const env = { ...process.env, CHROME_PATH: '/finnes/ikke/chromium' };
    const plain = spawnSync('node', ['bin/fasilitator.js', 'pptx', 'plans/kort-intro-praksis.yaml', '-o', out], { encoding: 'utf8', env });
    expect(plain.status, plain.stderr).toBe(0);
    expect(existsSync(join(out, 'kort-intro-praksis', 'lysark.pptx'))).toBe(true);
    const charts = spawnSync('node', ['bin/fasilitator.js', 'pptx', 'plans/lang-intro-praksis.yaml', '-o', out], { encoding: 'utf8', env });
    expect(charts.status).toBe(3);
    expect(charts.stderr).toContain('trengs for å ta med figurene');
    expect(charts.stderr).toContain('sudo apt-get install chromium');
    expect(existsSync(join(out, 'lang-intro-praksis'))).toBe(false);
  });
});
