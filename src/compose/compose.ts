// Plan + content → the session: every block of the deck in order, for the plan's track.
import type { Library, Module, Reference } from '../content/types.js';
import { IssueCode, type Issue } from '../errors.js';
import { messagesFor, type Messages } from '../i18n/messages.js';
import type { Plan, Track } from '../plan/types.js';
import { placeBreaks } from './breaks.js';
import { sourcesBlocks, usedReferences } from './references.js';
import type { Block, Session, TimedBlock } from './types.js';

/** The modules a plan asks for, in the plan's order; an issue for each one that does not exist. */
export function selectModules(plan: Plan, library: Library, t: Messages): { modules: Module[]; issues: Issue[] } {
  const modules: Module[] = [];
  const issues: Issue[] = [];
  const available = library.modules.map((m) => m.ref === 'intro' ? `introduction: ${m.introduction}` : m.ref);
  if (plan.introduction !== 'none') {
    const intro = library.modules.find((m) => m.kind === 'introduction' && m.introduction === plan.introduction);
    if (intro) modules.push(intro);
    else issues.push({ code: IssueCode.PLAN_MODULE_MISSING, severity: 'error', message: t.plan.moduleMissing(t.introductions[plan.introduction]!), hint: t.plan.moduleMissingHint(available), span: plan.spans.introduction });
  }
  plan.competencies.forEach((n, i) => {
    const module = library.modules.find((m) => m.kind === 'competency' && m.number === n);
    if (module) modules.push(module);
    else issues.push({ code: IssueCode.PLAN_MODULE_MISSING, severity: 'error', message: t.plan.moduleMissing(t.deck.competency(n)), hint: t.plan.moduleMissingHint(available), span: plan.spans[`competencies.${i}`] });
  });
  return { modules, issues };
}

/** A module's blocks for one track: each section keeps its time slot; breaks become break blocks. */
export function moduleBlocks(module: Module, track: Track): TimedBlock[] {
  return module.sections.map((section): TimedBlock => {
    const budgetSec = Math.round(section.minutes * 60);
    if (section.isBreak) return { kind: 'break', module, sectionId: section.id, title: section.title, budgetSec };
    return {
      kind: 'content',
      module,
      sectionId: section.id,
      title: section.title,
      budgetSec,
      slides: section.slides.filter((slide) => slide.tracks.includes(track)),
    };
  });
}

export interface ComposeOptions {
  /** Wording of generated titles and issues; the plan's language by default. */
  t?: Messages;
  /** The content's reference list, to find what the slides cite. */
  references?: ReadonlyMap<string, Reference>;
}

/**
 * The whole sequence of a session: title, the modules' sections and breaks with the plan's own
 * breaks placed among them, and the pages of sources.
 * @example composeSession(plan, [intro]).blocks.map((b) => b.kind) // ['title', 'content', …, 'sources']
 */
export function composeSession(plan: Plan, modules: Module[], options: ComposeOptions = {}): Session {
  const t = options.t ?? messagesFor(plan.language);
  const placed = placeBreaks(plan, modules.flatMap((module) => moduleBlocks(module, plan.track)), t);
  // A section with no slide in this track drops out (after placing: a break may follow it).
  const timed = placed.blocks.filter((block) => block.kind === 'break' || block.slides.length > 0);
  const used = usedReferences(timed, options.references ?? new Map());
  const blocks: Block[] = [{ kind: 'title', title: plan.title ?? t.deck.defaultTitle }, ...timed, ...sourcesBlocks(used, t)];
  return { plan, modules, blocks, used, issues: placed.issues };
}
