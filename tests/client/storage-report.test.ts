import { describe, expect, it } from 'vitest';
import { foldLog } from '../../src/client/timer/state.js';
import { fingerprint, parseStored, storageKey } from '../../src/client/timer/storage.js';
import { reportCsv, timingReport } from '../../src/client/timer/report.js';
import { schedule } from '../helpers/schedule.js';

const print = fingerprint(schedule);

describe('stored timer state', () => {
  const t0 = Date.UTC(2026, 11, 3, 8);
  const now = t0 + 3_600_000;
  const good = { version: 1, fingerprint: print, log: [{ type: 'start', at: t0, slide: 1 }, { type: 'adjust', at: t0 + 1000, slideId: 'a', sec: -60 }], overlay: false };
  const withLog = (...log: unknown[]): string => JSON.stringify({ ...good, log });

  it('is kept per plan and date', () => {
    expect(storageKey(schedule, Date.now())).toBe('fasilitator:test:2026-12-03');
    const undated = { ...schedule, plan: { ...schedule.plan, date: undefined } };
    expect(storageKey(undated, new Date(2027, 0, 5, 12).getTime())).toBe('fasilitator:test:2027-01-05');
  });

  it('reads back what was stored', () => {
    expect(parseStored(JSON.stringify(good), print, 6, now)).toEqual(good);
  });

  it.each([
    ['missing', null],
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ ...good, version: 2 })],
    ['another deck', JSON.stringify({ ...good, fingerprint: 'abc' })],
    ['a bad event', withLog({ type: 'start', at: 'nå', slide: 1 })],
    ['an unknown event', withLog({ type: 'jump', at: t0 })],
    ['a slide past the end', withLog({ type: 'slide', at: t0, slide: 99 })],
    ['a fractional slide', withLog({ type: 'start', at: t0, slide: 1.5 })],
    ['a negative slide', withLog({ type: 'slide', at: t0, slide: -1 })],
    ['a slide as text', withLog({ type: 'slide', at: t0, slide: '1' })],
    ['a time far in the past', withLog({ type: 'start', at: -1e15, slide: 1 })],
    ['a time far in the future', withLog({ type: 'start', at: now + 3 * 86_400_000, slide: 1 })],
    ['a fractional time', withLog({ type: 'start', at: t0 + 0.5, slide: 1 })],
    ['time running backwards', withLog({ type: 'start', at: t0, slide: 1 }, { type: 'slide', at: t0 - 1000, slide: 2 })],
    ['an adjustment of a year', withLog({ type: 'adjust', at: t0, slideId: 'a', sec: 31_536_000 })],
    ['a fractional adjustment', withLog({ type: 'adjust', at: t0, slideId: 'a', sec: 1.5 })],
    ['an empty countdown id', withLog({ type: 'countdown', at: t0, slideId: '', action: 'start' })],
    ['an unknown countdown action', withLog({ type: 'countdown', at: t0, slideId: 'a', action: 'explode' })],
    ['an event that is a list', withLog([1, 2])],
    ['overlay that is not true or false', JSON.stringify({ ...good, overlay: 'ja' })],
    ['a log that is not a list', JSON.stringify({ ...good, log: { 0: good.log[0] } })],
    ['the whole value a list', JSON.stringify([good])],
  ])('is dropped when %s', (_, text) => {
    expect(parseStored(text, print, 6, now)).toBeUndefined();
  });

  it('keeps only the fields an event has', () => {
    const parsed = parseStored(withLog({ type: 'pause', at: t0, slide: 3, extra: '<img src=x onerror=alert(1)>' }), print, 6, now);
    expect(parsed?.log).toEqual([{ type: 'pause', at: t0 }]);
  });

  it('changes fingerprint when the slides change', () => {
    expect(fingerprint({ ...schedule, slides: schedule.slides.slice(1) })).not.toBe(print);
  });
});

describe('timing report', () => {
  const t0 = Date.UTC(2026, 11, 3, 8);
  const snap = foldLog(
    [
      { type: 'start', at: t0, slide: 1 },
      { type: 'slide', at: t0 + 420_000, slide: 3 },
    ],
    schedule,
    t0 + 900_000,
  );
  const report = timingReport(schedule, snap, t0 + 900_000);

  it('gives planned and actual minutes per section', () => {
    expect(report.sections[0]).toEqual({ id: 'intro/s1', title: 'Første', kind: 'content', plannedMinutes: 6, actualMinutes: 7, differenceMinutes: 1 });
    expect(report.sections[1]).toMatchObject({ kind: 'break', plannedMinutes: 10, actualMinutes: 8 });
    expect(report).toMatchObject({ plan: 'test', elapsedMinutes: 15, startedAt: '2026-12-03T08:00:00.000Z' });
  });

  it('writes CSV for Excel: BOM, semicolons, decimal commas', () => {
    const csv = reportCsv({ ...report, sections: [{ ...report.sections[0]!, actualMinutes: 6.5, title: 'A; B' }] }, { id: 'id', section: 'Seksjon', kind: 'Type', planned: 'Planlagt', actual: 'Faktisk', difference: 'Diff' });
    expect(csv).toBe('\ufeffid;Seksjon;Type;Planlagt;Faktisk;Diff\r\nintro/s1;"A; B";content;6;6,5;1\r\n');
  });
});
