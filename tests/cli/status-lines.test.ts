// Commands draw progress only through the injected Output: on a terminal a status line that is
// redrawn and cleared, never left among the real messages.
import { EventEmitter } from 'node:events';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { RunState } from '../../src/cli/run-state.js';
import { nb } from '../../src/i18n/nb.js';
import { memoryOutput } from '../../src/terminal/output.js';

const out = (): string => mkdtempSync(join(tmpdir(), 'fasilitator-status-'));

describe('status lines through Output', () => {
  it('build: one status line per plan on a terminal, none kept among the messages', async () => {
    const output = memoryOutput({ interactive: true });
    const plans = ['plans/kort-intro-praksis.yaml', 'plans/finnes-ikke.yaml'];
    const state = new RunState(new EventEmitter());
    const code = await run(['build', ...plans, '-o', out()], output, {}, state);
    expect(code).toBe(1);
    expect(output.statuses).toEqual([nb.index.building(1, 2, plans[0]!), nb.index.building(2, 2, plans[1]!)]);
    // Cleared, not kept: no status text among the messages.
    for (const line of output.statuses) expect(output.stderr.join('\n')).not.toContain(line);
    expect(output.stdout.join('\n')).toContain(plans[0]);
    expect(output.stderr.join('\n')).toContain(nb.cli.buildFailed(plans[1]!));
    // The run's own state: nothing left in progress afterwards.
    expect(state.writes.size).toBe(0);
    expect(state.browsers.size).toBe(0);
  });

  it('build: no status lines in a log (not a terminal)', async () => {
    const output = memoryOutput();
    expect(await run(['build', 'plans/kort-intro-praksis.yaml', 'plans/kk1-kunnskap.yaml', '-o', out()], output, {})).toBe(0);
    expect(output.statuses).toEqual([]);
  });

  it('site: a status line per session on a terminal, none kept among the messages', async () => {
    const output = memoryOutput({ interactive: true });
    expect(await run(['site', '-o', join(out(), 'kurs')], output, {})).toBe(0);
    expect(output.statuses.length).toBeGreaterThan(1);
    expect(output.statuses[0]).toMatch(/^1\/\d+ \S+ …$/);
    for (const line of output.statuses) expect(output.stderr.join('\n')).not.toContain(line);
  });
});
