import { resolve } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { ACTIVITY_KINDS } from '../../src/content/slide-settings.js';
import type { Activity } from '../../src/content/types.js';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import { lintContent } from '../../src/lint/lint-content.js';
import {
  KIND_MINIMUM_MINUTES,
  SECTION_HIGH,
  SECTION_LOW,
  WORDS_PER_MINUTE,
  activityTiming,
  inferKind,
  moduleTrackTiming,
  sectionTiming,
  speechWords,
} from '../../src/lint/timing.js';
import { module, section, slide } from '../helpers/content.js';

// Absolute, as the CLI resolves --decks, so the JSON's file paths match the report's.
const FIXTURE = resolve('tests/fixtures/decks/timing');
const span = { file: 'x.md', line: 1, column: 1 };
const words = (n: number): string => Array.from({ length: n }, () => 'ord').join(' ');
const activity = (options: Partial<Activity>): Activity => ({ title: 'Øvelse', minutes: 1, debrief: [], ...options });

describe('speech', () => {
  it('counts the manuscript but not the lines naming sources', () => {
    const spoken = 'Si dette høyt.\nOvergang: «Neste lysbilde.»';
    for (const sources of ['Kilde: Heir mfl. (2019).', 'Kilder: Heir mfl. (2019); Oslo kommune (u.å.).', '  kilde: noe']) {
      expect(speechWords(`${spoken}\n${sources}`)).toBe(speechWords(spoken));
    }
    expect(speechWords(spoken)).toBe(6);
  });

  it('is read at the speaking rate: each slide adds its words / rate minutes', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 400 }), { minLength: 1, maxLength: 6 }), (counts) => {
        const s = section('s', 10, counts.map((n, i) => slide(`s${i}`, { notesText: words(n) })));
        const timing = sectionTiming(s, 'praksis')!;
        const total = counts.reduce((a, b) => a + b, 0);
        expect(timing.speechWords).toBe(total);
        expect(timing.neededMinutes).toBeCloseTo(total / WORDS_PER_MINUTE, 1);
      }),
    );
  });
});

describe('activities', () => {
  it.each(ACTIVITY_KINDS)('a %s activity counts at least its minimum, and its minutes when longer', (kind) => {
    const minimum = KIND_MINIMUM_MINUTES[kind];
    expect(activityTiming(activity({ kind, minutes: minimum / 2 }), span).minutes).toBe(minimum);
    expect(activityTiming(activity({ kind, minutes: minimum + 4 }), span).minutes).toBe(minimum + 4);
    expect(activityTiming(activity({ kind, minutes: 1 }), span).inferred).toBe(false);
  });

  it.each([
    ['To og to (eller alene)', 'par'],
    ['Hver for seg, så to og to', 'par'],
    ['Par', 'par'],
    ['Grupper på 3–4', 'gruppe'],
    ['Alene, så grupper på 3–4', 'gruppe'],
    ['Alle i plenum', 'plenum'],
    ['Hver for seg, så plenum', 'plenum'],
    ['Hver for seg, i stillhet', 'refleksjon'],
    ['Alle, hver for seg', 'refleksjon'],
    ['Alene', 'refleksjon'],
    ['Alle i sirkel eller rekke', 'plenum'],
    [undefined, 'plenum'],
  ])('guesses %j as %s when kind is missing', (group, kind) => {
    expect(inferKind(group)).toBe(kind);
    const timing = activityTiming(activity(group === undefined ? {} : { group }), span);
    expect(timing.kind).toBe(kind);
    expect(timing.inferred).toBe(true);
  });
});

describe('sections and modules', () => {
  it('warns exactly when needed is over 105 % or under 80 % of planned', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 30 }), fc.integer({ min: 0, max: 8000 }), (planned, n) => {
        const timing = sectionTiming(section('s', planned, [slide('a', { notesText: words(n) })]), 'kunnskap')!;
        const ratio = n / WORDS_PER_MINUTE / planned;
        expect(timing.status).toBe(ratio > SECTION_HIGH ? 'over' : ratio < SECTION_LOW ? 'under' : 'ok');
      }),
    );
  });

  it('counts only the slides of the track and leaves breaks out of the total', () => {
    const m = module('kk1', [
      section('a', 4, [slide('k', { notesText: words(260), tracks: ['kunnskap'] }), slide('p', { notesText: words(520), tracks: ['praksis'] })]),
      section('pause', 10, [], true),
    ]);
    const kunnskap = moduleTrackTiming(m, 'kunnskap');
    const praksis = moduleTrackTiming(m, 'praksis');
    expect(kunnskap.plannedMinutes).toBe(4);
    expect(kunnskap.sections.map((s) => s.sectionId)).toEqual(['a']);
    expect(praksis.neededMinutes).toBeCloseTo(2 * kunnskap.neededMinutes, 5);
    expect(kunnskap.status).toBe('under');
    expect(praksis.status).toBe('ok');
  });
});

