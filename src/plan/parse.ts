// Plan text → YAML document with a line counter; YAML syntax errors → translated issues.
import { LineCounter, parseDocument, type Document } from 'yaml';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { SourceFile } from '../source.js';
import type { SpanFinder } from '../_zod-issues.js';
import { spanAt, spanOfPath } from './_yaml-span.js';

export interface ParsedYaml {
  source: SourceFile;
  doc: Document;
  lineCounter: LineCounter;
  issues: Issue[];
}

/** The first line of the yaml package's English message, without its "at line x" suffix and frame. */
function yamlDetail(message: string): string {
  return (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '');
}

/**
 * Parses YAML text, collecting every syntax error with its position.
 * @example parseYaml({ path: 'plan.yaml', text: 'track: praksis' }, nb).issues // []
 */
export function parseYaml(source: SourceFile, t: Messages): ParsedYaml {
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: "2026-12-03" stays a string, "09:00" stays a string.
  const doc = parseDocument(source.text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const issues: Issue[] = doc.errors.map((error) => {
    const known = t.yaml.patterns.find(([pattern]) => error.message.includes(pattern))?.[1] ?? t.yaml.codes[error.code];
    return {
      code: IssueCode.YAML_SYNTAX,
      severity: 'error',
      message: t.yaml.syntax(known ?? yamlDetail(error.message)),
      hint: error.code === 'DUPLICATE_KEY' ? t.yaml.duplicateHint : t.yaml.hint,
      span: spanAt(source.path, lineCounter, error.pos[0], error.pos[1]),
    };
  });
  return { source, doc, lineCounter, issues };
}

/** Points issues at a key or value of this document by its path. */
export function spanFinder(parsed: ParsedYaml): SpanFinder {
  return (path, target = 'value') => spanOfPath(parsed.doc, parsed.lineCounter, parsed.source.path, path, target);
}
