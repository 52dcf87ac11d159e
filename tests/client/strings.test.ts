// The room's clock text and the build's come from one formatter; only the countdowns' floor at 0:00 differs.
import { describe, expect, it } from 'vitest';
import * as room from '../../src/client/strings.js';
import * as build from '../../src/time/clock.js';

describe('the room formats time as the build does', () => {
  it('writes the same durations for zero and above', () => {
    for (const sec of [0, 0.4, 1, 59, 59.6, 60, 125, 3599, 3600, 3725, 36000]) expect(room.formatDuration(sec)).toBe(build.formatDuration(sec));
  });

  it('stops countdowns at 0:00 where the build signs the time', () => {
    expect(build.formatDuration(-125)).toBe('−2:05');
    expect(room.formatDuration(-125)).toBe('0:00');
    expect(room.formatDuration(-0.4)).toBe('0:00');
  });

  it('writes the same clock times, wrapping past midnight', () => {
    for (const sec of [0, 36900, 36929, 36931, 86399, 86400 + 600, -60]) expect(room.formatClock(sec)).toBe(build.formatClock(sec));
  });
});
