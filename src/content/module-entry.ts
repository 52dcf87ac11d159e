// A module folder as found in decks/: its id, folder and validated module.yaml. Pure helpers that
// turn entries into modules and find two folders claiming the same module.
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { ValidModuleMeta } from './module-meta.js';
import type { Module, Section } from './types.js';

export interface ModuleEntry {
  id: string;
  dir: string;
  valid: ValidModuleMeta;
}

/** What a plan asks for: `intro:short`, `intro:long` or `kk1`…`kk5`. */
export function moduleKey(entry: ModuleEntry): string {
  const meta = entry.valid.meta;
  return meta.kind === 'introduction' ? `intro:${meta.introduction}` : `kk${meta.number}`;
}

/** One error per folder that claims a module an earlier folder (in name order) already claimed. */
export function duplicateModuleIssues(entries: readonly ModuleEntry[], t: Messages): Issue[] {
  const issues: Issue[] = [];
  const seen = new Map<string, string>();
  for (const entry of entries) {
    const key = moduleKey(entry);
    if (seen.has(key)) {
      issues.push({ code: IssueCode.MODULE_DUPLICATE, severity: 'error', message: t.content.duplicateModule(key), hint: `${seen.get(key)} / ${entry.id}`, span: entry.valid.span });
    }
    seen.set(key, entry.id);
  }
  return issues;
}

/** The module an entry describes, with the given sections (empty until the module is loaded). */
export function moduleOf(entry: ModuleEntry, sections: Section[]): Module {
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
