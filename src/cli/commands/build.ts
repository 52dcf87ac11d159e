// fasilitator build <plan…> [--pdf] [--pptx], fasilitator pdf <plan…> and fasilitator pptx <plan…>:
// each plan → dist/<plan>/ (deck, participant copy, run sheet, schedule, and PDFs and PowerPoint
// when asked), written atomically. A bad plan is reported and skipped; the others are still built.
// One browser serves every PDF (and every PowerPoint figure) of the run.
import { existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Browser } from 'playwright-core';
import { emitSite, LeftoverError, NotOursError, OldNotRemovableError } from '../../emit/emit.js';
import { outputIssues, slashes, writeFailure } from '../../emit/guard.js';
import { writeIndex } from '../../emit/index-file.js';
import { ContentError, EnvironmentError, IssueCode, UsageError } from '../../errors.js';
import type { Messages } from '../../i18n/messages.js';
import { findChromium, launchChromium, requireChromium } from '../../export/browser.js';
import { exportPdfs, PDF_FILES, type PdfName } from '../../export/pdf.js';
import { exportPptx, PPTX_FILE, readDeckTheme } from '../../export/pptx/export.js';
import { chromiumRasteriser } from '../../export/pptx/rasterise.js';
import { buildSite, type WorkspaceCache } from '../../pipeline.js';
import { parseCommandArgs, stringOption } from '../args.js';
import { workspaceFor, type CommandContext } from '../context.js';
import { paint } from '../../terminal/output.js';
import { pdfProgress } from '../progress.js';
import { displayPath, formatIssues } from '../../terminal/report.js';
import { releaseInterrupts } from '../interrupt.js';
import { serveCommand } from './serve.js';

/** `--files lysark,manus` → the PDFs to make; all three when not given. */
function pdfFiles(value: string | undefined, t: CommandContext['t'], command: string): PdfName[] {
  if (!value) return [...PDF_FILES];
  const names = value.split(',').map((name) => name.trim().replace(/\.pdf$/, '')).filter(Boolean);
  const valid = PDF_FILES.map((file) => file.replace(/\.pdf$/, ''));
  for (const name of names) if (!valid.includes(name)) throw new UsageError(t.plan.unknownValue('--files', name, 'PDF'), t.valid(valid), command);
  return PDF_FILES.filter((file) => names.includes(file.replace(/\.pdf$/, '')));
}

const display = (dir: string): string => slashes(displayPath(resolve(dir)) || dir);

/** `-o ''`, `-o some-file`, `-o /dev/null`: usage errors before anything is written. */
function checkOutDir(outDir: string, t: Messages, command: string): void {
  if (outDir.trim() === '') throw new UsageError(t.safety.outEmpty, t.safety.outHint, command);
  let isDir = true;
  try {
    isDir = statSync(outDir).isDirectory();
  } catch {
    // Not there yet: it is made.
  }
  if (!isDir) throw new UsageError(t.safety.outNotFolder(outDir), t.safety.outHint, command);
}

/** Write-time failures in words: the folder, the reason, exit 3 (or 1 for someone else's folder). */
function explainWriteError(error: unknown, folder: string, t: Messages): unknown {
  if (error instanceof NotOursError) {
    return new ContentError([{ code: IssueCode.OUTPUT_NOT_OURS, severity: 'error', message: t.safety.notOurs(display(error.path)), hint: t.safety.notOursHint }]);
  }
  if (error instanceof OldNotRemovableError) return new EnvironmentError(t.safety.cannotRemoveOld(display(error.path)), t.safety.cannotRemoveOldHint, { cause: error });
  if (error instanceof LeftoverError) return new EnvironmentError(t.safety.leftover(display(error.path)), t.safety.leftoverHint, { cause: error });
  return writeFailure(error, display(folder), t) ?? error;
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
  // Start the browser now: it gets ready while the first plan is built.
  let launching: Promise<Browser> | undefined = withPdf ? launchChromium(t, ctx.env) : undefined;
  launching?.catch(() => undefined);
  let browser: Browser | undefined;
  // PowerPoint needs the browser only for PNG fallbacks of SVG figures: started when first asked.
  const openBrowser = async (): Promise<Browser> => (browser ??= await (launching ??= launchChromium(t, ctx.env)));
  let failed = 0;
  let lastBuilt: string | undefined;
  const showProgress = output.interactive && args.positionals.length > 1;
  try {
    for (const [i, planPath] of args.positionals.entries()) {
      const started = performance.now();
      if (showProgress) process.stderr.write(`\r\u001b[2K${paint(output, 'dim', t.index.building(i + 1, args.positionals.length, planPath))}`);
      try {
        const site = await buildSite(planPath, workspace, cache);
        const planT = site.planned.t;
        const target = display(join(outDir, site.planned.plan.name));
        const dir = await emitSite(
          site,
          outDir,
          withPdf || withPptx
          ? async (temp) => {
              if (withPdf) {
                const pdfBrowser = await openBrowser();
                const progress = pdfProgress(output, planT, site.planned.plan.name, target, only.length);
                progress.start();
                await exportPdfs(pdfBrowser, temp, site.planned.schedule.plan.title, planT, progress.update, only);
                progress.finish();
              }
              if (withPptx) {
                if (!output.interactive) output.err(planT.pptx.working(site.planned.plan.name));
                // Figures need the browser for their PNG copies; say so in PowerPoint's terms, not PDF's.
                const figureBrowser = async (): Promise<Browser> => {
                  if (!browser && !findChromium(ctx.env)) throw new EnvironmentError(planT.pptx.noBrowser, planT.browser.notFoundHint);
                  return openBrowser();
                };
                const result = await exportPptx(site.planned, temp, await readDeckTheme(temp), chromiumRasteriser(figureBrowser));
                output.err(paint(output, 'green', planT.pptx.written(`${target}/${PPTX_FILE}`, planT.pptx.slides(result.slides), result.ms)));
              }
            }
          : undefined,
          { force },
        ).catch((error: unknown) => {
          throw explainWriteError(error, outDir, t);
        });
        if (showProgress) process.stderr.write('\r\u001b[2K');
        if (site.planned.warnings.length > 0) output.err(formatIssues(site.planned.warnings, planT, output));
        output.out(paint(output, 'green', t.cli.built(planPath, display(dir), Math.round(performance.now() - started))));
        lastBuilt = dir;
      } catch (error) {
        if (showProgress) process.stderr.write('\r\u001b[2K');
        if (!(error instanceof ContentError)) throw error;
        failed++;
        output.err(formatIssues(error.issues, t, output));
        output.err(paint(output, 'red', t.cli.buildFailed(planPath)));
        output.err(t.cli.nothingWritten);
      }
    }
  } finally {
    // Close the browser even if no plan reached the PDF step.
    const started = browser ?? (await launching?.catch(() => undefined));
    await started?.close();
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
      releaseInterrupts();
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
