// fasilitator dev without a browser: the overlay data for a broken plan or edit, and the preview's
// in-memory site over plain HTTP (rebuilt after a change, the last good deck kept on a broken edit).
// The browser side (reload on the same slide, the overlay on screen) is in tests/e2e/dev.test.ts.
// Each test copies the small render fixture content, so it runs alone and in any order.
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startDevServer, overlayPayload, type DevServer } from '../../src/dev/dev-server.js';
import { DEV_CLIENT, DEV_CLIENT_PATH, devClientScript, type OverlayPayload } from '../../src/dev/dev-client.js';
import { IssueCode, type Issue } from '../../src/errors.js';
import { en } from '../../src/i18n/en.js';
import { nb } from '../../src/i18n/nb.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { workspace } from '../helpers/workspace.js';
import { tempDirs } from '../helpers/temp.js';

const tempDir = tempDirs('dev-unit');

describe('overlayPayload', () => {
  it('lists only errors, each with its place, code, hint and the lines around it', () => {
    const file = join(tempDir(), 'plan.yaml');
    writeFileSync(file, 'title: Prøve\ntrack: feil\nintroduction: short\n');
    const issues: Issue[] = [
      { code: IssueCode.PLAN_INVALID_VALUE, severity: 'error', message: 'sporet finnes ikke', hint: 'Velg kunnskap, praksis eller erfaring.', span: { file, line: 2, column: 8 } },
      { code: IssueCode.SCHEDULE_UNDERRUN, severity: 'warning', message: 'bare en advarsel', span: { file, line: 1, column: 1 } },
      { code: IssueCode.INTERNAL, severity: 'error', message: 'uten sted' },
    ];
    const payload = overlayPayload(issues, nb);
    expect(payload.title).toBe(nb.dev.overlayTitle);
    expect(payload.issues).toHaveLength(2);
    const [placed, unplaced] = payload.issues;
    expect(placed!.where).toMatch(/plan\.yaml:2:8$/);
    expect(placed!.message).toBe(`${IssueCode.PLAN_INVALID_VALUE}  sporet finnes ikke`);
    expect(placed!.hint).toBe('Velg kunnskap, praksis eller erfaring.');
    expect(placed!.frame).toContain('track: feil');
    expect(placed!.frame).toContain('title: Prøve');
    expect(unplaced).toEqual({ where: '', message: `${IssueCode.INTERNAL}  uten sted` });
  });

  it('says there is no deck yet when the plan never built, in the plan\'s language', () => {
    expect(overlayPayload([], nb, false)).toEqual({ title: nb.dev.overlayTitleNoDeck, issues: [] });
    expect(overlayPayload([], en, true).title).toBe(en.dev.overlayTitle);
    expect(en.dev.overlayTitle).not.toBe(nb.dev.overlayTitle);
  });

  it('leaves the frame out when the file is gone', () => {
    const [issue] = overlayPayload([{ code: IssueCode.PLAN_INVALID_VALUE, severity: 'error', message: 'x', span: { file: join(tempDir(), 'borte.yaml'), line: 1, column: 1 } }], nb).issues;
    expect(issue).not.toHaveProperty('frame');
  });
});

describe('devClientScript', () => {
  it('loads the client from a file (the CSP allows no inline script) and embeds the first overlay as JSON', () => {
    expect(devClientScript()).toBe(`<script type="module" src="${DEV_CLIENT_PATH}"></script>`);
    const payload: OverlayPayload = { title: 'Feil </script><b>', issues: [{ where: 'a:1:1', message: 'm' }] };
    const html = devClientScript(payload);
    const json = /<script type="application\/json" id="fa-dev-initial">(.*?)<\/script>/s.exec(html)![1]!;
    expect(JSON.parse(json)).toEqual(payload);
    expect(DEV_CLIENT).toContain("hot.on('fasilitator:error'");
  });
});

