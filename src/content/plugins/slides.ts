// Block rule 'deck_slide': a line of exactly `---` starts a new slide. When the next line looks
// like `key: value`, the lines up to the following `---` are that slide's settings (YAML), the
// way Slidev writes per-slide front matter. Hooks in before 'hr', so `***` stays a rule.
import type { MarkdownIt, StateBlock } from 'markdown-it';

const SEPARATOR = /^---[ \t]*$/;
const SETTING = /^[A-Za-z_][\w-]*:(\s|$)/;

function lineText(state: StateBlock, line: number): string {
  return state.src.slice(state.bMarks[line]! + state.tShift[line]!, state.eMarks[line]);
}

function isSeparator(state: StateBlock, line: number): boolean {
  return state.sCount[line] === 0 && SEPARATOR.test(lineText(state, line));
}

function deckSlide(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  if (!isSeparator(state, startLine)) return false;
  // As a terminator (silent), `---` ends a paragraph or list at any depth; it only starts a slide
  // at the top level, so `> ---` in a quote stays a rule.
  if (silent) return true;
  if (state.level !== 0) return false;

  let next = startLine + 1;
  let metaEnd = -1;
  if (next < endLine && SETTING.test(lineText(state, next)) && state.sCount[next] === 0) {
    for (let line = next; line < endLine; line++) {
      if (isSeparator(state, line)) {
        metaEnd = line;
        break;
      }
    }
  }
  const token = state.push('deck_slide', '', 0);
  token.block = true;
  if (metaEnd >= 0) {
    token.content = state.getLines(next, metaEnd, 0, false);
    // meta[0] is the 0-based line where the settings begin, for positioned errors.
    token.meta = { settingsLine: next };
    next = metaEnd + 1;
  }
  token.map = [startLine, next];
  state.line = next;
  return true;
}

/** markdown-it plugin: slide separators with optional per-slide settings. */
export function slidesPlugin(md: MarkdownIt): void {
  md.block.ruler.before('hr', 'deck_slide', deckSlide, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  // "Text" followed by `---` would otherwise be a setext heading; authors use `#` headings.
  md.disable('lheading');
}
