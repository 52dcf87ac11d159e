// Content paths resolve inside the content folder, or they are a positioned error: nothing on
// the machine outside decks/ is read or copied, and nothing is written outside the output folder.
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { createMarkdown } from '../../src/content/markdown.js';
import { parseSection } from '../../src/content/parse-section.js';
import { nb } from '../../src/i18n/nb.js';

const parse = (text: string) =>
  parseSection({ path: '/abs/decks/m/01-a.md', text }, { moduleId: 'm', sectionId: 'a', moduleDir: '/abs/decks/m', md: createMarkdown(), t: nb, exists: () => true });

describe('image paths', () => {
  it.each([
    ['an absolute path', '/etc/passwd'],
    ['many ../', '../../../../../etc/passwd'],
    ['../ just out of decks/', '../../x.png'],
    ['an encoded ../', '%2e%2e/%2e%2e/x.png'],
  ])('refuses %s with its line', (_name, src) => {
    const { slides, issues } = parse(`# A\n\n![x](${src})\n`);
    expect(issues).toMatchObject([{ code: 'CONTENT_PATH', severity: 'error', span: { file: '/abs/decks/m/01-a.md', line: 3 } }]);
    expect(issues[0]!.message).toContain('ligger utenfor innholdsmappen');
    expect(slides[0]!.assets).toEqual([]);
  });

  it('accepts an image in another module folder, copied inside the deck', () => {
    const { slides, issues } = parse('# A\n\n![x](../_felles/bilde.png)\n');
    expect(issues).toEqual([]);
    expect(slides[0]!.assets).toEqual([{ from: '/abs/decks/_felles/bilde.png', to: 'assets/content/_felles/bilde.png' }]);
  });

  it('refuses an image that is a symbolic link leading out of the content folder', () => {
    const realPath = (path: string): string => (path === '/abs/decks/m/lenke.png' ? '/etc/passwd' : path);
    const { slides, issues } = parseSection(
      { path: '/abs/decks/m/01-a.md', text: '# A\n\n![x](lenke.png)\n' },
      { moduleId: 'm', sectionId: 'a', moduleDir: '/abs/decks/m', md: createMarkdown(), t: nb, exists: () => true, realPath },
    );
    expect(issues).toMatchObject([{ code: 'CONTENT_PATH', span: { line: 3 } }]);
    expect(slides[0]!.assets).toEqual([]);
  });

  it('does not crash on a malformed escape', () => {
    const { issues, slides } = parse('# A\n\n![x](bilde%E0%A4%A.png)\n');
    expect(issues).toEqual([]);
    expect(slides[0]!.assets).toHaveLength(1);
    expect(slides[0]!.assets[0]!.to).toMatch(/^assets\/content\/m\/bilde%/);
  });
});

describe('module.yaml file:', () => {
  async function cli(...argv: string[]) {
    const output = memoryOutput();
    const code = await run(argv, output, {});
    return { code, stderr: output.stderr.join('\n') };
  }

  it('refuses a section file outside the content folder, and a build writes nothing outside -o', async () => {
    const root = mkdtempSync(join(tmpdir(), 'fasilitator-paths-'));
    const decks = join(root, 'decks');
    cpSync('decks', decks, { recursive: true });
    writeFileSync(join(root, 'hemmelig.md'), '# Hemmelig\n\nManus:\n\n- hemmelig\n');
    const meta = join(decks, 'kort-intro', 'module.yaml');
    writeFileSync(meta, readFileSync(meta, 'utf8').replace('file: 01-velkommen.md', 'file: ../../hemmelig.md'));
    const out = join(root, 'ut');
    const { code, stderr } = await cli('build', 'plans/kort-intro-praksis.yaml', '--decks', decks, '-o', out);
    expect(code).toBe(1);
    expect(stderr).toMatch(/kort-intro\/module\.yaml:\d+:\d+ +feil +CONTENT_PATH +\.\.\/\.\.\/hemmelig\.md ligger utenfor innholdsmappen/);
    expect(existsSync(out)).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['decks', 'hemmelig.md']);
  });
});
