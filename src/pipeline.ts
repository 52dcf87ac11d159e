// The only file that chains the stages: plan → content → session → schedule → rendered site.
// Reading happens here and in the loaders it calls; everything between is pure.
import { composeSession, selectModules } from './compose/compose.js';
import type { Block } from './compose/types.js';
import { openContent, type ContentStore } from './content/load.js';
import type { ParseCache } from './content/parse-cache.js';
import { ContentError, IssueCode, sortIssuesByPosition, type Issue } from './errors.js';
import type { Language, Messages } from './i18n/messages.js';
import { readPlan } from './plan/read.js';
import { siteCopies } from './render/assets.js';
import { createRenderContext } from './render/context.js';
import type { PlannedSession, Site, SiteFile } from './render/types.js';
import { renderDeck } from './render/deck.js';
import { alternatives } from './compose/alternatives.js';
import { deckSlides } from './render/deck-slides.js';
import { renderRunSheet } from './render/run-sheet.js';
import { renderSlidesWithNotes } from './render/slides-with-notes.js';
import { renderGuide } from './render/guide.js';
import { loadTemplates, themeIssues, type Templates } from './render/theme.js';
import { loadTheme, type LoadedTheme } from './render/theme-tokens.js';
import { availableIcons, checkIcons, loadIcons, slideIcons } from './render/icons.js';
import { scheduleSession } from './schedule/schedule.js';
import { readSource, type SourceFile } from './source.js';
import { planNameIssue } from './plan/name.js';

export interface Workspace {
  decksDir: string;
  templatesDir: string;
  runtimeDir: string;
  /** Messages for issues found before a plan's own language is known. */
  t: Messages;
  /** Forces the language of messages and deck UI (--lang); otherwise the plan's language. */
  lang?: Language;
  /** Parsed content from earlier runs (the CLI passes a disk cache; tests and the linter none). */
  parseCache?: ParseCache;
}

/** Shared by all plans of one run: content and templates are read once. */
export interface WorkspaceCache {
  content?: Promise<ContentStore>;
  templates?: Promise<Templates>;
  themes?: Map<string, Promise<LoadedTheme>>;
  icons?: Promise<string[]>;
}

export type { PlannedSession, Site, SiteFile } from './render/types.js';

/** The content store of a run (read once per cache). */
export function content(workspace: Workspace, cache: WorkspaceCache): Promise<ContentStore> {
  cache.content ??= openContent(workspace.decksDir, workspace.t, workspace.parseCache);
  return cache.content;
}

/** Warnings about the content a session uses: slides without a manuscript. */
function sessionWarnings(blocks: readonly Block[], t: Messages): Issue[] {
  return blocks.flatMap((block) =>
    block.kind === 'content'
      ? block.slides
          .filter((slide) => slide.notesText.trim() === '')
          .map((slide): Issue => ({ code: IssueCode.SLIDE_NO_NOTES, severity: 'warning', message: t.content.noNotes, hint: t.content.noNotesHint, span: slide.span }))
      : [],
  );
}

/** Reads, validates and schedules one plan. Throws ContentError with every issue found. */
export async function planSession(planPath: string, workspace: Workspace, cache: WorkspaceCache = {}, given?: SourceFile): Promise<PlannedSession> {
  // `..yaml` or `index.html.yaml` would build into the output folder itself or over the overview page.
  const badName = planNameIssue(planPath, workspace.t);
  if (badName) throw new ContentError([badName]);
  // `given`: a plan made in memory (the course site); otherwise the file at planPath.
  const source = given ?? (await readSource(planPath, workspace.t));
  const result = readPlan(source, workspace.t, workspace.lang);
  const { t } = result;
  const plan = result.plan ?? result.provisional;
  if (!plan) throw new ContentError(result.issues);

  const store = await content(workspace, cache);
  const issues: Issue[] = [...result.issues, ...store.sharedIssues];
  const chosen = selectModules(plan, { modules: store.modules, references: store.references }, t);
  issues.push(...chosen.issues);
  // Only the modules this plan uses are read, and only they can hold it back.
  const loaded = await Promise.all(chosen.modules.map((module) => store.load(module.id)));
  for (const entry of loaded) issues.push(...entry.issues);
  const modules = loaded.map((entry) => entry.module);
  issues.push(...(await themeIssues(workspace.templatesDir, plan, t)));
  // Icons are checked where the slides name them, with a did-you-mean, before anything is built.
  const iconSlides = modules.flatMap((module) => module.sections.flatMap((section) => section.slides)).filter((slide) => slideIcons(slide).length > 0);
  if (iconSlides.length > 0) {
    cache.icons ??= availableIcons(t);
    issues.push(...checkIcons(iconSlides, await cache.icons, t));
  }
  const session = composeSession(plan, modules, { t, references: store.references });
  const scheduled = scheduleSession(session, t, { alternatives: alternatives(plan, store.modules) });
  issues.push(...scheduled.issues, ...sessionWarnings(session.blocks, t));
  if (issues.some((issue) => issue.severity === 'error')) throw new ContentError(sortIssuesByPosition(issues));
  return {
    plan,
    shared: store.shared,
    t,
    modules,
    session,
    schedule: scheduled.schedule,
    blocks: session.blocks,
    references: store.references,
    used: session.used,
    warnings: sortIssuesByPosition(issues),
  };
}

