// The content edge: finds modules in decks/, reads module.yaml, the section files and
// sources.yaml, and hands the text to the pure parsers.
import { existsSync, realpathSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { parseYaml } from '../yaml/parse.js';
import { readSource } from '../source.js';
import { noCache, type ParseCache } from './parse-cache.js';
import markdownIt from 'markdown-it';
import { createMarkdown } from './markdown.js';
import { validateModuleMeta, type ValidModuleMeta } from './module-meta.js';
import { isInside, parseSection } from './parse-section.js';
import { validateReferences } from './references.js';
import type { Library, Module, Reference, Section } from './types.js';

interface ModuleEntry {
  id: string;
  dir: string;
  valid: ValidModuleMeta;
}

async function readModuleEntries(decksDir: string, t: Messages, cache: ParseCache, issues: Issue[], moduleIssues: Map<string, Issue[]>): Promise<ModuleEntry[]> {
  const names = (await readdir(decksDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
  const entries: ModuleEntry[] = [];
  for (const id of names) {
    const dir = join(decksDir, id);
    const metaPath = join(dir, 'module.yaml');
    if (!existsSync(metaPath)) continue;
    let result = cache.get<ReturnType<typeof validateModuleMeta>>(metaPath, 'module');
    if (!result) {
      result = validateModuleMeta(parseYaml(await readSource(metaPath, t), t), t);
      cache.set(metaPath, 'module', result);
    }
    issues.push(...result.issues);
    moduleIssues.set(id, [...result.issues]);
    if (result.module) entries.push({ id, dir, valid: result.module });
  }
  return entries;
}

function moduleKey(entry: ModuleEntry): string {
  const meta = entry.valid.meta;
  return meta.kind === 'introduction' ? `intro:${meta.introduction}` : `kk${meta.number}`;
}

type ParsedSection = ReturnType<typeof parseSection>;

/** A cached section is only good while the images it uses are still there. */
function stillValid(parsed: ParsedSection): boolean {
  return parsed.slides.every((slide) => slide.assets.every((asset) => existsSync(asset.from)));
}

async function loadSections(entry: ModuleEntry, t: Messages, cache: ParseCache, issues: Issue[]): Promise<Section[]> {
  const md = createMarkdown();
  const sections: Section[] = [];
  const { meta, sectionSpans } = entry.valid;
  for (const [i, section] of meta.sections.entries()) {
    const span = sectionSpans[i]!;
    const base = { id: section.id, title: section.title, minutes: section.minutes, isBreak: section.break ?? false, span };
    if (!section.file) {
      sections.push({ ...base, slides: [] });
      continue;
    }
    const path = join(entry.dir, section.file);
    // A section file outside the content folder (file: ../../../etc/hostname) is never read.
    if (isAbsolute(section.file) || !isInside(resolve(dirname(entry.dir)), resolve(path))) {
      issues.push({ code: IssueCode.CONTENT_PATH, severity: 'error', message: t.safety.pathOutside(section.file), hint: t.safety.pathOutsideHint, span });
      continue;
    }
    if (!existsSync(path)) {
      issues.push({ code: IssueCode.MODULE_SECTION_FILE, severity: 'error', message: t.content.sectionFile(path), hint: t.content.sectionFileHint, span });
      continue;
    }
    const kind = `section:${entry.id}:${section.id}`;
    let parsed = cache.get<ParsedSection>(path, kind);
    if (!parsed || !stillValid(parsed)) {
      parsed = parseSection(await readSource(path, t), {
        moduleId: entry.id,
        sectionId: section.id,
        moduleDir: resolve(entry.dir),
        md,
        t,
        exists: existsSync,
        realPath: (path: string) => realpathSync(path),
      });
      cache.set(path, kind, parsed);
    }
    issues.push(...parsed.issues);
    sections.push({ ...base, file: path, slides: parsed.slides });
  }
  return sections;
}

export interface LoadedLibrary {
  library: Library;
  /** Every issue found, in all modules and the reference list. */
  issues: Issue[];
  /** Issues per module folder, so a plan is only held back by the modules it uses. */
  moduleIssues: ReadonlyMap<string, Issue[]>;
  /** Issues that concern every plan: the reference list, duplicate modules. */
  sharedIssues: Issue[];
}

/**
 * The content of decks/, read lazily: module.yaml files and the reference list up front (small),
 * a module's slides only when a plan uses it. One build of one plan parses one module.
 */
export interface ContentStore {
  /** Every module with its metadata; `sections` stays empty until `load`. */
  modules: readonly Module[];
  references: ReadonlyMap<string, Reference>;
  /** Shared texts from decks/_felles/ as HTML: the safety block and the facilitator's guide. */
  shared: SharedTexts;
  sharedIssues: readonly Issue[];
  /** The module with its sections and slides (cached), and its issues. */
  load: (moduleId: string) => Promise<{ module: Module; issues: Issue[] }>;
}

function moduleOf(entry: ModuleEntry, sections: Section[]): Module {
  const { meta, ref, span } = entry.valid;
  return {
    id: entry.id,
    ref,
    kind: meta.kind,
    ...(meta.introduction ? { introduction: meta.introduction } : {}),
    ...(meta.number !== undefined ? { number: meta.number } : {}),
    title: meta.title,
    minutes: meta.minutes,
    toleranceMinutes: meta.tolerance ?? (meta.minutes <= 30 ? 2 : 5),
    goals: meta.goals ?? [],
    ...(meta.skill ? { skill: meta.skill } : {}),
    sections,
    dir: entry.dir,
    span,
  };
}

export interface SharedTexts {
  safetyHtml?: string;
  guideHtml?: string;
}

/** decks/_felles/trygghet.md and veiledning.md, rendered; either may be missing. */
async function readShared(decksDir: string, t: Messages, cache: ParseCache): Promise<SharedTexts> {
  const md = markdownIt({ html: false, typographer: false });
  const render = async (name: string): Promise<string | undefined> => {
    const path = join(decksDir, '_felles', name);
    if (!existsSync(path)) return undefined;
    let html = cache.get<string>(path, 'shared');
    if (html === undefined) {
      html = md.render((await readSource(path, t)).text);
      cache.set(path, 'shared', html);
    }
    return html;
  };
  const [safetyHtml, guideHtml] = await Promise.all([render('trygghet.md'), render('veiledning.md')]);
  return { ...(safetyHtml ? { safetyHtml } : {}), ...(guideHtml ? { guideHtml } : {}) };
}

/** Reads decks/: module metadata and sources now, slides on demand. Problems are returned, not thrown. */
export async function openContent(decksDir: string, t: Messages, cache: ParseCache = noCache): Promise<ContentStore> {
  const issues: Issue[] = [];
  const sharedIssues: Issue[] = [];
  const metaIssues = new Map<string, Issue[]>();
  const entries = await readModuleEntries(decksDir, t, cache, issues, metaIssues);
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const key = moduleKey(entry);
    if (seen.has(key)) {
      sharedIssues.push({ code: IssueCode.MODULE_DUPLICATE, severity: 'error', message: t.content.duplicateModule(key), hint: `${seen.get(key)} / ${entry.id}`, span: entry.valid.span });
    }
    seen.set(key, entry.id);
  }
  const sourcesPath = join(decksDir, 'sources.yaml');
  let references = new Map<string, Reference>();
  if (existsSync(sourcesPath)) {
    let cached = cache.get<{ references: [string, Reference][]; issues: Issue[] }>(sourcesPath, 'sources');
    if (!cached) {
      const result = validateReferences(parseYaml(await readSource(sourcesPath, t), t), t);
      cached = { references: [...result.references], issues: result.issues };
      cache.set(sourcesPath, 'sources', cached);
    }
    sharedIssues.push(...cached.issues);
    references = new Map(cached.references);
  }
  // Module folders whose module.yaml is invalid are not modules, but their issues must be seen.
  for (const [id, own] of metaIssues) if (!entries.some((entry) => entry.id === id)) sharedIssues.push(...own);

  const loaded = new Map<string, Promise<{ module: Module; issues: Issue[] }>>();
  return {
    modules: entries.map((entry) => moduleOf(entry, [])),
    references,
    shared: await readShared(decksDir, t, cache),
    sharedIssues,
    load: (moduleId) => {
      let pending = loaded.get(moduleId);
      if (!pending) {
        const entry = entries.find((candidate) => candidate.id === moduleId);
        if (!entry) throw new Error(`no module ${moduleId}`);
        pending = (async () => {
          const own = [...(metaIssues.get(moduleId) ?? [])];
          const sections = await loadSections(entry, t, cache, own);
          return { module: moduleOf(entry, sections), issues: own };
        })();
        loaded.set(moduleId, pending);
      }
      return pending;
    },
  };
}

/** Everything in decks/, every module loaded: for the linter, `list` and tests. */
export async function loadLibrary(decksDir: string, t: Messages): Promise<LoadedLibrary> {
  const store = await openContent(decksDir, t);
  const results = await Promise.all(store.modules.map((module) => store.load(module.id)));
  const moduleIssues = new Map(results.map((result) => [result.module.id, result.issues]));
  return {
    library: { modules: results.map((result) => result.module), references: store.references },
    issues: [...store.sharedIssues, ...results.flatMap((result) => result.issues)],
    moduleIssues,
    sharedIssues: [...store.sharedIssues],
  };
}
