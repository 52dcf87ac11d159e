import { describe, expect, it } from 'vitest';
import { formatMinutes, halfMinutes, minutesNumber } from '../../src/schedule/minutes.js';

describe('the one minutes formatter', () => {
  it('rounds to the half minute', () => {
    expect([60, 89, 90, 100, 105, 120, 1500].map(halfMinutes)).toEqual([1, 1.5, 1.5, 1.5, 2, 2, 25]);
  });

  it('writes a decimal comma in bokmål and a point in English', () => {
    expect(formatMinutes(90, 'nb')).toBe('1,5 min');
    expect(formatMinutes(90, 'en')).toBe('1.5 min');
    expect(minutesNumber(300, 'nb')).toBe('5');
  });
});
