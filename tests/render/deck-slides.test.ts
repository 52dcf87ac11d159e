// The deck, run sheet and PowerPoint walk the composed blocks and the scheduled slides together.
import { describe, expect, it } from 'vitest';
import { composeSession } from '../../src/compose/compose.js';
import { nb } from '../../src/i18n/nb.js';
import { deckSlides } from '../../src/render/deck-slides.js';
import { scheduleSession } from '../../src/schedule/schedule.js';
import { module, plan, section, slide } from '../helpers/content.js';

const span = { file: 'plans/test.yaml', line: 5, column: 5 };
const ids = ['r1', 'r2', 'r3', 'r4', 'r5'];
const references = new Map(ids.map((id) => [id, { id, short: id, text: id, status: 'verified' as const }]));
const intro = module('intro', [section('a', 5, [slide('a1', { sources: ids }), slide('a2')]), section('b', 10, [slide('b1')])]);

describe('deckSlides', () => {
  const session = composeSession(plan({ breaks: [{ after: 'intro/a', minutes: 10, span }] }), [intro], { references });
  const { schedule } = scheduleSession(session, nb);
  const { blocks } = session;

  it('gives every scheduled slide what it shows, in order', () => {
    const items = deckSlides(schedule, blocks);
    expect(items.map((item) => item.scheduled.id)).toEqual(['title', 'a1', 'a2', 'pause-1', 'b1', 'sources-1', 'sources-2']);
    expect(items[1]).toMatchObject({ sectionTitle: 'Seksjon a', slide: { id: 'a1' } });
    expect(items[3]).toMatchObject({ sectionTitle: nb.deck.breakTitle });
    expect(items.slice(-2).map((item) => [item.page, item.references?.map((r) => r.id)])).toEqual([
      [{ n: 1, of: 2 }, ['r1', 'r2', 'r3', 'r4']],
      [{ n: 2, of: 2 }, ['r5']],
    ]);
  });

  it('refuses blocks that are not the ones the schedule was made from (a bug, not a plan error)', () => {
    const other = composeSession(plan(), [intro], { references }).blocks;
    expect(() => deckSlides(schedule, other)).toThrow(/deckSlides/);
  });
});
