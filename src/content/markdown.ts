// The one markdown-it instance for slide files; the ordered list of deck syntax lives here only.
import markdownIt, { type MarkdownIt } from 'markdown-it';
import { notesPlugin } from './plugins/notes.js';
import { sanitizeHtml } from './sanitize.js';
import { slidesPlugin } from './plugins/slides.js';

/** A markdown-it instance that understands slide separators, settings and the manuscript marker. */
export function createMarkdown(): MarkdownIt {
  // html: authors may use a <div class="columns"> for layout and inline SVG charts; whatever raw
  // HTML they write passes an allowlist (no scripts, event handlers or javascript: links).
  const md = markdownIt({ html: true, linkify: false, typographer: false }).use(slidesPlugin).use(notesPlugin);
  md.renderer.rules.html_block = (tokens, idx) => sanitizeHtml(tokens[idx]!.content);
  md.renderer.rules.html_inline = (tokens, idx) => sanitizeHtml(tokens[idx]!.content);
  return md;
}
