// The output folder's index.html: every session built there, with date, time and track, and
// links to the deck, the run sheet, the guide, the participant copy and the PDFs.
import type { Messages } from '../i18n/messages.js';
import { formatClock } from '../schedule/clock.js';
import type { Schedule } from '../schedule/types.js';
import { cspMeta } from './csp.js';
import { escapeHtml } from './escape.js';
import { formatDate, joinNames } from './format.js';

export interface IndexEntry {
  folder: string;
  schedule: Schedule;
  /** Files present in the folder (index.html, manus.html, lysark.pdf …). */
  files: ReadonlySet<string>;
}

const LINKS: [file: string, key: 'deck' | 'manus' | 'notes' | 'guide' | 'participant' | 'slidesPdf' | 'notesPdf' | 'manusPdf'][] = [
  ['index.html', 'deck'],
  ['manus.html', 'manus'],
  ['lysark-med-manus.html', 'notes'],
  ['veiledning.html', 'guide'],
  ['deltaker/index.html', 'participant'],
  ['lysark.pdf', 'slidesPdf'],
  ['lysark-med-manus.pdf', 'notesPdf'],
  ['manus.pdf', 'manusPdf'],
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
  const rows = sortEntries(entries)
    .map(({ folder, schedule, files }) => {
      const plan = schedule.plan;
      const when = [plan.date ? formatDate(plan.date, t) : i.noDate, `${formatClock(schedule.startSec)}–${formatClock(schedule.endSec)}`].join(', ');
      const what = schedule.modules.map((module) => module.title).join(' + ');
      const links = LINKS.filter(([file]) => files.has(file))
        .map(([file, key]) => `<a href="${escapeHtml(`${encodeURIComponent(folder)}/${file}`)}">${escapeHtml(i.links[key])}</a>`)
        .join(' · ');
      const who = [plan.organisation, plan.facilitators?.length ? joinNames(plan.facilitators, t) : undefined].filter(Boolean).join(' · ');
      return `<tr>
<td class="when">${escapeHtml(when)}</td>
<td><strong>${escapeHtml(plan.title)}</strong><br><span class="muted">${escapeHtml(what)}</span>${who ? `<br><span class="muted">${escapeHtml(who)}</span>` : ''}</td>
<td>${escapeHtml(t.tracks[plan.track] ?? plan.track)}</td>
<td class="links">${links}</td>
</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="${escapeHtml(t.lang)}">
<head>
<meta charset="utf-8">
${cspMeta()}
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="fasilitator">
<title>${escapeHtml(i.title)}</title>
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
<h1>${escapeHtml(i.title)}</h1>
<p class="lead">${escapeHtml(i.lead(entries.length))}</p>
<table>
<thead><tr><th>${escapeHtml(i.when)}</th><th>${escapeHtml(i.session)}</th><th>${escapeHtml(i.track)}</th><th>${escapeHtml(i.files)}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
</body>
</html>
`;
}
