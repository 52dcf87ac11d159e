// fasilitator site [-o mappe] [--pdf] [--pptx]: the whole programme (every introduction and core competence
// in every track) in one folder with a start page, for a memory stick or the intranet. Written
// atomically like build; a folder fasilitator did not make is only replaced with --force.
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { homedir } from 'node:os';
import { emitFolder, writeTree } from '../../emit/emit.js';
import { protectedFolder } from '../../emit/guard.js';
import { ContentError, EnvironmentError, UsageError } from '../../errors.js';
import { requireChromium } from '../../export/browser.js';
import { exportPdfs } from '../../export/pdf.js';
import { exportPptx } from '../../export/pptx/export.js';
import { chromiumRasteriser } from '../../export/pptx/rasterise.js';
import type { WorkspaceCache } from '../../pipeline.js';
import { renderCourseSite, SHARED, SITE_MARKER, SITE_RUNTIME } from '../../site/course-site.js';
import { parseCommandArgs, stringOption } from '../args.js';
import { BrowserSession } from '../browser-session.js';
import { explainWriteError } from '../write-errors.js';
import { workspaceFor, type CommandContext } from '../context.js';
import { paint } from '../../terminal/output.js';
import { formatIssues } from '../../terminal/report.js';

/** Relative to where the user is, unless that means climbing out of it. */
const display = (dir: string): string => {
  const rel = relative(process.cwd(), dir);
  return rel === '' ? dir : rel.startsWith('..') ? dir : rel;
};

/** Files and bytes under a folder: what goes on the memory stick. */
export async function folderSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

export function formatSize(bytes: number, lang: 'nb' | 'en'): string {
  const mb = bytes / (1024 * 1024);
  const text = mb >= 10 ? mb.toFixed(0) : mb.toFixed(1);
  return `${lang === 'nb' ? text.replace('.', ',') : text} MB`;
}

/** An existing folder that is empty or carries our marker may be replaced. */
function ours(dir: string): boolean {
  if (!existsSync(dir)) return true;
  if (existsSync(join(dir, SITE_MARKER))) return true;
  try {
    return readdirSync(dir).length === 0;
  } catch {
    return false;
  }
}

export async function siteCommand(argv: readonly string[], ctx: CommandContext): Promise<number> {
  const { t, output } = ctx;
  const args = parseCommandArgs('site', argv, t);
  if (args.positionals.length > 0) throw new UsageError(t.site.noPlans(args.positionals[0]!), t.site.noPlansHint, 'site');
  const workspace = workspaceFor(args, ctx);
  for (const name of ['fasilitator.js', ...SITE_RUNTIME]) {
    if (!existsSync(join(workspace.runtimeDir, name))) throw new EnvironmentError(t.cli.noRuntime, t.cli.noRuntimeHint);
  }
  const target = resolve(stringOption(args, 'out') ?? join('dist', 'kurs'));
  const guarded = protectedFolder(target, { cwd: process.cwd(), home: homedir() });
  if (guarded) throw new UsageError(t.safety.protectedFolder(display(target), guarded), t.safety.protectedFolderHint, 'site');
  if (lstatSync(target, { throwIfNoEntry: false })?.isDirectory() === false) throw new UsageError(t.safety.notAFolder(display(target)), t.safety.notAFolderHint, 'site');
  if (!args.values.force && !ours(target)) throw new UsageError(t.site.notOurs(display(target)), t.site.notOursHint, 'site');
  const withPdf = Boolean(args.values.pdf);
  if (withPdf) requireChromium(t, ctx.env);
  const withPptx = Boolean(args.values.pptx);
  const started = performance.now();
  const progress = (text: string): void => output.status(paint(output, 'dim', text));
  const cache: WorkspaceCache = {};
  let site;
  try {
    site = await renderCourseSite(workspace, cache, (done, total, folder) => folder && progress(t.site.building(done + 1, total, folder)), { pdf: withPdf, pptx: withPptx });
  } catch (error) {
    output.endStatus();
    if (!(error instanceof ContentError)) throw error;
    output.err(formatIssues(error.issues, t, output));
    output.err(paint(output, 'red', t.cli.nothingWritten));
    return 1;
  }
  const browsers = new BrowserSession(t, ctx.env, ctx.run.browsers);
  try {
    await emitFolder(target, async (dir) => {
      await writeTree(dir, site);
      for (const [i, session] of site.sessions.entries()) {
        const folder = join(dir, session.entry.folder);
        if (withPdf) {
          // PDFs take minutes: a log (CI, a file) gets a plain line per session, a terminal one redrawn line.
          if (output.interactive) progress(t.site.pdf(i + 1, site.sessions.length, session.entry.folder));
          else output.err(t.site.pdf(i + 1, site.sessions.length, session.entry.folder));
          await exportPdfs(await browsers.get(), folder, session.planned.schedule.plan.title, session.planned.t);
        }
        if (withPptx) {
          if (output.interactive) progress(t.site.pptx(i + 1, site.sessions.length, session.entry.folder));
          else output.err(t.site.pptx(i + 1, site.sessions.length, session.entry.folder));
          // Figures need the browser for their PNG copies; icons alone do not (see export/pptx/write.ts).
          // The session's assets/ live in the shared folder.
          const shared = (src: string): string => (src.startsWith('assets/') ? join(dir, SHARED, src.slice('assets/'.length)) : join(folder, src));
          await exportPptx(session.planned, folder, await readFile(join(dir, SHARED, 'theme.css'), 'utf8'), chromiumRasteriser(browsers.forFigures(session.planned.t)), shared);
        }
      }
      // Ownership was settled above: the course folder carries its own marker, or --force was given.
    }, { force: true, pending: ctx.run.writes }).catch((error: unknown) => {
      // A folder that cannot be written (read-only, full disk, no such place) is said in words, exit 1 or 3.
      throw explainWriteError(error, target, t);
    });
  } finally {
    await browsers.close();
  }
  output.endStatus();
  // Warnings (e.g. a slide without manuscript) are the content's, the same for every track: once each.
  const seen = new Set<string>();
  const warnings = site.warnings.flatMap((entry) => entry.issues).filter((issue) => {
    const key = `${issue.span?.file}:${issue.span?.line}:${issue.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
  if (warnings.length > 0) output.err(formatIssues(warnings, t, output));
  const size = await folderSize(target);
  output.out(paint(output, 'green', t.site.done(display(target), site.sessions.length, size.files, formatSize(size.bytes, t.lang === 'en' ? 'en' : 'nb'), Math.round(performance.now() - started))));
  output.out(t.site.openHint(join(display(target), 'index.html')));
  return 0;
}
