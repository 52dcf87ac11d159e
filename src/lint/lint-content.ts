// `check --content`: every module in decks/ through every rule, plus spelling. Reads the files
// (the edge); the rules themselves are pure (rules.ts).
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { loadLibrary } from '../content/load.js';
import { IssueCode, sortIssuesByPosition, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { readSource, type SourceFile } from '../source.js';
import { availableIcons, checkIcons, slideIcons } from '../render/icons.js';
import { lintModule } from './rules.js';
import { checkSpelling, readWordList } from './spelling.js';
import type { ModuleTrackTiming } from './timing.js';
import { moduleTimings, timingIssues } from './timing-rules.js';

export interface ContentReport {
  issues: Issue[];
  modules: number;
  slides: number;
  /** The timing model's figures per module and track (issue 12 §3), for the table and --json. */
  timing: ModuleTrackTiming[];
}

async function proseFiles(decksDir: string, sectionFiles: readonly string[], moduleDirs: readonly string[], t: Messages): Promise<SourceFile[]> {
  const paths = [...moduleDirs.map((dir) => join(dir, 'module.yaml')), ...sectionFiles];
  const shared = join(decksDir, '_felles');
  try {
    for (const name of (await readdir(shared)).sort()) if (name.endsWith('.md')) paths.push(join(shared, name));
  } catch {
    // No shared folder: nothing more to check.
  }
  return Promise.all(paths.map((path) => readSource(path, t)));
}

/** A content folder without a single module: a wrong --decks, not a clean bill of health. */
export function noModulesIssue(decksDir: string, t: Messages): Issue {
  return { code: IssueCode.CONTENT_EMPTY, severity: 'error', message: t.content.noModules(decksDir), hint: t.content.noModulesHint };
}

export async function lintContent(decksDir: string, t: Messages, options: { spelling: boolean }): Promise<ContentReport> {
  const loaded = await loadLibrary(decksDir, t);
  const { modules, references } = loaded.library;
  const issues: Issue[] = [...loaded.issues];
  // An empty or wrong content folder is not a clean bill of health.
  if (modules.length === 0) issues.push(noModulesIssue(decksDir, t));
  const timing: ModuleTrackTiming[] = [];
  for (const module of modules) {
    issues.push(...lintModule(module, references, t));
    const figures = moduleTimings(module);
    timing.push(...figures);
    issues.push(...timingIssues(module, figures, t));
  }
  // Punkt icon names, also in modules no plan uses yet.
  const iconSlides = modules.flatMap((module) => module.sections.flatMap((section) => section.slides)).filter((slide) => slideIcons(slide).length > 0);
  if (iconSlides.length > 0) issues.push(...checkIcons(iconSlides, await availableIcons(t), t));
  if (options.spelling) {
    const sectionFiles = modules.flatMap((module) => module.sections.flatMap((section) => (section.file ? [section.file] : [])));
    const files = await proseFiles(decksDir, sectionFiles, modules.map((module) => module.dir), t);
    issues.push(...(await checkSpelling(files, readWordList(join(decksDir, 'cspell-ord.txt')), t)));
  }
  const slides = modules.reduce((n, module) => n + module.sections.reduce((m, section) => m + section.slides.length, 0), 0);
  return { issues: sortIssuesByPosition(issues), modules: modules.length, slides, timing };
}
