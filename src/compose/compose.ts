// Plan + content library → the session's modules in order and their blocks for the plan's track.
import type { Library, Module } from '../content/types.js';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { Plan, Track } from '../plan/types.js';
import type { Block, Session } from './types.js';

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
export function moduleBlocks(module: Module, track: Track): Block[] {
  return module.sections.map((section): Block => {
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

/** Composes the session (without the plan's own breaks, which scheduling places). */
export function composeSession(plan: Plan, modules: Module[]): Session {
  return { plan, modules, blocks: modules.flatMap((module) => moduleBlocks(module, plan.track)) };
}
