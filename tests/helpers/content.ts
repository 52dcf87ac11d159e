// Small builders for content and plans, so schedule and render tests read as data.
import type { Module, Section, Slide } from '../../src/content/types.js';
import type { Plan, Track } from '../../src/plan/types.js';

const span = { file: 'test.md', line: 1, column: 1 };

export function slide(id: string, options: Partial<Slide> = {}): Slide {
  return {
    id,
    moduleId: 'm',
    sectionId: 's',
    tracks: ['kunnskap', 'praksis', 'erfaring'],
    title: id,
    html: `<h2>${id}</h2>`,
    notesHtml: `<p>Manus for ${id}</p>`,
    bodyText: id,
    notesText: `Manus for ${id}`,
    sources: [],
    optional: false,
    assets: [],
    span,
    settingSpans: {},
    ...options,
  };
}

export function section(id: string, minutes: number, slides: Slide[], isBreak = false): Section {
  return { id, title: `Seksjon ${id}`, minutes, isBreak, slides, span };
}

export function module(ref: string, sections: Section[], options: Partial<Module> = {}): Module {
  const minutes = sections.reduce((sum, s) => sum + s.minutes, 0);
  return {
    id: ref,
    ref,
    kind: ref === 'intro' ? 'introduction' : 'competency',
    ...(ref === 'intro' ? { introduction: 'short' as const } : { number: Number(ref.slice(2)) }),
    title: ref === 'intro' ? 'Kort introduksjon' : `Kjernekompetanse ${ref.slice(2)}`,
    minutes,
    toleranceMinutes: 2,
    goals: [],
    sections,
    dir: `/decks/${ref}`,
    span,
    ...options,
  };
}

export function plan(options: Partial<Plan> = {}): Plan {
  return {
    name: 'test',
    file: 'plans/test.yaml',
    startSec: 9 * 3600,
    facilitators: [],
    introduction: 'short',
    track: 'praksis' as Track,
    competencies: [],
    breaks: [],
    timer: { overlay: true, sound: false },
    language: 'nb',
    theme: 'default',
    spans: { '': span, end: span, start: span, introduction: span, theme: span },
    ...options,
  };
}
