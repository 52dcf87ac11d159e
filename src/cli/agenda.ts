// The agenda as an aligned terminal table: clock, minutes, section, activity or break.
import type { Messages } from '../i18n/messages.js';
import { formatClock } from '../schedule/clock.js';
import { halfMinutes, minutesNumber } from '../schedule/minutes.js';
import type { Schedule } from '../schedule/types.js';
import { paint, textWidth, type Output } from './output.js';

export interface AgendaRow {
  clock: string;
  minutes: number;
  section: string;
  detail: string;
  kind: 'module' | 'content' | 'break';
}

/** One row per section and break, with a heading row where a new module starts. */
export function agendaRows(schedule: Schedule, lang = 'nb'): AgendaRow[] {
  const rows: AgendaRow[] = [];
  let module: string | undefined;
  for (const section of schedule.sections) {
    if (section.moduleRef && section.moduleRef !== module) {
      module = section.moduleRef;
      const m = schedule.modules.find((entry) => entry.ref === module);
      if (m) rows.push({ clock: m.clock, minutes: halfMinutes(m.durationSec), section: m.title, detail: '', kind: 'module' });
    }
    const activities = schedule.slides
      .slice(section.firstSlide, section.lastSlide + 1)
      .filter((slide) => slide.activity)
      .map((slide) => ({ title: slide.activity!.title, sec: slide.activity!.durationSec }));
    rows.push({
      clock: section.clock,
      minutes: halfMinutes(section.durationSec),
      section: section.title,
      detail: section.kind === 'break' ? '' : activities.map((a) => `${a.title} (${minutesNumber(a.sec, lang)} min)`).join('; '),
      kind: section.kind,
    });
  }
  return rows;
}

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - textWidth(text)));

export function formatAgenda(schedule: Schedule, t: Messages, output: Pick<Output, 'color'>): string {
  const rows = agendaRows(schedule, t.lang);
  const head = [t.agenda.clock, t.agenda.minutes, t.agenda.section, t.agenda.activity];
  const widths = [5, 4, Math.max(textWidth(head[2]!), ...rows.map((row) => textWidth(row.kind === 'module' ? row.section : `  ${row.section}`)))];
  const line = (cells: string[]): string => `${pad(cells[0]!, widths[0]!)}  ${cells[1]!.padStart(widths[1]!)}  ${pad(cells[2]!, widths[2]!)}  ${cells[3]}`.trimEnd();
  const out = [paint(output, 'bold', line(head))];
  for (const row of rows) {
    const text = line([row.clock, minutesNumber(row.minutes * 60, t.lang), row.kind === 'module' ? row.section : `  ${row.section}`, row.detail]);
    out.push(row.kind === 'module' ? paint(output, 'bold', text) : row.kind === 'break' ? paint(output, 'dim', text) : text);
  }
  out.push(t.agenda.total(Math.round(schedule.totalSec / 60), formatClock(schedule.startSec), formatClock(schedule.endSec)));
  return out.join('\n');
}
