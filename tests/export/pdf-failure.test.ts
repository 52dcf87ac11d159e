// A browser that cannot print a page is reported as the machine's problem (EnvironmentError,
// exit 3) naming the file, never as an internal error with a stack trace.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { EnvironmentError } from '../../src/errors.js';
import { exportPdfs } from '../../src/export/pdf.js';
import { messagesFor } from '../../src/i18n/messages.js';
import { describeBrowser, launch } from '../helpers/browser.js';

describeBrowser('exportPdfs on a folder without a deck', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => browser?.close());

  it('throws an EnvironmentError that names the PDF and says what to do', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'fasilitator-nodeck-'));
    const t = messagesFor('nb');
    const error = await exportPdfs(browser, empty, 'Tittel', t).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(EnvironmentError);
    expect((error as EnvironmentError).message).toContain('lysark.pdf');
    expect((error as EnvironmentError).hint).toContain('fasilitator doctor');
    expect((error as EnvironmentError).cause).toBeInstanceOf(Error);
  });
});
