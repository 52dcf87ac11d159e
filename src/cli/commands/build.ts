// fasilitator build <plan…>: each plan → dist/<plan>/ (deck, run sheet, schedule), written
// atomically. A bad plan is reported and skipped; the others are still built.
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emitSite } from '../../emit/emit.js';
import { ContentError, EnvironmentError, UsageError } from '../../errors.js';
import { buildSite, type WorkspaceCache } from '../../pipeline.js';
import { parseCommandArgs, stringOption } from '../args.js';
import { workspaceFor, type CommandContext } from '../context.js';
import { paint } from '../output.js';
import { formatIssues } from '../report.js';

export const BUILD_OPTIONS = {
  out: { type: 'string', short: 'o' },
  decks: { type: 'string' },
} as const;

export async function buildCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { t, output } = ctx;
  const args = parseCommandArgs('build', argv, BUILD_OPTIONS, t);
  if (args.values.help) {
    output.out(t.help.build);
    return 0;
  }
  if (args.positionals.length === 0) throw new UsageError(t.cli.noPlans, t.cli.noPlansHint, 'build');
  const workspace = workspaceFor(args, ctx);
  if (!existsSync(join(workspace.runtimeDir, 'fasilitator.js'))) throw new EnvironmentError(t.cli.noRuntime, t.cli.noRuntimeHint);
  const outDir = stringOption(args, 'out') ?? 'dist';
  const cache: WorkspaceCache = {};
  let failed = 0;
  let lastBuilt: string | undefined;
  for (const planPath of args.positionals) {
    const started = performance.now();
    try {
      const site = await buildSite(planPath, workspace, cache);
      const dir = await emitSite(site, outDir);
      const planT = site.planned.t;
      if (site.planned.warnings.length > 0) output.err(formatIssues(site.planned.warnings, planT, output));
      output.out(paint(output, 'green', t.cli.built(planPath, relative(process.cwd(), dir) || dir, Math.round(performance.now() - started))));
      lastBuilt = dir;
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      failed++;
      output.err(formatIssues(error.issues, t, output));
      output.err(paint(output, 'red', t.cli.buildFailed(planPath)));
      output.err(t.cli.nothingWritten);
    }
  }
  if (lastBuilt && failed === 0 && args.positionals.length === 1) output.out(t.cli.openHint(join(relative(process.cwd(), lastBuilt) || lastBuilt, 'index.html')));
  if (args.positionals.length > 1) output.out(t.cli.buildSummary(args.positionals.length - failed, failed));
  return failed > 0 ? 1 : 0;
}
