// PDFs and PowerPoint for one plan, made in the build's temporary folder after the deck is
// written, so they are part of the same atomic swap. Progress goes to the injected Output.
import { exportPdfs, type PdfName } from '../export/pdf.js';
import { exportPptx, PPTX_FILE, readDeckTheme } from '../export/pptx/export.js';
import { chromiumRasteriser } from '../export/pptx/rasterise.js';
import type { PlannedSession } from '../pipeline.js';
import { paint, type Output } from '../terminal/output.js';
import type { BrowserSession } from './browser-session.js';
import { pdfProgress } from './progress.js';

export interface ExportRequest {
  /** The PDFs to print; none when undefined. */
  pdf?: readonly PdfName[];
  pptx: boolean;
}

/**
 * Writes the requested exports into `dir`, a freshly written deck folder.
 * @param target the folder's final name, as shown to the user
 */
export async function exportDeck(planned: PlannedSession, dir: string, request: ExportRequest, browsers: BrowserSession, output: Output, target: string): Promise<void> {
  const t = planned.t;
  const name = planned.plan.name;
  if (request.pdf) {
    const browser = await browsers.get();
    const progress = pdfProgress(output, t, name, target, request.pdf.length);
    progress.start();
    await exportPdfs(browser, dir, planned.schedule.plan.title, t, progress.update, request.pdf);
    progress.finish();
  }
  if (request.pptx) {
    if (!output.interactive) output.err(t.pptx.working(name));
    const result = await exportPptx(planned, dir, await readDeckTheme(dir), chromiumRasteriser(browsers.forFigures(t)));
    output.err(paint(output, 'green', t.pptx.written(`${target}/${PPTX_FILE}`, t.pptx.slides(result.slides), result.ms)));
  }
}