/** Where pages find their assets when they are not in the session's own assets/ (the course site shares one folder). */
export interface AssetLayout {
  /** From the session folder's pages (deck, run sheet). */
  assets: string;
  /** From the participant copy in deltaker/. */
  participantAssets: string;
}

/** Renders a planned session into files in memory; nothing is written here. */
export async function renderSite(planned: PlannedSession, workspace: Workspace, cache: WorkspaceCache = {}, layout?: AssetLayout): Promise<Site> {
  cache.templates ??= loadTemplates(workspace.templatesDir);
  const templates = await cache.templates;
  const { plan, t, schedule, blocks, modules, references, used } = planned;
  cache.themes ??= new Map();
  if (!cache.themes.has(plan.theme)) cache.themes.set(plan.theme, loadTheme(workspace.templatesDir, plan.theme, t));
  const theme = await cache.themes.get(plan.theme)!;
  const iconNames = blocks.flatMap((block) => (block.kind === 'content' ? block.slides.flatMap(slideIcons) : []));
  const icons = iconNames.length > 0 ? await loadIcons(iconNames, t) : new Map<string, string>();
  const ctx = createRenderContext(plan, modules, references, t, schedule.slides.length, {
    icons,
    ...(theme.logoSvg ? { logoSvg: theme.logoSvg, logoName: theme.tokens.logo?.name ?? '' } : {}),
  });
  const items = deckSlides(schedule, blocks);
  const assets = 'assets';
  const pageAssets = layout?.assets ?? assets;
  const files: SiteFile[] = [
    { path: 'index.html', content: renderDeck(templates.deck, items, schedule, ctx, { participant: false, assets: pageAssets }) },
    { path: 'manus.html', content: renderRunSheet(templates.page, items, schedule, modules, used, ctx, { assets: pageAssets, ...(planned.shared.safetyHtml ? { safetyHtml: planned.shared.safetyHtml } : {}) }) },
    { path: 'lysark-med-manus.html', content: renderSlidesWithNotes(templates.page, items, ctx, pageAssets) },
    { path: 'schedule.json', content: `${JSON.stringify(schedule, null, 2)}\n` },
    // The participant copy: the same slides, no manuscript, no timer; a folder a planner can share.
    { path: 'deltaker/index.html', content: renderDeck(templates.deck, items, schedule, ctx, { participant: true, assets: layout?.participantAssets ?? assets }) },
    ...Object.entries(templates.styles).map(([name, content]) => ({ path: `${assets}/${name}`, content })),
    { path: `${assets}/theme.css`, content: theme.css },
    { path: `deltaker/${assets}/theme.css`, content: theme.css },
  ];
  if (planned.shared.guideHtml) files.push({ path: 'veiledning.html', content: renderGuide(templates.page, planned.shared.guideHtml, ctx, pageAssets) });
  return { planned, files, copies: siteCopies(workspace.runtimeDir, blocks, theme, assets) };
}

/** Convenience for callers that want both steps (build, tests). */
export async function buildSite(planPath: string, workspace: Workspace, cache: WorkspaceCache = {}): Promise<Site> {
  return renderSite(await planSession(planPath, workspace, cache), workspace, cache);
}
