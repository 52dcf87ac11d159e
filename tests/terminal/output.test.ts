import { describe, expect, it } from 'vitest';
import { memoryOutput, nodeOutput } from '../../src/terminal/output.js';

describe('memoryOutput status lines', () => {
  it('records status lines on an interactive output; a kept one stays in stderr', () => {
    const output = memoryOutput({ interactive: true });
    output.status('1/2');
    output.status('2/2');
    output.endStatus(true);
    expect(output.statuses).toEqual(['1/2', '2/2']);
    expect(output.stderr).toEqual(['2/2']);
  });

  it('a cleared status line leaves nothing in stderr, and ending twice is harmless', () => {
    const output = memoryOutput({ interactive: true });
    output.status('bygger');
    output.endStatus();
    output.endStatus(true);
    expect(output.stderr).toEqual([]);
  });

  it('drops status lines when not interactive (a log, CI)', () => {
    const output = memoryOutput();
    output.status('bygger');
    output.endStatus(true);
    expect(output.statuses).toEqual([]);
    expect(output.stderr).toEqual([]);
  });
});

describe('nodeOutput on a terminal', () => {
  function terminal(options: { isTTY: boolean; env?: Record<string, string> }) {
    const written: string[] = [];
    const stream = { isTTY: options.isTTY, write: (text: string) => written.push(text) };
    return { written, terminal: { stdout: stream, stderr: stream, stdin: { isTTY: false }, env: options.env ?? {} } };
  }

  it('redraws the status line in place and puts a message on a line of its own below it', () => {
    const { written, terminal: t } = terminal({ isTTY: true });
    const output = nodeOutput(t);
    output.status('plan ▕██░░▏ 1/3');
    output.status('plan ▕███░▏ 2/3');
    output.err('feil: nettleseren klarte ikke å lage manus.pdf');
    output.endStatus(true);
    const screen = written.join('');
    expect(screen).toBe('\r\u001b[2Kplan ▕██░░▏ 1/3\r\u001b[2Kplan ▕███░▏ 2/3\nfeil: nettleseren klarte ikke å lage manus.pdf\n');
  });

  it('writes no status lines in CI or into a pipe, only plain lines', () => {
    for (const t of [terminal({ isTTY: true, env: { CI: 'true' } }), terminal({ isTTY: false })]) {
      const output = nodeOutput(t.terminal);
      output.status('1/3');
      output.err('✔ lysark.pdf');
      output.endStatus(true);
      expect(t.written).toEqual(['✔ lysark.pdf\n']);
    }
  });
});
