import { describe, expect, it } from 'vitest';
import { formatClock, formatDuration, parseClock } from '../../src/time/clock.js';

describe('clock', () => {
  it.each([
    ['09:00', 32400],
    ['9:00', 32400],
    ['09.30', 34200],
    ['23:59', 86340],
    ['00:00', 0],
    ['24:00', undefined],
    ['9', undefined],
    ['09:60', undefined],
  ])('parseClock(%s) = %s', (text, sec) => expect(parseClock(text)).toBe(sec));

  it.each([
    [32400, '09:00'],
    [36900, '10:15'],
    [36929, '10:15'],
    [36930, '10:16'],
    [86400 + 600, '00:10'],
  ])('formatClock(%i) = %s', (sec, text) => expect(formatClock(sec)).toBe(text));

  it.each([
    [0, '0:00'],
    [59, '0:59'],
    [125, '2:05'],
    [3725, '1:02:05'],
    [-61, '−1:01'],
  ])('formatDuration(%i) = %s', (sec, text) => expect(formatDuration(sec)).toBe(text));
});
