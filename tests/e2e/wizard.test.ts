// The wizard as a planner meets it: a real terminal (util-linux `script` gives it a pty), keys
// typed only after each question is on screen.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb.js';
import { parseYaml } from '../../src/yaml/parse.js';
import { validatePlan } from '../../src/plan/validate.js';

const hasScript = existsSync('/usr/bin/script');
const ENTER = '\r';
const DOWN = '\u001b[B';

describe.skipIf(!hasScript && !process.env.CI)('fasilitator new, answered at its prompts', () => {
  it('plans a full day with lunch between the introduction and the competencies', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fasilitator-wizard-'));
    const file = join(dir, 'fagdag.yaml');
    const env: NodeJS.ProcessEnv = { ...process.env, TERM: 'xterm' };
    delete env.CI;
    const child = spawn('script', ['-qfec', `stty cols 120 rows 40; node bin/fasilitator.js new ${file}`, '/dev/null'], { env, stdio: ['pipe', 'pipe', 'pipe'] });
    let screen = '';
    let seen = 0;
    child.stdout.on('data', (chunk: Buffer) => (screen += stripVTControlCharacters(chunk.toString('utf8'))));
    const exited = new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? -1)));
    // Waits until `text` appears after what earlier steps saw, then types `keys`.
    const answer = async (text: string, ...keys: string[]): Promise<void> => {
      await expect.poll(() => screen.indexOf(text, seen), { interval: 50 }).toBeGreaterThanOrEqual(0);
      seen = screen.indexOf(text, seen) + text.length;
      for (const key of keys) child.stdin.write(key);
    };
    try {
      await answer(nb.wizard.title, ENTER);
      await answer(nb.wizard.organisation, ENTER);
      await answer(nb.wizard.date, ENTER);
      await answer(nb.wizard.start, ENTER);
      await answer(nb.wizard.introduction, DOWN, ENTER); // long
      await answer(nb.wizard.track, DOWN, ENTER); // praksis
      await answer(nb.wizard.competencies, ' ', DOWN, ' ', ENTER); // 1 and 2
      await answer('Skal dere ha lunsj?', ENTER); // yes
      await answer(nb.wizard.lunchWhere, ENTER); // the suggestion: after the introduction
      await answer(nb.wizard.breakMinutes, ENTER); // 30
      await answer(nb.wizard.breakCount, DOWN, ENTER); // one more than suggested
      await answer(nb.wizard.breakWhere(1), ENTER);
      await answer(nb.wizard.breakMinutes, ENTER); // 10
      await answer(nb.wizard.facilitators, ENTER);
      await answer(nb.wizard.audience, ENTER);
      await answer(nb.wizard.theme, ENTER);
      expect(await exited).toBe(0);
    } finally {
      child.kill();
    }
    const text = readFileSync(file, 'utf8');
    const { plan, issues } = validatePlan(parseYaml({ path: file, text }, nb), nb);
    expect(issues).toEqual([]);
    expect(plan).toMatchObject({ introduction: 'long', track: 'praksis', competencies: [1, 2] });
    expect(plan!.breaks[0]).toMatchObject({ after: 'intro', minutes: 30, title: 'Lunsj' });
    expect(plan!.breaks).toHaveLength(2);
    expect(screen).toContain('Lunsj');
  }, 180_000);
});
