// The course site's start page: turns the choices (modules, track, date, start, break between
// modules) into an agenda with clock times, and links that open each deck and run sheet at that
// time (?start=HH:MM&date=…). The clock times come from the same code the CLI uses: the built
// schedules moved with retime(), listed with agendaRows().
import { escapeHtml as escape } from '../../html/escape.js';
import './start.css';
import { agendaRows } from '../../schedule/agenda.js';
import { formatClock, parseClock } from '../../time/clock.js';
import { isIsoDate, retime } from '../../schedule/retime.js';
import type { StartPageData, StartPageDeck } from '../../render/start-data.js';

const data = JSON.parse(document.getElementById('site-data')?.textContent ?? '{}') as StartPageData;
const form = document.getElementById('planner') as HTMLFormElement | null;
const agenda = document.getElementById('agenda');
const w = data.words ?? {};
const CHOICE_KEY = 'fasilitator-start-page';


interface Choice {
  modules: string[];
  track: string;
  startSec: number;
  date?: string;
  breakSec: number;
}

function readChoice(): Choice | undefined {
  if (!form) return undefined;
  const values = new FormData(form);
  const intro = String(values.get('intro') ?? '');
  const modules = [...(intro ? [intro] : []), ...values.getAll('kk').map(String)];
  const startSec = parseClock(String(values.get('start') ?? ''));
  if (startSec === undefined) return undefined;
  const date = String(values.get('date') ?? '');
  const breakMinutes = Math.max(0, Math.min(120, Math.round(Number(values.get('break') ?? 0)) || 0));
  return { modules, track: String(values.get('track') ?? 'praksis'), startSec, ...(isIsoDate(date) ? { date } : {}), breakSec: breakMinutes * 60 };
}

function query(startSec: number, date?: string): string {
  return `?start=${formatClock(startSec)}${date ? `&date=${date}` : ''}`;
}

function links(deck: StartPageDeck, q: string): string {
  const f = deck.folder;
  const items = [
    `<a class="fa-s-present" data-fasilitator="open-deck" href="${f}/index.html${q}">${escape(w.present ?? '')}</a>`,
    `<a href="${f}/manus.html${q}">${escape(w.manus ?? '')}</a>`,
    `<a href="${f}/lysark-med-manus.html${q}">${escape(w.notes ?? '')}</a>`,
    `<a href="${f}/deltaker/index.html">${escape(w.participant ?? '')}</a>`,
    ...(deck.guide ? [`<a href="${f}/veiledning.html">${escape(w.guide ?? '')}</a>`] : []),
    ...(data.pdf ? [`<a href="${f}/lysark.pdf">${escape(w.slidesPdf ?? '')}</a>`, `<a href="${f}/lysark-med-manus.pdf">${escape(w.notesPdf ?? '')}</a>`, `<a href="${f}/manus.pdf">${escape(w.manusPdf ?? '')}</a>`] : []),
    ...(data.pptx ? [`<a href="${f}/lysark.pptx">${escape(w.slidesPptx ?? '')}</a>`] : []),
  ];
  return `<p class="fa-s-links">${items.join(' ')}</p>`;
}

function row(kind: string, clock: string, minutes: number, section: string, detail: string, id?: string): string {
  const attrs = `data-kind="${kind}" data-clock="${clock}" data-minutes="${minutes}"${id ? ` data-id="${escape(id)}"` : ''}`;
  const title = kind === 'module' ? `<strong>${escape(section)}</strong>` : escape(section);
  return `<tr class="fa-s-row fa-s-row--${kind}" ${attrs}><td class="num">${clock}</td><td class="num">${minutes}</td><td data-cell="section">${title}</td><td data-cell="detail">${escape(detail)}</td></tr>`;
}

function render(): void {
  const choice = readChoice();
  if (!agenda || !choice) return;
  const chosen = choice.modules
    .map((key) => data.decks.find((deck) => deck.moduleKey === key && deck.track === choice.track))
    .filter((deck): deck is StartPageDeck => deck !== undefined);
  if (chosen.length === 0) {
    agenda.innerHTML = `<p class="fa-s-dim">${escape(w.agendaEmpty ?? '')}</p>`;
    return;
  }
  let startSec = choice.startSec;
  const parts: string[] = [];
  chosen.forEach((deck, i) => {
    if (i > 0 && choice.breakSec > 0) {
      parts.push(`<table class="fa-s-table fa-s-table--break"><tbody>${row('break', formatClock(startSec), choice.breakSec / 60, data.breakTitle, '')}</tbody></table>`);
      startSec += choice.breakSec;
    }
    const schedule = retime(deck.schedule, { startSec, ...(choice.date ? { date: choice.date } : {}) });
    const rows = agendaRows(schedule).map((r) => row(r.kind, r.clock, r.minutes, r.section, r.detail, r.id));
    const total = (w.total ?? '').replace('{minutes}', String(Math.round(schedule.totalSec / 60))).replace('{start}', formatClock(schedule.startSec)).replace('{end}', formatClock(schedule.endSec));
    parts.push(`<div class="fa-s-module" data-deck="${deck.folder}" data-start="${formatClock(schedule.startSec)}" data-end="${formatClock(schedule.endSec)}">
<table class="fa-s-table"><thead><tr><th class="num" scope="col">${escape(w.clock ?? '')}</th><th class="num" scope="col">${escape(w.minutes ?? '')}</th><th scope="col">${escape(w.section ?? '')}</th><th scope="col">${escape(w.activity ?? '')}</th></tr></thead>
<tbody>${rows.join('')}</tbody></table>
<p class="fa-s-total">${escape(total)}</p>
${links(deck, query(schedule.startSec, choice.date))}
</div>`);
    startSec = schedule.endSec;
  });
  agenda.innerHTML = parts.join('\n');
}

/** The last choice is kept on this machine, so the page opens where the facilitator left it. */
function remember(): void {
  if (!form) return;
  try {
    const values = new FormData(form);
    const saved = { intro: values.get('intro'), kk: values.getAll('kk'), track: values.get('track'), date: values.get('date'), start: values.get('start'), break: values.get('break') };
    localStorage.setItem(CHOICE_KEY, JSON.stringify(saved));
  } catch {
    // No storage (private window): the page still works, it just forgets.
  }
}

function restore(): void {
  if (!form) return;
  let saved: Record<string, unknown> | undefined;
  try {
    saved = JSON.parse(localStorage.getItem(CHOICE_KEY) ?? 'null') as Record<string, unknown> | undefined;
  } catch {
    saved = undefined;
  }
  if (!saved) return;
  for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
    const value = saved[input.name];
    if (input.type === 'radio') input.checked = input.value === value;
    else if (input.type === 'checkbox') input.checked = Array.isArray(value) && value.includes(input.value);
    else if (typeof value === 'string') input.value = value;
  }
}

restore();
form?.addEventListener('input', () => {
  render();
  remember();
});
form?.addEventListener('change', () => {
  render();
  remember();
});
form?.addEventListener('submit', (event) => event.preventDefault());
render();
document.documentElement.dataset.fasilitatorReady = 'true';
