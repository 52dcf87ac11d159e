// A module's section files: checked to stay inside the content folder, read and parsed (cached).
import { existsSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { readSource } from '../source.js';
import { createMarkdown } from './markdown.js';
import type { ModuleEntry } from './module-entry.js';
import type { ParseCache } from './parse-cache.js';
import { isInside, parseSection } from './parse-section.js';
import type { Section } from './types.js';

type ParsedSection = ReturnType<typeof parseSection>;

/** A cached section is only good while the images it uses are still there. */
function stillValid(parsed: ParsedSection): boolean {
  return parsed.slides.every((slide) => slide.assets.every((asset) => existsSync(asset.from)));
}

/** The module's sections in module.yaml order; problems are added to `issues`, never thrown. */
export async function loadSections(entry: ModuleEntry, t: Messages, cache: ParseCache, issues: Issue[]): Promise<Section[]> {
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
