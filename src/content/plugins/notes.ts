// Block rule 'deck_notes': a line `Manus:` (or reveal.js's `Note:` / `Notes:`) alone on its line
// starts the slide's manuscript; everything after it, up to the next slide, is speaker notes.
import type { MarkdownIt, StateBlock } from 'markdown-it';

const MARKER = /^(manus|notes?):[ \t]*$/i;

function deckNotes(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  if (state.sCount[startLine] !== 0) return false;
  const text = state.src.slice(state.bMarks[startLine]! + state.tShift[startLine]!, state.eMarks[startLine]);
  if (!MARKER.test(text)) return false;
  if (silent) return true;
  if (state.level !== 0) return false;
  const token = state.push('deck_notes', '', 0);
  token.block = true;
  token.map = [startLine, startLine + 1];
  state.line = startLine + 1;
  return true;
}

/** markdown-it plugin: the manuscript marker. */
export function notesPlugin(md: MarkdownIt): void {
  md.block.ruler.before('paragraph', 'deck_notes', deckNotes, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}
