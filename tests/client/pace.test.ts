import { describe, expect, it } from 'vitest';
import type { TimerEvent } from '../../src/client/timer/events.js';
import { breakSaving, catchUp, pace, paceDelta, paceState, upcoming, wholeMinutes } from '../../src/client/timer/pace.js';
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
  // b's activity may shrink from 180 s to 60 s only when the content says so (shortest).
  const declared = { ...schedule, slides: schedule.slides.map((slide) => (slide.id === 'b' ? { ...slide, activity: { title: 'Par', durationSec: 180, shortestSec: 60 } } : slide)) };
  const started = foldLog([{ type: 'start', at: at(0), slide: 1 }], declared, at(500));

  it('proposes what the content declares, least harm first: optional slides, activities to their shortest, then breaks', () => {
    const plan = catchUp(declared, started, 900);
    expect(plan.steps.map((step) => [step.kind, step.slideId, step.saveSec])).toEqual([
      ['skip', 'c', 300],
      ['shorten', 'b', 120],
      ['break', 'pause-1', 300],
    ]);
    expect(plan.recoverableSec).toBe(720);
    expect(plan.needSec).toBe(900);
  });

  it('stops when the delay is covered, and proposes nothing when on time', () => {
    expect(catchUp(declared, started, 359).steps.map((step) => step.slideId)).toEqual(['c']);
    expect(catchUp(declared, started, 30).steps).toEqual([]);
  });

  it('does not shorten an activity whose shortest length the content left open', () => {
    expect(catchUp(schedule, started, 900).steps.map((step) => step.kind)).toEqual(['skip', 'break']);
  });

  it('counts steps already taken against the delay', () => {
    const taken = foldLog([{ type: 'start', at: at(0), slide: 1 }, { type: 'skip', at: at(10), slideId: 'c' }], declared, at(500));
    const plan = catchUp(declared, taken, 420);
    expect(plan.acceptedSec).toBe(300);
    expect(plan.needSec).toBe(120);
    expect(plan.steps.map((step) => step.slideId)).toEqual(['b']);
    // A skipped slide leaves the projected end.
    expect(pace(declared, started, at(500)).projectedEndSec - pace(declared, taken, at(500)).projectedEndSec).toBe(300);
  });

  it('shrinks a break to half, never under five minutes', () => {
    expect([240, 300, 480, 600, 1800].map(breakSaving)).toEqual([0, 0, 180, 300, 900]);
  });

  it('names the next section and the next activity or break', () => {
    expect(upcoming(schedule, 1)).toMatchObject({ section: { id: 'pause-1' }, activity: { id: 'b' } });
    expect(upcoming(schedule, 2)).toMatchObject({ activity: { id: 'pause-1' } });
  });
});
