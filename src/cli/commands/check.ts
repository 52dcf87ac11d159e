// fasilitator check <plan…>: validate plans against the content, print each agenda with clock
// times (or JSON), and report problems. Exit 1 on errors (and on warnings with --strict).
import { ContentError, type Issue } from '../../errors.js';
import { planSession, type WorkspaceCache } from '../../pipeline.js';
import { formatClock } from '../../schedule/clock.js';
import { agendaRows, formatAgenda } from '../agenda.js';
import { parseCommandArgs } from '../args.js';
import { workspaceFor, type CommandContext } from '../context.js';
import { paint } from '../output.js';
import { formatIssues } from '../report.js';
import { UsageError } from '../../errors.js';

export const CHECK_OPTIONS = {
  json: { type: 'boolean' },
  strict: { type: 'boolean' },
  decks: { type: 'string' },
} as const;

interface CheckResult {
  plan: string;
  ok: boolean;
  issues: Issue[];
  start?: string;
  end?: string;
  totalMinutes?: number;
  agenda?: ReturnType<typeof agendaRows>;
}

export async function checkCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { t, output } = ctx;
  const args = parseCommandArgs('check', argv, CHECK_OPTIONS, t);
  if (args.values.help) {
    output.out(t.help.check);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError(t.cli.noPlans, t.cli.noPlansHint.replace('build', 'check'), 'check');
  const workspace = workspaceFor(args, ctx);
  const cache: WorkspaceCache = {};
  const strict = Boolean(args.values.strict);
  const results: CheckResult[] = [];
  for (const planPath of args.positionals) {
    try {
      const planned = await planSession(planPath, workspace, cache);
      const { schedule, warnings } = planned;
      const ok = !(strict && warnings.length > 0);
      results.push({
        plan: planPath,
        ok,
        issues: warnings,
        start: formatClock(schedule.startSec),
        end: formatClock(schedule.endSec),
        totalMinutes: Math.round(schedule.totalSec / 60),
        agenda: agendaRows(schedule),
      });
      if (!args.values.json) {
        output.out(paint(output, 'bold', t.agenda.heading(`${schedule.plan.title} (${planPath})`)));
        output.out(`${t.agenda.track(planned.t.tracks[planned.plan.track] ?? planned.plan.track)}`);
        output.out(formatAgenda(schedule, planned.t, output));
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
  if (args.values.json) output.out(JSON.stringify({ ok: results.every((r) => r.ok), plans: results }, null, 2));
  return results.every((r) => r.ok) ? 0 : 1;
}
