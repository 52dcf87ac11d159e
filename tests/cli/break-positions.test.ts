import { describe, expect, it } from 'vitest';
import { breakPositions, nearestPosition } from '../../src/cli/break-positions.js';
import { module, section, slide } from '../helpers/content.js';

const intro = module('intro', [section('a', 5, [slide('a1', { minutes: 5 })]), section('b', 20, [slide('b1', { minutes: 20 })])]);
const kk1 = module('kk1', [section('x', 40, [slide('x1', { minutes: 40 })]), section('pause', 10, [], true), section('y', 40, [slide('y1', { minutes: 40 })])]);

describe('break positions', () => {
  it('names every section boundary as a plan writes it, module ends by the module, with minutes from the start', () => {
    expect(breakPositions([intro, kk1], 'praksis').map((p) => [p.after, p.offsetMinutes, p.moduleEnd])).toEqual([
      ['intro/a', 5, false],
      ['intro', 25, true],
      ['kk1/x', 65, false],
    ]);
  });

  it('prefers a module end for lunch when it is near the middle', () => {
    const positions = breakPositions([intro, kk1], 'praksis');
    expect(nearestPosition(positions, 55)!.after).toBe('kk1/x');
    expect(nearestPosition(positions, 55, 45)!.after).toBe('intro');
  });
});
