import { describe, expect, it } from 'vitest';
import { composeSession } from '../../src/compose/compose.js';
import { nb } from '../../src/i18n/nb.js';
import type { PlanBreak } from '../../src/plan/types.js';
import { scheduleSession } from '../../src/schedule/schedule.js';
import { module, plan, section, slide } from '../helpers/content.js';

const span = { file: 'plans/test.yaml', line: 5, column: 5 };

// A 25-minute intro: 5 + 10 (with a track-specific activity) + 10.
const intro = module('intro', [
  section('a', 5, [slide('a1', { minutes: 2 }), slide('a2')]),
  section('b', 10, [slide('b1', { minutes: 4 }), slide('b2', { tracks: ['praksis'], minutes: 6, activity: { title: 'Par', minutes: 5, debrief: [] } }), slide('b3', { tracks: ['kunnskap', 'erfaring'], minutes: 6 })]),
  section('c', 10, [slide('c1'), slide('c2', { optional: true })]),
]);
const kk1 = module('kk1', [section('x', 20, [slide('x1')]), section('pause', 10, [], true), section('y', 15, [slide('y1')])]);

function run(options: Parameters<typeof plan>[0] = {}, modules = [intro]) {
  return scheduleSession(composeSession(plan(options), modules), nb);
}

describe('scheduleSession', () => {
  it('frames the session with a title slide and a sources slide of zero seconds', () => {
    const { schedule } = run();
    expect(schedule.slides[0]).toMatchObject({ kind: 'title', durationSec: 0, offsetSec: 0, clock: '09:00' });
    expect(schedule.slides.at(-1)).toMatchObject({ kind: 'sources', offsetSec: 25 * 60, clock: '09:25' });
  });

  it('gives each slide planned seconds and clock times for the plan track', () => {
    const { schedule } = run({ track: 'praksis' });
    const content = schedule.slides.filter((s) => s.kind === 'content');
    expect(content.map((s) => [s.id, s.durationSec, s.clock])).toEqual([
      ['a1', 120, '09:00'],
      ['a2', 180, '09:02'],
      ['b1', 240, '09:05'],
      ['b2', 360, '09:09'],
      ['c1', 300, '09:15'],
      ['c2', 300, '09:20'],
    ]);
    expect(content[3]).toMatchObject({ activity: { title: 'Par', durationSec: 300 } });
    expect(content[5]).toMatchObject({ optional: true });
    expect(schedule.totalSec).toBe(25 * 60);
    expect(schedule.endSec).toBe(9 * 3600 + 25 * 60);
  });

  it('shows another track its own slides in the same slot', () => {
    const ids = run({ track: 'kunnskap' }).schedule.slides.map((s) => s.id);
    expect(ids).toContain('b3');
    expect(ids).not.toContain('b2');
    expect(run({ track: 'kunnskap' }).schedule.totalSec).toBe(25 * 60);
  });

  it('lists sections with offsets and their first and last slide', () => {
    const { schedule } = run();
    expect(schedule.sections.map((s) => [s.id, s.offsetSec, s.durationSec, s.clock, s.firstSlide, s.lastSlide])).toEqual([
      ['intro/a', 0, 300, '09:00', 1, 2],
      ['intro/b', 300, 600, '09:05', 3, 4],
      ['intro/c', 900, 600, '09:15', 5, 6],
    ]);
  });

  it('places a plan break after a module, and the next module after it', () => {
    const breaks: PlanBreak[] = [{ after: 'intro', minutes: 15, title: 'Kaffe', span }];
    const { schedule, issues } = run({ breaks, competencies: [1] }, [intro, kk1]);
    expect(issues).toEqual([]);
    const pause = schedule.sections.find((s) => s.id === 'pause-1')!;
    expect(pause).toMatchObject({ kind: 'break', title: 'Kaffe', offsetSec: 25 * 60, durationSec: 900, clock: '09:25' });
    expect(schedule.modules).toEqual([
      { ref: 'intro', title: 'Kort introduksjon', offsetSec: 0, durationSec: 1500, clock: '09:00' },
      { ref: 'kk1', title: 'Kjernekompetanse 1', offsetSec: 2400, durationSec: 2700, clock: '09:40' },
    ]);
    expect(schedule.slides.find((s) => s.id === 'kk1/pause')).toMatchObject({ kind: 'break', clock: '10:00', durationSec: 600 });
  });

  it('places a break "at" a time at the nearest section boundary and says so when it moves', () => {
    const breaks: PlanBreak[] = [{ atSec: 9 * 3600 + 13 * 60, minutes: 10, span }];
    const { schedule, issues } = run({ breaks });
    expect(schedule.sections.map((s) => s.id)).toEqual(['intro/a', 'intro/b', 'pause-1', 'intro/c']);
    expect(issues).toMatchObject([{ code: 'PLAN_BREAK_MOVED', severity: 'warning', message: 'pausen «at: 09:13» er lagt til nærmeste seksjonsskifte, kl. 09:15', span }]);
  });

  it('does not warn when the break time is a boundary', () => {
    const { issues } = run({ breaks: [{ atSec: 9 * 3600 + 5 * 60, minutes: 5, span }] });
    expect(issues).toEqual([]);
  });

  it('rejects a break outside the session and an unknown "after"', () => {
    const { issues } = run({ breaks: [{ atSec: 8 * 3600, minutes: 10, span }, { after: 'intr', minutes: 5, span }] });
    expect(issues.map((i) => [i.code, i.message])).toEqual([
      ['PLAN_BREAK_TARGET', 'after: intr — finner ikke denne delen av økten'],
      ['PLAN_BREAK_TARGET', 'pausen «at: 08:00» er utenfor øktens tid'],
    ]);
    // The possibilities name every real position, sections included, not only the module.
    expect(issues[0]!.hint).toBe('Mente du «intro»? Mulige: intro, intro/a, intro/b, intro/c.');
  });

  it('offers ways out of an overrun computed for this plan, each with its minutes', () => {
    const { issues } = scheduleSession(
      composeSession(plan({ endSec: 10 * 3600, competencies: [1], breaks: [{ after: 'intro', minutes: 30, title: 'Lunsj', span }] }), [intro, kk1]),
      nb,
      { alternatives: { shortIntroMinutes: 25, longIntroMinutes: 150 } },
    );
    // 25 + 30 + 45 = 100 min from 09:00 → 10:40, 40 min over.
    const hint = issues.find((i) => i.code === 'SCHEDULE_OVERRUN')!.hint!;
    expect(hint.split('\n')).toEqual([
      'Dette gir tid tilbake (velg ett eller flere):',
      '  • sett «end: 10:40» (40 min senere)',
      '  • kort ned «Lunsj» fra 30 til 15 min (gir 15 min)',
      '  • ta bort kjernekompetanse 1 (gir 45 min)',
    ]);
    // The plan already uses the short introduction: no advice to choose it.
    expect(hint).not.toContain('kort introduksjon');
  });

  it('warns when the session ends well before the plan end, with what could fill the time', () => {
    const { issues } = scheduleSession(composeSession(plan({ endSec: 10 * 3600 + 30 * 60 }), [intro]), nb, {
      alternatives: { unusedCompetencies: [{ number: 2, minutes: 45 }, { number: 3, minutes: 90 }] },
    });
    const warning = issues.find((i) => i.code === 'SCHEDULE_UNDERRUN')!;
    expect(warning).toMatchObject({ severity: 'warning', message: 'økten er ferdig kl. 09:25, 65 min før «end: 10:30»' });
    expect(warning.hint).toContain('sett «end: 09:25»');
    expect(warning.hint).toContain('legg til kjernekompetanse 2 (45 min)');
    expect(warning.hint).not.toContain('kjernekompetanse 3');
  });

  it('says nothing when the session ends a few minutes early', () => {
    const { issues } = run({ endSec: 9 * 3600 + 35 * 60 });
    expect(issues).toEqual([]);
  });

  it('reports an overrun of the plan end with the minutes missing', () => {
    const { issues } = run({ endSec: 9 * 3600 + 20 * 60 });
    expect(issues).toMatchObject([{ code: 'SCHEDULE_OVERRUN', severity: 'error', message: 'økten varer til kl. 09:25, men skal være ferdig kl. 09:20 (5 min for lite tid)' }]);
  });

  it('splits the sources over pages when the slides cite more than one page holds', () => {
    // Composition decides the pages (four references each); the schedule gives each a slide.
    const ids = ['r1', 'r2', 'r3', 'r4', 'r5'];
    const references = new Map(ids.map((id) => [id, { id, short: id, text: id, status: 'verified' as const }]));
    const citing = module('intro', [section('a', 5, [slide('a1', { sources: ids })])]);
    const { schedule } = scheduleSession(composeSession(plan(), [citing], { references }), nb);
    expect(schedule.slides.slice(-2).map((s) => s.title)).toEqual(['Kilder (1/2)', 'Kilder (2/2)']);
  });
});
