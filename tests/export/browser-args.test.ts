// Chromium's launch flags: quiet on a closed network, and without the sandbox only when running
// as root (where Chromium refuses to start with it). getuid is stubbed; chromiumArgs is real.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chromiumArgs, requireChromium } from '../../src/export/browser.js';
import { EnvironmentError } from '../../src/errors.js';
import { nb } from '../../src/i18n/nb.js';

describe('chromiumArgs', () => {
  afterEach(() => vi.restoreAllMocks());

  it('turns off background traffic, updates, sync and first-run work, headless', () => {
    const args = chromiumArgs();
    for (const flag of ['--headless=new', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--no-default-browser-check', '--disable-extensions']) expect(args).toContain(flag);
    expect(new Set(args).size).toBe(args.length);
  });

  it('drops the sandbox as root only', () => {
    vi.spyOn(process, 'getuid').mockReturnValue(0);
    expect(chromiumArgs()).toContain('--no-sandbox');
    vi.spyOn(process, 'getuid').mockReturnValue(1000);
    expect(chromiumArgs()).not.toContain('--no-sandbox');
  });

  it('keeps the sandbox where there are no user ids (Windows)', () => {
    const getuid = process.getuid;
    Object.defineProperty(process, 'getuid', { value: undefined, configurable: true, writable: true });
    try {
      expect(chromiumArgs()).not.toContain('--no-sandbox');
    } finally {
      Object.defineProperty(process, 'getuid', { value: getuid, configurable: true, writable: true });
    }
  });
});

describe('requireChromium', () => {
  it('is a machine error (exit 3) in bokmål when CHROME_PATH names no browser', () => {
    let thrown: unknown;
    try {
      requireChromium(nb, { CHROME_PATH: '/finnes/ikke/chromium', PATH: '' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(EnvironmentError);
    expect((thrown as EnvironmentError).message).toBe(nb.browser.notFound);
    expect((thrown as EnvironmentError).hint).toBe(nb.browser.notFoundHint);
  });
});
