// fasilitator check <plan…>: validate plans against the content, print each agenda with clock
// times (or JSON), and report problems. Exit 1 on errors (and on warnings with --strict).
import { ContentError, type Issue } from '../../errors.js';
import { planSession, type WorkspaceCache } from '../../pipeline.js';
import { formatClock } from '../../time/clock.js';
import { agendaRows, formatAgenda } from '../agenda.js';
import { parseCommandArgs } from '../args.js';
import { workspaceFor, type CommandContext } from '../context.js';
import { paint } from '../../terminal/output.js';
import { formatIssues } from '../../terminal/report.js';
import { formatTimingTable } from '../timing-table.js';
import { UsageError } from '../../errors.js';
import { lintContent, type ContentReport } from '../../lint/lint-content.js';
import { sectionTiming } from '../../lint/timing.js';
import type { Module } from '../../content/types.js';
import type { Track } from '../../plan/types.js';

interface CheckResult {
  plan: string;
  ok: boolean;
  issues: Issue[];
  start?: string;
  end?: string;
  totalMinutes?: number;
  agenda?: ReturnType<typeof agendaRows>;
}

/** The timing model's needed minutes for every section the plan uses, by scheduled section id. */
function neededMinutes(modules: readonly Module[], track: Track): Map<string, number> {
  const needed = new Map<string, number>();
  for (const module of modules) {
    for (const section of module.sections) {
      const timing = sectionTiming(section, track);
      if (timing) needed.set(`${module.ref}/${section.id}`, timing.neededMinutes);
    }
  }
  return needed;
}

export async function checkCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { t, output } = ctx;
  const args = parseCommandArgs('check', argv, t);
  const content = Boolean(args.values.content);
  if (args.positionals.length === 0 && !content) throw new UsageError(t.cli.noPlans, t.cli.checkNoPlansHint, 'check');
  const workspace = workspaceFor(args, ctx);
  let contentOk = true;
  let contentReport: ContentReport | undefined;
  if (content) {
    const spelling = !args.values['no-spelling'];
    if (spelling && !args.values.json) output.err(paint(output, 'dim', t.lint.spellingLoading));
    contentReport = await lintContent(workspace.decksDir, t, { spelling });
    const errors = contentReport.issues.filter((issue) => issue.severity === 'error').length;
    const warnings = contentReport.issues.length - errors;
    contentOk = errors === 0 && !(args.values.strict && warnings > 0);
    if (!args.values.json) {
      if (contentReport.issues.length > 0) output.err(formatIssues(contentReport.issues, t, output));
      if (contentReport.timing.length > 0) output.out(`${formatTimingTable(contentReport.timing, t, output)}\n`);
      output.out(paint(output, contentOk ? 'green' : 'red', contentOk && errors === 0 ? `${t.lint.contentOk(contentReport.modules, contentReport.slides)}${warnings ? ` (${t.cli.summary(0, warnings)})` : ''}` : `✖ ${t.lint.contentSummary(errors, warnings)}`));
      if (args.positionals.length > 0) output.out('');
    }
  }
  const cache: WorkspaceCache = {};
  const strict = Boolean(args.values.strict);
  const results: CheckResult[] = [];
  for (const planPath of args.positionals) {
    try {
      const planned = await planSession(planPath, workspace, cache);
      const { schedule, warnings } = planned;
      const ok = !(strict && warnings.length > 0);
      const needed = neededMinutes(planned.modules, planned.plan.track);
      results.push({
        plan: planPath,
        ok,
        issues: warnings,
        start: formatClock(schedule.startSec),
        end: formatClock(schedule.endSec),
        totalMinutes: Math.round(schedule.totalSec / 60),
        agenda: agendaRows(schedule, needed, planned.t.lang),
      });
      if (!args.values.json) {
        output.out(paint(output, 'bold', t.agenda.heading(`${schedule.plan.title} (${planPath})`)));
        output.out(`${t.agenda.track(planned.t.tracks[planned.plan.track] ?? planned.plan.track)}`);
        output.out(formatAgenda(schedule, planned.t, output, needed));
        if (warnings.length > 0) output.err(formatIssues(warnings, planned.t, output));
        output.out(paint(output, ok ? 'green' : 'red', `${ok ? '✔' : '✖'} ${planPath}: ${t.cli.summary(0, warnings.length)}`));
        output.out('');
      }
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      results.push({ plan: planPath, ok: false, issues: error.issues });
      if (!args.values.json) {
        output.err(formatIssues(error.issues, t, output));
        const errors = error.issues.filter((issue) => issue.severity === 'error').length;
        output.err(paint(output, 'red', `✖ ${planPath}: ${t.cli.summary(errors, error.issues.length - errors)}`));
        output.err('');
      }
    }
  }
  const ok = contentOk && results.every((r) => r.ok);
  if (args.values.json) {
    output.out(JSON.stringify({ ok, plans: results, ...(contentReport ? { content: contentReport } : {}) }, null, 2));
  }
  return ok ? 0 : 1;
}
