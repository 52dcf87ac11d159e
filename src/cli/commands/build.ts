// fasilitator build <plan…> [--pdf] [--pptx], fasilitator pdf <plan…> and fasilitator pptx <plan…>:
// each plan → dist/<plan>/ (deck, participant copy, run sheet, schedule, and PDFs and PowerPoint
// when asked), written atomically. A bad plan is reported and skipped; the others are still built.
// The exports are in ../exports.ts, the run's one browser in ../browser-session.ts, the output
// folder's checks and write errors in ../write-errors.ts.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { emitSite } from '../../emit/emit.js';
import { outputIssues } from '../../emit/guard.js';
import { writeIndex } from '../../emit/index-file.js';
import { ContentError, EnvironmentError, UsageError } from '../../errors.js';
import { requireChromium } from '../../export/browser.js';
import { PDF_FILES, type PdfName } from '../../export/pdf.js';
import { buildSite, type WorkspaceCache } from '../../pipeline.js';
import { parseCommandArgs, stringOption } from '../args.js';
import { BrowserSession } from '../browser-session.js';
import { workspaceFor, type CommandContext } from '../context.js';
import { exportDeck } from '../exports.js';
import { paint } from '../../terminal/output.js';
import { formatIssues } from '../../terminal/report.js';
import { checkOutDir, displayFolder as display, explainWriteError } from '../write-errors.js';
import { serveCommand } from './serve.js';

/** `--files lysark,manus` → the PDFs to make; all three when not given. */
function pdfFiles(value: string | undefined, t: CommandContext['t'], command: string): PdfName[] {
  if (!value) return [...PDF_FILES];
  const names = value.split(',').map((name) => name.trim().replace(/\.pdf$/, '')).filter(Boolean);
  const valid = PDF_FILES.map((file) => file.replace(/\.pdf$/, ''));
  for (const name of names) if (!valid.includes(name)) throw new UsageError(t.plan.unknownValue('--files', name, 'PDF'), t.valid(valid), command);
  return PDF_FILES.filter((file) => names.includes(file.replace(/\.pdf$/, '')));
}

async function buildPlans(command: 'build' | 'pdf' | 'pptx', argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { t, output } = ctx;
  const args = parseCommandArgs(command, argv, t);
  if (args.positionals.length === 0) throw new UsageError(t.cli.noPlans, command === 'build' ? t.cli.noPlansHint : t.cli.noPlansHint.replace('build', command), command);
  const workspace = workspaceFor(args, ctx);
  if (!existsSync(join(workspace.runtimeDir, 'fasilitator.js'))) throw new EnvironmentError(t.cli.noRuntime, t.cli.noRuntimeHint);
  const withPdf = command === 'pdf' || Boolean(args.values.pdf);
  const withPptx = command === 'pptx' || Boolean(args.values.pptx);
  const only = pdfFiles(stringOption(args, 'files'), t, command);
  // No browser, no PDF: say so before anything is written.
  if (withPdf) requireChromium(t, ctx.env);
  const outDir = stringOption(args, 'out') ?? 'dist';
  checkOutDir(outDir, t, command);
  const force = Boolean(args.values.force);
  // Same-named plans, and folders or an overview page someone else made: refused before any write.
  const refused = await outputIssues(outDir, args.positionals, force, t);
  if (refused.length > 0) {
    output.err(formatIssues(refused, t, output));
    output.err(t.cli.nothingWritten);
    return 1;
  }
  const cache: WorkspaceCache = {};
  const browsers = new BrowserSession(t, ctx.env, ctx.run.browsers);
  // Start the browser now: it gets ready while the first plan is built. PowerPoint needs it only
  // for PNG fallbacks of SVG figures: started when first asked.
  if (withPdf) browsers.warmUp();
  let failed = 0;
  let lastBuilt: string | undefined;
  const showProgress = output.interactive && args.positionals.length > 1;
  try {
    for (const [i, planPath] of args.positionals.entries()) {
      const started = performance.now();
      if (showProgress) output.status(paint(output, 'dim', t.index.building(i + 1, args.positionals.length, planPath)));
      try {
        const site = await buildSite(planPath, workspace, cache);
        const planT = site.planned.t;
        const target = display(join(outDir, site.planned.plan.name));
        const dir = await emitSite(
          site,
          outDir,
          withPdf || withPptx ? (temp) => exportDeck(site.planned, temp, { ...(withPdf ? { pdf: only } : {}), pptx: withPptx }, browsers, output, target) : undefined,
          { force, pending: ctx.run.writes },
        ).catch((error: unknown) => {
          throw explainWriteError(error, outDir, t);
        });
        if (showProgress) output.endStatus();
        if (site.planned.warnings.length > 0) output.err(formatIssues(site.planned.warnings, planT, output));
        output.out(paint(output, 'green', t.cli.built(planPath, display(dir), Math.round(performance.now() - started))));
        lastBuilt = dir;
      } catch (error) {
        if (showProgress) output.endStatus();
        if (!(error instanceof ContentError)) throw error;
        failed++;
        output.err(formatIssues(error.issues, t, output));
        output.err(paint(output, 'red', t.cli.buildFailed(planPath)));
        output.err(t.cli.nothingWritten);
      }
    }
  } finally {
    // Close the browser even if no plan reached the PDF step.
    await browsers.close();
  }
  if (lastBuilt) {
    const index = await writeIndex(outDir, t, { force }).catch((error: unknown) => {
      throw explainWriteError(error, outDir, t);
    });
    if (args.positionals.length > 1) output.out(t.index.written(display(index.path), index.count));
  }
  if (lastBuilt && failed === 0 && args.positionals.length === 1) {
    // Build and show: the server's address is the one thing to open.
    if (args.values.serve) {
      ctx.run.interrupts.release();
      return serveCommand([display(lastBuilt), ...(stringOption(args, 'port') ? ['--port', stringOption(args, 'port')!] : [])], ctx);
    }
    output.out(t.cli.openHint(join(display(lastBuilt), 'index.html')));
  }
  if (args.positionals.length > 1) output.out(t.cli.buildSummary(args.positionals.length - failed, failed));
  return failed > 0 ? 1 : 0;
}

export const buildCommand = (argv: readonly string[], ctx: CommandContext): Promise<number> => buildPlans('build', argv, ctx);
export const pdfCommand = (argv: readonly string[], ctx: CommandContext): Promise<number> => buildPlans('pdf', argv, ctx);
export const pptxCommand = (argv: readonly string[], ctx: CommandContext): Promise<number> => buildPlans('pptx', argv, ctx);
