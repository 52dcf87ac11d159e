// The content edge: finds modules in decks/, reads module.yaml, the section files and
// sources.yaml, and hands the text to the pure parsers.
import { existsSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { parseYaml } from '../plan/parse.js';
import { readSource } from '../source.js';
import { createMarkdown } from './markdown.js';
import { validateModuleMeta, type ValidModuleMeta } from './module-meta.js';
import { parseSection } from './parse-section.js';
import { validateReferences } from './references.js';
import type { Library, Module, Reference, Section } from './types.js';

export interface LoadOptions {
  /** Load the slides of these module refs only ("intro", "kk1"); all when undefined. */
  refs?: ReadonlySet<string>;
  /** Which introduction module to load when refs has "intro". */
  introduction?: 'short' | 'long';
}

interface ModuleEntry {
  id: string;
  dir: string;
  valid: ValidModuleMeta;
}

async function readModuleEntries(decksDir: string, t: Messages, issues: Issue[], moduleIssues: Map<string, Issue[]>): Promise<ModuleEntry[]> {
  const names = (await readdir(decksDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && !entry.name.startsWith('_'))
    .map((entry) => entry.name)
    .sort();
  const entries: ModuleEntry[] = [];
  for (const id of names) {
    const dir = join(decksDir, id);
    const metaPath = join(dir, 'module.yaml');
    if (!existsSync(metaPath)) continue;
    const parsed = parseYaml(await readSource(metaPath, t), t);
    const result = validateModuleMeta(parsed, t);
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

async function loadSections(entry: ModuleEntry, t: Messages, issues: Issue[]): Promise<Section[]> {
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
    if (!existsSync(path)) {
      issues.push({ code: IssueCode.MODULE_SECTION_FILE, severity: 'error', message: t.content.sectionFile(path), hint: t.content.sectionFileHint, span });
      continue;
    }
    const parsed = parseSection(await readSource(path, t), {
      moduleId: entry.id,
      sectionId: section.id,
      moduleDir: resolve(entry.dir),
      md,
      t,
      exists: existsSync,
    });
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
 * Loads the content library from `decksDir`. Problems are returned, not thrown: a module being
 * edited must not stop a plan that does not use it. Callers refuse to build from a module with
 * errors, so a deck is never made from half-read content.
 */
export async function loadLibrary(decksDir: string, t: Messages, options: LoadOptions = {}): Promise<LoadedLibrary> {
  const issues: Issue[] = [];
  const sharedIssues: Issue[] = [];
  const moduleIssues = new Map<string, Issue[]>();
  const entries = await readModuleEntries(decksDir, t, issues, moduleIssues);
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const key = moduleKey(entry);
    if (seen.has(key)) {
      const issue: Issue = { code: IssueCode.MODULE_DUPLICATE, severity: 'error', message: t.content.duplicateModule(key), hint: `${seen.get(key)} / ${entry.id}`, span: entry.valid.span };
      issues.push(issue);
      sharedIssues.push(issue);
    }
    seen.set(key, entry.id);
  }

  const wanted = (entry: ModuleEntry): boolean => {
    if (!options.refs) return true;
    if (!options.refs.has(entry.valid.ref)) return false;
    return entry.valid.ref !== 'intro' || options.introduction === undefined || entry.valid.meta.introduction === options.introduction;
  };

  const modules: Module[] = [];
  for (const entry of entries) {
    const { meta, ref, span } = entry.valid;
    const own = moduleIssues.get(entry.id)!;
    const sections = wanted(entry) ? await loadSections(entry, t, own) : [];
    issues.push(...own.filter((issue) => !issues.includes(issue)));
    modules.push({
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
    });
  }

  const sourcesPath = join(decksDir, 'sources.yaml');
  let references = new Map<string, Reference>();
  if (existsSync(sourcesPath)) {
    const result = validateReferences(parseYaml(await readSource(sourcesPath, t), t), t);
    issues.push(...result.issues);
    sharedIssues.push(...result.issues);
    references = result.references;
  }
  return { library: { modules, references }, issues, moduleIssues, sharedIssues };
}
