// The agenda as an aligned terminal table: clock, minutes, (time needed), section, its id (for
// `breaks: after:`), activity or break.
import type { Messages } from '../i18n/messages.js';
import { formatClock } from '../time/clock.js';
import { minutesNumber } from '../schedule/minutes.js';
import type { Schedule } from '../schedule/types.js';
import { agendaRows, type NeededMinutes } from '../schedule/agenda.js';

export { agendaRows, type AgendaRow, type NeededMinutes } from '../schedule/agenda.js';
import { paint, textWidth, type Output } from '../terminal/output.js';

const pad = (text: string, width: number): string => text + ' '.repeat(Math.max(0, width - textWidth(text)));

export function formatAgenda(schedule: Schedule, t: Messages, output: Pick<Output, 'color'>, needed?: NeededMinutes): string {
  const rows = agendaRows(schedule, needed, t.lang);
  const withNeed = needed !== undefined;
  const need = (minutes: number | undefined): string => {
    if (minutes === undefined) return '';
    const text = (Math.round(minutes * 10) / 10).toFixed(1);
    return t.lang === 'nb' ? text.replace('.', ',') : text;
  };
  const head = [t.agenda.clock, t.agenda.minutes, t.agenda.needed, t.agenda.section, t.agenda.id, t.agenda.activity];
  const sectionWidth = Math.max(textWidth(head[3]!), ...rows.map((row) => textWidth(row.kind === 'module' ? row.section : `  ${row.section}`)));
  const idWidth = Math.max(textWidth(head[4]!), ...rows.map((row) => textWidth(row.id ?? '')));
  const line = (cells: string[]): string =>
    [
      pad(cells[0]!, 5),
      cells[1]!.padStart(4),
      ...(withNeed ? [cells[2]!.padStart(Math.max(5, textWidth(head[2]!)))] : []),
      pad(cells[3]!, sectionWidth),
      pad(cells[4]!, idWidth),
      cells[5]!,
    ]
      .join('  ')
      .trimEnd();
  const out = [paint(output, 'bold', line(head))];
  for (const row of rows) {
    const text = line([row.clock, minutesNumber(row.minutes * 60, t.lang), need(row.needed), row.kind === 'module' ? row.section : `  ${row.section}`, row.id ?? '', row.detail]);
    out.push(row.kind === 'module' ? paint(output, 'bold', text) : row.kind === 'break' ? paint(output, 'dim', text) : text);
  }
  out.push(t.agenda.total(Math.round(schedule.totalSec / 60), formatClock(schedule.startSec), formatClock(schedule.endSec)));
  if (withNeed) {
    const content = rows.filter((row) => row.kind === 'content');
    const planned = content.reduce((sum, row) => sum + row.minutes, 0);
    const total = content.reduce((sum, row) => sum + (row.needed ?? 0), 0);
    if (planned > 0) out.push(t.agenda.neededTotal(need(total), planned, Math.round((total / planned) * 100)));
    out.push(paint(output, 'dim', t.agenda.neededLegend));
  }
  return out.join('\n');
}
