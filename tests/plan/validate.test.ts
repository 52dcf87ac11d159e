import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '../../src/terminal/report.js';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import { parseYaml } from '../../src/yaml/parse.js';
import { validatePlan } from '../../src/plan/validate.js';

const INVALID = 'tests/fixtures/plans/invalid';

function validate(text: string, t = nb, path = 'plan.yaml') {
  return validatePlan(parseYaml({ path, text }, t), t);
}

describe('validatePlan: each bad-plan fixture matches its expected report', () => {
  const cases = readdirSync(INVALID).filter((name) => name.endsWith('.yaml'));
  it.each(cases)('%s', async (name) => {
    const path = `${INVALID}/${name}`;
    const result = validate(readFileSync(path, 'utf8'), nb, path);
    expect(result.plan).toBeUndefined();
    expect(result.issues.length).toBeGreaterThan(0);
    await expect(formatIssues(result.issues, nb, { color: false })).toMatchFileSnapshot(`../../${INVALID}/${name.replace('.yaml', '.expected.txt')}`);
  });
});

describe('validatePlan: message, line and column', () => {
  it.each([
    ['introduction: short\ntrack: praxis\n', 'PLAN_INVALID_VALUE', 2, 8, 'track: praxis — ukjent spor', 'Mente du «praksis»? Gyldige: kunnskap, praksis, erfaring.'],
    ['introduction: short\ntrakc: praksis\ntrack: praksis\n', 'PLAN_UNKNOWN_KEY', 2, 1, 'ukjent felt «trakc»', 'Mente du «track»?'],
    ['title: x\n', 'PLAN_MISSING_FIELD', 1, 1, 'mangler feltet «introduction» (introduksjon)', 'Legg til en linje som: introduction: short'],
    ['introduction: short\ntrack: praksis\nstart: "25:00"\n', 'PLAN_INVALID_VALUE', 3, 8, 'start: 25:00 — ikke et klokkeslett', 'Skriv klokkeslett som "09:00"'],
    ['introduction: short\ntrack: praksis\ncompetencies: [2, 6]\n', 'PLAN_INVALID_VALUE', 3, 19, 'kjernekompetanse 6 finnes ikke', 'nummerert 1–5'],
    ['introduction: short\ntrack: praksis\ntimer:\n  overlay: ja\n', 'PLAN_WRONG_TYPE', 4, 12, '«overlay» skal være auto, true eller false, men er tekst', 'overlay: auto'],
    ['introduction: short\ntrack: praksis\nbreaks:\n  - minutes: 10\n', 'PLAN_MISSING_FIELD', 4, 5, 'pausen mangler «after» eller «at»', '«after: intro»'],
    ['introduction: short\ntrack: praksis\ndate: 2026-02-30\n', 'PLAN_INVALID_VALUE', 3, 7, 'date: 2026-02-30 — ikke en gyldig dato', 'ÅÅÅÅ-MM-DD'],
    ['introduction: short\ntrack: praksis\ntrack: kunnskap\n', 'YAML_SYNTAX', 3, 1, 'YAML-feil: feltet står to ganger', 'Fjern den ene'],
    ['introduction: short\ntrack: praksis\ntitle: Møte: om traumer\n', 'YAML_SYNTAX', 3, 8, 'YAML-feil: en linje har to kolon', 'anførselstegn'],
  ])('%j → %s at %i:%i', (text, code, line, column, message, hint) => {
    const { issues } = validate(text);
    const issue = issues.find((i) => i.code === code);
    expect(issue, JSON.stringify(issues)).toBeDefined();
    expect(issue!.span).toMatchObject({ line, column });
    expect(issue!.message).toContain(message);
    expect(issue!.hint).toContain(hint);
  });

  it('reports every error in a file at once, sorted by position', () => {
    const { issues } = validate(readFileSync(`${INVALID}/many-errors.yaml`, 'utf8'));
    expect(issues.map((i) => `${i.span?.line}:${i.code}`)).toEqual([
      '2:PLAN_INVALID_VALUE',
      '4:PLAN_INVALID_VALUE',
      '4:PLAN_INVALID_VALUE',
      '5:PLAN_INVALID_VALUE',
      '6:PLAN_UNKNOWN_KEY',
      '8:PLAN_WRONG_TYPE',
    ]);
  });

  it('suggests the nearest valid value for a misspelt introduction', () => {
    const issue = validate('introduction: shrot\ntrack: praksis\n').issues[0]!;
    expect(issue.hint).toBe('Mente du «short»? Gyldige: short, long, none.');
  });

  it('words issues in English for English users', () => {
    const issue = validate('introduction: short\ntrack: praxis\n', en).issues[0]!;
    expect(issue.message).toBe('track: praxis — unknown track');
    expect(issue.hint).toBe('Did you mean “praksis”? Valid: kunnskap, praksis, erfaring.');
  });
});

describe('validatePlan: valid plans', () => {
  it('applies defaults to a minimal plan', () => {
    const { plan, issues } = validate(readFileSync('tests/fixtures/plans/valid/minimal.yaml', 'utf8'), nb, 'plans/minimal.yaml');
    expect(issues).toEqual([]);
    expect(plan).toMatchObject({
      name: 'minimal',
      startSec: 9 * 3600,
      facilitators: [],
      competencies: [],
      breaks: [],
      timer: { overlay: 'auto', sound: false },
      language: 'nb',
      theme: 'default',
    });
  });

  it('reads 09.30 as a clock time and a single facilitator as a list', () => {
    const { plan } = validate(readFileSync('tests/fixtures/plans/valid/full.yaml', 'utf8'));
    expect(plan?.startSec).toBe(9 * 3600 + 30 * 60);
    expect(plan?.facilitators).toEqual(['Kari Nordmann']);
    expect(plan?.language).toBe('en');
    expect(plan?.theme).toBe('kontrast');
  });

  it('warns, but accepts, core competencies out of the recommended order', () => {
    const { plan, issues } = validate('introduction: none\ntrack: praksis\ncompetencies: [3, 1]\n');
    expect(plan?.competencies).toEqual([3, 1]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'PLAN_ORDER', severity: 'warning', span: { line: 3 } });
  });

  it('keeps the span of each field for later stages', () => {
    const { plan } = validate('introduction: short\ntrack: praksis\nbreaks:\n  - at: "10:15"\n    minutes: 10\n');
    expect(plan?.breaks[0]).toMatchObject({ atSec: 36900, minutes: 10, span: { line: 4, column: 5 } });
  });
});
