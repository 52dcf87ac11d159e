// Live preview (fasilitator dev): vite's dev server on 127.0.0.1 serves the plan's site from
// memory and rebuilds it when the plan, the content or the templates change. The page reloads
// on the same slide; a broken edit keeps the last good deck on screen with the problem in a
// bokmål overlay (and in the terminal).
import { createReadStream, existsSync } from 'node:fs';
import { extname, resolve } from 'node:path';
import type { ViteDevServer } from 'vite';
import { codeFrame, displayPath, formatIssues, readSourceSync } from '../terminal/report.js';
import type { Output } from '../terminal/output.js';
import { ContentError, IssueCode, type Issue } from '../errors.js';
import type { Messages } from '../i18n/messages.js';
import { buildSite, type Site, type Workspace } from '../pipeline.js';
import { CONTENT_TYPES } from '../serve/static-server.js';
import { cspMeta } from '../render/csp.js';
import { DEV_CLIENT, DEV_CLIENT_PATH, devClientScript, type OverlayPayload } from './dev-client.js';

export interface DevOptions {
  port: number;
  open: boolean;
  output: Output;
  t: Messages;
}

export interface DevServer {
  url: string;
  server: ViteDevServer;
  /** Resolves after the next rebuild triggered by a file change (for tests). */
  rebuilt: () => Promise<void>;
  close: () => Promise<void>;
}

function frameOf(issue: Issue): string | undefined {
  if (!issue.span) return undefined;
  const text = readSourceSync(issue.span.file);
  return text === undefined ? undefined : codeFrame(text, issue.span.line, issue.span.column, issue.span.endLine, issue.span.endColumn) || undefined;
}

/** What the overlay shows: one entry per issue, with its place in the file. */
export function overlayPayload(issues: readonly Issue[], t: Messages, hasDeck = true): OverlayPayload {
  return {
    title: hasDeck ? t.dev.overlayTitle : t.dev.overlayTitleNoDeck,
    issues: issues
      .filter((issue) => issue.severity === 'error')
      .map((issue) => ({
        where: issue.span ? `${displayPath(issue.span.file)}:${issue.span.line}:${issue.span.column}` : '',
        message: `${issue.code}  ${issue.message}`,
        ...(issue.hint ? { hint: issue.hint } : {}),
        ...(frameOf(issue) ? { frame: frameOf(issue)! } : {}),
      })),
  };
}

export async function startDevServer(planPath: string, workspace: Workspace, options: DevOptions): Promise<DevServer> {
  const { createServer } = await import('vite');
  const { output, t } = options;
  let site: Site | undefined;
  let errors: Issue[] | undefined;
  let waiting: (() => void)[] = [];

  const rebuild = async (): Promise<void> => {
    try {
      // A fresh cache every time: content is re-read from disk.
      site = await buildSite(planPath, workspace, {});
      if (errors) output.out(t.dev.fixed);
      errors = undefined;
    } catch (error) {
      // Whatever a save breaks, the preview stays up and shows it; only content errors are the user's.
      errors =
        error instanceof ContentError
          ? error.issues
          : [{ code: IssueCode.INTERNAL, severity: 'error', message: `${t.cli.bug} ${error instanceof Error ? error.message : String(error)}`, hint: t.cli.bugHint }];
      output.err(formatIssues(errors, t, output));
      output.err(t.dev.keptLastGood);
    }
  };

  await rebuild();
  const server = await createServer({
    configFile: false,
    root: process.cwd(),
    logLevel: 'silent',
    publicDir: false,
    appType: 'custom',
    server: { host: '127.0.0.1', port: options.port, strictPort: false, open: options.open ? '/' : false },
    plugins: [
      {
        name: 'fasilitator-dev',
        configureServer(dev) {
          dev.middlewares.use((request, response, next) => {
            let path: string;
            try {
              path = decodeURIComponent((request.url ?? '/').split('?')[0]!).replace(/^\/+/, '') || 'index.html';
            } catch {
              next();
              return;
            }
            if (`/${path}` === DEV_CLIENT_PATH) {
              response.setHeader('content-type', 'text/javascript; charset=utf-8');
              response.end(DEV_CLIENT);
              return;
            }
            const file = site?.files.find((entry) => entry.path === path);
            if (file && path.endsWith('.html')) {
              void dev.transformIndexHtml(`/${path}`, file.content.replace('</body>', `${devClientScript(errors ? overlayPayload(errors, t) : undefined)}</body>`)).then((html) => {
                response.setHeader('content-type', 'text/html; charset=utf-8');
                response.end(html);
              });
              return;
            }
            if (file) {
              response.setHeader('content-type', CONTENT_TYPES[extname(path)] ?? 'text/plain; charset=utf-8');
              response.end(file.content);
              return;
            }
            const copy = site?.copies.find((entry) => entry.to === path);
            if (copy && existsSync(copy.from)) {
              response.setHeader('content-type', CONTENT_TYPES[extname(path)] ?? 'application/octet-stream');
              // A file removed mid-request ends the response, not the server.
              createReadStream(copy.from)
                .on('error', () => {
                  if (!response.headersSent) response.statusCode = 404;
                  response.end();
                })
                .pipe(response);
              return;
            }
            if (!site && path === 'index.html') {
              // The plan was broken from the start: an empty page that shows the overlay.
              void dev.transformIndexHtml('/', `<!doctype html><html lang="${t.lang}"><head><meta charset="utf-8">${cspMeta()}<title>fasilitator</title></head><body>${devClientScript(errors ? overlayPayload(errors, t, false) : undefined)}</body></html>`).then((html) => {
                response.setHeader('content-type', 'text/html; charset=utf-8');
                response.end(html);
              });
              return;
            }
            next();
          });
        },
      },
    ],
  });

  const watched = [workspace.decksDir, workspace.templatesDir, resolve(planPath)];
  server.watcher.add(watched);
  let timer: NodeJS.Timeout | undefined;
  const onChange = (file: string): void => {
    if (!watched.some((root) => resolve(file).startsWith(root))) return;
    clearTimeout(timer);
    // Editors write files in several steps; wait for the last one.
    timer = setTimeout(() => {
      void rebuild().then(() => {
        if (errors) server.ws.send({ type: 'custom', event: 'fasilitator:error', data: overlayPayload(errors, t, site !== undefined) });
        else server.ws.send({ type: 'full-reload', path: '*' });
        output.out(errors ? '' : t.dev.reloaded(displayPath(file)));
        const resolved = waiting;
        waiting = [];
        resolved.forEach((done) => done());
      });
    }, 60);
  };
  server.watcher.on('change', onChange);
  server.watcher.on('add', onChange);
  server.watcher.on('unlink', onChange);

  await server.listen();
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${options.port}/`;
  return {
    url,
    server,
    rebuilt: () => new Promise((done) => waiting.push(done)),
    close: () => server.close(),
  };
}
