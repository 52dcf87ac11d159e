import { describe, expect, it } from 'vitest';
import { foldLog } from '../../src/client/timer/state.js';
import { fingerprint, parseStored, storageKey } from '../../src/client/timer/storage.js';
import { reportCsv, timingReport } from '../../src/client/timer/report.js';
import { schedule } from '../helpers/schedule.js';

const print = fingerprint(schedule);

describe('stored timer state', () => {
  const good = { version: 1, fingerprint: print, log: [{ type: 'start', at: 1, slide: 1 }], overlay: false };

  it('is kept per plan and date', () => {
    expect(storageKey(schedule, Date.now())).toBe('fasilitator:test:2026-12-03');
    const undated = { ...schedule, plan: { ...schedule.plan, date: undefined } };
    expect(storageKey(undated, new Date(2027, 0, 5, 12).getTime())).toBe('fasilitator:test:2027-01-05');
  });

  it('reads back what was stored', () => {
    expect(parseStored(JSON.stringify(good), print, 6)).toEqual(good);
  });

  it.each([
    ['missing', null],
    ['not JSON', '{"version":1,'],
    ['another version', JSON.stringify({ ...good, version: 2 })],
    ['another deck', JSON.stringify({ ...good, fingerprint: 'abc' })],
    ['a bad event', JSON.stringify({ ...good, log: [{ type: 'start', at: 'nå', slide: 1 }] })],
    ['an unknown event', JSON.stringify({ ...good, log: [{ type: 'jump', at: 1 }] })],
    ['a slide past the end', JSON.stringify({ ...good, log: [{ type: 'slide', at: 1, slide: 99 }] })],
  ])('is dropped when %s', (_, text) => {
    expect(parseStored(text, print, 6)).toBeUndefined();
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
