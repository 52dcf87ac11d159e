// A small HTML reader for the fragments markdown-it renders from slide and manuscript Markdown:
// tags, attributes, text and entities into a tree, then into blocks (headings, paragraphs,
// lists, quotes, tables, figures) that map onto editable PowerPoint text. Not a general HTML
// parser: the input is ours (markdown-it output and the few tags authors may write), well formed.

export interface HtmlElement {
  name: string;
  attrs: Record<string, string>;
  children: HtmlNode[];
  /** For <svg>: the element's markup as written, to embed as a picture. */
  raw?: string;
}
export type HtmlNode = HtmlElement | string;

const VOID = new Set(['br', 'img', 'hr', 'input', 'meta', 'link', 'source', 'col', 'wbr', 'area', 'base', 'embed', 'track']);

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', ndash: '–', mdash: '—', hellip: '…',
  laquo: '«', raquo: '»', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', bull: '•', middot: '·', times: '×', minus: '−',
  aelig: 'æ', oslash: 'ø', aring: 'å', AElig: 'Æ', Oslash: 'Ø', Aring: 'Å', eacute: 'é', copy: '©', deg: '°', para: '¶', sect: '§',
};

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, body: string) => {
    if (body[0] === '#') {
      const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

const ATTR = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function parseAttrs(text: string): Record<string, string> {
  const attrs: Record<string, string> = {};
  for (const match of text.matchAll(ATTR)) attrs[match[1]!.toLowerCase()] = decodeEntities(match[2] ?? match[3] ?? match[4] ?? '');
  return attrs;
}

const TAG = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<![^>]*>|<\/([a-zA-Z][\w:-]*)\s*>|<([a-zA-Z][\w:-]*)((?:\s+[^\s"'<>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(\/?)>/g;

/** Parses an HTML fragment into a tree. Unclosed elements close at the end; stray end tags are ignored. */
export function parseHtml(html: string): HtmlNode[] {
  const root: HtmlElement = { name: '#root', attrs: {}, children: [] };
  const stack: { element: HtmlElement; start: number }[] = [{ element: root, start: 0 }];
  let last = 0;
  const text = (value: string): void => {
    if (value) stack[stack.length - 1]!.element.children.push(decodeEntities(value));
  };
  for (const match of html.matchAll(TAG)) {
    text(html.slice(last, match.index));
    last = match.index + match[0].length;
    const [, close, open, attrText, selfClosing] = match;
    if (open) {
      const element: HtmlElement = { name: open.toLowerCase(), attrs: parseAttrs(attrText ?? ''), children: [] };
      stack[stack.length - 1]!.element.children.push(element);
      if (!VOID.has(element.name) && !selfClosing) stack.push({ element, start: match.index });
      else if (element.name === 'svg') element.raw = match[0];
    } else if (close) {
      const name = close.toLowerCase();
      const at = stack.findLastIndex((entry) => entry.element.name === name);
      if (at <= 0) continue;
      const entry = stack[at]!;
      if (name === 'svg') entry.element.raw = html.slice(entry.start, last);
      stack.length = at;
    }
  }
  text(html.slice(last));
  return root.children;
}

// ---------------------------------------------------------------------------------------------
// Blocks

export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  code?: boolean;
  /** A line break inside the paragraph (<br>). */
  break?: boolean;
}

export interface ListItem {
  runs: Run[];
  /** Nesting depth, 0 for the outer list. */
  level: number;
  ordered: boolean;
  /** The number of an ordered list's first item, on the item that starts a list. */
  start?: number;
}

export type Block =
  | { kind: 'heading'; level: number; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[]; className?: string }
  | { kind: 'list'; items: ListItem[] }
  | { kind: 'quote'; paragraphs: Run[][] }
  | { kind: 'table'; header: Run[][] | undefined; rows: Run[][][] }
  | { kind: 'image'; src: string; alt: string }
  | { kind: 'svg'; markup: string; alt: string; width: number; height: number }
  | { kind: 'columns'; columns: Block[][] }
  | { kind: 'code'; text: string };

/** HTML's own whitespace: a no-break space is text, not layout. */
const HTML_SPACE = /[ \t\n\r\f]+/g;

const INLINE_BOLD = new Set(['strong', 'b']);
const INLINE_ITALIC = new Set(['em', 'i', 'cite']);

/** Text of an element and its children, whitespace collapsed. */
export function textOf(nodes: readonly HtmlNode[]): string {
  return nodes
    .map((node) => (typeof node === 'string' ? node : node.name === 'br' ? ' ' : textOf(node.children)))
    .join('')
    .replace(HTML_SPACE, ' ')
    .trim();
}

/** Inline content → runs with bold/italic/code; links keep their text only (no external relationships). */
export function runsOf(nodes: readonly HtmlNode[], style: Omit<Run, 'text'> = {}): Run[] {
  return trimRuns(mergeRuns(collectRuns(nodes, style)));
}

/** Runs before trimming: a space just inside an inline tag (`<b> og</b>`) separates words. */
function collectRuns(nodes: readonly HtmlNode[], style: Omit<Run, 'text'>): Run[] {
  const runs: Run[] = [];
  for (const node of nodes) {
    if (typeof node === 'string') {
      const text = node.replace(HTML_SPACE, ' ');
      if (text) runs.push({ text, ...style });
      continue;
    }
    if (node.name === 'br') runs.push({ text: '', break: true });
    else if (node.name === 'img') {
      if (node.attrs.alt) runs.push({ text: node.attrs.alt, ...style });
    } else if (node.name === 'svg' || node.name === 'ul' || node.name === 'ol') continue;
    else {
      const next = { ...style };
      if (INLINE_BOLD.has(node.name)) next.bold = true;
      if (INLINE_ITALIC.has(node.name)) next.italic = true;
      if (node.name === 'code') next.code = true;
      runs.push(...collectRuns(node.children, next));
    }
  }
  return runs;
}

function sameStyle(a: Run, b: Run): boolean {
  return !a.break && !b.break && Boolean(a.bold) === Boolean(b.bold) && Boolean(a.italic) === Boolean(b.italic) && Boolean(a.code) === Boolean(b.code);
}

function mergeRuns(runs: Run[]): Run[] {
  const merged: Run[] = [];
  for (const run of runs) {
    const previous = merged[merged.length - 1];
    if (previous && sameStyle(previous, run)) previous.text = (previous.text + run.text).replace(/ {2,}/g, ' ');
    else merged.push({ ...run });
  }
  return merged;
}

/** Drops leading and trailing spaces of a paragraph (and around line breaks). */
function trimRuns(runs: Run[]): Run[] {
  const out = runs.map((run) => ({ ...run }));
  for (let i = 0; i < out.length; i++) {
    const run = out[i]!;
    if (run.break) continue;
    if (i === 0 || out[i - 1]!.break) run.text = run.text.replace(/^[ \t\n\r\f]+/, '');
    if (i === out.length - 1 || out[i + 1]!.break) run.text = run.text.replace(/[ \t\n\r\f]+$/, '');
  }
  return out.filter((run) => run.break || run.text !== '');
}

export const runsText = (runs: readonly Run[]): string => runs.map((run) => (run.break ? '\n' : run.text)).join('');

function svgSize(element: HtmlElement): { width: number; height: number } {
  const box = (element.attrs.viewbox ?? '').trim().split(/[\s,]+/).map(Number);
  const width = Number.parseFloat(element.attrs.width ?? '') || (box.length === 4 ? box[2]! : 0) || 300;
  const height = Number.parseFloat(element.attrs.height ?? '') || (box.length === 4 ? box[3]! : 0) || 150;
  return { width, height };
}

function listItems(list: HtmlElement, level: number, items: ListItem[]): void {
  const ordered = list.name === 'ol';
  let first = true;
  for (const child of list.children) {
    if (typeof child === 'string' || child.name !== 'li') continue;
    // A loose list wraps item text in <p>; nested lists follow the text.
    const inline = child.children.flatMap((node) => (typeof node !== 'string' && node.name === 'p' ? [...node.children, ' '] : [node]));
    const item: ListItem = { runs: runsOf(inline), level, ordered };
    if (ordered && first) item.start = Number(list.attrs.start ?? 1) || 1;
    items.push(item);
    first = false;
    for (const node of child.children) if (typeof node !== 'string' && (node.name === 'ul' || node.name === 'ol')) listItems(node, level + 1, items);
  }
}

function tableRows(table: HtmlElement): { header: Run[][] | undefined; rows: Run[][][] } {
  let header: Run[][] | undefined;
  const rows: Run[][][] = [];
  const walk = (nodes: readonly HtmlNode[], inHead: boolean): void => {
    for (const node of nodes) {
      if (typeof node === 'string') continue;
      if (node.name === 'thead') walk(node.children, true);
      else if (node.name === 'tbody' || node.name === 'tfoot') walk(node.children, false);
      else if (node.name === 'tr') {
        const cells = node.children.filter((cell): cell is HtmlElement => typeof cell !== 'string' && (cell.name === 'td' || cell.name === 'th'));
        const row = cells.map((cell) => runsOf(cell.children));
        const isHeader = inHead || (rows.length === 0 && !header && cells.length > 0 && cells.every((cell) => cell.name === 'th'));
        if (isHeader && !header) header = row;
        else rows.push(row);
      }
    }
  };
  walk(table.children, false);
  return { header, rows };
}

/** Converts a tree of block-level HTML into blocks, in reading order. */
export function blocksOf(nodes: readonly HtmlNode[]): Block[] {
  const blocks: Block[] = [];
  let loose: HtmlNode[] = [];
  const flush = (): void => {
    const runs = runsOf(loose);
    if (runs.length > 0) blocks.push({ kind: 'paragraph', runs });
    loose = [];
  };
  for (const node of nodes) {
    if (typeof node === 'string') {
      loose.push(node);
      continue;
    }
    const name = node.name;
    if (/^h[1-6]$/.test(name)) {
      flush();
      blocks.push({ kind: 'heading', level: Number(name[1]), runs: runsOf(node.children) });
    } else if (name === 'p') {
      flush();
      const elements = node.children.filter((child) => typeof child !== 'string' || child.trim() !== '');
      // A paragraph that only holds a picture is a figure.
      if (elements.length === 1 && typeof elements[0] !== 'string' && (elements[0]!.name === 'img' || elements[0]!.name === 'svg')) {
        blocks.push(...blocksOf(elements));
        continue;
      }
      const runs = runsOf(node.children);
      if (runs.length > 0) blocks.push({ kind: 'paragraph', runs, ...(node.attrs.class ? { className: node.attrs.class } : {}) });
      blocks.push(...blocksOf(node.children.filter((child) => typeof child !== 'string' && child.name === 'svg')));
    } else if (name === 'ul' || name === 'ol') {
      flush();
      const items: ListItem[] = [];
      listItems(node, 0, items);
      blocks.push({ kind: 'list', items });
    } else if (name === 'blockquote') {
      flush();
      const inner = blocksOf(node.children);
      const paragraphs = inner.flatMap((block) =>
        block.kind === 'paragraph' || block.kind === 'heading' ? [block.runs] : block.kind === 'list' ? block.items.map((item) => item.runs) : [],
      );
      blocks.push({ kind: 'quote', paragraphs });
    } else if (name === 'table') {
      flush();
      blocks.push({ kind: 'table', ...tableRows(node) });
    } else if (name === 'img') {
      flush();
      if (node.attrs.src) blocks.push({ kind: 'image', src: node.attrs.src, alt: node.attrs.alt ?? '' });
    } else if (name === 'svg') {
      flush();
      blocks.push({ kind: 'svg', markup: node.raw ?? '', alt: node.attrs['aria-label'] ?? textOf(node.children.filter((child) => typeof child !== 'string' && child.name === 'title')), ...svgSize(node) });
    } else if (name === 'pre') {
      flush();
      blocks.push({ kind: 'code', text: textOf(node.children) });
    } else if (name === 'div' && /\bcolumns\b/.test(node.attrs.class ?? '')) {
      flush();
      const columns = node.children.filter((child): child is HtmlElement => typeof child !== 'string').map((child) => (child.name === 'div' ? blocksOf(child.children) : blocksOf([child])));
      blocks.push({ kind: 'columns', columns });
    } else if (['div', 'section', 'aside', 'figure', 'header', 'main', 'article', 'figcaption', 'dl', 'dd', 'dt', 'details', 'summary'].includes(name)) {
      flush();
      blocks.push(...blocksOf(node.children));
    } else if (name === 'hr' || name === 'style' || name === 'script') {
      flush();
    } else {
      loose.push(node);
    }
  }
  flush();
  return blocks;
}

/** An HTML fragment (a slide body or a manuscript) → blocks. */
export function htmlToBlocks(html: string): Block[] {
  return blocksOf(parseHtml(html));
}
