// The content edge split into one job per file: finding module folders, duplicate modules,
// the reference list, the shared texts and lazy section loading, on a temporary decks folder.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { IssueCode } from '../../src/errors.js';
import { nb } from '../../src/i18n/nb.js';
import { candidateModuleFolders, findModules } from '../../src/content/find-modules.js';
import { openContent } from '../../src/content/load.js';
import { duplicateModuleIssues, moduleKey, moduleOf } from '../../src/content/module-entry.js';
import { noCache } from '../../src/content/parse-cache.js';
import { readSharedTexts } from '../../src/content/shared-texts.js';
import { readSourcesFile } from '../../src/content/sources-file.js';

const SLIDE = '---\nminutes: 1\n---\n\n## Et lysbilde\n\nTekst.\n\nManus:\n\n- Si noe.\n';

function moduleYaml(kind: 'short' | 'long' | number): string {
  const head = typeof kind === 'number' ? `kind: competency\nnumber: ${kind}\nminutes: 60\n` : `kind: introduction\nintroduction: ${kind}\nminutes: 25\n`;
  return `title: Modul ${kind}\n${head}sections:\n  - id: en\n    title: Første\n    minutes: 1\n    file: 01.md\n`;
}

const made: string[] = [];
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});

function decks(folders: Record<string, string | null>, extra: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'fa-content-'));
  made.push(dir);
  for (const [name, yaml] of Object.entries(folders)) {
    mkdirSync(join(dir, name), { recursive: true });
    if (yaml !== null) writeFileSync(join(dir, name, 'module.yaml'), yaml);
    writeFileSync(join(dir, name, '01.md'), SLIDE);
  }
  for (const [path, text] of Object.entries(extra)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('candidateModuleFolders', () => {
  it('keeps visible folders in name order and leaves out files, hidden and _shared folders', () => {
    const entry = (name: string, dir = true) => ({ name, isDirectory: () => dir });
    expect(candidateModuleFolders([entry('kk2'), entry('.git'), entry('_felles'), entry('sources.yaml', false), entry('kk1')])).toEqual(['kk1', 'kk2']);
  });
});

describe('findModules', () => {
  it('finds folders with a module.yaml, skips the others and keeps the issues of an invalid one', async () => {
    const dir = decks({ b: moduleYaml(1), a: moduleYaml('short'), bilder: null, feil: 'title: Uten resten\n' });
    const found = await findModules(dir, nb, noCache);
    expect(found.entries.map((e) => e.id)).toEqual(['a', 'b']);
    expect([...found.metaIssues.keys()].sort()).toEqual(['a', 'b', 'feil']);
    expect(found.metaIssues.get('feil')!.length).toBeGreaterThan(0);
    expect(found.metaIssues.get('a')).toEqual([]);
  });
});

describe('module entries', () => {
  it('names a module by what a plan asks for and reports a second folder for the same module', async () => {
    const dir = decks({ 'intro-a': moduleYaml('short'), 'intro-b': moduleYaml('short'), kk3: moduleYaml(3), lang: moduleYaml('long') });
    const { entries } = await findModules(dir, nb, noCache);
    expect(entries.map(moduleKey)).toEqual(['intro:short', 'intro:short', 'kk3', 'intro:long']);
    const issues = duplicateModuleIssues(entries, nb);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: IssueCode.MODULE_DUPLICATE, severity: 'error', hint: 'intro-a / intro-b' });
    expect(duplicateModuleIssues(entries.slice(1), nb)).toEqual([]);
  });

  it('turns an entry into a module with a default tolerance by length', async () => {
    const dir = decks({ intro: moduleYaml('short'), kk2: moduleYaml(2) });
    const { entries } = await findModules(dir, nb, noCache);
    const [intro, kk2] = entries.map((entry) => moduleOf(entry, []));
    expect(intro).toMatchObject({ id: 'intro', kind: 'introduction', introduction: 'short', minutes: 25, toleranceMinutes: 2, sections: [] });
    expect(kk2).toMatchObject({ id: 'kk2', kind: 'competency', number: 2, minutes: 60, toleranceMinutes: 5 });
    expect(kk2).not.toHaveProperty('introduction');
  });
});

describe('readSourcesFile', () => {
  it('reads the references and has none without a sources.yaml', async () => {
    const withSources = decks({}, { 'sources.yaml': 'a2020:\n  short: "A (2020)"\n  text: "A, B. (2020). Tittel."\n  status: verified\n' });
    const read = await readSourcesFile(withSources, nb, noCache);
    expect([...read.references.keys()]).toEqual(['a2020']);
    expect(read.references.get('a2020')).toMatchObject({ short: 'A (2020)', status: 'verified' });
    expect(read.issues).toEqual([]);
    expect(await readSourcesFile(decks({}), nb, noCache)).toEqual({ references: new Map(), issues: [] });
  });

  it('returns the problems of a broken reference list instead of throwing', async () => {
    const read = await readSourcesFile(decks({}, { 'sources.yaml': 'a2020:\n  short: 5\n' }), nb, noCache);
    expect(read.issues.length).toBeGreaterThan(0);
  });
});

describe('readSharedTexts', () => {
  it('renders the texts in _felles/ without raw HTML, and leaves out a missing one', async () => {
    const dir = decks({}, { '_felles/trygghet.md': 'Det er **frivillig** <b>å</b> delta.\n' });
    const shared = await readSharedTexts(dir, nb, noCache);
    expect(shared.safetyHtml).toContain('<strong>frivillig</strong>');
    expect(shared.safetyHtml).not.toContain('<b>');
    expect(shared).not.toHaveProperty('guideHtml');
    expect(await readSharedTexts(decks({}), nb, noCache)).toEqual({});
  });
});

describe('openContent', () => {
  it('reads metadata up front, slides only on load, once per module', async () => {
    const dir = decks({ intro: moduleYaml('short'), kk1: moduleYaml(1) });
    const store = await openContent(dir, nb);
    expect(store.modules.map((m) => [m.id, m.sections.length])).toEqual([['intro', 0], ['kk1', 0]]);
    const first = store.load('kk1');
    expect(store.load('kk1')).toBe(first);
    const { module, issues } = await first;
    expect(issues).toEqual([]);
    expect(module.sections).toHaveLength(1);
    expect(module.sections[0]!.slides.map((s) => s.title)).toEqual(['Et lysbilde']);
  });

  it('puts duplicates, reference problems and invalid module folders in the shared issues', async () => {
    const dir = decks({ a: moduleYaml('short'), b: moduleYaml('short'), c: 'title: Halv\n' }, { 'sources.yaml': 'x:\n  short: 5\n' });
    const store = await openContent(dir, nb);
    const found = await findModules(dir, nb, noCache);
    const sources = await readSourcesFile(dir, nb, noCache);
    expect(sources.issues.length).toBeGreaterThan(0);
    expect(found.metaIssues.get('c')!.length).toBeGreaterThan(0);
    expect(store.sharedIssues).toEqual([...duplicateModuleIssues(found.entries, nb), ...sources.issues, ...found.metaIssues.get('c')!]);
    expect(store.sharedIssues[0]!.code).toBe(IssueCode.MODULE_DUPLICATE);
    expect(store.modules.map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('reports a missing section file on load, not at open', async () => {
    const dir = decks({ intro: moduleYaml('short').replace('file: 01.md', 'file: 99.md') });
    const store = await openContent(dir, nb);
    expect(store.sharedIssues).toEqual([]);
    const { issues } = await store.load('intro');
    expect(issues.map((i) => i.code)).toEqual([IssueCode.MODULE_SECTION_FILE]);
  });
});