describe('the preview server, over HTTP', () => {
  const running: DevServer[] = [];
  afterEach(async () => {
    for (const dev of running.splice(0)) await dev.close();
  });

  async function start(planText: string) {
    const root = tempDir();
    const decks = join(root, 'decks');
    cpSync('tests/fixtures/decks-render', decks, { recursive: true });
    const plan = join(root, 'plan.yaml');
    writeFileSync(plan, planText);
    const output = memoryOutput();
    const dev = await startDevServer(plan, workspace({ decksDir: decks }), { port: 5800 + Math.floor(Math.random() * 800), open: false, output, t: nb });
    running.push(dev);
    const get = async (path: string) => {
      const response = await fetch(new URL(path, dev.url));
      return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
    };
    return { dev, output, plan, section: join(decks, 'visning', '01-start.md'), get };
  }

  const overlayIn = (html: string): OverlayPayload | undefined => {
    const json = /<script type="application\/json" id="fa-dev-initial">(.*?)<\/script>/s.exec(html)?.[1];
    return json === undefined ? undefined : (JSON.parse(json) as OverlayPayload);
  };

  /**
   * Writes a file until the served deck shows the change: the watcher may not have seen the folder yet
   * when the first write lands, so the write is repeated (each one is the same content) while polling.
   */
  async function editUntil(path: string, text: string, get: () => Promise<boolean>): Promise<void> {
    await expect
      .poll(
        async () => {
          if (await get()) return true;
          writeFileSync(path, text);
          return false;
        },
        // The timeout is the project's (vite.config.ts): a guard against a hang, not a speed limit.
        { interval: 250 },
      )
      .toBe(true);
  }

  it('serves the site from memory with the dev client and no overlay, and the bundled assets', async () => {
    const { dev, get } = await start('introduction: short\ntrack: praksis\n');
    expect(dev.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.type).toBe('text/html; charset=utf-8');
    expect(index.text).toContain('7 av 9');
    expect(index.text).toContain(`src="${DEV_CLIENT_PATH}"`);
    expect(overlayIn(index.text)).toBeUndefined();
    const client = await get(DEV_CLIENT_PATH);
    expect(client.type).toBe('text/javascript; charset=utf-8');
    expect(client.text).toBe(DEV_CLIENT);
    const css = await get('/assets/fasilitator.css');
    expect(css.status).toBe(200);
    expect(css.type).toBe('text/css; charset=utf-8');
    expect(css.text.length).toBeGreaterThan(100);
    expect((await get('/schedule.json')).type).toBe('application/json; charset=utf-8');
  });

  it('rebuilds in memory after a Markdown change', async () => {
    const { get, section, output } = await start('introduction: short\ntrack: praksis\n');
    const changed = readFileSync(section, 'utf8').replace('# 7 av 9', '# 6 av 9');
    await editUntil(section, changed, async () => (await get('/')).text.includes('6 av 9'));
    expect((await get('/')).text).not.toContain('7 av 9');
    expect(output.stdout.join('\n')).toContain('01-start.md');
  });

  it('keeps the last good deck on a broken edit, with the problem in the overlay data, and clears it when fixed', async () => {
    const { get, plan, output } = await start('introduction: short\ntrack: praksis\n');
    await editUntil(plan, 'introduction: short\ntrack: ingen-slik\n', async () => overlayIn((await get('/')).text) !== undefined);
    const broken = await get('/');
    expect(broken.text).toContain('7 av 9');
    const overlay = overlayIn(broken.text)!;
    expect(overlay.title).toBe(nb.dev.overlayTitle);
    expect(overlay.issues.length).toBeGreaterThan(0);
    expect(overlay.issues[0]!.where).toMatch(/plan\.yaml:2:\d+$/);
    expect(output.stderr.join('\n')).toContain(nb.dev.keptLastGood);

    await editUntil(plan, 'introduction: short\ntrack: praksis\n', async () => overlayIn((await get('/')).text) === undefined);
    expect(output.stdout.join('\n')).toContain(nb.dev.fixed);
  });

  it('shows an empty page with the overlay when the plan is broken from the start', async () => {
    const { get, output } = await start('introduction: short\ntrack: ingen-slik\n');
    const index = await get('/');
    expect(index.status).toBe(200);
    expect(index.text).toContain(`<html lang="nb">`);
    expect(index.text).not.toContain('class="reveal"');
    const overlay = overlayIn(index.text)!;
    expect(overlay.title).toBe(nb.dev.overlayTitleNoDeck);
    expect(overlay.issues[0]!.where).toMatch(/plan\.yaml:2:\d+$/);
    expect(output.stderr.join('\n')).toContain(nb.dev.keptLastGood);
  });
});
