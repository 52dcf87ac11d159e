// Composition: the session's full sequence of blocks, before any clock time is given.
import { describe, expect, it } from 'vitest';
import { composeSession, moduleBlocks, selectModules } from '../../src/compose/compose.js';
import { placeBreaks } from '../../src/compose/breaks.js';
import { blockId, isTimed, type Block } from '../../src/compose/types.js';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import type { Reference } from '../../src/content/types.js';
import { module, plan, section, slide } from '../helpers/content.js';

const span = { file: 'plans/test.yaml', line: 7, column: 3 };

const intro = module('intro', [
  section('a', 5, [slide('a1', { sources: ['r1'] }), slide('a2', { tracks: ['kunnskap'] })]),
  section('b', 10, [slide('b1', { tracks: ['kunnskap'] })]),
  section('c', 10, [slide('c1', { sources: ['r2', 'r1', 'missing'] })]),
]);
const kk1 = module('kk1', [section('x', 20, [slide('x1')]), section('pause', 10, [], true), section('y', 15, [slide('y1')])]);
const ref = (id: string): Reference => ({ id, short: id.toUpperCase(), text: `Tekst ${id}`, status: 'verified' });
const references = new Map(['r1', 'r2', 'r3'].map((id) => [id, ref(id)]));

const shape = (blocks: readonly Block[]): string[] => blocks.map((block) => (isTimed(block) ? `${block.kind}:${blockId(block)}` : block.kind));

describe('composeSession', () => {
  it('opens with the title, ends with the sources and keeps only the plan track’s slides', () => {
    const session = composeSession(plan({ track: 'praksis', title: 'Fagdag' }), [intro], { references });
    expect(shape(session.blocks)).toEqual(['title', 'content:intro/a', 'content:intro/c', 'sources']);
    expect(session.blocks[0]).toEqual({ kind: 'title', title: 'Fagdag' });
    const a = session.blocks[1]!;
    expect(a.kind === 'content' && a.slides.map((s) => s.id)).toEqual(['a1']);
    expect(session.issues).toEqual([]);
  });

  it('lists the cited references in order of first use, without unknown ids, on one page', () => {
    const session = composeSession(plan(), [intro], { references });
    expect(session.used.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(session.blocks.at(-1)).toEqual({ kind: 'sources', title: 'Kilder', page: 1, pages: 1, references: session.used });
  });

  it('always has one sources page, empty when nothing is cited', () => {
    const session = composeSession(plan({ competencies: [1], introduction: 'none' }), [kk1]);
    expect(session.blocks.filter((b) => b.kind === 'sources')).toEqual([{ kind: 'sources', title: 'Kilder', page: 1, pages: 1, references: [] }]);
  });

  it('words generated titles in the plan’s language unless told otherwise', () => {
    expect(composeSession(plan({ language: 'en' }), [intro]).blocks.at(-1)).toMatchObject({ title: en.deck.sourcesTitle });
    expect(composeSession(plan({ language: 'en' }), [intro], { t: nb }).blocks[0]).toEqual({ kind: 'title', title: nb.deck.defaultTitle });
  });

  it('keeps the content’s own breaks and numbers the plan’s breaks in session order', () => {
    const breaks = [
      { after: 'kk1', minutes: 10, span },
      { after: 'intro', minutes: 15, title: 'Kaffe', span },
    ];
    const session = composeSession(plan({ competencies: [1], breaks }), [intro, kk1]);
    expect(shape(session.blocks)).toEqual(['title', 'content:intro/a', 'content:intro/c', 'break:pause-1', 'content:kk1/x', 'break:kk1/pause', 'content:kk1/y', 'break:pause-2', 'sources']);
    expect(session.blocks[3]).toMatchObject({ title: 'Kaffe', budgetSec: 900, planBreak: 1 });
    expect(session.blocks[7]).toMatchObject({ title: nb.deck.breakTitle, budgetSec: 600, planBreak: 2 });
  });

  it('places a break after a section that has no slides in this track, then drops the empty section', () => {
    const session = composeSession(plan({ track: 'praksis', breaks: [{ after: 'intro/b', minutes: 5, span }] }), [intro]);
    expect(shape(session.blocks)).toEqual(['title', 'content:intro/a', 'break:pause-1', 'content:intro/c', 'sources']);
  });
});

describe('placeBreaks', () => {
  const blocks = moduleBlocks(intro, 'kunnskap'); // 5 + 10 + 10 minutes from 09:00

  it('puts an "at" break on a section boundary computed from the slides’ own minutes', () => {
    // Section a has a 5-minute slot but its slide asks for 8: the boundary is at 09:08, not 09:05.
    const long = moduleBlocks(module('intro', [section('a', 5, [slide('a1', { minutes: 8 })]), section('b', 10, [slide('b1')])]), 'praksis');
    const placed = placeBreaks(plan({ breaks: [{ atSec: 9 * 3600 + 8 * 60, minutes: 10, span }] }), long, nb);
    expect(placed.blocks.map((b) => b.kind)).toEqual(['content', 'break', 'content']);
    expect(placed.issues).toEqual([]);
  });

  it('places "at" breaks against the timeline as it stands after the earlier ones', () => {
    // The first break (09:05, 10 min) moves the 09:15 boundary to 09:25; a break wanted at
    // 09:25 then lands there, after section b.
    const breaks = [{ atSec: 9 * 3600 + 25 * 60, minutes: 5, span }, { atSec: 9 * 3600 + 5 * 60, minutes: 10, span }];
    const placed = placeBreaks(plan({ breaks }), blocks, nb);
    expect(placed.blocks.map((b) => (b.kind === 'break' ? `pause-${b.planBreak}` : b.sectionId))).toEqual(['a', 'pause-1', 'b', 'pause-2', 'c']);
    expect(placed.issues).toEqual([]);
  });

  it('says so when a break moves a minute or more, and refuses one outside the session', () => {
    const placed = placeBreaks(plan({ breaks: [{ atSec: 9 * 3600 + 7 * 60, minutes: 10, span }, { atSec: 11 * 3600, minutes: 5, span }] }), blocks, nb);
    expect(placed.issues.map((i) => [i.code, i.severity, i.span])).toEqual([
      ['PLAN_BREAK_MOVED', 'warning', span],
      ['PLAN_BREAK_TARGET', 'error', span],
    ]);
    expect(placed.blocks.filter((b) => b.kind === 'break')).toHaveLength(1);
  });

  it('names every possible position, sections included, for an unknown "after"', () => {
    const placed = placeBreaks(plan({ breaks: [{ after: 'intro/d', minutes: 5, span }] }), blocks, nb);
    expect(placed.issues).toHaveLength(1);
    expect(placed.issues[0]!.hint).toContain('intro/a, intro/b, intro/c');
    expect(placed.blocks).toHaveLength(3);
  });
});

describe('selectModules', () => {
  it('takes the plan’s modules in its order and names each one that does not exist, at its line', () => {
    const competencySpan = { file: 'plans/test.yaml', line: 4, column: 5 };
    const chosen = selectModules(plan({ competencies: [1, 9], spans: { ...plan().spans, 'competencies.1': competencySpan } }), { modules: [kk1, intro], references }, nb);
    expect(chosen.modules.map((m) => m.ref)).toEqual(['intro', 'kk1']);
    expect(chosen.issues).toMatchObject([{ code: 'PLAN_MODULE_MISSING', severity: 'error', span: competencySpan }]);
  });
});
