import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { BrowserSession } from '../../src/cli/browser-session.js';
import { EnvironmentError } from '../../src/errors.js';
import { BrowserRegistry } from '../../src/export/browser.js';
import type { Messages } from '../../src/i18n/messages.js';
import { nb } from '../../src/i18n/nb.js';

/** A launcher that hands out stand-in browsers and counts launches and closes. */
function fakeLauncher(fail?: Error) {
  const launched: { closed: number }[] = [];
  const launch = async (_t: Messages, _env: unknown, registry: BrowserRegistry): Promise<Browser> => {
    if (fail) throw fail;
    const browser = { closed: 0, close: async () => void browser.closed++, on: () => browser };
    registry.add(browser);
    launched.push(browser);
    return browser as unknown as Browser;
  };
  return { launch, launched };
}

describe('BrowserSession', () => {
  it('launches one browser on first use and shares it, also between simultaneous callers', async () => {
    const { launch, launched } = fakeLauncher();
    const registry = new BrowserRegistry();
    const session = new BrowserSession(nb, {}, registry, launch);
    expect(launched).toHaveLength(0);
    const [a, b] = await Promise.all([session.get(), session.get()]);
    expect(a).toBe(b);
    expect(await session.get()).toBe(a);
    expect(launched).toHaveLength(1);
    expect(registry.size).toBe(1);
    await session.close();
    expect(launched[0]!.closed).toBe(1);
  });

  it('warmUp starts the launch at once; close closes a browser that was never used', async () => {
    const { launch, launched } = fakeLauncher();
    const session = new BrowserSession(nb, {}, new BrowserRegistry(), launch);
    session.warmUp();
    await session.close();
    expect(launched).toHaveLength(1);
    expect(launched[0]!.closed).toBe(1);
  });

  it('a failed early launch is reported by the first use, and close still succeeds', async () => {
    const { launch } = fakeLauncher(new EnvironmentError('kunne ikke starte', 'installer Chromium'));
    const session = new BrowserSession(nb, {}, new BrowserRegistry(), launch);
    session.warmUp();
    await expect(session.get()).rejects.toThrow('kunne ikke starte');
    await expect(session.close()).resolves.toBeUndefined();
  });

  it('close without any launch does nothing', async () => {
    const { launch, launched } = fakeLauncher();
    await new BrowserSession(nb, {}, new BrowserRegistry(), launch).close();
    expect(launched).toHaveLength(0);
  });

  it('for PowerPoint figures without any browser: PowerPoint’s own message, nothing launched', async () => {
    const { launch, launched } = fakeLauncher();
    const session = new BrowserSession(nb, { CHROME_PATH: '/finnes/ikke/chromium' }, new BrowserRegistry(), launch);
    const error = await session.forFigures(nb)().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as EnvironmentError).message).toBe(nb.pptx.noBrowser);
    expect(launched).toHaveLength(0);
  });

  it('for PowerPoint figures with a browser already running: that browser, whatever the machine has', async () => {
    const { launch, launched } = fakeLauncher();
    const session = new BrowserSession(nb, { CHROME_PATH: '/finnes/ikke/chromium' }, new BrowserRegistry(), launch);
    const running = await session.get();
    expect(await session.forFigures(nb)()).toBe(running);
    expect(launched).toHaveLength(1);
  });
});
