// The course site from file://: the start page lists the programme, computes the agenda with the
// CLI's own times, and opens decks and run sheets that take their time from the address.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import { run } from '../../src/cli/main.js';
import { memoryOutput } from '../../src/terminal/output.js';
import { content } from '../../src/pipeline.js';
import { formatClock } from '../../src/time/clock.js';
import type { Schedule } from '../../src/schedule/types.js';
import { describeBrowser, launch } from '../helpers/browser.js';
import { workspace } from '../helpers/workspace.js';

interface Row {
  kind: string;
  clock: string;
  minutes: number;
  section: string;
  id?: string;
  detail: string;
}

describeBrowser('course site (fasilitator site) from file://', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'fasilitator-site-'));
  const out = join(tmp, 'kurs');
  const fileUrl = (path: string, query = '') => `${pathToFileURL(join(out, path)).href}${query}`;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    const output = memoryOutput();
    expect(await run(['site', '-o', out], output, {})).toBe(0);
    browser = await launch();
  });
  afterAll(async () => browser?.close());
  afterEach(async () => context?.close());

  async function open(url: string): Promise<Page> {
    context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // A fixed wall clock far from the planned times, so a clock on screen is never mistaken for one.
    await context.clock.install({ time: new Date('2026-12-03T13:37:00') });
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    return page;
  }

  async function choose(page: Page, choice: { intro: string; kk?: string[]; track: string; start: string; breakMinutes?: number }): Promise<void> {
    await page.check(`input[name="intro"][value="${choice.intro}"]`);
    for (const kk of choice.kk ?? []) await page.check(`input[name="kk"][value="${kk}"]`);
    await page.check(`input[name="track"][value="${choice.track}"]`);
    await page.fill('input[name="start"]', choice.start);
    if (choice.breakMinutes !== undefined) await page.fill('input[name="break"]', String(choice.breakMinutes));
  }

  const agendaRows = (page: Page): Promise<Row[]> =>
    page.$$eval('#agenda tr[data-kind]', (rows) =>
      rows.map((tr) => {
        const el = tr as HTMLElement;
        return {
          kind: el.dataset.kind!,
          clock: el.dataset.clock!,
          minutes: Number(el.dataset.minutes),
          section: el.querySelector('[data-cell="section"]')!.textContent!,
          ...(el.dataset.id ? { id: el.dataset.id } : {}),
          detail: el.querySelector('[data-cell="detail"]')!.textContent!,
        };
      }),
    );

  async function checkAgenda(yaml: string): Promise<Row[]> {
    const plan = join(tmp, `plan-${Math.random().toString(36).slice(2)}.yaml`);
    writeFileSync(plan, yaml);
    const output = memoryOutput();
    expect(await run(['check', '--json', plan], output, {})).toBe(0);
    const result = JSON.parse(output.stdout.join('\n')) as { plans: { agenda: (Row & { needed?: number })[] }[] };
    return result.plans[0]!.agenda.map(({ needed: _needed, ...row }) => row);
  }

  it('lists every module in every track, each with its deck, run sheet and participant copy', async () => {
    const store = await content(workspace(), {});
    const modules = store.modules.filter((m) => m.kind === 'introduction' || (m.kind === 'competency' && m.number !== undefined));
    const page = await open(fileUrl('index.html'));
    const cells = await page.$$eval('[data-fasilitator="sessions"] td[data-deck]', (tds) => tds.map((td) => ({ module: (td as HTMLElement).dataset.module!, track: (td as HTMLElement).dataset.track!, links: [...td.querySelectorAll('a')].map((a) => a.getAttribute('href')!) })));
    expect(cells).toHaveLength(modules.length * 3);
    expect(new Set(cells.map((cell) => cell.track))).toEqual(new Set(['kunnskap', 'praksis', 'erfaring']));
    for (const module of modules) {
      const key = module.kind === 'introduction' ? `intro-${module.introduction}` : `kk${module.number}`;
      expect(cells.filter((cell) => cell.module === key)).toHaveLength(3);
    }
    // Every link leads to a page that exists in the folder.
    for (const cell of cells) {
      for (const href of cell.links) {
        expect(existsSync(fileURLToPath(new URL(href, page.url()))), href).toBe(true);
      }
    }
  });

  it('decks and participant copies load runtime, font and theme from the shared folder, and nothing from the network', async () => {
    for (const path of ['kk3-erfaring/index.html', 'kk3-erfaring/deltaker/index.html', 'index.html']) {
      context = await browser.newContext();
      const requests: string[] = [];
      context.on('request', (request) => requests.push(request.url()));
      const page = await context.newPage();
      await page.goto(fileUrl(path));
      await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
      await page.evaluate(() => document.fonts.ready);
      const loaded = await page.evaluate(() => [...document.fonts].filter((face) => face.family.includes('Atkinson Hyperlegible') && face.status === 'loaded').length);
      expect(loaded, path).toBeGreaterThan(0);
      expect(requests.some((url) => url.includes('/felles/')), path).toBe(true);
      expect(requests.filter((url) => !url.startsWith('file://') && !url.startsWith('data:')), path).toEqual([]);
      await context.close();
    }
  });

  it('"kort introduksjon, Praksis, 10:00" opens a deck that plans its end at 10:25 and starts its content at 10:00', async () => {
    const page = await open(fileUrl('index.html'));
    await choose(page, { intro: 'intro-short', track: 'praksis', start: '10:00' });
    await expect.poll(() => page.locator('[data-deck="kort-intro-praksis"] [data-fasilitator="open-deck"]').count()).toBe(1);
    await page.click('[data-deck="kort-intro-praksis"] [data-fasilitator="open-deck"]');
    await page.waitForFunction(() => document.documentElement.dataset.fasilitatorReady === 'true');
    expect(new URL(page.url()).searchParams.get('start')).toBe('10:00');
    await expect.poll(() => page.locator('[data-fasilitator="timer"]').getAttribute('data-planned-end')).toBe('10:25');
    const schedule = JSON.parse((await page.locator('#session-schedule').textContent())!) as Schedule;
    const first = schedule.slides.find((slide) => slide.kind === 'content')!;
    expect(first.clock).toBe('10:00');
    // The manuscript the speaker view shows for that slide carries the same time.
    const notes = await page.locator(`.slides > section:nth-child(${first.index + 1}) aside.notes .fa-n-time`).first().textContent();
    expect(notes).toContain('10:00');
  });

  it('the speaker view of a deck opened with ?start=10:00 shows 10:00 on the first content slide', async () => {
    const page = await open(fileUrl('kort-intro-praksis/index.html', '?start=10:00'));
    const schedule = JSON.parse((await page.locator('#session-schedule').textContent())!) as Schedule;
    const first = schedule.slides.find((slide) => slide.kind === 'content')!;
    await page.evaluate((i) => (window as unknown as { Reveal: { slide(h: number): void } }).Reveal.slide(i), first.index);
    const [speaker] = await Promise.all([context.waitForEvent('page'), page.keyboard.press('s')]);
    await expect.poll(() => speaker.evaluate(() => document.body?.innerText ?? '')).toContain('10:00');
    expect(await speaker.evaluate(() => document.body.innerText)).not.toContain('09:00');
  });

  it('a deck built with a break moves its break screen and notes with ?start=', async () => {
    const built = join(tmp, 'built');
    expect(await run(['build', 'tests/fixtures/plans/valid/with-break.yaml', '-o', built], memoryOutput(), {})).toBe(0);
    const deckUrl = pathToFileURL(join(built, 'with-break', 'index.html')).href;
    const asBuilt = await open(deckUrl);
    const resumeBuilt = (await asBuilt.locator('[data-fasilitator="break-resume"]').getAttribute('data-planned-resume'))!;
    await context.close();
    const page = await open(`${deckUrl}?start=13:00&date=2027-01-14`);
    const schedule = JSON.parse((await page.locator('#session-schedule').textContent())!) as Schedule;
    const pause = schedule.slides.find((slide) => slide.kind === 'break')!;
    const resume = formatClock(schedule.startSec + pause.offsetSec + pause.durationSec);
    expect(schedule.plan.date).toBe('2027-01-14');
    expect(await page.locator('.slides > section').first().locator('[data-fasilitator="date"]').textContent()).toBe('14. januar 2027');
    expect(resume).not.toBe(resumeBuilt);
    expect(await page.locator('[data-fasilitator="break-resume"]').getAttribute('data-planned-resume')).toBe(resume);
    expect(await page.locator('[data-fasilitator="break-resume"]').textContent()).toContain(resume);
    await expect.poll(() => page.locator('[data-fasilitator="timer"]').getAttribute('data-planned-end')).toBe(formatClock(schedule.endSec));
  });

  it('opened directly, or with values that are not a time or a date, the deck is as built', async () => {
    for (const query of ['', '?start=25:99&date=2026-13-45', '?start=abc']) {
      const page = await open(fileUrl('kort-intro-praksis/index.html', query));
      await expect.poll(() => page.locator('[data-fasilitator="timer"]').getAttribute('data-planned-end')).toBe('09:25');
      const schedule = JSON.parse((await page.locator('#session-schedule').textContent())!) as Schedule;
      expect(schedule.slides.find((slide) => slide.kind === 'content')!.clock).toBe('09:00');
      await context.close();
    }
  });

  it('the agenda on the start page equals check --json for the same choices', async () => {
    const page = await open(fileUrl('index.html'));
    await choose(page, { intro: 'intro-short', track: 'praksis', start: '10:00' });
    await expect.poll(() => agendaRows(page).then((rows) => rows[0]?.clock)).toBe('10:00');
    expect(await agendaRows(page)).toEqual(await checkAgenda('introduction: short\ntrack: praksis\nstart: "10:00"\n'));

    // Two modules with a break between them: the same as one plan with `breaks: after: intro`.
    await choose(page, { intro: 'intro-long', kk: ['kk1'], track: 'erfaring', start: '08:30', breakMinutes: 15 });
    const expected = await checkAgenda('introduction: long\ncompetencies: [1]\ntrack: erfaring\nstart: "08:30"\nbreaks:\n  - after: intro\n    minutes: 15\n');
    await expect.poll(() => agendaRows(page)).toEqual(expected);
  });

  it('the run sheet opened with ?start= shows the moved clock times', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(fileUrl('kort-intro-praksis/manus.html'));
    const built = await page.locator('main').innerText();
    await page.goto(fileUrl('kort-intro-praksis/manus.html', '?start=10:00&date=2026-12-03'));
    await expect.poll(() => page.locator('main').getAttribute('data-start')).toBe('10:00');
    const moved = await page.locator('main').innerText();
    expect(built).toContain('09:00–09:25');
    expect(moved).toContain('10:00–10:25');
    expect(moved).not.toContain('09:00–09:25');
    expect(await page.locator('[data-fasilitator="date"]').textContent()).toBe('3. desember 2026');
  });

  it('with --pptx, every session folder has its lysark.pptx and the start page links it', async () => {
    const target = join(tmp, 'kurs-pptx');
    const output = memoryOutput();
    expect(await run(['site', '-o', target, '--pptx'], output, {}), output.stderr.join('\n')).toBe(0);
    const sessions = readdirSync(target, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'felles').map((d) => d.name);
    expect(sessions).toHaveLength(21);
    for (const session of sessions) {
      const bytes = readFileSync(join(target, session, 'lysark.pptx'));
      expect(bytes.subarray(0, 2).toString('latin1'), session).toBe('PK');
    }
    const start = readFileSync(join(target, 'index.html'), 'utf8');
    for (const session of sessions) expect(start).toContain(`href="${session}/lysark.pptx"`);
  });
});
