// decks/sources.yaml: the one reference list. Slides cite entries by id; decks and run sheets
// render the entries a session actually used.
import { z } from 'zod';
import { parseWithSchema } from '../_zod-issues.js';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { spanFinder, type ParsedYaml } from '../yaml/parse.js';
import type { Reference } from './types.js';

const referenceSchema = z
  .object({
    short: z.string().min(1),
    text: z.string().min(1),
    // Only web addresses: a javascript: or file: "source" would become a live link in every deck.
    url: z.string().refine((value) => /^https?:\/\/[^\s/]+/i.test(value.trim()), { params: { httpUrl: true } }).optional(),
    status: z.enum(['verified', 'secondary', 'unverified']),
    note: z.string().min(1).optional(),
    caveat: z.string().min(1).optional(),
  })
  .strict();

const referencesSchema = z.record(z.string().regex(/^[a-z0-9][a-z0-9-]*$/), referenceSchema);
const REFERENCE_KEYS = Object.keys(referenceSchema.shape);

/** Validates the reference list; the map keeps the file's order (the order of the full list). */
export function validateReferences(parsed: ParsedYaml, t: Messages): { references: Map<string, Reference>; issues: Issue[] } {
  if (parsed.issues.length > 0) return { references: new Map(), issues: parsed.issues };
  const at = spanFinder(parsed);
  const input: unknown = parsed.doc.toJS();
  const checked = parseWithSchema(referencesSchema, input, {
    t,
    at,
    keysAt: () => REFERENCE_KEYS,
    unknownKeyCode: IssueCode.SOURCES_META,
    invalidCode: IssueCode.SOURCES_META,
    special: (key, _path, value, zodIssue) =>
      key === 'url' && zodIssue.code === 'custom' ? { message: t.safety.urlScheme(String(value)), hint: t.safety.urlSchemeHint } : undefined,
  });
  if ('issues' in checked) return { references: new Map(), issues: checked.issues };
  const references = new Map<string, Reference>();
  for (const [id, entry] of Object.entries(checked.data)) {
    references.set(id, {
      id,
      short: entry.short,
      text: entry.text,
      status: entry.status,
      ...(entry.url !== undefined ? { url: entry.url } : {}),
      ...(entry.note !== undefined ? { note: entry.note } : {}),
      ...(entry.caveat !== undefined ? { caveat: entry.caveat } : {}),
    });
  }
  return { references, issues: [] };
}
