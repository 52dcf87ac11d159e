// fasilitator site: one folder for the whole programme, shared files once, written atomically,
// and never over a folder fasilitator did not make.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { folderSize } from '../../src/cli/commands/site.js';

async function cli(...argv: string[]) {
  const output = memoryOutput();
  const code = await run(argv, output, {});
  return { code, stdout: output.stdout.join('\n'), stderr: output.stderr.join('\n') };
}

const hash = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('fasilitator site', () => {
  it('builds every session into one folder, stores shared files once and reports size and file count', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'fasilitator-site-cli-'));
    const target = join(parent, 'kurs');
    const { code, stdout } = await cli('site', '-o', target);
    expect(code).toBe(0);
    const sessions = readdirSync(target, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'felles').map((d) => d.name);
    expect(sessions.length).toBeGreaterThan(0);
    for (const session of sessions) {
      for (const file of ['index.html', 'manus.html', 'deltaker/index.html', 'veiledning.html']) expect(existsSync(join(target, session, file)), `${session}/${file}`).toBe(true);
      // No per-session copy of the runtime: it lives in felles/ only.
      expect(existsSync(join(target, session, 'assets'))).toBe(false);
      expect(existsSync(join(target, session, 'deltaker', 'assets'))).toBe(false);
      expect(readFileSync(join(target, session, 'index.html'), 'utf8')).toContain('src="../felles/fasilitator.js"');
    }
    expect(hash(join(target, 'felles', 'fasilitator.js'))).toBe(hash('runtime/fasilitator.js'));
    const size = await folderSize(target);
    expect(stdout).toContain(`${sessions.length} økter, ${size.files} filer`);
    // Nothing left over from the atomic write.
    expect(readdirSync(parent)).toEqual(['kurs']);

    // Building again replaces its own folder.
    writeFileSync(join(target, 'stale.txt'), 'old');
    expect((await cli('site', '-o', target)).code).toBe(0);
    expect(existsSync(join(target, 'stale.txt'))).toBe(false);
  });

  it('refuses to replace a folder it did not make, unless --force', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'fasilitator-site-cli-'));
    const target = join(parent, 'mine');
    mkdirSync(target);
    writeFileSync(join(target, 'viktig.docx'), 'keep me');
    const refused = await cli('site', '-o', target);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('ble ikke laget av fasilitator site');
    expect(refused.stderr).toContain('--force');
    expect(readFileSync(join(target, 'viktig.docx'), 'utf8')).toBe('keep me');
    const forced = await cli('site', '-o', target, '--force');
    expect(forced.code).toBe(0);
    expect(existsSync(join(target, 'viktig.docx'))).toBe(false);
    expect(existsSync(join(target, 'index.html'))).toBe(true);
  });

  it('has help in bokmål with examples, and is listed in the main help', async () => {
    const help = await cli('site', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^fasilitator site – /);
    expect(help.stdout).toContain('minnepinne');
    expect(help.stdout).toContain('Eksempler:');
    expect((await cli('--help')).stdout).toContain('  site ');
  });

  it('rejects an unknown option or a plan with exit 2 and says what to do', async () => {
    expect((await cli('site', '--pfd')).code).toBe(2);
    const plan = await cli('site', 'plans/kort-intro-praksis.yaml');
    expect(plan.code).toBe(2);
    expect(plan.stderr).toContain('fasilitator site -o');
  });
});
