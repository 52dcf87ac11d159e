import { describe, expect, it } from 'vitest';
import { nb } from '../../src/i18n/nb.js';
import { bar, pdfProgress } from '../../src/cli/progress.js';
import { memoryOutput } from '../../src/terminal/output.js';

describe('pdfProgress', () => {
  it('on a terminal: one redrawn status line per plan with a bar, kept when done', () => {
    const output = memoryOutput({ interactive: true });
    const progress = pdfProgress(output, nb, 'kurs', 'dist/kurs', 2);
    progress.start();
    progress.update({ file: 'lysark.pdf', done: 1, total: 2, pages: 12, ms: 900 });
    progress.update({ file: 'manus.pdf', done: 2, total: 2, pages: 30, ms: 1200 });
    progress.finish();
    expect(output.statuses).toHaveLength(3);
    expect(output.statuses[0]).toBe(`kurs ${bar(0, 2)} 0/2`);
    expect(output.statuses[1]).toContain(`${bar(1, 2)} 1/2  lysark.pdf`);
    expect(output.statuses[2]).toContain(`${bar(2, 2)} 2/2  manus.pdf (${nb.pdf.pages(30)})`);
    // The finished line stays on screen; nothing else went to stderr.
    expect(output.stderr).toEqual([output.statuses[2]]);
  });

  it('elsewhere: a plain line when it starts and one per finished file, no status lines', () => {
    const output = memoryOutput();
    const progress = pdfProgress(output, nb, 'kurs', 'dist/kurs', 2);
    progress.start();
    progress.update({ file: 'lysark.pdf', done: 1, total: 2, pages: 12, ms: 900 });
    progress.update({ file: 'manus.pdf', done: 2, total: 2, pages: 30, ms: 1200 });
    progress.finish();
    expect(output.statuses).toEqual([]);
    expect(output.stderr).toEqual([
      nb.pdf.working('kurs'),
      nb.pdf.written('dist/kurs/lysark.pdf', nb.pdf.pages(12), 900),
      nb.pdf.written('dist/kurs/manus.pdf', nb.pdf.pages(30), 1200),
    ]);
  });

  it('does not keep a bar that never moved', () => {
    const output = memoryOutput({ interactive: true });
    const progress = pdfProgress(output, nb, 'kurs', 'dist/kurs', 3);
    progress.start();
    progress.finish();
    expect(output.stderr).toEqual([]);
  });

  it('fills the bar in proportion', () => {
    expect(bar(0, 3)).not.toContain('█');
    expect(bar(3, 3)).not.toContain('░');
    expect([...bar(1, 2)].filter((c) => c === '█').length).toBe([...bar(1, 2)].filter((c) => c === '░').length);
  });
});
