import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { atLeast, diagnose, engineMinimum, type MachineFacts } from '../../src/doctor/checks.js';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';

const healthy: MachineFacts = {
  nodeVersion: '20.20.2',
  nodeMinimum: '20.19.0',
  platform: 'linux',
  chromium: { path: '/usr/bin/chromium', version: 'Chromium 156' },
  libreoffice: { path: '/usr/bin/soffice' },
  fallbackFonts: true,
  output: { dir: '/home/kari/dist', writable: true, existingAncestor: '/home/kari' },
};

describe('doctor checks', () => {
  it('compares versions part by part', () => {
    expect(atLeast('20.19.0', '20.19.0')).toBe(true);
    expect(atLeast('v22.1.0', '20.19.0')).toBe(true);
    expect(atLeast('20.18.9', '20.19.0')).toBe(false);
    expect(atLeast('20.9.0', '20.19.0')).toBe(false);
  });

  it('reads the minimum from an engines range', () => {
    expect(engineMinimum('>=20.19')).toBe('20.19.0');
    expect(engineMinimum('^22')).toBe('22.0.0');
  });

  it('passes a machine with everything', () => {
    expect(diagnose(healthy, nb).map((check) => check.status)).toEqual(['ok', 'ok', 'ok', 'ok', 'ok']);
  });

  it('says what to install, per platform, when the browser is missing', () => {
    const { chromium: _gone, ...rest } = healthy;
    const linux = diagnose(rest, nb).find((check) => check.id === 'chromium')!;
    expect(linux.status).toBe('missing');
    expect(linux.fix).toContain('apt-get install chromium');
    const windows = diagnose({ ...rest, platform: 'win32' }, nb).find((check) => check.id === 'chromium')!;
    expect(windows.fix).toContain('Edge');
    expect(windows.fix).not.toContain('apt-get');
  });

  it('treats LibreOffice and fonts as optional', () => {
    const { libreoffice: _gone, ...rest } = healthy;
    const results = diagnose({ ...rest, fallbackFonts: false }, en);
    expect(results.find((check) => check.id === 'libreoffice')!.status).toBe('optional-missing');
    expect(results.find((check) => check.id === 'fonts')!.status).toBe('optional-missing');
    expect(results.some((check) => check.status === 'missing')).toBe(false);
  });

  it('flags an old Node and an output folder that cannot be written', () => {
    const results = diagnose({ ...healthy, nodeVersion: '18.20.0', output: { ...healthy.output, writable: false } }, nb);
    expect(results.find((check) => check.id === 'node')!.detail).toContain('18.20.0');
    expect(results.find((check) => check.id === 'output')!.fix).toContain('-o');
  });
});

describe('fasilitator doctor', () => {
  it('exits 3 and says why when the output folder sits under a file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'fa-doctor-'));
    writeFileSync(join(dir, 'a-file'), 'x');
    const output = memoryOutput();
    const code = await run(['doctor', '-o', join(dir, 'a-file', 'dist')], output, { PATH: process.env.PATH });
    expect(code).toBe(3);
    expect(output.stdout.join('\n')).toMatch(/✖ Utmappe: kan ikke skrive til/);
    expect(output.stdout.join('\n')).toContain('Noe som trengs mangler');
  });

  it('reports the checks as JSON', async () => {
    const output = memoryOutput();
    await run(['doctor', '--json', '-o', tmpdir()], output, { PATH: process.env.PATH });
    const report = JSON.parse(output.stdout.join('\n')) as { ok: boolean; checks: { id: string }[] };
    expect(report.checks.map((check) => check.id)).toEqual(expect.arrayContaining(['node', 'chromium', 'output']));
  });
});
