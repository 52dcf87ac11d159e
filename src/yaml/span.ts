// Offsets in a YAML document → 1-based spans, and paths → the node that holds them.
import { isMap, isPair, isScalar, isSeq, type Document, type LineCounter, type Node } from 'yaml';
import type { SourceSpan } from '../errors.js';

import type { IssuePath } from '../_zod-issues.js';

export type YamlPath = IssuePath;

export function spanAt(file: string, lineCounter: LineCounter, start: number, end?: number): SourceSpan {
  const from = lineCounter.linePos(start);
  const span: SourceSpan = { file, line: from.line, column: from.col };
  if (end !== undefined && end > start) {
    const to = lineCounter.linePos(end);
    span.endLine = to.line;
    span.endColumn = to.col;
  }
  return span;
}

function nodeAt(doc: Document, path: YamlPath): Node | undefined {
  if (path.length === 0) return (doc.contents as Node | null) ?? undefined;
  const node = doc.getIn(path, true);
  return node && typeof node === 'object' && 'range' in node ? (node as Node) : undefined;
}

/** The key node of `path` (for "unknown field" issues), falling back to its value. */
function keyAt(doc: Document, path: YamlPath): Node | undefined {
  const parent = nodeAt(doc, path.slice(0, -1));
  const last = path[path.length - 1];
  if (parent && isMap(parent)) {
    for (const pair of parent.items) {
      if (isPair(pair) && isScalar(pair.key) && pair.key.value === last) return pair.key;
    }
  }
  return undefined;
}

/**
 * Where to point for an issue at `path`: its value (or key, for unknown keys); for a missing key,
 * the nearest ancestor that exists. Returns the document start when nothing better is known.
 */
export function spanOfPath(
  doc: Document,
  lineCounter: LineCounter,
  file: string,
  path: YamlPath,
  target: 'value' | 'key' = 'value',
): SourceSpan {
  for (let depth = path.length; depth >= 0; depth--) {
    const sub = path.slice(0, depth);
    const node = target === 'key' && depth === path.length ? keyAt(doc, sub) : nodeAt(doc, sub);
    const range = node?.range;
    if (range) {
      // A missing key is reported at its parent map; pointing at the map's first line reads best.
      const end = isMap(node) || isSeq(node) ? undefined : range[1];
      return spanAt(file, lineCounter, range[0], end);
    }
    if (target === 'key' && depth === path.length) {
      const value = nodeAt(doc, sub);
      if (value?.range) return spanAt(file, lineCounter, value.range[0], value.range[1]);
    }
  }
  return { file, line: 1, column: 1 };
}
