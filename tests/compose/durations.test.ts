import { describe, expect, it } from 'vitest';
import { allocateSeconds } from '../../src/compose/durations.js';

describe('allocateSeconds', () => {
  it.each([
    [300, [120, undefined, undefined], [120, 90, 90]],
    [300, [undefined, undefined, undefined], [100, 100, 100]],
    [100, [undefined, undefined, undefined], [34, 33, 33]],
    [300, [60, 90], [60, 90]],
    [60, [90, undefined], [90, 0]],
    [120, [], []],
  ] as const)('%i s over %j → %j', (budget, planned, expected) => {
    const result = allocateSeconds(budget, planned);
    expect(result).toEqual(expected);
  });

  it('never loses or invents a second when it shares the slot', () => {
    for (let budget = 0; budget < 400; budget += 7) {
      const result = allocateSeconds(budget, [undefined, 30, undefined, undefined]);
      expect(result.reduce((a, b) => a + b, 0)).toBe(Math.max(budget, 30));
    }
  });
});
