// serve's static server: folders without a trailing slash are redirected (so a deck's relative
// assets load), and a file that disappears mid-request ends that response, not the server.
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { request, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createStaticServer, listen } from '../../src/serve/static-server.js';

function get(port: number, path: string): Promise<{ status: number; location?: string; body: string }> {
  return new Promise((done, fail) => {
    request({ host: '127.0.0.1', port, path }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => done({ status: response.statusCode!, ...(response.headers.location ? { location: response.headers.location } : {}), body }));
      response.on('error', fail);
    })
      .on('error', fail)
      .end();
  });
}

describe('static server', () => {
  let server: Server | undefined;
  afterEach(() => server?.close());

  async function start(): Promise<{ root: string; port: number }> {
    const root = mkdtempSync(join(tmpdir(), 'fasilitator-serve-'));
    mkdirSync(join(root, 'kurs', 'assets'), { recursive: true });
    writeFileSync(join(root, 'kurs', 'index.html'), '<p>dekk</p>');
    writeFileSync(join(root, 'kurs', 'assets', 'a.css'), 'p{}');
    server = createStaticServer(root);
    return { root, port: await listen(server, 5700 + Math.floor(Math.random() * 1000)) };
  }

  it('redirects a folder URL without a trailing slash, keeping the query', async () => {
    const { port } = await start();
    expect(await get(port, '/kurs')).toMatchObject({ status: 301, location: '/kurs/' });
    expect(await get(port, '/kurs?print-pdf')).toMatchObject({ status: 301, location: '/kurs/?print-pdf' });
    expect(await get(port, '/kurs/')).toMatchObject({ status: 200, body: '<p>dekk</p>' });
    expect(await get(port, '/kurs/assets/a.css')).toMatchObject({ status: 200, body: 'p{}' });
  });

  it('answers 404 for a missing file and for paths out of the root, and keeps serving', async () => {
    const { root, port } = await start();
    expect((await get(port, '/kurs/finnes-ikke.css')).status).toBe(404);
    expect((await get(port, '/../../etc/passwd')).status).toBe(404);
    expect((await get(port, '/%2e%2e/%2e%2e/etc/passwd')).status).toBe(404);
    expect((await get(port, '/%E0%A4%A')).status).toBe(404);
    rmSync(join(root, 'kurs', 'assets', 'a.css'));
    expect((await get(port, '/kurs/assets/a.css')).status).toBe(404);
    expect((await get(port, '/kurs/')).status).toBe(200);
  });

  it('survives a read stream error without crashing', async (context) => {
    const { root, port } = await start();
    // /proc/self/mem is a regular file that fails when read from offset 0 (EIO): the stream errors.
    if (!existsSync('/proc/self/mem')) context.skip();
    symlinkSync('/proc/self/mem', join(root, 'kurs', 'assets', 'feil.css'));
    const failed = await get(port, '/kurs/assets/feil.css').catch(() => ({ status: 0 }));
    expect(failed.status).not.toBe(200);
    expect((await get(port, '/kurs/')).status).toBe(200);
  });
});
