// module.yaml: a module's title, kind, nominal minutes and ordered sections. Schema + validation.
import { z } from 'zod';
import { parseWithSchema, type IssuePath } from '../_zod-issues.js';
import { IssueCode, type Issue, type SourceSpan } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { spanFinder, type ParsedYaml } from '../yaml/parse.js';

const slug = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/);

const sectionSchema = z
  .object({
    id: slug,
    title: z.string().min(1),
    minutes: z.number().positive().max(240),
    file: z.string().min(1).optional(),
    break: z.boolean().optional(),
  })
  .strict();

export const moduleSchema = z
  .object({
    title: z.string().min(1),
    kind: z.enum(['introduction', 'competency']),
    introduction: z.enum(['short', 'long']).optional(),
    number: z.number().int().min(1).max(5).optional(),
    minutes: z.number().int().positive(),
    tolerance: z.number().min(0).optional(),
    goals: z.array(z.string().min(1)).optional(),
    skill: z.string().min(1).optional(),
    sections: z.array(sectionSchema).min(1),
  })
  .strict();

export type ModuleMeta = z.infer<typeof moduleSchema>;
export type SectionMeta = z.infer<typeof sectionSchema>;

const MODULE_KEYS = Object.keys(moduleSchema.shape);
const SECTION_KEYS = Object.keys(sectionSchema.shape);

export interface ValidModuleMeta {
  meta: ModuleMeta;
  ref: string;
  span: SourceSpan;
  sectionSpans: SourceSpan[];
}

/** Validates module.yaml; a module is an introduction (short/long) or core competency 1–5. */
export function validateModuleMeta(parsed: ParsedYaml, t: Messages): { module?: ValidModuleMeta; issues: Issue[] } {
  if (parsed.issues.length > 0) return { issues: parsed.issues };
  const at = spanFinder(parsed);
  const input: unknown = parsed.doc.toJS();
  const checked = parseWithSchema(moduleSchema, input, {
    t,
    at,
    keysAt: (path) => (path[0] === 'sections' ? SECTION_KEYS : MODULE_KEYS),
    unknownKeyCode: IssueCode.MODULE_META,
    invalidCode: IssueCode.MODULE_META,
    special: (key, _p, value, zodIssue) =>
      zodIssue.code === 'invalid_format' && key === 'id' ? { message: t.content.badSectionId(String(value)), hint: t.content.badSectionIdHint } : undefined,
  });
  if ('issues' in checked) return checked;
  const meta = checked.data;
  const issues: Issue[] = [];
  const problem = (message: string, hint: string, path: IssuePath): void => {
    issues.push({ code: IssueCode.MODULE_META, severity: 'error', message, hint, span: at(path) });
  };
  if (meta.kind === 'introduction' && meta.introduction === undefined) problem(t.content.needsIntroduction, t.content.needsIntroductionHint, ['kind']);
  if (meta.kind === 'competency' && meta.number === undefined) problem(t.content.needsNumber, t.content.needsNumberHint, ['kind']);
  const seen = new Set<string>();
  meta.sections.forEach((section, i) => {
    if (seen.has(section.id)) problem(t.content.duplicateSection(section.id), t.content.duplicateSectionHint, ['sections', i, 'id']);
    seen.add(section.id);
    if (!section.break && section.file === undefined) problem(t.content.sectionNeedsFile(section.id), t.content.sectionNeedsFileHint, ['sections', i]);
  });
  if (issues.length > 0) return { issues };
  return {
    module: {
      meta,
      ref: meta.kind === 'introduction' ? 'intro' : `kk${meta.number}`,
      span: at([]),
      sectionSpans: meta.sections.map((_, i) => at(['sections', i])),
    },
    issues: [],
  };
}
