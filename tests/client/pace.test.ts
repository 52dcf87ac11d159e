import { describe, expect, it } from 'vitest';
import type { TimerEvent } from '../../src/client/timer/events.js';
import { catchUp, pace, paceDelta, paceState, upcoming, wholeMinutes } from '../../src/client/timer/pace.js';
import { foldLog } from '../../src/client/timer/state.js';
import { schedule } from '../helpers/schedule.js';

const T0 = new Date(2026, 11, 3, 9, 0, 0).getTime(); // 09:00 local
const at = (sec: number): number => T0 + sec * 1000;

describe('paceDelta: the ahead/behind formula', () => {
  const slide = { offsetSec: 300, durationSec: 300 };
  it.each([
    [0, -300, 'reached the slide 5 min before its planned start'],
    [299, -1, 'one second early'],
    [300, 0, 'at its planned start'],
    [450, 0, 'inside its window'],
    [600, 0, 'at its planned end'],
    [601, 1, 'one second past its end'],
    [780, 180, 'three minutes past its end'],
  ])('E = %i s → %i s (%s)', (elapsed, delta) => expect(paceDelta(elapsed, slide)).toBe(delta));

  it.each([
    [59, 'on-track'],
    [60, 'behind'],
    [-59, 'on-track'],
    [-60, 'ahead'],
  ] as const)('delta %i s → %s', (delta, state) => expect(paceState({ status: 'running' }, delta)).toBe(state));

  it('rounds minutes towards zero', () => {
    expect([59, 60, 179, 180, -61].map(wholeMinutes)).toEqual([0, 1, 2, 3, 1]);
  });

  it('is paused or not started regardless of delta', () => {
    expect(paceState({ status: 'paused' }, 500)).toBe('paused');
    expect(paceState({ status: 'not-started' }, 500)).toBe('not-started');
  });
});

describe('pace', () => {
  it('is on track, then behind when the facilitator stays too long on a slide', () => {
    const log: TimerEvent[] = [{ type: 'start', at: at(0), slide: 1 }];
    const onTrack = pace(schedule, foldLog(log, schedule, at(100)), at(100));
    expect(onTrack).toMatchObject({ state: 'on-track', deltaSec: 0, sectionLeftSec: 260 });
    const behind = pace(schedule, foldLog(log, schedule, at(300)), at(300));
    expect(behind).toMatchObject({ state: 'behind', deltaSec: 180, sectionLeftSec: 60 });
    // Planned end 09:21; still 0 s left on slide a (120 − 300 < 0), then 240 + 600 + 300 → 09:05 + 19 min.
    expect(behind.projectedEndSec).toBe(9 * 3600 + 300 + 1140);
  });

  it('is ahead after skipping to a later slide', () => {
    const log: TimerEvent[] = [
      { type: 'start', at: at(0), slide: 1 },
      { type: 'slide', at: at(30), slide: 4 },
    ];
    expect(pace(schedule, foldLog(log, schedule, at(40)), at(40))).toMatchObject({ state: 'ahead', deltaSec: -920 });
  });

  it('shows a minute added to an activity in the projected end', () => {
    const log: TimerEvent[] = [{ type: 'start', at: at(0), slide: 1 }];
    const before = pace(schedule, foldLog(log, schedule, at(10)), at(10));
    const after = pace(schedule, foldLog([...log, { type: 'adjust', at: at(5), slideId: 'b', sec: 60 }], schedule, at(10)), at(10));
    expect(after.projectedEndSec - before.projectedEndSec).toBe(60);
  });
});

describe('catchUp', () => {
  it('suggests skipping optional slides, then shortening activities, never breaks', () => {
    const snap = foldLog([{ type: 'start', at: at(0), slide: 1 }], schedule, at(500));
    expect(catchUp(schedule, snap, 400)).toEqual([
      { kind: 'skip', slideIndex: 4, title: 'C', saveSec: 300 },
      { kind: 'shorten', slideIndex: 2, title: 'Par', saveSec: 60 },
    ]);
    expect(catchUp(schedule, snap, 30)).toEqual([]);
  });

  it('names the next section and the next activity or break', () => {
    expect(upcoming(schedule, 1)).toMatchObject({ section: { id: 'pause-1' }, activity: { id: 'b' } });
    expect(upcoming(schedule, 2)).toMatchObject({ activity: { id: 'pause-1' } });
  });
});
