// The output folder's index.html: every session built there, with date, time and track, and
// links to the deck, the run sheet, the guide, the participant copy and the PDFs.
import type { Messages } from '../i18n/messages.js';
import { formatClock } from '../time/clock.js';
import type { Schedule } from '../schedule/types.js';
import { cspMeta } from './csp.js';
import { html, raw } from '../html/escape.js';
import { formatDate, joinNames } from './format.js';

export interface IndexEntry {
  folder: string;
  schedule: Schedule;
  /** Files present in the folder (index.html, manus.html, lysark.pdf …). */
  files: ReadonlySet<string>;
}

const LINKS: [file: string, key: 'deck' | 'manus' | 'notes' | 'guide' | 'participant' | 'slidesPdf' | 'notesPdf' | 'manusPdf' | 'slidesPptx'][] = [
  ['index.html', 'deck'],
  ['manus.html', 'manus'],
  ['lysark-med-manus.html', 'notes'],
  ['veiledning.html', 'guide'],
  ['deltaker/index.html', 'participant'],
  ['lysark.pdf', 'slidesPdf'],
  ['lysark-med-manus.pdf', 'notesPdf'],
  ['manus.pdf', 'manusPdf'],
  ['lysark.pptx', 'slidesPptx'],
];

/** Sessions in date and time order; undated ones last. */
// Plain code-point order: ISO dates and folder names sort right without a locale collator,
// which costs more to start than the whole page takes to render.
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function sortEntries(entries: readonly IndexEntry[]): IndexEntry[] {
  return [...entries].sort(
    (a, b) => compare(a.schedule.plan.date ?? '9999', b.schedule.plan.date ?? '9999') || a.schedule.startSec - b.schedule.startSec || compare(a.folder, b.folder),
  );
}

export function renderIndexPage(entries: readonly IndexEntry[], t: Messages): string {
  const i = t.index;
  const rows = sortEntries(entries).map(({ folder, schedule, files }) => {
    const plan = schedule.plan;
    const when = [plan.date ? formatDate(plan.date, t) : i.noDate, `${formatClock(schedule.startSec)}–${formatClock(schedule.endSec)}`].join(', ');
    const what = schedule.modules.map((module) => module.title).join(' + ');
    const links = LINKS.filter(([file]) => files.has(file)).map(([file, key], n) => html`${n > 0 ? ' · ' : ''}<a href="${`${encodeURIComponent(folder)}/${file}`}">${i.links[key]}</a>`);
    const who = [plan.organisation, plan.facilitators?.length ? joinNames(plan.facilitators, t) : undefined].filter(Boolean).join(' · ');
    return html`<tr>
<td class="when">${when}</td>
<td><strong>${plan.title}</strong><br><span class="muted">${what}</span>${who ? html`<br><span class="muted">${who}</span>` : ''}</td>
<td>${t.tracks[plan.track] ?? plan.track}</td>
<td class="links">${links}</td>
</tr>`;
  });
  // The overview's own styles: a <style> element is allowed by the pages' CSP (style-src 'unsafe-inline').
  return html`<!doctype html>
<html lang="${t.lang}">
<head>
<meta charset="utf-8">
${raw(cspMeta())}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fasilitator">
<title>${i.title}</title>
<style>
body { margin: 0; padding: 32px 40px; font: 17px/1.45 'Atkinson Hyperlegible', 'Segoe UI', system-ui, sans-serif; color: #1e2a38; background: #fbf8f3; }
h1 { color: #2a2859; margin: 0 0 4px; }
p.lead { color: #4f5a68; margin: 0 0 24px; }
table { border-collapse: collapse; width: 100%; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: 10px 12px; border-bottom: 1px solid #d9d3c7; }
th { color: #4f5a68; font-size: 15px; }
.when { white-space: nowrap; font-variant-numeric: tabular-nums; }
.muted { color: #4f5a68; font-size: 15px; }
.links a { color: #1f6f5c; white-space: nowrap; }
</style>
</head>
<body>
<h1>${i.title}</h1>
<p class="lead">${i.lead(entries.length)}</p>
<table>
<thead><tr><th>${i.when}</th><th>${i.session}</th><th>${i.track}</th><th>${i.files}</th></tr></thead>
<tbody>
${rows.map((row, n) => html`${n > 0 ? '\n' : ''}${row}`)}
</tbody>
</table>
</body>
</html>
`.html;

}
