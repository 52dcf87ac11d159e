// The browser finder looks where planners' machines keep Chrome and Edge, with fake file systems.
import { describe, expect, it } from 'vitest';
import { findChromium } from '../../src/export/browser.js';

const only = (...paths: string[]) => (path: string): boolean => paths.includes(path);

describe('findChromium', () => {
  const windows = { ProgramFiles: 'C:\\Program Files', 'ProgramFiles(x86)': 'C:\\Program Files (x86)', LOCALAPPDATA: 'C:\\Users\\kari\\AppData\\Local', Path: 'C:\\Windows\\system32' };

  it.each([
    ['Chrome for all users', 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe'],
    ['Chrome, 32-bit', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
    ['Chrome for one user', 'C:\\Users\\kari\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe'],
    ['Edge (every Windows has it)', 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe'],
  ])('finds %s on Windows', (_name, path) => {
    expect(findChromium(windows, { platform: 'win32', isExecutable: only(path) })).toBe(path);
  });

  it('prefers Chrome over Edge on Windows, and a browser on PATH over both', () => {
    const chrome = 'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe';
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium(windows, { platform: 'win32', isExecutable: only(edge, chrome) })).toBe(chrome);
    const onPath = 'C:\\Tools\\chrome.exe';
    expect(findChromium({ ...windows, Path: 'C:\\Tools;C:\\Windows' }, { platform: 'win32', isExecutable: only(onPath, chrome) })).toBe(onPath);
  });

  it.each([
    ['Chrome', '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
    ['Edge', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
    ['Chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
    ['Chrome in the user\'s own Applications', '/Users/kari/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'],
  ])('finds %s on macOS', (_name, path) => {
    expect(findChromium({ HOME: '/Users/kari', PATH: '/usr/bin:/bin' }, { platform: 'darwin', isExecutable: only(path) })).toBe(path);
  });

  it('finds Chromium on Linux, and on PATH', () => {
    expect(findChromium({ PATH: '/usr/bin' }, { platform: 'linux', isExecutable: only('/usr/bin/chromium') })).toBe('/usr/bin/chromium');
    expect(findChromium({ PATH: '/snap/bin:/usr/bin' }, { platform: 'linux', isExecutable: only('/snap/bin/chromium') })).toBe('/snap/bin/chromium');
    expect(findChromium({ PATH: '/opt/bin' }, { platform: 'linux', isExecutable: only('/opt/bin/microsoft-edge') })).toBe('/opt/bin/microsoft-edge');
  });

  it('uses CHROME_PATH when set, and nothing else', () => {
    expect(findChromium({ CHROME_PATH: '/opt/chrome', PATH: '/usr/bin' }, { platform: 'linux', isExecutable: only('/opt/chrome', '/usr/bin/chromium') })).toBe('/opt/chrome');
    expect(findChromium({ CHROME_PATH: '/finnes/ikke', PATH: '/usr/bin' }, { platform: 'linux', isExecutable: only('/usr/bin/chromium') })).toBeUndefined();
  });

  it('finds nothing where there is nothing', () => {
    expect(findChromium(windows, { platform: 'win32', isExecutable: () => false })).toBeUndefined();
    expect(findChromium({ HOME: '/Users/kari' }, { platform: 'darwin', isExecutable: () => false })).toBeUndefined();
  });
});
