// Spelling with cspell and its Norwegian bokmål dictionary, plus English (for terms like
// "burnout" and YAML keys) and the project's word list for names and domain compounds.
// Loaded on demand: cspell takes a few seconds to start, and only `check --content` needs it.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { SourceFile } from '../source.js';

const require = createRequire(import.meta.url);

/** Words from the project list: one per line, # starts a comment. */
export function readWordList(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*/, '').trim())
    .filter(Boolean);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Checks the files' spelling; one warning-free issue per unknown word occurrence. */
export async function checkSpelling(files: readonly SourceFile[], words: readonly string[], t: Messages): Promise<Issue[]> {
  const { spellCheckDocument } = await import('cspell-lib');
  const settings = {
    import: [require.resolve('@cspell/dict-nb-no/cspell-ext.json')],
    language: 'nb,en',
    words: [...words],
    // Not prose: inline SVG markup, HTML tags, source keys (`sources: [...]`), and section ids and
    // file names in module.yaml.
    ignoreRegExpList: ['<svg[\\s\\S]*?</svg>', '<[^>]+>', '/^\\s*sources:.*$/gm', '/^\\s*-?\\s*(id|file):.*$/gm'],
  };
  const issues: Issue[] = [];
  for (const file of files) {
    const languageId = file.path.endsWith('.md') ? 'markdown' : 'yaml';
    const result = await spellCheckDocument({ uri: pathToFileURL(file.path).href, text: file.text, languageId, locale: 'nb,en' }, { noConfigSearch: true, generateSuggestions: true, numSuggestions: 2 }, settings);
    for (const found of result.issues) {
      const { line, column } = lineAndColumn(file.text, found.offset);
      const suggestions = (found.suggestions ?? []).slice(0, 2);
      issues.push({
        code: IssueCode.SPELLING,
        severity: 'error',
        message: t.lint.spelling(found.text),
        hint: t.lint.spellingHint(suggestions),
        span: { file: file.path, line, column, endLine: line, endColumn: column + found.text.length },
      });
    }
  }
  return issues;
}
