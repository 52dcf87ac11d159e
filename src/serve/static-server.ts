// A small static file server for built decks, bound to 127.0.0.1 only. Finds the next free
// port when the wanted one is taken.
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve, sep } from 'node:path';

export const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
};

/** The file a URL path refers to inside `root`, or undefined if it escapes the root. */
export function resolveInside(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return undefined;
  }
  const full = resolve(root, `.${normalize(`/${decoded}`)}`);
  if (!inside(resolve(root), full)) return undefined;
  // A symbolic link in the folder must not lead out of it: compare where the file really is.
  if (existsSync(full) && !inside(realpathSync(root), realpathSync(full))) return undefined;
  if (existsSync(full) && statSync(full).isDirectory()) return join(full, 'index.html');
  return full;
}

const inside = (root: string, path: string): boolean => path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);

export function createStaticServer(root: string): Server {
  return createServer((request, response) => {
    const url = request.url ?? '/';
    const [pathPart = '/', query] = url.split('?', 2) as [string, string?];
    const target = resolveInside(root, pathPart);
    // A folder without its trailing slash: redirect, or the deck's relative assets/ would 404.
    if (target && !pathPart.endsWith('/') && target.endsWith(`${sep}index.html`) && !pathPart.endsWith('index.html')) {
      response.writeHead(301, { location: `${pathPart}/${query === undefined ? '' : `?${query}`}` });
      response.end();
      return;
    }
    const file = target;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('404');
      return;
    }
    const stream = createReadStream(file);
    // A file removed or unreadable between the check and the read ends this response, not the server.
    stream.once('error', () => {
      if (!response.headersSent) {
        response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
        response.end('404');
      } else response.destroy();
    });
    stream.once('open', () => {
      response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      stream.pipe(response);
    });
  });
}

/** Listens on 127.0.0.1 at `port` or the next free one (up to 20 tries). */
export function listen(server: Server, port: number, tries = 20): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const attempt = (candidate: number, left: number): void => {
      const onError = (error: NodeJS.ErrnoException): void => {
        server.off('listening', onListening);
        if (error.code === 'EADDRINUSE' && left > 1) attempt(candidate + 1, left - 1);
        else reject(error);
      };
      const onListening = (): void => {
        server.off('error', onError);
        const address = server.address();
        resolvePort(typeof address === 'object' && address ? address.port : candidate);
      };
      server.once('error', onError);
      server.once('listening', onListening);
      server.listen(candidate, '127.0.0.1');
    };
    attempt(port, tries);
  });
}
