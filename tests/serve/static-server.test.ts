// serve's static server beyond tests/cli/static-server.test.ts: the root is a wall (resolveInside and
// over HTTP, encoded escapes included), each file type gets its MIME type, a
// missing file is a plain-text 404, HEAD answers without a body, and only 127.0.0.1 listens.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import { networkInterfaces, tmpdir } from 'node:os';
import { dirname, join, sep } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CONTENT_TYPES, createStaticServer, listen, resolveInside } from '../../src/serve/static-server.js';

interface Answer {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

function call(port: number, path: string, method = 'GET', host = '127.0.0.1'): Promise<Answer> {
  return new Promise((done, fail) => {
    request({ host, port, path, method }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode!, headers: response.headers, body }));
      response.on('error', fail);
    })
      .on('error', fail)
      .end();
  });
}

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

/** A built-site-like folder, with a secret file beside it that must never be served. */
function site(): { root: string; outside: string } {
  const parent = mkdtempSync(join(tmpdir(), 'fasilitator-serve-'));
  roots.push(parent);
  const root = join(parent, 'dist');
  mkdirSync(join(root, 'kurs', 'assets'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<p>oversikt</p>');
  writeFileSync(join(root, 'kurs', 'index.html'), '<p>dekk</p>');
  for (const ext of Object.keys(CONTENT_TYPES)) writeFileSync(join(root, 'kurs', 'assets', `fil${ext}`), `innhold ${ext}`);
  writeFileSync(join(root, 'kurs', 'assets', 'ukjent.xyz'), 'ukjent');
  writeFileSync(join(root, 'kurs', 'assets', 'STOR.PNG'), 'png');
  writeFileSync(join(parent, 'hemmelig.txt'), 'hemmelig');
  return { root, outside: join(parent, 'hemmelig.txt') };
}

describe('resolveInside', () => {
  const root = join(tmpdir(), 'rot');

  it('maps URL paths to files inside the root, query and fragment ignored', () => {
    expect(resolveInside(root, '/kurs/assets/a.css')).toBe(join(root, 'kurs', 'assets', 'a.css'));
    expect(resolveInside(root, '/kurs/a%20b.css?x=1#y')).toBe(join(root, 'kurs', 'a b.css'));
    expect(resolveInside(root, '/kurs/../index.html')).toBe(join(root, 'index.html'));
  });

  it('keeps every traversal inside the root or refuses it', () => {
    for (const path of ['/../hemmelig.txt', '/%2e%2e/hemmelig.txt', '/kurs/%2e%2e/%2e%2e/hemmelig.txt', '/..%2fhemmelig.txt', '/..%5chemmelig.txt', '//../hemmelig.txt']) {
      const resolved = resolveInside(root, path);
      if (resolved !== undefined) expect(resolved === root || resolved.startsWith(root + sep), `${path} → ${resolved}`).toBe(true);
    }
    expect(resolveInside(root, '/%E0%A4%A')).toBeUndefined();
  });

  it('serves a folder through its index.html', () => {
    const { root: real } = site();
    expect(resolveInside(real, '/kurs')).toBe(join(real, 'kurs', 'index.html'));
    expect(resolveInside(real, '/')).toBe(join(real, 'index.html'));
  });
});

describe('the static server over HTTP', () => {
  let server: Server | undefined;
  afterEach(async () => {
    await new Promise((done) => (server ? server.close(done) : done(undefined)));
    server = undefined;
  });

  async function start(): Promise<{ root: string; outside: string; port: number }> {
    const made = site();
    server = createStaticServer(made.root);
    return { ...made, port: await listen(server, 0) };
  }

  it('sends each file type with its MIME type, unknown ones as bytes, and never caches', async () => {
    const { port } = await start();
    for (const [ext, type] of Object.entries(CONTENT_TYPES)) {
      const answer = await call(port, `/kurs/assets/fil${ext}`);
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe(type);
      expect(answer.headers['cache-control']).toBe('no-store');
      expect(answer.body).toBe(`innhold ${ext}`);
    }
    expect((await call(port, '/kurs/assets/STOR.PNG')).headers['content-type']).toBe('image/png');
    expect((await call(port, '/kurs/assets/ukjent.xyz')).headers['content-type']).toBe('application/octet-stream');
    expect((await call(port, '/kurs/')).headers['content-type']).toBe('text/html; charset=utf-8');
  });

  it('answers a missing file with a short plain-text 404, not a page or a stack trace', async () => {
    const { port } = await start();
    const answer = await call(port, '/kurs/finnes-ikke.html');
    expect(answer.status).toBe(404);
    expect(answer.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(answer.body).toBe('404');
    expect((await call(port, '/kurs/assets')).status).toBe(301);
    expect((await call(port, '/kurs/assets/')).status).toBe(404);
  });

  it('never serves a file outside the root, however the path is written', async () => {
    const { outside, port } = await start();
    // The secret is really there, one level above the root: a server that followed '..' would send it.
    expect(existsSync(outside)).toBe(true);
    for (const path of ['/../hemmelig.txt', '/%2e%2e/hemmelig.txt', '/kurs/%2e%2e/%2e%2e/hemmelig.txt', '/..%2fhemmelig.txt', '/kurs/..%2f..%2fhemmelig.txt', '/%2e%2e%5chemmelig.txt']) {
      const answer = await call(port, path);
      expect(answer.body, path).not.toContain('hemmelig');
      expect(answer.status, path).not.toBe(200);
    }
    expect((await call(port, '/index.html')).body).toBe('<p>oversikt</p>');
  });

  it('does not follow a symbolic link out of the root, but follows one that stays inside', async () => {
    const { root, outside, port } = await start();
    symlinkSync(outside, join(root, 'lenke.txt'));
    symlinkSync(dirname(outside), join(root, 'lenkemappe'));
    symlinkSync(join(root, 'kurs', 'index.html'), join(root, 'innenfor.html'));
    for (const path of ['/lenke.txt', '/lenkemappe/hemmelig.txt']) {
      const answer = await call(port, path);
      expect(answer.body, path).not.toContain('hemmelig');
      expect(answer.status, path).toBe(404);
    }
    expect((await call(port, '/innenfor.html')).body).toBe('<p>dekk</p>');
  });

  it('answers HEAD with the status and type of GET and no body', async () => {
    const { port } = await start();
    const head = await call(port, '/kurs/assets/fil.css', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(head.body).toBe('');
    expect((await call(port, '/kurs/finnes-ikke.css', 'HEAD')).status).toBe(404);
  });

  it('listens on 127.0.0.1 only', async () => {
    const { port } = await start();
    const address = server!.address();
    expect(address).toMatchObject({ address: '127.0.0.1', port });
    const external = Object.values(networkInterfaces())
      .flat()
      .find((net) => net && net.family === 'IPv4' && !net.internal);
    if (external) await expect(call(port, '/index.html', 'GET', external.address)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });

  it('moves on to the next port when the wanted one is taken, and gives up after its tries', async () => {
    const { root } = site();
    const first = createStaticServer(root);
    const taken = await listen(first, 0);
    const second = createStaticServer(root);
    try {
      const port = await listen(second, taken, 5);
      expect(port).toBeGreaterThan(taken);
      const third = createStaticServer(root);
      await expect(listen(third, taken, 1)).rejects.toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      await new Promise((done) => second.close(done));
      await new Promise((done) => first.close(done));
    }
  });
});
