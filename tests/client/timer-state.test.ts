import { describe, expect, it } from 'vitest';
import type { TimerEvent } from '../../src/client/timer/events.js';
import { foldLog } from '../../src/client/timer/state.js';
import { schedule } from '../helpers/schedule.js';

const T0 = Date.UTC(2026, 11, 3, 8, 0, 0);
const at = (sec: number): number => T0 + sec * 1000;

describe('foldLog', () => {
  it('has not started before the first event', () => {
    const snap = foldLog([], schedule, at(100));
    expect(snap).toMatchObject({ status: 'not-started', elapsedSec: 0, slideIndex: 0 });
  });

  it('counts elapsed time from the start, and time per slide and section', () => {
    const log: TimerEvent[] = [
      { type: 'start', at: at(0), slide: 1 },
      { type: 'slide', at: at(90), slide: 2 },
    ];
    const snap = foldLog(log, schedule, at(150));
    expect(snap.elapsedSec).toBe(150);
    expect(snap.slideIndex).toBe(2);
    expect(snap.onSlideSec).toBe(60);
    expect(snap.sectionSec).toEqual([150, 0, 0]);
  });

  it('does not count paused time', () => {
    const log: TimerEvent[] = [
      { type: 'start', at: at(0), slide: 1 },
      { type: 'pause', at: at(60) },
      { type: 'resume', at: at(360) },
    ];
    const snap = foldLog(log, schedule, at(400));
    expect(snap.status).toBe('running');
    expect(snap.elapsedSec).toBe(100);
    expect(snap.pausedSec).toBe(300);
    expect(snap.sectionSec[0]).toBe(100);
    expect(foldLog(log.slice(0, 2), schedule, at(400))).toMatchObject({ status: 'paused', elapsedSec: 60 });
  });

  it('runs, pauses and finishes an activity countdown with a minute added', () => {
    const log: TimerEvent[] = [
      { type: 'start', at: at(0), slide: 2 },
      { type: 'countdown', at: at(10), slideId: 'b', action: 'start' },
      { type: 'countdown', at: at(70), slideId: 'b', action: 'pause' },
      { type: 'adjust', at: at(80), slideId: 'b', sec: 60 },
      { type: 'countdown', at: at(100), slideId: 'b', action: 'start' },
    ];
    expect(foldLog(log, schedule, at(90)).countdowns.get('b')).toMatchObject({ status: 'paused', remainingSec: 180, durationSec: 240 });
    expect(foldLog(log, schedule, at(200)).countdowns.get('b')).toMatchObject({ status: 'running', remainingSec: 80 });
    expect(foldLog(log, schedule, at(400)).countdowns.get('b')).toMatchObject({ status: 'done', remainingSec: 0 });
  });

  it('resets a countdown to its planned time', () => {
    const log: TimerEvent[] = [
      { type: 'start', at: at(0), slide: 2 },
      { type: 'countdown', at: at(0), slideId: 'b', action: 'start' },
      { type: 'adjust', at: at(5), slideId: 'b', sec: 60 },
      { type: 'countdown', at: at(50), slideId: 'b', action: 'reset' },
    ];
    expect(foldLog(log, schedule, at(100)).countdowns.get('b')).toMatchObject({ status: 'ready', remainingSec: 180, adjustSec: 0 });
  });

  it('starts a break countdown when the break slide is first shown', () => {
    const log: TimerEvent[] = [
      { type: 'start', at: at(0), slide: 1 },
      { type: 'slide', at: at(400), slide: 3 },
      { type: 'slide', at: at(410), slide: 2 },
      { type: 'slide', at: at(420), slide: 3 },
    ];
    const snap = foldLog(log, schedule, at(700));
    expect(snap.countdowns.get('pause-1')).toMatchObject({ status: 'running', firstStartedAt: at(400), remainingSec: 300 });
  });
});
