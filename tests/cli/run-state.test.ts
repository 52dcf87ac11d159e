import { EventEmitter } from 'node:events';
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PendingWrites } from '../../src/emit/pending.js';
import { BrowserRegistry, type RunningBrowser } from '../../src/export/browser.js';
import { Interrupts } from '../../src/cli/interrupt.js';
import { RunState } from '../../src/cli/run-state.js';

/** A stand-in browser: counts closes, and can disconnect on its own (a crash). */
function fakeBrowser(options: { failsToClose?: boolean } = {}): RunningBrowser & { closed: number; crash: () => void } {
  const events = new EventEmitter();
  const browser = {
    closed: 0,
    close: async () => {
      browser.closed++;
      if (options.failsToClose) throw new Error('allerede borte');
      events.emit('disconnected');
    },
    on: (event: 'disconnected', listener: () => void) => events.on(event, listener),
    crash: () => void events.emit('disconnected'),
  };
  return browser;
}

function tempFolder(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'fasilitator-pending-')), '.plan.tmp-1-abcdef');
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), 'halv');
  return dir;
}

describe('PendingWrites', () => {
  it('removes every folder still listed, and forgets them', async () => {
    const pending = new PendingWrites();
    const [a, b] = [tempFolder(), tempFolder()];
    pending.add(a);
    pending.add(b);
    expect([...pending]).toEqual([a, b]);
    await pending.removeAll();
    expect([existsSync(a), existsSync(b)]).toEqual([false, false]);
    expect(pending.size).toBe(0);
    await pending.removeAll();
  });

  it('leaves a folder alone once its write has finished', async () => {
    const pending = new PendingWrites();
    const done = tempFolder();
    pending.add(done);
    pending.delete(done);
    await pending.removeAll();
    expect(existsSync(done)).toBe(true);
  });

  it('is separate per run', () => {
    const one = new PendingWrites();
    one.add('/x/.plan.tmp-1-abcdef');
    expect(new PendingWrites().size).toBe(0);
  });
});

describe('BrowserRegistry', () => {
  it('closes every browser it lists, once, even if one fails to close', async () => {
    const registry = new BrowserRegistry();
    const [a, b] = [fakeBrowser(), fakeBrowser({ failsToClose: true })];
    registry.add(a);
    registry.add(b);
    await registry.closeAll();
    expect([a.closed, b.closed]).toEqual([1, 1]);
    expect(registry.size).toBe(0);
    await registry.closeAll();
    expect([a.closed, b.closed]).toEqual([1, 1]);
  });

  it('forgets a browser that disconnected by itself', async () => {
    const registry = new BrowserRegistry();
    const browser = fakeBrowser();
    registry.add(browser);
    browser.crash();
    expect(registry.size).toBe(0);
    await registry.closeAll();
    expect(browser.closed).toBe(0);
  });
});

describe('Interrupts', () => {
  it('runs the handler on SIGINT or SIGTERM, once', () => {
    const signals = new EventEmitter();
    const interrupts = new Interrupts(signals);
    let calls = 0;
    interrupts.catch(() => calls++);
    signals.emit('SIGINT');
    signals.emit('SIGINT');
    expect(calls).toBe(1);
    expect(signals.listenerCount('SIGINT')).toBe(0);
  });

  it('hands the signals on when released', () => {
    const signals = new EventEmitter();
    const interrupts = new Interrupts(signals);
    let calls = 0;
    interrupts.catch(() => calls++);
    interrupts.release();
    expect([signals.listenerCount('SIGINT'), signals.listenerCount('SIGTERM')]).toEqual([0, 0]);
    signals.emit('SIGTERM');
    expect(calls).toBe(0);
    interrupts.release();
  });

  it('starts the cleanup once and remembers it', async () => {
    const interrupts = new Interrupts(new EventEmitter());
    expect(interrupts.interruption()).toBeUndefined();
    let runs = 0;
    const first = interrupts.interrupt(async () => ++runs);
    const second = interrupts.interrupt(async () => ++runs);
    expect(second).toBe(first);
    expect(interrupts.interruption()).toBe(first);
    expect(await first).toBe(1);
    expect(runs).toBe(1);
  });
});

describe('RunState', () => {
  it('stop closes the run’s browsers and removes its half-written folders, once', async () => {
    const state = new RunState(new EventEmitter());
    const browser = fakeBrowser();
    const folder = tempFolder();
    state.browsers.add(browser);
    state.writes.add(folder);
    const stopping = state.stop();
    expect(state.stop()).toBe(stopping);
    expect(state.interrupts.interruption()).toBe(stopping);
    await stopping;
    expect(browser.closed).toBe(1);
    expect(existsSync(folder)).toBe(false);
  });

  it('shares nothing between two runs', () => {
    const [one, two] = [new RunState(new EventEmitter()), new RunState(new EventEmitter())];
    one.writes.add('/x/.plan.tmp-1-abcdef');
    void one.stop();
    expect(two.writes.size).toBe(0);
    expect(two.interrupts.interruption()).toBeUndefined();
  });
});
