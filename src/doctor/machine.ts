// The I/O half of `doctor`: asks the machine for versions, programs and permissions.
import { execFile } from 'node:child_process';
import { accessSync, constants, existsSync, statSync } from 'node:fs';
import { delimiter, dirname, join, resolve } from 'node:path';
import { findChromium } from '../export/browser.js';
import { engineMinimum, type MachineFacts } from './checks.js';

type Env = Readonly<Record<string, string | undefined>>;

function versionOf(path: string): Promise<string | undefined> {
  return new Promise((done) => {
    execFile(path, ['--version'], { timeout: 15_000 }, (error, stdout) => done(error ? undefined : stdout.trim().split('\n')[0]));
  });
}

function onPath(names: readonly string[], env: Env): string | undefined {
  const dirs = (env.PATH ?? '').split(delimiter).filter(Boolean);
  for (const name of names) {
    for (const dir of dirs) {
      const path = join(dir, name);
      try {
        accessSync(path, constants.X_OK);
        return path;
      } catch {
        // not here; try the next folder
      }
    }
  }
  return undefined;
}

const LIBREOFFICE_PLACES: Partial<Record<NodeJS.Platform, string[]>> = {
  darwin: ['/Applications/LibreOffice.app/Contents/MacOS/soffice'],
  win32: ['C:\\Program Files\\LibreOffice\\program\\soffice.exe'],
};

/** The nearest folder that exists, walking up from `dir`. */
function existingAncestor(dir: string): string {
  let current = resolve(dir);
  while (!existsSync(current)) {
    const parent = dirname(current);
    if (parent === current) break;
    current = parent;
  }
  return current;
}

function writable(dir: string): boolean {
  try {
    if (!statSync(dir).isDirectory()) return false;
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

export async function machineFacts(options: { outputDir: string; enginesRange: string; env: Env }): Promise<MachineFacts> {
  const { env } = options;
  const chromiumPath = findChromium(env);
  const libreofficePath = onPath(['soffice', 'libreoffice'], env) ?? LIBREOFFICE_PLACES[process.platform]?.find((path) => existsSync(path));
  const ancestor = existingAncestor(options.outputDir);
  return {
    nodeVersion: process.versions.node,
    nodeMinimum: engineMinimum(options.enginesRange),
    platform: process.platform,
    ...(chromiumPath ? { chromium: { path: chromiumPath, ...(await versionOf(chromiumPath).then((v) => (v ? { version: v } : {}))) } } : {}),
    ...(libreofficePath ? { libreoffice: { path: libreofficePath } } : {}),
    ...(process.platform === 'linux' ? { fallbackFonts: existsSync('/usr/share/fonts/truetype/dejavu') } : {}),
    output: { dir: resolve(options.outputDir), writable: writable(ancestor), existingAncestor: ancestor },
  };
}
