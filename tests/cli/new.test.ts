import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { planText, yamlString } from '../../src/cli/commands/new.js';
import { nb } from '../../src/i18n/nb.js';
import { parseYaml } from '../../src/yaml/parse.js';
import { validatePlan } from '../../src/plan/validate.js';

async function cli(...argv: string[]) {
  const output = memoryOutput();
  const code = await run(argv, output, { CI: 'true' });
  return { code, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
}

describe('fasilitator new with flags', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fasilitator-new-'));
  const file = join(dir, 'plans', 'personalmote.yaml');

  it('writes a commented plan that validates, checks it and prints the agenda', async () => {
    const { code, stdout } = await cli('new', '--introduction', 'short', '--track', 'praksis', '--start', '9.30', '--title', 'Møte: traumer', '--facilitators', 'Kari, Ola', '-y', file);
    expect(code).toBe(0);
    expect(stdout).toContain(`✔ Skrev ${file}`);
    expect(stdout).toContain('Totalt 25 min, kl. 09:30–09:55');
    const text = readFileSync(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=.*schema\/plan\.schema\.json$/);
    const { plan, issues } = validatePlan(parseYaml({ path: file, text }, nb), nb);
    expect(issues).toEqual([]);
    expect(plan).toMatchObject({ title: 'Møte: traumer', introduction: 'short', track: 'praksis', startSec: 9.5 * 3600, facilitators: ['Kari', 'Ola'] });
    const schema = JSON.parse(readFileSync('schema/plan.schema.json', 'utf8'));
    expect(new Ajv({ strict: false }).validate(schema, parse(text))).toBe(true);
  });

  it('refuses to overwrite a plan without --force', async () => {
    writeFileSync(file, 'introduction: long\ntrack: erfaring\n');
    const { code, stderr } = await cli('new', '--introduction', 'short', '--track', 'praksis', '-y', file);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file} finnes allerede`);
    expect(stderr).toContain('--force');
    expect(readFileSync(file, 'utf8')).toBe('introduction: long\ntrack: erfaring\n');
    expect((await cli('new', '--introduction', 'short', '--track', 'praksis', '-y', '--force', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('introduction: short');
  });

  it('asks for the flags it needs when it cannot ask questions, and writes nothing', async () => {
    const missing = join(dir, 'mangler.yaml');
    const { code, stderr } = await cli('new', '--track', 'praksis', missing);
    expect(code).toBe(2);
    expect(stderr).toContain('trenger --introduction og --track');
    expect(existsSync(missing)).toBe(false);
  });

  it.each(['..yaml', 'index.html.yaml'])('refuses the plan name %s before writing anything', async (name) => {
    const file = join(dir, name);
    const { code, stderr } = await cli('new', '--introduction', 'short', '--track', 'praksis', '-y', file);
    expect(code).toBe(2);
    expect(stderr).toContain('ikke kan brukes');
    expect(existsSync(file)).toBe(false);
  });

  it('rejects a bad flag value with the valid ones', async () => {
    const { code, stderr } = await cli('new', '--introduction', 'short', '--track', 'praxis', '-y', join(dir, 'x.yaml'));
    expect(code).toBe(2);
    expect(stderr).toContain('Gyldige: kunnskap, praksis, erfaring');
  });
});

describe('fasilitator new with breaks', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fasilitator-new-breaks-'));

  it('writes a full day with lunch and a break between two competencies, from flags', async () => {
    const file = join(dir, 'fagdag.yaml');
    const { code, stdout, stderr } = await cli('new', '--introduction', 'long', '--track', 'praksis', '--competencies', '1,2', '--start', '08:30',
      '--break', 'after=intro,minutes=40,title=Lunsj', '--break', 'after=kk1,minutes=15', '-y', file);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const { plan, issues } = validatePlan(parseYaml({ path: file, text: readFileSync(file, 'utf8') }, nb), nb);
    expect(issues).toEqual([]);
    expect(plan!.breaks).toMatchObject([{ after: 'intro', minutes: 40, title: 'Lunsj' }, { after: 'kk1', minutes: 15 }]);
    // The agenda printed after writing has the lunch and the break in their places.
    expect(stdout).toMatch(/Lunsj/);
    expect(stdout).toContain('Totalt 385 min, kl. 08:30–14:55');
  });

  it('places a break after a section named as list shows it', async () => {
    const file = join(dir, 'kort.yaml');
    expect((await cli('new', '--introduction', 'short', '--track', 'kunnskap', '--break', 'after=intro/hva-er-traume,minutes=5', '-y', file)).code).toBe(0);
    expect(readFileSync(file, 'utf8')).toContain('  - after: intro/hva-er-traume\n    minutes: 5');
  });

  it('refuses an unknown place with a did-you-mean and writes nothing', async () => {
    const file = join(dir, 'feil.yaml');
    const { code, stderr } = await cli('new', '--introduction', 'short', '--track', 'kunnskap', '--break', 'after=intro/hva-er-traumer,minutes=5', '-y', file);
    expect(code).toBe(2);
    expect(stderr).toContain('Mente du «intro/hva-er-traume»?');
    expect(stderr).toContain('fasilitator list');
    expect(existsSync(file)).toBe(false);
  });

  it.each(['minutes=10', 'after=intro,minutes=0', 'after=intro,minutes=ti', 'etter=intro'])('refuses --break %s (exit 2)', async (value) => {
    const { code, stderr } = await cli('new', '--introduction', 'short', '--track', 'kunnskap', '--break', value, '-y', join(dir, 'x.yaml'));
    expect(code).toBe(2);
    expect(stderr).toContain('--break after=intro/hva-er-traume,minutes=10');
  });
});

describe('plan text', () => {
  it.each([
    ['Bydel Eksempel', 'Bydel Eksempel'],
    ['Møte: traumer', '"Møte: traumer"'],
    ['2026', '"2026"'],
    ['yes', '"yes"'],
    ['ja', 'ja'],
    ['#1 på lista', '"#1 på lista"'],
  ])('quotes %j as %s', (value, yaml) => expect(yamlString(value)).toBe(yaml));

  it('reads back to the answers', () => {
    const text = planText(
      { title: 'Fagdag', start: '12:30', introduction: 'long', track: 'erfaring', competencies: [1, 2], facilitators: ['A B'], breaks: [{ after: 'intro', minutes: 10 }], date: '2027-01-14' },
      '../schema/plan.schema.json',
      nb,
      '2026-11-21',
    );
    const { plan, issues } = validatePlan(parseYaml({ path: 'p.yaml', text }, nb), nb);
    expect(issues).toEqual([]);
    expect(plan).toMatchObject({ competencies: [1, 2], date: '2027-01-14', breaks: [{ after: 'intro', minutes: 10 }] });
  });
});

describe('fasilitator new --theme', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fasilitator-new-theme-'));

  it('writes the chosen theme into the plan, and the plan builds with it', async () => {
    const file = join(dir, 'oslo.yaml');
    const { code } = await cli('new', '--introduction', 'short', '--track', 'kunnskap', '--theme', 'oslo', '-y', file);
    expect(code).toBe(0);
    const { plan } = validatePlan(parseYaml({ path: file, text: readFileSync(file, 'utf8') }, nb), nb);
    expect(plan?.theme).toBe('oslo');
  });

  it('leaves the default theme as a comment', () => {
    const text = planText({ title: 'T', start: '09:00', introduction: 'short', track: 'praksis', competencies: [], facilitators: [], breaks: [] }, 's.json', nb, '2026-01-01');
    expect(text).toMatch(/^# theme: default/m);
    expect(text).not.toMatch(/^theme:/m);
  });

  it('refuses an unknown theme with a did-you-mean (usage error)', async () => {
    const { code, stderr } = await cli('new', '--introduction', 'short', '--track', 'kunnskap', '--theme', 'olso', '-y', join(dir, 'x.yaml'));
    expect(code).toBe(2);
    expect(stderr).toContain('«oslo»');
    expect(existsSync(join(dir, 'x.yaml'))).toBe(false);
  });
});

describe('fasilitator new where a plan cannot be written', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fasilitator-new-where-'));
  const flags = ['--introduction', 'short', '--track', 'praksis', '-y'];

  it('never writes over a folder, even with --force (exit 2), and the folder keeps what it holds', async () => {
    const folder = join(dir, 'plans');
    mkdirSync(folder);
    writeFileSync(join(folder, 'min.yaml'), 'introduction: long\n');
    const { code, stderr } = await cli('new', ...flags, '--force', folder);
    expect(code).toBe(2);
    expect(stderr).toContain(`${folder} er en mappe, ikke en fil`);
    expect(readFileSync(join(folder, 'min.yaml'), 'utf8')).toBe('introduction: long\n');
  });

  it('says in words that a file stands where a folder should be (exit 3), with no stack trace', async () => {
    const blocker = join(dir, 'notat.txt');
    writeFileSync(blocker, 'x');
    const { code, stderr } = await cli('new', ...flags, join(blocker, 'plan.yaml'));
    expect(code).toBe(3);
    expect(stderr).toContain('kan ikke skrive til');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(readFileSync(blocker, 'utf8')).toBe('x');
  });
});
