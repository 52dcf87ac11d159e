import { describe, expect, it } from 'vitest';
import { memoryOutput } from '../../src/terminal/output.js';

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
