// Finding and starting Chromium: Debian's package, driven by playwright-core (no browser
// downloads). The launch flags keep it quiet on a closed network.
import { accessSync, constants } from 'node:fs';
import { createRequire } from 'node:module';
import { posix, win32 } from 'node:path';
import type { Browser } from 'playwright-core';
import { EnvironmentError } from '../errors.js';
import type { Messages } from '../i18n/messages.js';

const CANDIDATES = ['/usr/bin/chromium', 'chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge', 'microsoft-edge-stable'];

function executable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** An environment variable by name, ignoring case (Windows spells them ProgramFiles, PROGRAMFILES …). */
function envValue(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const key = Object.keys(env).find((candidate) => candidate.toLowerCase() === name.toLowerCase());
  return key === undefined ? undefined : env[key];
}

/** Where Chrome and Edge install themselves on Windows and macOS (per machine, then per user). */
export function standardLocations(platform: NodeJS.Platform, env: Readonly<Record<string, string | undefined>>): string[] {
  if (platform === 'win32') {
    const roots = [envValue(env, 'PROGRAMFILES'), envValue(env, 'PROGRAMFILES(X86)'), envValue(env, 'LOCALAPPDATA')].filter((root): root is string => Boolean(root));
    const apps = [['Google', 'Chrome', 'Application', 'chrome.exe'], ['Microsoft', 'Edge', 'Application', 'msedge.exe'], ['Chromium', 'Application', 'chrome.exe']];
    return apps.flatMap((parts) => roots.map((root) => win32.join(root, ...parts)));
  }
  if (platform === 'darwin') {
    const apps = ['Google Chrome.app/Contents/MacOS/Google Chrome', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge', 'Chromium.app/Contents/MacOS/Chromium'];
    const home = envValue(env, 'HOME');
    return apps.flatMap((app) => [posix.join('/Applications', app), ...(home ? [posix.join(home, 'Applications', app)] : [])]);
  }
  return [];
}

export interface FindOptions {
  platform?: NodeJS.Platform;
  /** Whether a path is an executable file (injected in tests). */
  isExecutable?: (path: string) => boolean;
}

/**
 * CHROME_PATH; then /usr/bin/chromium and Chromium, Chrome or Edge on PATH; then Chrome and Edge
 * where Windows and macOS install them.
 */
export function findChromium(env: Readonly<Record<string, string | undefined>> = process.env, options: FindOptions = {}): string | undefined {
  const platform = options.platform ?? process.platform;
  const isExecutable = options.isExecutable ?? executable;
  const chromePath = envValue(env, 'CHROME_PATH');
  if (chromePath) return isExecutable(chromePath) ? chromePath : undefined;
  const pathApi = platform === 'win32' ? win32 : posix;
  const dirs = (envValue(env, 'PATH') ?? '').split(platform === 'win32' ? ';' : ':').filter(Boolean);
  const names = platform === 'win32' ? ['chrome.exe', 'msedge.exe'] : CANDIDATES;
  for (const candidate of names) {
    if (candidate.startsWith('/')) {
      if (platform !== 'win32' && isExecutable(candidate)) return candidate;
      continue;
    }
    for (const dir of dirs) if (isExecutable(pathApi.join(dir, candidate))) return pathApi.join(dir, candidate);
  }
  return standardLocations(platform, env).find(isExecutable);
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

/**
 * The browsers one run started, so an interrupted run can close them before it exits. Made once
 * per run and handed to launchChromium; a browser leaves the list when it disconnects.
 */
/** What the registry needs of a browser (a Playwright Browser; a stand-in in tests). */
export interface RunningBrowser {
  close(): Promise<void>;
  on(event: 'disconnected', listener: () => void): unknown;
}

export class BrowserRegistry {
  readonly #running = new Set<RunningBrowser>();

  /** Lists `browser` until it disconnects. */
  add(browser: RunningBrowser): void {
    this.#running.add(browser);
    browser.on('disconnected', () => this.#running.delete(browser));
  }

  get size(): number {
    return this.#running.size;
  }

  /** Closes every browser still running; a browser that fails to close is ignored. Safe to call twice. */
  async closeAll(): Promise<void> {
    const browsers = [...this.#running];
    this.#running.clear();
    await Promise.all(browsers.map((browser) => browser.close().catch(() => undefined)));
  }
}

/** Throws the "install Chromium" error (exit code 3) if no browser can be found. */
export function requireChromium(t: Messages, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const executablePath = findChromium(env);
  if (!executablePath) throw new EnvironmentError(t.browser.notFound, t.browser.notFoundHint);
  return executablePath;
}

/** Starts Chromium; `registry` (the run's) lists it so Ctrl-C can close it. */
export async function launchChromium(t: Messages, env: Readonly<Record<string, string | undefined>> = process.env, registry?: BrowserRegistry): Promise<Browser> {
  const executablePath = requireChromium(t, env);
  // require, not import(): playwright-core is CommonJS, and an ESM import of it makes Node scan
  // every one of its modules for exports first (about 150 ms).
  const { chromium } = createRequire(import.meta.url)('playwright-core') as typeof import('playwright-core');
  try {
    const browser = await chromium.launch({ executablePath, args: chromiumArgs(), headless: true, timeout: 120_000 }); // a busy two-core machine can take long to start it
    registry?.add(browser);
    return browser;
  } catch (error) {
    throw new EnvironmentError(t.browser.failed(executablePath), t.browser.failedHint, { cause: error });
  }
}