describe('check --content with the timing model (fixture)', async () => {
  const report = await lintContent(FIXTURE, nb, { spelling: false });
  const find = (code: string, text: string) => report.issues.filter((issue) => issue.code === code && issue.message.includes(text));

  it('reports every section in every track against its planned minutes', () => {
    const kunnskap = report.timing.find((timing) => timing.track === 'kunnskap')!;
    expect(kunnskap.sections.map((s) => [s.sectionId, s.status])).toEqual([
      ['passer', 'ok'],
      ['tynn', 'under'],
      ['full', 'over'],
    ]);
    const passer = kunnskap.sections[0]!;
    // Two slides of 130 spoken words (the source line is not read) + a pair talk of 3 min.
    expect(passer.speechMinutes).toBeCloseTo(260 / WORDS_PER_MINUTE, 1);
    expect(passer.activityMinutes).toBe(KIND_MINIMUM_MINUTES.par);
    expect(kunnskap.plannedMinutes).toBe(10);
  });

  it('warns about sections outside 80–105 % at their line in module.yaml', () => {
    const thin = find('SECTION_TIMING', '«Tynn»');
    expect(thin.map((issue) => [issue.severity, issue.span?.line])).toEqual([['warning', 15]]);
    expect(thin[0]!.message).toContain('Kunnskap');
    expect(thin[0]!.span?.file).toMatch(/tid\/module\.yaml$/);
    expect(find('SECTION_TIMING', '«Full»')).toHaveLength(3);
    expect(find('SECTION_TIMING', '«Passer»')).toHaveLength(0);
  });

  it('is an error when a module in a track is outside 80–105 %, and only then', () => {
    const errors = report.issues.filter((issue) => issue.code === 'MODULE_TIMING');
    expect(errors.every((issue) => issue.severity === 'error')).toBe(true);
    const tracks = report.timing.filter((timing) => timing.status !== 'ok').map((timing) => nb.tracks[timing.track]!);
    expect(tracks).toEqual(['Praksis', 'Erfaring']);
    expect(errors.map((issue) => tracks.find((track) => issue.message.includes(track)))).toEqual(tracks);
  });

  it('warns at the activity when kind is missing or the minutes are below the kind minimum', () => {
    const missing = find('ACTIVITY_KIND_MISSING', '«Uten type»');
    const short = find('ACTIVITY_TOO_SHORT', '«Uten type»');
    for (const issues of [missing, short]) {
      expect(issues).toHaveLength(1);
      expect(issues[0]!.severity).toBe('warning');
      expect(issues[0]!.span?.file).toMatch(/03-full\.md$/);
      expect(issues[0]!.span?.line).toBe(2);
    }
    expect(missing[0]!.message).toContain('par');
    expect(short[0]!.hint).toContain(String(KIND_MINIMUM_MINUTES.par));
    expect(report.issues.filter((issue) => issue.code === 'ACTIVITY_TOO_SHORT')).toHaveLength(1);
  });

  it('prints the table, exits 1, and gives the same figures as JSON', async () => {
    const output = memoryOutput();
    const code = await run(['check', '--content', '--no-spelling', '--decks', FIXTURE], output, {});
    expect(code).toBe(1);
    const stdout = output.stdout.join('\n');
    expect(stdout).toContain(nb.lint.timingModule('Tidsmodell', 'Kunnskap'));
    expect(stdout).toMatch(/Tynn \(02-tynn\.md\)\s+3,0\s+1,0\s+0,0\s+1,0\s+33 %\s+⚠ for lite\s+\S*module\.yaml:15/);
    expect(stdout).toMatch(/Full \(03-full\.md\)\s+2,0\s+0,2\s+3,0\s+3,2\s+160 %\s+⚠ for mye, over 115 %/);
    expect(stdout).toMatch(/Totalt\s+10,0\s+5,2\s+6,0\s+11,2\s+112 %\s+✖ for mye/);
    const json = memoryOutput();
    expect(await run(['check', '--content', '--no-spelling', '--json', '--decks', FIXTURE], json, {})).toBe(1);
    const data = JSON.parse(json.stdout.join('\n'));
    expect(data.ok).toBe(false);
    expect(data.content.timing).toEqual(JSON.parse(JSON.stringify(report.timing)));
  });

  it('speaks English with --lang en', async () => {
    const output = memoryOutput();
    await run(['check', '--content', '--no-spelling', '--lang', 'en', '--decks', FIXTURE], output, {});
    expect(output.stdout.join('\n')).toContain(en.lint.timingHeading);
    expect(output.stderr.join('\n')).toContain('needs 3.2 min in the track');
  });
});
