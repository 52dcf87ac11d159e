// The content edge: opens decks/ as a store. Finding modules, the reference list, the shared texts
// and the section files each have their own file; this one puts them together and loads lazily.
import type { Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { findModules } from './find-modules.js';
import { loadSections } from './load-sections.js';
import { duplicateModuleIssues, moduleOf } from './module-entry.js';
import { noCache, type ParseCache } from './parse-cache.js';
import { readSharedTexts, type SharedTexts } from './shared-texts.js';
import { readSourcesFile } from './sources-file.js';
import type { Library, Module, Reference } from './types.js';

export type { SharedTexts } from './shared-texts.js';

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

/** Reads decks/: module metadata and sources now, slides on demand. Problems are returned, not thrown. */
export async function openContent(decksDir: string, t: Messages, cache: ParseCache = noCache): Promise<ContentStore> {
  const { entries, metaIssues } = await findModules(decksDir, t, cache);
  const sources = await readSourcesFile(decksDir, t, cache);
  const sharedIssues: Issue[] = [...duplicateModuleIssues(entries, t), ...sources.issues];
  // Module folders whose module.yaml is invalid are not modules, but their issues must be seen.
  for (const [id, own] of metaIssues) if (!entries.some((entry) => entry.id === id)) sharedIssues.push(...own);

  const loaded = new Map<string, Promise<{ module: Module; issues: Issue[] }>>();
  return {
    modules: entries.map((entry) => moduleOf(entry, [])),
    references: sources.references,
    shared: await readSharedTexts(decksDir, t, cache),
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
