import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/terminal/report.js';
import { lintContent } from '../../src/lint/lint-content.js';
import { countWords } from '../../src/lint/rules.js';
import { nb } from '../../src/i18n/nb.js';
import { paths } from '../../src/paths.js';

const first = (text: string): string => text.split('\n')[0] ?? '';

describe('check --content on a module with one fault per rule', async () => {
  const report = await lintContent('tests/fixtures/decks/lint', nb, { spelling: true });
  const lines = report.issues.map((issue) => first(formatIssue(issue, nb, { color: false }, () => undefined)));

  it.each([
    ['SLIDE_SOURCE_UNKNOWN', 'feil/en.md:3:1', 'ukjent kilde «hier2019»'],
    ['SLIDE_CAVEAT_MISSING', 'feil/en.md:14:1', 'Oslo kommune, 2022-tall er ikke kontrollert mot primærkilden, og lysbildet mangler «ifølge Oslo kommune»'],
    ['SLIDE_NO_TITLE', 'feil/en.md:23:1', 'lysbildet mangler overskrift'],
    ['SLIDE_NO_NOTES', 'feil/en.md:33:1', 'lysbildet har ikke manus'],
    ['SLIDE_TOO_MUCH_TEXT', 'feil/en.md:41:1', 'lysbildet har 61 ord; grensen er 50'],
    ['ACTIVITY_INCOMPLETE', 'feil/to.md:4:1', 'aktiviteten «Par» mangler alternative'],
    ['SECTION_TIME', 'feil/module.yaml:11:5', 'seksjonen «Andre seksjon» tar 3 min i sporet Kunnskap, men har 5 min i module.yaml'],
    ['SECTION_EMPTY_TRACK', 'feil/module.yaml:11:5', 'seksjonen «Andre seksjon» har ingen lysbilder i sporet Erfaring'],
    ['MODULE_TIME', 'feil/module.yaml:1:1', 'Modul med feil tar 5 min i sporet Erfaring; planlagt er 20 ± 1 min'],
    ['SPELLING', 'feil/to.md:14:31', 'ukjent ord «skrivefeiil»'],
  ])('%s at %s', (code, where, message) => {
    const line = lines.find((l) => l.includes(`${where}  feil  ${code}  ${message}`));
    expect(line, lines.join('\n')).toBeDefined();
  });

  it('suggests the source that was meant', () => {
    expect(report.issues.find((issue) => issue.code === 'SLIDE_SOURCE_UNKNOWN')?.hint).toContain('Mente du «heir2019»?');
  });

  it('warns about activity fields a facilitator needs', () => {
    expect(report.issues.find((issue) => issue.severity === 'warning' && issue.code === 'ACTIVITY_INCOMPLETE')?.message).toBe('aktiviteten «Par» mangler purpose, group, materials, debrief');
  });
});

describe('the shipped content', () => {
  it('passes every rule, spelling included, in every module and track', async () => {
    const report = await lintContent(paths.decks, nb, { spelling: true });
    expect(report.issues.map((issue) => first(formatIssue(issue, nb, { color: false }, () => undefined)))).toEqual([]);
    expect(report.modules).toBe(7);
  }, 120_000);
});

describe('countWords', () => {
  it.each([
    ['8 av 10 nordmenn', 4],
    ['– ★ «pass» er lov', 3],
    ['', 0],
  ])('%j has %i words', (text, words) => expect(countWords(text)).toBe(words));
});
