// The timing model as a terminal table for `check --content`: per module and track, each
// section's planned, spoken, activity and needed minutes, the percentage and a marker.
import { basename } from 'node:path';
import type { Messages } from '../i18n/messages.js';
import { SECTION_TARGET_MAX, type ModuleTrackTiming, type TimingStatus } from '../lint/timing.js';
import { paint, textWidth, type Output } from '../terminal/output.js';
import { displayPath } from '../terminal/report.js';

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - textWidth(text)));

export function formatTimingTable(timings: readonly ModuleTrackTiming[], t: Messages, output: Pick<Output, 'color'>): string {
  const num = (minutes: number): string => {
    const text = (Math.round(minutes * 10) / 10).toFixed(1);
    return t.lang === 'nb' ? text.replace('.', ',') : text;
  };
  const marker = (status: TimingStatus, sign: string): string =>
    status === 'ok' ? '' : `${sign} ${status === 'over' ? t.lint.timingOver : t.lint.timingUnder}`;
  const c = t.lint.timingColumns;
  const names = timings.flatMap((timing) => timing.sections.map((s) => `${s.title}${s.file ? ` (${basename(s.file)})` : ''}`));
  const width = Math.max(textWidth(c.section), textWidth(t.lint.timingTotal), ...names.map(textWidth));
  const line = (cells: readonly string[]): string =>
    `  ${pad(cells[0]!, width)}  ${cells[1]!.padStart(5)}  ${cells[2]!.padStart(5)}  ${cells[3]!.padStart(5)}  ${cells[4]!.padStart(5)}  ${cells[5]!.padStart(5)}  ${cells[6] ?? ''}`.trimEnd();
  const out = [paint(output, 'bold', t.lint.timingHeading), paint(output, 'dim', t.lint.timingLegend)];
  for (const timing of timings) {
    out.push('', paint(output, 'bold', t.lint.timingModule(timing.title, t.tracks[timing.track] ?? timing.track)));
    out.push(paint(output, 'dim', line([c.section, c.planned, c.speech, c.activities, c.needed, c.percent])));
    for (const s of timing.sections) {
      // Over 115 % is past the target even for a module that fits as a whole: say so.
      const flag = s.ratio > SECTION_TARGET_MAX ? `⚠ ${t.lint.timingWayOver}` : marker(s.status, '⚠');
      const text = line([
        `${s.title}${s.file ? ` (${basename(s.file)})` : ''}`,
        num(s.plannedMinutes),
        num(s.speechMinutes),
        num(s.activityMinutes),
        num(s.neededMinutes),
        `${s.percent} %`,
        flag ? `${flag}  ${displayPath(s.span.file)}:${s.span.line}` : '',
      ]);
      out.push(flag ? paint(output, 'yellow', text) : text);
    }
    const flag = marker(timing.status, '✖');
    const total = line([t.lint.timingTotal, num(timing.plannedMinutes), num(timing.speechMinutes), num(timing.activityMinutes), num(timing.neededMinutes), `${timing.percent} %`, flag]);
    out.push(paint(output, flag ? 'red' : 'green', total));
  }
  return out.join('\n');
}
