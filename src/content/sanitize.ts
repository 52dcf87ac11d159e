// Raw HTML in slide files, reduced to an allowlist. Authors are trusted, but decks travel (USB
// sticks, shared drives, mail) and are opened on many machines: a stray <script>, onerror= or
// javascript: link must never run. Layout divs and inline SVG charts keep working.
//
// The invariant: every `<` in the output is one this file wrote for an allowed tag; all other
// text has its < and > escaped. So no markup can slip through between the pieces.

const HTML_TAGS = ['div', 'span', 'p', 'br', 'hr', 'strong', 'em', 'b', 'i', 'u', 's', 'small', 'sub', 'sup', 'mark', 'abbr', 'cite', 'q', 'blockquote', 'code', 'pre', 'kbd', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td', 'caption', 'colgroup', 'col', 'figure', 'figcaption', 'img', 'a', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'details', 'summary', 'aside', 'section', 'header', 'footer'];
const SVG_TAGS = ['svg', 'g', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'path', 'text', 'tspan', 'title', 'desc', 'defs', 'lineargradient', 'radialgradient', 'stop', 'marker', 'use', 'symbol', 'clippath'];
const TAGS = new Set([...HTML_TAGS, ...SVG_TAGS]);

/** Elements whose content is code or a document of its own: dropped with everything inside. */
const DROP_WITH_CONTENT = new Set(['script', 'style', 'template', 'iframe', 'object', 'embed', 'noscript', 'noembed', 'noframes', 'xmp', 'math', 'frameset', 'textarea', 'select', 'foreignobject']);

const COMMON_ATTRIBUTES = ['class', 'id', 'title', 'lang', 'dir', 'role', 'hidden', 'tabindex'];
const HTML_ATTRIBUTES = ['href', 'src', 'alt', 'width', 'height', 'colspan', 'rowspan', 'scope', 'start', 'reversed', 'type', 'open', 'loading', 'decoding', 'cite', 'datetime', 'headers', 'span', 'align'];
const SVG_ATTRIBUTES = ['viewbox', 'xmlns', 'preserveaspectratio', 'x', 'y', 'x1', 'y1', 'x2', 'y2', 'cx', 'cy', 'r', 'rx', 'ry', 'dx', 'dy', 'd', 'points', 'fill', 'fill-opacity', 'fill-rule', 'stroke', 'stroke-width', 'stroke-opacity', 'stroke-dasharray', 'stroke-linecap', 'stroke-linejoin', 'opacity', 'transform', 'font-size', 'font-weight', 'font-style', 'font-family', 'text-anchor', 'dominant-baseline', 'letter-spacing', 'offset', 'stop-color', 'stop-opacity', 'gradientunits', 'gradienttransform', 'markerwidth', 'markerheight', 'refx', 'refy', 'orient', 'marker-end', 'marker-start', 'clip-path', 'textlength', 'vector-effect', 'xlink:href', 'focusable'];
const ATTRIBUTES = new Set([...COMMON_ATTRIBUTES, ...HTML_ATTRIBUTES, ...SVG_ATTRIBUTES]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'xlink:href', 'cite']);

const TAG = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[!?][^>]*>?|<\/?([a-zA-Z][a-zA-Z0-9:-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

const escapeText = (text: string): string => text.replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeAttribute = (value: string): string => value.replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Decodes character references, so `&#106;avascript:` is seen as what the browser sees. */
function decodeEntities(text: string): string {
  return text
    .replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => String.fromCodePoint(Math.min(Number.parseInt(hex, 16), 0x10ffff)))
    .replace(/&#(\d+);?/g, (_, dec: string) => String.fromCodePoint(Math.min(Number(dec), 0x10ffff)))
    .replace(/&(colon|tab|newline);/gi, (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase()]!);
}

/** Relative links, #anchors, http(s) and mailto only: never javascript:, data: or file:. */
export function isSafeUrl(value: string): boolean {
  // Browsers ignore control characters and whitespace inside a scheme ("java\tscript:").
  const url = decodeEntities(value).replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(url)?.[1];
  return scheme === undefined || scheme === 'http' || scheme === 'https' || scheme === 'mailto';
}

function cleanAttributes(tag: string, source: string): string {
  let out = '';
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = match[1]!.toLowerCase();
    const value = match[2] ?? match[3] ?? match[4] ?? '';
    // No style attribute: the content CSP allows inline styles for the deck's own layout only.
    if (!ATTRIBUTES.has(name) && !name.startsWith('aria-')) continue;
    if (URL_ATTRIBUTES.has(name) && !isSafeUrl(value)) continue;
    // An <svg> image or link must not load anything from outside the deck folder.
    if (name === 'src' && tag === 'img' && /^[a-z][a-z0-9+.-]*:/i.test(value.trim())) continue;
    // Written as the author wrote it (viewBox), checked in lower case.
    const written = match[1]!;
    out += match[2] === undefined && match[3] === undefined && match[4] === undefined ? ` ${written}` : ` ${written}="${escapeAttribute(value)}"`;
  }
  return out;
}

/** Keeps allowed tags with allowed attributes; drops the rest (and scripts with their content). */
export function sanitizeHtml(html: string): string {
  let out = '';
  let last = 0;
  let dropping: string | undefined;
  for (const match of html.matchAll(TAG)) {
    const text = html.slice(last, match.index);
    last = match.index + match[0].length;
    if (!dropping) out += escapeText(text);
    const name = match[1]?.toLowerCase();
    if (name === undefined) continue; // comment, doctype, CDATA, processing instruction
    const closing = match[0].startsWith('</');
    if (dropping) {
      if (closing && name === dropping) dropping = undefined;
      continue;
    }
    if (DROP_WITH_CONTENT.has(name)) {
      if (!closing && !match[0].endsWith('/>')) dropping = name;
      continue;
    }
    if (!TAGS.has(name)) continue;
    const selfClosing = match[0].endsWith('/>') ? '/' : '';
    out += closing ? `</${match[1]}>` : `<${match[1]}${cleanAttributes(name, match[2] ?? '')}${selfClosing}>`;
  }
  if (!dropping) out += escapeText(html.slice(last));
  return out;
}
