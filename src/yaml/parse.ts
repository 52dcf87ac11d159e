// Plan text → YAML document with a line counter; YAML syntax errors → translated issues.
import { Document, LineCounter, parseDocument, visit } from 'yaml';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { SourceFile } from '../source.js';
import type { SpanFinder } from '../_zod-issues.js';
import { spanAt, spanOfPath } from './span.js';

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

/** More levels than any plan, module or slide needs; deeper input only exhausts the parser's stack. */
export const MAX_YAML_DEPTH = 64;

/**
 * The offset where `text` nests deeper than `max` levels ([ { inside each other, or indentation),
 * found in one linear pass before the recursive parser sees it; undefined when it does not.
 */
export function tooDeepAt(text: string, max: number): number | undefined {
  let flow = 0;
  let quote: string | undefined;
  const indents: number[] = [];
  let lineStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (lineStart) {
      lineStart = false;
      let j = i;
      // Leading spaces and "- " sequence markers are both a level deeper.
      let width = 0;
      while (j < text.length && (text[j] === ' ' || ((text[j] === '-' || text[j] === '?') && text[j + 1] === ' '))) {
        j++;
        width++;
      }
      if (quote === undefined && flow === 0 && j < text.length && text[j] !== '\n' && text[j] !== '#') {
        while (indents.length > 0 && indents[indents.length - 1]! >= width) indents.pop();
        indents.push(width);
        const markers = (text.slice(i, j).match(/[-?] /g) ?? []).length;
        if (indents.length + markers > max) return i;
      }
    }
    if (c === '\n') {
      lineStart = true;
      continue;
    }
    if (quote !== undefined) {
      if (c === quote) quote = undefined;
      else if (c === '\\' && quote === '"') i++;
      continue;
    }
    if (c === '#' && (i === 0 || /\s/.test(text[i - 1]!))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
    } else if ((c === '"' || c === "'") && (flow > 0 || /[\s:[{,-]/.test(text[i - 1] ?? ' '))) quote = c;
    else if (c === '[' || c === '{') {
      if (++flow + indents.length > max) return i;
    } else if ((c === ']' || c === '}') && flow > 0) flow--;
  }
  return undefined;
}

/** Whether the line of `offset` has a value starting with * or & (an accidental alias or anchor). */
function startsWithMarker(text: string, offset: number): boolean {
  const start = text.lastIndexOf('\n', offset - 1) + 1;
  const end = text.indexOf('\n', offset);
  return /(^|:\s|-\s)\s*[*&]/.test(text.slice(start, end < 0 ? undefined : end));
}

function lineCounterFor(text: string): LineCounter {
  const lineCounter = new LineCounter();
  lineCounter.addNewLine(0);
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineCounter.addNewLine(i + 1);
  return lineCounter;
}

/**
 * Anchors (&name) and aliases (*name) are never meant in a plan or in content: they come from
 * text like `title: *Viktig*` or `title: &Co` and would otherwise crash or empty the value.
 */
function referenceIssues(doc: Document, source: SourceFile, lineCounter: LineCounter, t: Messages): Issue[] {
  const issues: Issue[] = [];
  const push = (message: string, start: number, end: number): void => {
    issues.push({ code: IssueCode.YAML_SYNTAX, severity: 'error', message, hint: t.safety.yamlQuoteHint, span: spanAt(source.path, lineCounter, start, end) });
  };
  visit(doc, {
    Alias(_, node) {
      const [start, end] = node.range ?? [0, 0];
      push(t.safety.yamlAlias(source.text.slice(start, end).trim() || `*${node.source}`), start, end);
    },
    Node(_, node) {
      if (!node.anchor) return;
      const [start] = node.range ?? [0, 0];
      const written = `&${node.anchor}`;
      const at = Math.max(0, source.text.lastIndexOf(written, start));
      push(t.safety.yamlAnchor(written), at, at + written.length);
    },
  });
  return issues;
}

/**
 * Parses YAML text, collecting every syntax error with its position.
 * @example parseYaml({ path: 'plan.yaml', text: 'track: praksis' }, nb).issues // []
 */
export function parseYaml(source: SourceFile, t: Messages): ParsedYaml {
  const deep = tooDeepAt(source.text, MAX_YAML_DEPTH);
  if (deep !== undefined) {
    const lineCounter = lineCounterFor(source.text);
    const span = spanAt(source.path, lineCounter, deep);
    return { source, doc: new Document(null), lineCounter, issues: [{ code: IssueCode.YAML_SYNTAX, severity: 'error', message: t.safety.yamlTooDeep(MAX_YAML_DEPTH), hint: t.safety.yamlTooDeepHint, span }] };
  }
  const lineCounter = new LineCounter();
  // YAML 1.2 core schema: "2026-12-03" stays a string, "09:00" stays a string.
  // A lone carriage return (an old Mac file, a save cut short after \r) is a line break too; one
  // character for one, so every offset stays the same.
  const doc = parseDocument(source.text.replace(/\r(?!\n)/g, '\n'), { lineCounter, prettyErrors: false, uniqueKeys: true });
  const issues: Issue[] = doc.errors.map((error) => {
    const own =
      error.code === 'MULTIPLE_DOCS'
        ? { message: t.safety.yamlMultipleDocuments, hint: t.safety.yamlMultipleDocumentsHint }
        : error.code === 'BAD_ALIAS'
          ? { message: t.safety.yamlEmptyAlias, hint: t.safety.yamlQuoteHint }
          : error.message.includes('call stack')
            ? { message: t.safety.yamlTooDeep(MAX_YAML_DEPTH), hint: t.safety.yamlTooDeepHint }
            : undefined;
    const known = t.yaml.patterns.find(([pattern]) => error.message.includes(pattern))?.[1] ?? t.yaml.codes[error.code];
    return {
      code: IssueCode.YAML_SYNTAX,
      severity: 'error',
      message: own ? (own.message.startsWith(t.yaml.syntax('')) ? own.message : t.yaml.syntax(own.message)) : t.yaml.syntax(known ?? yamlDetail(error.message)),
      hint: own?.hint ?? (error.code === 'DUPLICATE_KEY' ? t.yaml.duplicateHint : startsWithMarker(source.text, error.pos[0]) ? t.safety.yamlQuoteHint : t.yaml.hint),
      span: spanAt(source.path, lineCounter, error.pos[0], error.pos[1]),
    };
  });
  if (issues.length === 0) issues.push(...referenceIssues(doc, source, lineCounter, t));
  return { source, doc, lineCounter, issues };
}

/** Points issues at a key or value of this document by its path. */
export function spanFinder(parsed: ParsedYaml): SpanFinder {
  return (path, target = 'value') => spanOfPath(parsed.doc, parsed.lineCounter, parsed.source.path, path, target);
}
