import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planSession, type WorkspaceCache } from '../../src/pipeline.js';
import { formatClock } from '../../src/time/clock.js';
import { isIsoDate, parseAddressTime, retime, shiftClocks, shiftMinutes } from '../../src/schedule/retime.js';
import { schedule } from '../helpers/schedule.js';
import { workspace } from '../helpers/workspace.js';

describe('parseAddressTime', () => {
  it.each([
    ['?start=10:00', { startSec: 36000 }],
    ['?start=10:00&date=2026-12-03', { startSec: 36000, date: '2026-12-03' }],
    ['?date=2028-02-29', { date: '2028-02-29' }],
    ['', {}],
    ['?start=', {}],
    ['?start=25:00', {}],
    ['?start=9:00', {}],
    ['?start=10.00', {}],
    ['?start=10:00x', {}],
    ['?date=2026-02-30', {}],
    ['?date=2027-02-29', {}],
    ['?date=3.12.2026', {}],
    ['?start=23:59&date=nonsense', { startSec: 86340 }],
  ])('%s → %o', (search, expected) => expect(parseAddressTime(search)).toEqual(expected));

  it('isIsoDate accepts exactly the real calendar dates', () => {
    expect(isIsoDate('2026-12-31')).toBe(true);
    expect(isIsoDate('2026-12-32')).toBe(false);
    expect(isIsoDate('2026-00-10')).toBe(false);
  });
});

describe('retime', () => {
  it('moves every clock and the planned end, keeps offsets and durations', () => {
    const moved = retime(schedule, { startSec: 10 * 3600, date: '2027-01-14' });
    expect(moved.startSec).toBe(36000);
    expect(moved.endSec).toBe(36000 + schedule.totalSec);
    expect(moved.plan.date).toBe('2027-01-14');
    expect(moved.slides.map((s) => s.clock)).toEqual(['10:00', '10:00', '10:02', '10:06', '10:16', '10:21']);
    expect(moved.sections.map((s) => s.clock)).toEqual(['10:00', '10:06', '10:16']);
    expect(moved.slides.map((s) => [s.offsetSec, s.durationSec])).toEqual(schedule.slides.map((s) => [s.offsetSec, s.durationSec]));
    // The input is not changed.
    expect(schedule.slides[1]!.clock).toBe('09:00');
  });

  it('with nothing asked, gives the schedule as built', () => {
    expect(retime(schedule, {})).toEqual(schedule);
  });

  it('gives the same schedule as planning the session at that start (the CLI’s times)', async () => {
    const ws = workspace();
    const cache: WorkspaceCache = {};
    const plan = (start: string) => ({ path: 'retime-test.yaml', text: `introduction: long\ncompetencies: [2]\ntrack: erfaring\nstart: "${start}"\nbreaks:\n  - after: intro\n    minutes: 15\n` });
    const built = (await planSession('retime-test.yaml', ws, cache, plan('09:00'))).schedule;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 20 * 60 }), async (minutes) => {
        const start = formatClock(minutes * 60);
        const direct = (await planSession('retime-test.yaml', ws, cache, plan(start))).schedule;
        expect(retime(built, { startSec: minutes * 60 })).toEqual(direct);
      }),
      { numRuns: 15 },
    );
  });
});

describe('shiftClocks', () => {
  it('moves colon clock times, wraps past midnight, leaves dotted times in the content alone', () => {
    expect(shiftClocks('Planlagt 09:00 · 5 min, slutt 09:25', 60)).toBe('Planlagt 10:00 · 5 min, slutt 10:25');
    expect(shiftClocks('23:50–00:10', 20)).toBe('00:10–00:30');
    expect(shiftClocks('innkalt kl. 08.00', 60)).toBe('innkalt kl. 08.00');
    expect(shiftClocks('rom 109:001', 60)).toBe('rom 109:001');
  });

  it('shifting by the change of start equals formatting the new start plus the offset', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 1439 }), fc.integer({ min: 0, max: 600 }), (from, to, offsetMin) => {
        const built = formatClock(from * 60 + offsetMin * 60);
        expect(shiftClocks(built, shiftMinutes(from * 60, to * 60))).toBe(formatClock(to * 60 + offsetMin * 60));
      }),
    );
  });
});
