// The facilitator's run sheet (manus.html): agenda with clock times, then the manuscript slide by
// slide under section headings, then the full list of sources. Printable on A4.
import type { Module, Reference } from '../content/types.js';
import { formatMinutes, minutesNumber } from '../schedule/minutes.js';
import type { Schedule, ScheduledSection } from '../schedule/types.js';
import type { RenderContext } from './context.js';
import type { DeckSlide } from './deck-slides.js';
import { escapeHtml } from '../html/escape.js';
import { formatDate, joinNames } from './format.js';
import { renderNotes, statusMark } from './slide.js';
import { renderSlideFrame } from './slide-frame.js';
import { fillTemplate } from './template.js';

export interface RunSheetOptions {
  assets: string;
  /** The standard safety block (HTML), shown before the agenda. */
  safetyHtml?: string;
}

/** Width of the slide thumbnail next to each manuscript block. */
const THUMBNAIL_MM = 48;



function header(ctx: RenderContext): string {
  const { plan, t } = ctx;
  const meta = [
    plan.date ? formatDate(plan.date, t) : '',
    plan.organisation ?? '',
    plan.facilitators.length ? `${t.deck.facilitatorsLabel(plan.facilitators.length)}: ${joinNames(plan.facilitators, t)}` : '',
    t.manus.facts(t.tracks[plan.track] ?? plan.track, plan.audience),
  ].filter(Boolean);
  return `<header>
<h1>${escapeHtml(t.manus.title(plan.title ?? t.deck.defaultTitle))}</h1>
<p class="fa-m-subtitle">${escapeHtml(ctx.subtitle)}</p>
<div class="fa-m-meta">${meta.map((line) => `<p>${escapeHtml(line)}</p>`).join('')}</div>
</header>`;
}

function sectionActivities(section: ScheduledSection, schedule: Schedule, ctx: RenderContext): string {
  if (section.kind === 'break') return escapeHtml(section.title);
  return schedule.slides
    .slice(section.firstSlide, section.lastSlide + 1)
    .filter((slide) => slide.activity)
    .map((slide) => `${escapeHtml(slide.activity!.title)} (${escapeHtml(formatMinutes(slide.activity!.durationSec, ctx.t.lang))})`)
    .join('<br>');
}

/** The agenda table: one row per section and break, grouped under module headings. */
export function renderAgenda(schedule: Schedule, ctx: RenderContext): string {
  const { t } = ctx;
  const rows: string[] = [];
  let module: string | undefined;
  for (const section of schedule.sections) {
    if (section.moduleRef && section.moduleRef !== module) {
      module = section.moduleRef;
      const title = schedule.modules.find((m) => m.ref === module)?.title ?? module;
      rows.push(`<tr class="is-module"><td colspan="4">${escapeHtml(title)}</td></tr>`);
    }
    rows.push(`<tr class="${section.kind === 'break' ? 'is-break' : 'is-content'}">
<td class="num">${section.clock}</td><td class="num">${minutesNumber(section.durationSec, t.lang)}</td><td>${escapeHtml(section.title)}</td><td>${sectionActivities(section, schedule, ctx)}</td></tr>`);
  }
  const end = ctx.clockAt(schedule.totalSec);
  return `<section class="fa-m-agenda-block">
<h2>${escapeHtml(t.manus.agenda)}</h2>
<table class="fa-m-agenda">
<thead><tr><th class="num">${escapeHtml(t.manus.clock)}</th><th class="num">${escapeHtml(t.manus.minutes)}</th><th>${escapeHtml(t.manus.section)}</th><th>${escapeHtml(t.manus.activity)}</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>
<p class="fa-m-total">${escapeHtml(t.manus.total(Math.round(schedule.totalSec / 60), ctx.clockAt(0), end))}</p>
</section>`;
}

