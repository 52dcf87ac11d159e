// PDFs from a built deck folder, printed by Chromium: lysark.pdf (the participant deck through
// reveal.js's ?print-pdf), lysark-med-manus.pdf and manus.pdf (A4, page numbers and the session
// title in the footer). One browser serves every file; each page waits for its own ready flag.
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Messages } from '../i18n/messages.js';
import { EnvironmentError } from '../errors.js';
import { replaceAtomically } from '../files/atomic.js';
import { html } from '../html/escape.js';

export interface PdfFile {
  name: string;
  pages: number;
  ms: number;
}

export type PdfProgress = (event: { file: string; done: number; total: number; pages?: number; ms?: number }) => void;

export const PDF_FILES = ['lysark.pdf', 'lysark-med-manus.pdf', 'manus.pdf'] as const;
export type PdfName = (typeof PDF_FILES)[number];

/** Pages in a PDF Chromium wrote: its page objects are plain `/Type /Page` dictionaries. */
export function countPdfPages(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

function footer(title: string, t: Messages): string {
  // Header and footer templates are separate documents: styles must be inline.
  return html`<div style="width:100%;font-family:'Atkinson Hyperlegible',sans-serif;font-size:8pt;color:#4f5a68;padding:0 16mm;display:flex;justify-content:space-between;">
<span>${title}</span><span>${t.pdf.page} <span class="pageNumber"></span> ${t.pdf.of} <span class="totalPages"></span></span></div>`.html;
}

/** The slice of the page's DOM the predicate reads (the Node side has no DOM types). */
type FlagWindow = { document: { documentElement: { dataset: Record<string, string | undefined> } } };

/**
 * Waits until `<html data-{flag}="true">`. A function, never a string: Playwright evaluates a
 * string predicate again with eval() on every poll, which the deck's CSP (script-src 'self')
 * forbids once the first, exempt check has found the flag unset — on a busy machine the PDF
 * export then failed with an EvalError.
 */
export async function waitForFlag(page: Page, flag: string, timeout = 60_000): Promise<void> {
  await page.waitForFunction((name) => (globalThis as unknown as FlagWindow).document.documentElement.dataset[name] === 'true', flag, { timeout });
}

async function waitFor(page: Page, flag: 'fasilitatorPdfReady' | 'fonts'): Promise<void> {
  if (flag === 'fonts') await page.evaluate('document.fonts.ready.then(() => true)');
  else await waitForFlag(page, flag);
}

/** Writes a PDF to a temporary name first, then renames it: never a truncated file under the real name. */
async function print(page: Page, path: string, options: Parameters<Page['pdf']>[0]): Promise<number> {
  const bytes = await replaceAtomically(path, (temp) => page.pdf({ ...options, path: temp }));
  return countPdfPages(bytes);
}

/**
 * Exports the three PDFs of the deck in `dir` (a folder written by the build).
 * @param title the session title for the footers
 */
export async function exportPdfs(
  browser: Browser,
  dir: string,
  title: string,
  t: Messages,
  progress: PdfProgress = () => {},
  only: readonly PdfName[] = PDF_FILES,
): Promise<PdfFile[]> {
  // Offline: a deck must load nothing from the network, and here it cannot. (Cheaper than
  // intercepting every request: the files are all local.)
  const context: BrowserContext = await browser.newContext({ offline: true });
  const files: PdfFile[] = [];
  const step = async (name: PdfName, run: () => Promise<number>): Promise<void> => {
    if (!only.includes(name)) return;
    const started = performance.now();
    // A browser that crashes, hangs or refuses a page is the machine's problem (exit 3), not a
    // stack trace: the deck folder itself is complete without its PDFs.
    const pages = await run().catch((error: unknown) => {
      throw new EnvironmentError(t.pdf.failed(name), t.pdf.failedHint, { cause: error });
    });
    const ms = Math.round(performance.now() - started);
    files.push({ name, pages, ms });
    progress({ file: name, done: files.length, total: only.length, pages, ms });
  };
  try {
    const url = (file: string): string => pathToFileURL(join(dir, file)).href;
    const a4 = { format: 'A4' as const, printBackground: true, displayHeaderFooter: true, headerTemplate: '<span></span>', footerTemplate: footer(title, t), margin: { top: '14mm', bottom: '16mm', left: '0', right: '0' } };
    // One page after the other: on two cores, printing side by side is slower, not faster.
    const page = await context.newPage();
    await step('lysark.pdf', async () => {
      // The participant copy: no manuscript can reach this file.
      await page.goto(`${url('deltaker/index.html')}?print-pdf`);
      await waitFor(page, 'fasilitatorPdfReady');
      return print(page, join(dir, 'lysark.pdf'), { preferCSSPageSize: true, printBackground: true });
    });
    await step('lysark-med-manus.pdf', async () => {
      await page.goto(url('lysark-med-manus.html'));
      await waitFor(page, 'fonts');
      return print(page, join(dir, 'lysark-med-manus.pdf'), a4);
    });
    await step('manus.pdf', async () => {
      await page.goto(url('manus.html'));
      await waitFor(page, 'fonts');
      return print(page, join(dir, 'manus.pdf'), a4);
    });
  } finally {
    await context.close();
  }
  return files;
}
