// The plan's own breaks, put into the session's sequence: "after" a module or section by name,
// or "at" a clock time, at the section boundary nearest to it.
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { Plan, PlanBreak } from '../plan/types.js';
import { suggest } from '../suggest.js';
import { formatClock } from '../time/clock.js';
import { blockSeconds, sum } from './durations.js';
import type { BreakBlock, TimedBlock } from './types.js';

function planBreakBlock(entry: PlanBreak, t: Messages): BreakBlock {
  return { kind: 'break', title: entry.title ?? t.deck.breakTitle, budgetSec: entry.minutes * 60 };
}

/** Names a break may be placed after: "intro", "kk1", "intro/<section>", … */
function breakTargets(blocks: readonly TimedBlock[]): Map<string, number> {
  const targets = new Map<string, number>();
  blocks.forEach((block, i) => {
    if (!block.module) return;
    targets.set(block.module.ref, i);
    if (block.sectionId) targets.set(`${block.module.ref}/${block.sectionId}`, i);
  });
  return targets;
}

/**
 * The modules' blocks with the plan's breaks placed among them, numbered in session order.
 * @param blocks every section of the plan's modules, in order (empty ones too: a break may follow them)
 */
export function placeBreaks(plan: Plan, moduleBlocks: readonly TimedBlock[], t: Messages): { blocks: TimedBlock[]; issues: Issue[] } {
  const issues: Issue[] = [];
  const blocks = [...moduleBlocks];
  // "after" breaks first, last-to-first so earlier indices stay valid.
  const targets = breakTargets(blocks);
  const afterBreaks = plan.breaks
    .map((entry) => ({ entry, index: entry.after === undefined ? undefined : targets.get(entry.after) }))
    .filter(({ entry }) => entry.after !== undefined);
  for (const { entry, index } of afterBreaks) {
    if (index === undefined) {
      // Every real position, sections included: a planner should not have to guess section ids.
      const valid = [...targets.keys()];
      issues.push({
        code: IssueCode.PLAN_BREAK_TARGET,
        severity: 'error',
        message: t.plan.breakTarget(entry.after!),
        hint: t.plan.breakTargetHint(suggest(entry.after!, valid), valid),
        span: entry.span,
      });
    }
  }
  afterBreaks
    .filter((item): item is { entry: PlanBreak; index: number } => item.index !== undefined)
    .sort((a, b) => b.index - a.index)
    .forEach(({ entry, index }) => blocks.splice(index + 1, 0, planBreakBlock(entry, t)));

  // "at" breaks go to the section boundary nearest their clock time, earliest first, each
  // placed against the timeline as it stands after the breaks before it.
  const atBreaks = plan.breaks.filter((entry) => entry.atSec !== undefined).sort((a, b) => a.atSec! - b.atSec!);
  for (const entry of atBreaks) {
    const boundaries: { index: number; clockSec: number }[] = [];
    let clockSec = plan.startSec;
    blocks.forEach((block, i) => {
      clockSec += sum(blockSeconds(block));
      if (i < blocks.length - 1) boundaries.push({ index: i + 1, clockSec });
    });
    const wanted = entry.atSec!;
    if (wanted <= plan.startSec || wanted >= clockSec || boundaries.length === 0) {
      issues.push({ code: IssueCode.PLAN_BREAK_TARGET, severity: 'error', message: t.plan.breakOutside(formatClock(wanted)), hint: t.plan.breakOutsideHint, span: entry.span });
      continue;
    }
    const best = boundaries.reduce((a, b) => (Math.abs(b.clockSec - wanted) < Math.abs(a.clockSec - wanted) ? b : a));
    if (Math.abs(best.clockSec - wanted) >= 60) {
      issues.push({ code: IssueCode.PLAN_BREAK_MOVED, severity: 'warning', message: t.plan.breakMoved(formatClock(wanted), formatClock(best.clockSec)), hint: t.plan.breakMovedHint, span: entry.span });
    }
    blocks.splice(best.index, 0, planBreakBlock(entry, t));
  }

  let planBreaks = 0;
  const numbered = blocks.map((block) => (block.kind === 'break' && !block.module ? { ...block, planBreak: ++planBreaks } : block));
  return { blocks: numbered, issues };
}
