// Progress of the PDF export. On a terminal: one line per plan that redraws as files finish, with
// a bar. Elsewhere (CI, a log file): one plain line per finished file.
import type { Messages } from '../i18n/messages.js';
import type { PdfProgress } from '../export/pdf.js';
import { paint, type Output } from '../terminal/output.js';

const WIDTH = 18;

export function bar(done: number, total: number): string {
  const filled = Math.round((done / total) * WIDTH);
  return `▕${'█'.repeat(filled)}${'░'.repeat(WIDTH - filled)}▏`;
}

export function pdfProgress(output: Output, t: Messages, label: string, dir: string, total = 3): { update: PdfProgress; start: () => void; finish: () => void } {
  let lastLine = '';
  return {
    start: () => {
      if (output.interactive) output.status(`${label} ${bar(0, total)} 0/${total}`);
      else output.err(t.pdf.working(label));
    },
    update: ({ file, done, total, pages, ms }) => {
      if (output.interactive) {
        lastLine = `${label} ${bar(done, total)} ${done}/${total}  ${file} (${t.pdf.pages(pages ?? 0)})`;
        output.status(lastLine);
      } else {
        output.err(paint(output, 'green', t.pdf.written(`${dir}/${file}`, t.pdf.pages(pages ?? 0), ms ?? 0)));
      }
    },
    finish: () => {
      // The finished bar stays on screen as the plan's record.
      if (output.interactive && lastLine) output.endStatus(true);
    },
  };
}