function goals(modules: readonly Module[], ctx: RenderContext): string {
  const { t } = ctx;
  return modules
    .filter((module) => module.goals.length > 0 || module.skill)
    .map(
      (module) => `<section class="fa-m-goals"><h2>${escapeHtml(module.title)}</h2>
${module.goals.length ? `<h3>${escapeHtml(t.manus.goals)}</h3><ul>${module.goals.map((goal) => `<li>${ctx.inline(goal)}</li>`).join('')}</ul>` : ''}
${module.skill ? `<h3>${escapeHtml(t.manus.skill)}</h3><p>${ctx.inline(module.skill)}</p>` : ''}</section>`,
    )
    .join('\n');
}

function slideBlock(item: DeckSlide, ctx: RenderContext): string {
  const { scheduled } = item;
  const number = scheduled.index + 1;
  const thumb = renderSlideFrame(item, ctx, THUMBNAIL_MM);
  const notes = scheduled.kind === 'content' ? renderNotes(item, ctx) : ctx.bookendNotes(item);
  return `<article class="fa-m-slide" id="lysbilde-${number}">
<div class="fa-m-slide__head">${thumb}<div><div class="fa-m-slide__no">${escapeHtml(ctx.t.manus.slide)} ${number}</div><h3>${escapeHtml(scheduled.title || '—')}</h3></div><div class="fa-m-slide__time">${escapeHtml(ctx.t.manus.planned(scheduled.clock, formatMinutes(scheduled.durationSec, ctx.t.lang)))}</div></div>
${notes}
</article>`;
}

function manuscript(items: readonly DeckSlide[], schedule: Schedule, ctx: RenderContext): string {
  const parts = [`<h2>${escapeHtml(ctx.t.manus.manuscript)}</h2>`];
  let section = -2;
  for (const item of items) {
    if (item.scheduled.kind === 'sources') continue;
    if (item.scheduled.sectionIndex !== section) {
      section = item.scheduled.sectionIndex;
      const s = schedule.sections[section];
      if (s) parts.push(`<h2 class="fa-m-section">${escapeHtml(s.title)}<span class="fa-m-when">${s.clock} · ${escapeHtml(formatMinutes(s.durationSec, ctx.t.lang))}</span></h2>`);
    }
    parts.push(slideBlock(item, ctx));
  }
  return parts.join('\n');
}

function sources(used: readonly Reference[], ctx: RenderContext): string {
  const { t } = ctx;
  if (used.length === 0) return '';
  const items = used
    .map((reference) => {
      const url = reference.url ? ` <a href="${escapeHtml(reference.url)}">${escapeHtml(reference.url)}</a>` : '';
      const note = reference.note ? ` <em>${escapeHtml(reference.note)}</em>` : '';
      return `<li>${statusMark(reference)} ${escapeHtml(reference.text)}${url}${note}</li>`;
    })
    .join('\n');
  return `<section class="fa-m-sources"><h2>${escapeHtml(t.manus.sources)}</h2>
<p class="fa-m-legend">✔ ${escapeHtml(t.deck.statusLabel.verified!)} · ◐ ${escapeHtml(t.deck.statusLabel.secondary!)} · ✖ ${escapeHtml(t.deck.statusLabel.unverified!)}</p>
<ol>${items}</ol></section>`;
}

export function renderRunSheet(
  template: string,
  items: readonly DeckSlide[],
  schedule: Schedule,
  modules: readonly Module[],
  used: readonly Reference[],
  ctx: RenderContext,
  options: RunSheetOptions,
): string {
  const body = [
    header(ctx),
    options.safetyHtml ? `<section class="fa-m-safety">${options.safetyHtml}</section>` : '',
    renderAgenda(schedule, ctx),
    goals(modules, ctx),
    manuscript(items, schedule, ctx),
    sources(used, ctx),
  ].join('\n');
  return fillTemplate(template, {
    lang: ctx.plan.language,
    title: escapeHtml(ctx.t.manus.title(ctx.plan.title ?? ctx.t.deck.defaultTitle)),
    assets: options.assets,
    stylesheet: 'manus.css',
    bodyClass: 'fa-run-sheet',
    body,
  });
}
