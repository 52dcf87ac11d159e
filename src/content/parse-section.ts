// One section file (Markdown) → slides: split at `---`, read each slide's settings, render its
// body and manuscript, and resolve the images it uses. Pure: the file comes in as text.
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import type { MarkdownIt, Token } from 'markdown-it';
import { IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import type { SourceFile } from '../source.js';
import { DEFAULT_SETTINGS, parseSlideSettings, type SlideSettings } from './slide-settings.js';
import type { Slide, SlideAsset } from './types.js';

export interface SectionContext {
  moduleId: string;
  sectionId: string;
  /** Absolute folder of the module, to resolve images. */
  moduleDir: string;
  md: MarkdownIt;
  t: Messages;
  /** Whether an image file exists (injected so this stays pure). */
  exists: (absolutePath: string) => boolean;
  /** Where a path really leads, symbolic links followed (injected; the path itself by default). */
  realPath?: (absolutePath: string) => string;
}

interface RawSlide {
  /** 0-based line where the slide starts. */
  line: number;
  settings?: { text: string; line: number };
  body: Token[];
  notes?: Token[];
}

/** Splits the token stream at `deck_slide` tokens and each slide at its `deck_notes` marker. */
export function splitSlides(tokens: readonly Token[]): RawSlide[] {
  const slides: RawSlide[] = [];
  let current: RawSlide = { line: 0, body: [] };
  let leading = true;
  for (const token of tokens) {
    if (token.type === 'deck_slide') {
      // Content before the first `---` is a slide of its own; blank lines before it are not.
      if (!leading || current.body.length > 0 || current.notes) slides.push(current);
      leading = false;
      current = {
        line: token.map?.[0] ?? 0,
        body: [],
        ...(token.meta?.settingsLine !== undefined ? { settings: { text: token.content, line: token.meta.settingsLine as number } } : {}),
      };
    } else if (token.type === 'deck_notes') {
      current.notes = [];
    } else {
      (current.notes ?? current.body).push(token);
    }
  }
  if (!leading || current.body.length > 0 || current.notes) slides.push(current);
  return slides;
}

/** Text a reader sees: inline text and code, without Markdown markup. */
export function plainText(tokens: readonly Token[]): string {
  const parts: string[] = [];
  for (const token of tokens) {
    if (token.type === 'inline') {
      for (const child of token.children ?? []) {
        if (child.type === 'text' || child.type === 'code_inline') parts.push(child.content);
        else if (child.type === 'softbreak' || child.type === 'hardbreak') parts.push(' ');
        else if (child.type === 'image') parts.push(child.content);
      }
      parts.push('\n');
    } else if (token.type === 'fence' || token.type === 'code_block') {
      parts.push(token.content);
    }
  }
  return parts.join('').trim();
}

function firstHeading(tokens: readonly Token[]): string | undefined {
  const index = tokens.findIndex((token) => token.type === 'heading_open');
  const inline = index >= 0 ? tokens[index + 1] : undefined;
  return inline?.type === 'inline' ? plainText([inline]) : undefined;
}

const EXTERNAL = /^(?:[a-z][a-z0-9+.-]*:|\/\/)/i;

/** Whether `path` lies inside `root` (both absolute). */
export function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** Rewrites relative image paths to the deck's asset folder and records the files to copy. */
function resolveImages(tokens: readonly Token[], file: string, ctx: SectionContext, issues: Issue[]): SlideAsset[] {
  const assets: SlideAsset[] = [];
  for (const token of tokens) {
    for (const child of token.children ?? []) {
      if (child.type !== 'image') continue;
      const src = String(child.attrGet('src') ?? '');
      const line = (token.map?.[0] ?? 0) + 1;
      if (EXTERNAL.test(src) && !src.startsWith('data:')) {
        // A deck must work offline: images from the web would be missing in the room.
        issues.push({ code: IssueCode.SLIDE_IMAGE_MISSING, severity: 'error', message: ctx.t.content.imageRemote(src), hint: ctx.t.content.imageRemoteHint, span: { file, line, column: 1 } });
        continue;
      }
      if (src.startsWith('data:')) continue;
      let decoded: string;
      try {
        decoded = decodeURI(src);
      } catch {
        decoded = src; // a stray % is a character of the file name
      }
      const from = resolve(dirname(resolve(file)), decoded);
      // Images come from the content folder only: an absolute path or ../ out of it would copy any
      // file on the machine (even /etc/passwd) into the deck, or write outside the output folder.
      const contentRoot = dirname(ctx.moduleDir);
      if (isAbsolute(decoded) || !isInside(contentRoot, from)) {
        issues.push({ code: IssueCode.CONTENT_PATH, severity: 'error', message: ctx.t.safety.pathOutside(src), hint: ctx.t.safety.pathOutsideHint, span: { file, line, column: 1 } });
        continue;
      }
      if (!ctx.exists(from)) {
        issues.push({ code: IssueCode.SLIDE_IMAGE_MISSING, severity: 'error', message: ctx.t.content.imageMissing(src), hint: ctx.t.content.imageMissingHint, span: { file, line, column: 1 } });
        continue;
      }
      // A symbolic link inside the folder may still lead out of it.
      const real = ctx.realPath ?? ((path: string) => path);
      if (!isInside(real(contentRoot), real(from))) {
        issues.push({ code: IssueCode.CONTENT_PATH, severity: 'error', message: ctx.t.safety.pathOutside(src), hint: ctx.t.safety.pathOutsideHint, span: { file, line, column: 1 } });
        continue;
      }
      const to = join('assets', 'content', relative(contentRoot, from)).split('\\').join('/');
      child.attrSet('src', to);
      assets.push({ from, to });
    }
  }
  return assets;
}

/**
 * Parses one section file into slides. Issues cover settings, empty slides and missing images;
 * content rules (manuscript, text length) are the linter's job.
 */
export function parseSection(source: SourceFile, ctx: SectionContext): { slides: Slide[]; issues: Issue[] } {
  const env = {};
  const tokens = ctx.md.parse(source.text, env);
  const issues: Issue[] = [];
  const slides: Slide[] = [];
  splitSlides(tokens).forEach((raw, i) => {
    const span = { file: source.path, line: raw.line + 1, column: 1 };
    let settings: SlideSettings = DEFAULT_SETTINGS;
    if (raw.settings) {
      const parsed = parseSlideSettings(raw.settings.text, source.path, raw.settings.line, ctx.t);
      issues.push(...parsed.issues);
      if (parsed.settings) settings = parsed.settings;
    }
    if (raw.body.length === 0 && !raw.notes && !settings.activity) {
      issues.push({ code: IssueCode.SLIDE_EMPTY, severity: 'error', message: ctx.t.content.emptySlide, hint: ctx.t.content.emptySlideHint, span });
      return;
    }
    const assets = resolveImages([...raw.body, ...(raw.notes ?? [])], source.path, ctx, issues);
    const notes = raw.notes ?? [];
    slides.push({
      id: `${ctx.moduleId}/${ctx.sectionId}/${i + 1}`,
      moduleId: ctx.moduleId,
      sectionId: ctx.sectionId,
      tracks: settings.tracks,
      ...(settings.minutes !== undefined ? { minutes: settings.minutes } : {}),
      title: settings.title ?? firstHeading(raw.body) ?? '',
      html: ctx.md.renderer.render(raw.body, ctx.md.options, env),
      notesHtml: ctx.md.renderer.render(notes, ctx.md.options, env),
      bodyText: plainText(raw.body),
      notesText: plainText(notes),
      ...(settings.activity ? { activity: settings.activity } : {}),
      ...(settings.notice !== undefined ? { notice: settings.notice } : {}),
      sources: settings.sources,
      optional: settings.optional,
      ...(settings.className !== undefined ? { className: settings.className } : {}),
      ...(settings.layout !== undefined ? { layout: settings.layout } : {}),
      ...(settings.icons !== undefined ? { icons: settings.icons } : {}),
      ...(settings.icon !== undefined ? { icon: settings.icon } : {}),
      assets,
      span,
      settingSpans: settings.spans,
    });
  });
  return { slides, issues };
}
