// The timing report: planned against actual minutes per section, for planners who recalibrate
// the content's minutes. JSON for tools, CSV (semicolons, decimal commas) for Excel in Norway.
import type { Schedule } from '../../schedule/types.js';
import type { TimerSnapshot } from './state.js';

export interface TimingReport {
  plan: string;
  title: string;
  track: string;
  date?: string;
  startedAt?: string;
  savedAt: string;
  elapsedMinutes: number;
  pausedMinutes: number;
  sections: {
    id: string;
    title: string;
    kind: 'content' | 'break';
    plannedMinutes: number;
    actualMinutes: number;
    differenceMinutes: number;
  }[];
}

const minutes = (sec: number): number => Math.round((sec / 60) * 10) / 10;

export function timingReport(schedule: Schedule, snapshot: TimerSnapshot, now: number): TimingReport {
  return {
    plan: schedule.plan.name,
    title: schedule.plan.title,
    track: schedule.plan.track,
    ...(schedule.plan.date ? { date: schedule.plan.date } : {}),
    ...(snapshot.startedAt !== undefined ? { startedAt: new Date(snapshot.startedAt).toISOString() } : {}),
    savedAt: new Date(now).toISOString(),
    elapsedMinutes: minutes(snapshot.elapsedSec),
    pausedMinutes: minutes(snapshot.pausedSec),
    sections: schedule.sections.map((section) => {
      const actual = snapshot.sectionSec[section.index] ?? 0;
      return {
        id: section.id,
        title: section.title,
        kind: section.kind,
        plannedMinutes: minutes(section.durationSec),
        actualMinutes: minutes(actual),
        differenceMinutes: minutes(actual - section.durationSec),
      };
    }),
  };
}

export interface CsvHeadings {
  id: string;
  section: string;
  kind: string;
  planned: string;
  actual: string;
  difference: string;
}

function cell(value: string | number): string {
  const text = typeof value === 'number' ? String(value).replace('.', ',') : value;
  return /[;"\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function reportCsv(report: TimingReport, headings: CsvHeadings): string {
  const rows = [
    [headings.id, headings.section, headings.kind, headings.planned, headings.actual, headings.difference],
    ...report.sections.map((s) => [s.id, s.title, s.kind, s.plannedMinutes, s.actualMinutes, s.differenceMinutes]),
  ];
  // A byte-order mark makes Excel read the file as UTF-8 (æ, ø, å).
  return `\ufeff${rows.map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}
