// The one markdown-it instance for slide files; the ordered list of deck syntax lives here only.
import markdownIt, { type MarkdownIt } from 'markdown-it';
import { notesPlugin } from './plugins/notes.js';
import { slidesPlugin } from './plugins/slides.js';

/** A markdown-it instance that understands slide separators, settings and the manuscript marker. */
export function createMarkdown(): MarkdownIt {
  // html: authors may use a <div class="columns"> for layout; the content is ours, not untrusted.
  return markdownIt({ html: true, linkify: false, typographer: false }).use(slidesPlugin).use(notesPlugin);
}
