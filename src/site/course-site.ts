// The course site in memory: every session of the programme rendered with its pages pointing at
// one shared folder (felles/), plus the start page. Nothing is written here; the site command
// writes the result atomically.
import { join } from 'node:path';
import { ContentError, type Issue } from '../errors.js';
import { content, planSession, renderSite, type PlannedSession, type SiteFile, type Workspace, type WorkspaceCache } from '../pipeline.js';
import { renderStartPage, type StartPageDeck } from '../render/start-page.js';
import { formatClock } from '../time/clock.js';
import { programme, type ProgrammeEntry } from './programme.js';

/** The shared folder, at the top of the site. */
export const SHARED = 'felles';
/** Marks a folder as made by `fasilitator site`, so a rebuild may replace it and nothing else. */
export const SITE_MARKER = '.fasilitator-site';
/** Browser scripts and styles of the site, built into runtime/ by scripts/build.ts. */
export const SITE_RUNTIME = ['fasilitator-sider.js', 'startside.js', 'startside.css'] as const;

export interface CourseSession {
  entry: ProgrammeEntry;
  planned: PlannedSession;
}

export interface CourseSite {
  sessions: CourseSession[];
  files: SiteFile[];
  copies: { from: string; to: string }[];
  warnings: { folder: string; issues: Issue[] }[];
}

/** Every path a session page uses for its assets, moved to the shared folder. */
function shareAssets(html: string, depth: number): string {
  const up = '../'.repeat(depth);
  return html.replace(/(src|href)="assets\//g, `$1="${up}${SHARED}/`);
}

/** The run sheet and the notes print follow ?start= too: an external script, and the built start to move from. */
function withPageRetime(html: string, startSec: number): string {
  // indexOf and slices, not replace(): these pages are large (a thumbnail per slide).
  const main = html.indexOf('<main class="manus"');
  const end = html.lastIndexOf('</body>');
  if (main < 0 || end < main) return html;
  const open = '<main class="manus"'.length;
  return `${html.slice(0, main + open)} data-start="${formatClock(startSec)}"${html.slice(main + open, end)}<script src="../${SHARED}/fasilitator-sider.js"></script>\n${html.slice(end)}`;
}

export async function renderCourseSite(
  workspace: Workspace,
  cache: WorkspaceCache,
  onSession: (done: number, total: number, folder: string) => void = () => undefined,
  options: { pdf?: boolean; pptx?: boolean } = {},
): Promise<CourseSite> {
  const store = await content(workspace, cache);
  const entries = programme(store.modules, workspace.lang ?? 'nb');
  const sessions: CourseSession[] = [];
  const files: SiteFile[] = [];
  const copies = new Map<string, string>();
  const warnings: CourseSite['warnings'] = [];
  const failed: Issue[] = [];
  for (const [i, entry] of entries.entries()) {
    onSession(i, entries.length, entry.folder);
    let planned: PlannedSession;
    try {
      planned = await planSession(entry.source.path, workspace, cache, entry.source);
    } catch (error) {
      if (!(error instanceof ContentError)) throw error;
      failed.push(...error.issues);
      continue;
    }
    const site = await renderSite(planned, workspace, cache, { assets: `../${SHARED}`, participantAssets: `../../${SHARED}` });
    sessions.push({ entry, planned });
    if (planned.warnings.length > 0) warnings.push({ folder: entry.folder, issues: planned.warnings });
    for (const file of site.files) {
      // The participant copy's stylesheets are the session's own, and the same for every session.
      if (file.path.startsWith('deltaker/assets/')) continue;
      if (file.path.startsWith('assets/')) {
        // Stylesheets are the same for every session: stored once.
        files.push({ path: `${SHARED}/${file.path.slice('assets/'.length)}`, content: file.content });
        continue;
      }
      const depth = file.path.split('/').length;
      let html = file.path.endsWith('.html') ? shareAssets(file.content, depth) : file.content;
      if (file.path === 'manus.html' || file.path === 'lysark-med-manus.html') html = withPageRetime(html, planned.schedule.startSec);
      files.push({ path: `${entry.folder}/${file.path}`, content: html });
    }
    for (const copy of site.copies) {
      if (copy.to.startsWith('assets/')) copies.set(`${SHARED}/${copy.to.slice('assets/'.length)}`, copy.from);
    }
  }
  onSession(entries.length, entries.length, '');
  if (failed.length > 0) throw new ContentError(failed);
  for (const name of SITE_RUNTIME) copies.set(`${SHARED}/${name}`, join(workspace.runtimeDir, name));
  // Same path, same content: keep the first of each shared file.
  const unique = new Map<string, SiteFile>();
  for (const file of files) if (!unique.has(file.path)) unique.set(file.path, file);
  const decks: StartPageDeck[] = sessions.map(({ entry, planned }) => ({
    folder: entry.folder,
    moduleKey: entry.moduleKey,
    moduleTitle: entry.moduleTitle,
    kind: entry.kind,
    ...(entry.number !== undefined ? { number: entry.number } : {}),
    track: entry.track,
    schedule: planned.schedule,
    guide: unique.has(`${entry.folder}/veiledning.html`),
  }));
  unique.set('index.html', { path: 'index.html', content: renderStartPage(decks, workspace.lang === 'en' ? 'en' : 'nb', SHARED, { pdf: Boolean(options.pdf), pptx: Boolean(options.pptx) }) });
  unique.set(SITE_MARKER, { path: SITE_MARKER, content: `${JSON.stringify({ madeBy: 'fasilitator site', sessions: sessions.length })}\n` });
  return { sessions, files: [...unique.values()], copies: [...copies].map(([to, from]) => ({ from, to })), warnings };
}
