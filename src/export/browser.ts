// Finding and starting Chromium: Debian's package, driven by playwright-core (no browser
// downloads). The launch flags keep it quiet on a closed network.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import type { Browser } from 'playwright-core';
import { EnvironmentError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';

const CANDIDATES = ['/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** CHROME_PATH, then /usr/bin/chromium, then chromium-browser or google-chrome on PATH. */
export function findChromium(env: Readonly<Record<string, string | undefined>> = process.env): string | undefined {
  if (env.CHROME_PATH) return executable(env.CHROME_PATH) ? env.CHROME_PATH : undefined;
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const candidate of CANDIDATES) {
    if (candidate.startsWith('/')) {
      if (executable(candidate)) return candidate;
      continue;
    }
    for (const dir of dirs) if (executable(join(dir, candidate))) return join(dir, candidate);
  }
  return undefined;
}

/**
 * Flags for a closed network: no background traffic, updates, sync or first-run work, so the
 * browser neither phones home nor waits on lookups that will fail.
 */
export function chromiumArgs(): string[] {
  const args = [
    '--headless=new',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-default-apps',
    '--disable-extensions',
    '--disable-quic',
    '--no-first-run',
    '--no-default-browser-check',
    '--mute-audio',
    '--font-render-hinting=none',
  ];
  // Chromium refuses its sandbox as root (CI containers); there is no untrusted content here.
  if (typeof process.getuid === 'function' && process.getuid() === 0) args.push('--no-sandbox');
  return args;
}

/** Browsers this process started, so an interrupted run can close them before it exits. */
const running = new Set<Browser>();

export async function closeBrowsers(): Promise<void> {
  await Promise.all([...running].map((browser) => browser.close().catch(() => undefined)));
  running.clear();
}

/** Throws the "install Chromium" error (exit code 3) if no browser can be found. */
export function requireChromium(t: Messages, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const executablePath = findChromium(env);
  if (!executablePath) throw new EnvironmentError(t.browser.notFound, t.browser.notFoundHint);
  return executablePath;
}

export async function launchChromium(t: Messages, env: Readonly<Record<string, string | undefined>> = process.env): Promise<Browser> {
  const executablePath = requireChromium(t, env);
  // require, not import(): playwright-core is CommonJS, and an ESM import of it makes Node scan
  // every one of its modules for exports first (about 150 ms).
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  try {
    const browser = await chromium.launch({ executablePath, args: chromiumArgs(), headless: true });
    running.add(browser);
    browser.on('disconnected', () => running.delete(browser));
    return browser;
  } catch (error) {
    throw new EnvironmentError(t.browser.failed(executablePath), t.browser.failedHint, { cause: error });
  }
}
