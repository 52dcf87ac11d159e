import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';

async function cli(...argv: string[]) {
  const output = memoryOutput();
  const code = await run(argv, output, {});
  return { code, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
}

const out = () => mkdtempSync(join(tmpdir(), 'fasilitator-cli-'));

describe('fasilitator (in process)', () => {
  it('teaches with --help, in bokmål by default and English with --lang en', async () => {
    const nb = await cli('--help');
    expect(nb.code).toBe(0);
    expect(nb.stdout).toContain('Kommandoer:');
    expect(nb.stdout).toContain('fasilitator build plans/kort-intro-praksis.yaml');
    const en = await cli('--help', '--lang', 'en');
    expect(en.stdout).toContain('Commands:');
  });

  it.each(['new', 'build', 'pdf', 'check', 'list', 'serve', 'dev'])('has help with examples for %s', async (command) => {
    const { code, stdout } = await cli(command, '--help');
    expect(code).toBe(0);
    expect(stdout).toMatch(new RegExp(`^fasilitator ${command} – `));
    expect(stdout).toContain('Valg:');
  });

  it('gives help even when the line also holds a wrong option, but not after --', async () => {
    const help = await cli('build', '--bogus', '-h');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^fasilitator build – /);
    const literal = await cli('check', '--', '--help');
    expect(literal.code).not.toBe(0);
    expect(literal.stdout).not.toMatch(/^fasilitator check – /);
  });

  it('prints the version', async () => {
    const { stdout } = await cli('--version');
    expect(stdout).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('exits 2 with a did-you-mean on a misspelt command or option', async () => {
    const command = await cli('buidl');
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('feil: ukjent kommando «buidl»');
    expect(command.stderr).toContain('Mente du «build»?');
    const option = await cli('build', '--outt', 'x', 'plans/kort-intro-praksis.yaml');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('feil: ukjent valg --outt');
    expect(option.stderr).toContain('Mente du «--out»?');
  });

  it('exits 2 when no plan is given, with an example', async () => {
    const { code, stderr } = await cli('build');
    expect(code).toBe(2);
    expect(stderr).toContain('ingen plan oppgitt');
    expect(stderr).toContain('fasilitator build plans/kort-intro-praksis.yaml');
  });

  it('exits 2 on an unknown --lang', async () => {
    const { code, stderr } = await cli('list', '--lang', 'de');
    expect(code).toBe(2);
    expect(stderr).toContain('--lang de: ukjent språk');
  });

  it('checks a plan and prints its agenda with clock times', async () => {
    const { code, stdout } = await cli('check', 'plans/kort-intro-praksis.yaml');
    expect(code).toBe(0);
    expect(stdout).toMatch(/09:02 +5 +\d+,\d +Livet skjer med oss alle +intro\/livet-skjer +Gjett tallet \(\d+ min\)/);
    expect(stdout).toContain('Totalt 25 min, kl. 09:00–09:25');
  });

  it('check --json gives the agenda to scripts', async () => {
    const { code, stdout } = await cli('check', '--json', 'plans/kort-intro-kunnskap.yaml');
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result.ok).toBe(true);
    expect(result.plans[0]).toMatchObject({ plan: 'plans/kort-intro-kunnskap.yaml', start: '13:00', end: '13:25', totalMinutes: 25 });
  });

  it('check lists section ids a plan can put a break after, and each section\'s needed minutes', async () => {
    const { stdout } = await cli('check', '--json', 'plans/kort-intro-kunnskap.yaml');
    const rows: { id?: string; needed?: number; minutes: number; kind: string; section: string }[] = JSON.parse(stdout).plans[0].agenda;
    const content = rows.filter((row) => row.kind === 'content');
    expect(content.length).toBeGreaterThan(1);
    for (const row of content) {
      expect(row.id).toMatch(/^intro\/[a-z0-9-]+$/);
      expect(row.needed).toBeGreaterThan(0);
    }
    // An id from the agenda works as a break position: the break lands right after that section.
    const needed = content.reduce((sum, row) => sum + row.needed!, 0);
    const planned = content.reduce((sum, row) => sum + row.minutes, 0);
    const shown = (await cli('check', 'plans/kort-intro-kunnskap.yaml')).stdout;
    expect(shown).toContain(`Stoffet trenger ${(Math.round(needed * 10) / 10).toFixed(1).replace('.', ',')} av ${planned} min uten pauser (${Math.round((needed / planned) * 100)} %)`);
    const target = content[1]!;
    const dir = out();
    const plan = join(dir, 'pause.yaml');
    writeFileSync(plan, `introduction: short\ntrack: kunnskap\nstart: "13:00"\nbreaks:\n  - after: ${target.id}\n    minutes: 5\n`);
    const checked = await cli('check', '--json', plan);
    expect(checked.code).toBe(0);
    const agenda: { id?: string; kind: string }[] = JSON.parse(checked.stdout).plans[0].agenda;
    const at = agenda.findIndex((row) => row.id === target.id);
    expect(agenda[at + 1]?.kind).toBe('break');
    const text = await cli('check', plan);
    const escape = (value: string): string => value.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    expect(text.stdout).toMatch(new RegExp(`${escape(target.section)} +${escape(target.id!)}`));
  });

  it('exits 2 with a message, not a crash report, when --decks is not a folder', async () => {
    for (const argv of [['check', '--content', '--decks', 'finnes-ikke'], ['check', '--content', '--decks', 'package.json'], ['list', '--decks', 'finnes-ikke']]) {
      const { code, stderr } = await cli(...argv);
      expect(code).toBe(2);
      expect(stderr).toContain(`--decks ${argv.at(-1)}: finner ikke mappen`);
      expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
  });

  it('exits 1 on a bad plan and reports every problem with file, line and column', async () => {
    const { code, stderr } = await cli('check', 'tests/fixtures/plans/invalid/many-errors.yaml');
    expect(code).toBe(1);
    expect(stderr).toContain('tests/fixtures/plans/invalid/many-errors.yaml:2:15  feil  PLAN_INVALID_VALUE  introduction: lang — ukjent introduksjon');
    expect(stderr).toContain('many-errors.yaml:6:1  feil  PLAN_UNKNOWN_KEY  ukjent felt «facilitator»');
  });

  it('exits 1, never with a stack trace, on a missing file and a folder', async () => {
    for (const path of ['plans/finnes-ikke.yaml', 'plans']) {
      const { code, stderr } = await cli('check', path);
      expect(code).toBe(1);
      expect(stderr).not.toMatch(/\bat .*\.(ts|js):\d+/);
    }
  });

  it('builds several plans, goes on past a bad one and exits 1 at the end', async () => {
    const dir = out();
    const { code, stdout, stderr } = await cli('build', 'plans/kort-intro-praksis.yaml', 'tests/fixtures/plans/invalid/unknown-track.yaml', 'plans/kort-intro-erfaring.yaml', '-o', dir);
    expect(code).toBe(1);
    expect(readdirSync(dir).sort()).toEqual(['index.html', 'kort-intro-erfaring', 'kort-intro-praksis']);
    expect(stdout).toContain('2 bygget, 1 feilet');
    // The overview lists the sessions in date order with links to their files.
    const index = readFileSync(join(dir, 'index.html'), 'utf8');
    expect(stdout).toContain('Oversikt over 2 økter');
    expect(index.indexOf('3. desember 2026, 09:00–09:25')).toBeLessThan(index.indexOf('10. desember 2026, 08:30–08:55'));
    expect(index).toContain('<a href="kort-intro-praksis/manus.html">manus</a>');
    expect(index).toContain('<a href="kort-intro-erfaring/deltaker/index.html">deltakerkopi</a>');
    expect(stderr).toContain('✖ tests/fixtures/plans/invalid/unknown-track.yaml: ikke bygget');
  });

  it('list shows the modules with minutes per track', async () => {
    const { code, stdout } = await cli('list');
    expect(code).toBe(0);
    expect(stdout).toMatch(/Kort introduksjon +introduction: short +25 +25 +25 +25/);
  });
});

describe('fasilitator (the installed binary)', () => {
  it('builds a plan into dist/<plan>/ with deck, run sheet and schedule', () => {
    const dir = out();
    const result = spawnSync('node', ['bin/fasilitator.js', 'build', 'plans/kort-intro-praksis.yaml', '-o', dir], { encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/✔ plans\/kort-intro-praksis\.yaml → .*kort-intro-praksis \(\d+ ms\)/);
    expect(readdirSync(join(dir, 'kort-intro-praksis')).sort()).toEqual(['.fasilitator', 'assets', 'deltaker', 'index.html', 'lysark-med-manus.html', 'manus.html', 'schedule.json', 'veiledning.html']);
  });

  it('keeps the previous deck when a rebuild fails', () => {
    const dir = out();
    spawnSync('node', ['bin/fasilitator.js', 'build', 'plans/kort-intro-praksis.yaml', '-o', dir]);
    const before = readFileSync(join(dir, 'kort-intro-praksis', 'index.html'), 'utf8');
    const plan = join(dir, 'kort-intro-praksis.yaml');
    writeFileSync(plan, 'introduction: short\ntrack: praxis\n');
    const result = spawnSync('node', ['bin/fasilitator.js', 'build', plan, '-o', dir], { encoding: 'utf8' });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Ingenting er skrevet; forrige versjon er urørt.');
    expect(readFileSync(join(dir, 'kort-intro-praksis', 'index.html'), 'utf8')).toBe(before);
    expect(readdirSync(dir).filter((name) => name.startsWith('.'))).toEqual([]);
  });
});
