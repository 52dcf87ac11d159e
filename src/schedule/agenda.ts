// The agenda as rows: a heading row per module, then one row per section and break, with clock
// times from the schedule. Pure and free of Node: the CLI (check, check --json) and the course
// site's start page in the browser use this same function, so their times cannot differ.
import { halfMinutes, minutesNumber } from './minutes.js';
import type { Schedule } from './types.js';

export interface AgendaRow {
  clock: string;
  minutes: number;
  section: string;
  /** "<module ref>/<section id>" for content sections: what `breaks: after:` takes. */
  id?: string;
  /** Minutes the material needs in the plan's track (timing model), when known. */
  needed?: number;
  detail: string;
  kind: 'module' | 'content' | 'break';
}

/** Needed minutes per scheduled section id ("<module ref>/<section id>"). */
export type NeededMinutes = ReadonlyMap<string, number>;

/** One row per section and break, with a heading row where a new module starts. */
export function agendaRows(schedule: Schedule, needed?: NeededMinutes, lang = 'nb'): AgendaRow[] {
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
      .map((slide) => `${slide.activity!.title} (${minutesNumber(slide.activity!.durationSec, lang)} min)`);
    const need = section.kind === 'content' ? needed?.get(section.id) : undefined;
    rows.push({
      clock: section.clock,
      minutes: halfMinutes(section.durationSec),
      section: section.title,
      ...(section.kind === 'content' ? { id: section.id } : {}),
      ...(need !== undefined ? { needed: need } : {}),
      detail: section.kind === 'break' ? '' : activities.join('; '),
      kind: section.kind,
    });
  }
  return rows;
}
