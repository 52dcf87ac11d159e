// One slide → a reveal.js <section>: body, activity box, footer and the manuscript as
// <aside class="notes"> (reveal.js's speaker view shows it; participant copies leave it out).
import { formatMinutes } from '../schedule/minutes.js';
import type { Activity, Reference } from '../content/types.js';
import type { Messages } from '../i18n/messages.js';
import { formatDuration } from '../time/clock.js';
import { REFERENCES_PER_SLIDE } from '../compose/references.js';
import type { DeckSlide } from './deck-slides.js';
import { escapeHtml } from '../html/escape.js';
import { formatDate, joinNames } from './format.js';
import type { RenderContext } from './context.js';
import { inlineIcon } from './icons.js';
import { layoutSlide } from './layouts.js';

const STATUS_MARK: Record<Reference['status'], string> = { verified: '✔', secondary: '◐', unverified: '✖' };

export function statusMark(reference: Reference): string {
  return STATUS_MARK[reference.status];
}

function minutesLabel(sec: number, t: Messages): string {
  return formatMinutes(sec, t.lang);
}

/** The activity box participants see, with the countdown the timer brings to life. */
function renderActivityBox(activity: Activity, t: Messages, slideTitle = ''): string {
  const seconds = Math.round(activity.minutes * 60);
  // The slide's heading already says it when the activity has the same name.
  const title = activity.title.trim() === slideTitle.trim() ? '' : `<div class="fa-activity__title">${escapeHtml(activity.title)}</div>\n`;
  const group = activity.group ? `<div class="fa-activity__group">${escapeHtml(activity.group)}</div>` : '';
  return `<div class="fa-activity" data-fa-activity-seconds="${seconds}">
${title}<div class="fa-countdown" data-fasilitator="countdown" data-remaining-seconds="${seconds}" data-state="ready">${formatDuration(seconds)}</div>
${group}<div class="fa-activity__meta">${escapeHtml(minutesLabel(seconds, t))} · ${escapeHtml(t.deck.voluntary)}</div>
</div>`;
}

/** The activity card in the manuscript: everything the facilitator needs to run it. */
export function renderActivityCard(activity: Activity, ctx: RenderContext): string {
  const { t, inline } = ctx;
  const row = (label: string, value: string | undefined): string =>
    value ? `<p><strong>${escapeHtml(label)}:</strong> ${inline(value)}</p>` : '';
  const debrief = activity.debrief.length
    ? `<p><strong>${escapeHtml(t.manus.debrief)}:</strong></p><ul>${activity.debrief.map((q) => `<li>${inline(q)}</li>`).join('')}</ul>`
    : '';
  return `<div class="fa-n-activity">
<p class="fa-n-activity__title"><strong>${escapeHtml(t.manus.activityCard)}: ${escapeHtml(activity.title)}</strong> (${escapeHtml(t.deck.minutes(activity.minutes))})</p>
${row(t.manus.purpose, activity.purpose)}
${activity.instruction ? `<p><strong>${escapeHtml(t.manus.instruction)}:</strong></p><blockquote>${inline(activity.instruction)}</blockquote>` : ''}
${row(t.manus.group, activity.group)}
${row(t.manus.materials, activity.materials)}
${debrief}
${row(t.manus.alternative, activity.alternative)}
</div>`;
}

function sourcesLine(ids: readonly string[], ctx: RenderContext, withStatus: boolean): string {
  return ids
    .map((id) => {
      const reference = ctx.references.get(id);
      if (!reference) return escapeHtml(id);
      return escapeHtml(reference.short) + (withStatus ? ` ${statusMark(reference)}` : '');
    })
    .join('; ');
}

/** The speaker notes for a content slide: time, notice, manuscript, activity, sources. */
export function renderNotes(item: DeckSlide, ctx: RenderContext): string {
  const { t } = ctx;
  const { scheduled, slide } = item;
  const parts = [`<p class="fa-n-time">${escapeHtml(t.manus.planned(scheduled.clock, minutesLabel(scheduled.durationSec, t)))}${item.sectionTitle ? ` · ${escapeHtml(item.sectionTitle)}` : ''}</p>`];
  if (slide?.notice) parts.push(`<p class="fa-n-notice">⚠ <strong>${escapeHtml(t.manus.notice)}:</strong> ${escapeHtml(slide.notice)}</p>`);
  if (slide?.optional) parts.push(`<p class="fa-n-optional">${escapeHtml(t.manus.optional)}</p>`);
  parts.push(slide?.notesHtml.trim() ? slide.notesHtml : `<p><em>${escapeHtml(t.manus.noNotes)}</em></p>`);
  if (slide?.activity) parts.push(renderActivityCard(slide.activity, ctx));
  // The author's own "Kilde:" line (with a status per figure) makes the generated one redundant.
  if (slide && slide.sources.length > 0 && !/\bKilder?:/.test(slide.notesText)) {
    parts.push(`<p class="fa-n-sources">${escapeHtml(t.deck.sourcesLabel)}: ${sourcesLine(slide.sources, ctx, true)}</p>`);
  }
  return parts.join('\n');
}

/**
 * Characters of section name plus sources that fit on one footer line at 24 px: 970 px (1136 px
 * less the slide number and gaps) at about 12 px a character, 7 fewer beside a logo. Longer
 * source lists are not wrapped or shrunk: the footer points to the reference slide, and the
 * manuscript has the full line.
 */
export const FOOTER_CHARS = 80;

/** The footer's source text: the short references, or a pointer to the reference slide when they do not fit. */
export function footerSources(sources: readonly string[], sectionTitle: string, ctx: RenderContext): string {
  if (sources.length === 0) return '';
  const label = sources.length === 1 ? ctx.t.deck.sourceLabel : ctx.t.deck.sourcesLabel;
  const plain = sources.map((id) => ctx.references.get(id)?.short ?? id).join('; ');
  const room = FOOTER_CHARS - sectionTitle.length - (ctx.logoSvg ? 7 : 0) - 2;
  if (label.length + 2 + plain.length <= room) return `${escapeHtml(label)}: ${sourcesLine(sources, ctx, false)}`;
  const pointer = `${label}: ${ctx.t.deck.sourcesInList}`;
  return pointer.length <= room ? escapeHtml(pointer) : '';
}

function footer(item: DeckSlide, ctx: RenderContext): string {
  const section = item.sectionTitle ?? '';
  const sourceText = footerSources(item.slide?.sources ?? [], section, ctx);
  const number = `<span class="fa-footer__number" aria-label="${escapeHtml(ctx.t.deck.slideLabel(item.scheduled.index + 1, ctx.slideCount))}">${item.scheduled.index + 1} / ${ctx.slideCount}</span>`;
  const logo = ctx.logoSvg ? '<span class="fa-footer__logo" aria-hidden="true"></span>' : '';
  return `<footer class="fa-footer">${logo}<span class="fa-footer__section">${escapeHtml(section)}</span><span class="fa-footer__source">${sourceText}</span>${number}</footer>`;
}

function renderTitle(ctx: RenderContext): string {
  const { plan, t, subtitle } = ctx;
  // Several modules: one per line, so their names never run together.
  const modules =
    ctx.moduleTitles.length > 1
      ? `<ul class="fa-modules">${ctx.moduleTitles.map((title) => `<li>${escapeHtml(title)}</li>`).join('')}</ul>\n<p class="fa-subtitle">${escapeHtml(ctx.trackLabel)}</p>`
      : `<p class="fa-subtitle">${escapeHtml(subtitle)}</p>`;
  const logo = ctx.logoSvg ? `<div class="fa-title__logo">${inlineIcon(ctx.logoSvg, 'fa-logo', ctx.logoName)}</div>\n` : '';
  const meta = [
    plan.organisation ? `<p>${escapeHtml(plan.organisation)}</p>` : '',
    plan.date ? `<p>${escapeHtml(formatDate(plan.date, t))}</p>` : '',
    plan.facilitators.length ? `<p>${escapeHtml(t.deck.facilitatorsLabel(plan.facilitators.length))}: ${escapeHtml(joinNames(plan.facilitators, t))}</p>` : '',
  ].join('');
  return `<div class="fa-slide">${logo}<h1>${escapeHtml(plan.title ?? t.deck.defaultTitle)}</h1>
${modules}
<div class="fa-meta">${meta}</div></div>`;
}

/** Soft hills: the calm "nature" picture of a break slide, drawn inline so it works offline. */
const LANDSCAPE = `<svg class="fa-landscape" viewBox="0 0 1280 230" preserveAspectRatio="none" aria-hidden="true">
<path d="M0 120 C 220 40 420 60 640 110 S 1040 60 1280 100 V230 H0Z" fill="var(--fa-hill-1)"/>
<path d="M0 170 C 260 100 520 130 760 160 S 1120 120 1280 150 V230 H0Z" fill="var(--fa-hill-2)"/>
<path d="M0 205 C 300 170 640 190 900 200 S 1180 185 1280 195 V230 H0Z" fill="var(--fa-hill-3)"/>
</svg>`;

function renderBreak(item: DeckSlide, ctx: RenderContext): string {
  const { t } = ctx;
  const { scheduled } = item;
  const resumeClock = ctx.clockAt(scheduled.offsetSec + scheduled.durationSec);
  return `<div class="fa-slide"><h1>${escapeHtml(scheduled.title)}</h1>
<p class="fa-break__resume" data-fasilitator="break-resume" data-planned-resume="${resumeClock}">${escapeHtml(t.deck.breakResume(resumeClock))}</p>
<div class="fa-break__status"><div class="fa-countdown" data-fasilitator="countdown" data-remaining-seconds="${scheduled.durationSec}" data-state="ready">${formatDuration(scheduled.durationSec)}</div></div>
<p class="fa-break__body">${escapeHtml(t.deck.breakBody)}</p></div>
${LANDSCAPE}`;
}

function renderSources(item: DeckSlide, ctx: RenderContext): string {
  const { t } = ctx;
  const references = item.references ?? [];
  const start = ((item.page?.n ?? 1) - 1) * REFERENCES_PER_SLIDE + 1;
  const entries = references
    .map((reference) => `<li>${escapeHtml(reference.text)}${reference.status === 'unverified' ? ` <em>(${escapeHtml(t.deck.statusLabel.unverified!)})</em>` : ''}</li>`)
    .join('\n');
  return `<h2>${escapeHtml(item.scheduled.title)}</h2>
<p class="fa-lead">${escapeHtml(t.deck.sourcesLead)}</p>
<ol start="${start}">${entries}</ol>`;
}

/** A slide as a reveal.js <section>. `withNotes: false` renders the participant copy. */
export function renderSlide(item: DeckSlide, ctx: RenderContext, withNotes: boolean): string {
  const { scheduled, slide } = item;
  const classes = [`fa-${scheduled.kind}`];
  let body: string;
  switch (scheduled.kind) {
    case 'title':
      classes.push('fa-hero', 'fa-inverse');
      body = renderTitle(ctx);
      break;
    case 'break':
      classes.push('fa-hero');
      body = renderBreak(item, ctx);
      break;
    case 'sources':
      body = renderSources(item, ctx);
      break;
    case 'content': {
      if (slide?.className) classes.push(slide.className);
      const notice = slide?.notice ? `<p class="fa-notice">${escapeHtml(ctx.t.deck.noticeLabel)}: ${escapeHtml(slide.notice)}</p>\n` : '';
      const laid = slide ? layoutSlide(slide, ctx.icons) : { classes: ['fa-layout-default'], head: '', body: '' };
      classes.push(...laid.classes);
      const activity = slide?.activity ? renderActivityBox(slide.activity, ctx.t, slide.title) : '';
      const inner = classes.includes('fa-layout-activity')
        ? `<div class="fa-body"><div class="fa-activity-layout"><div class="fa-activity-layout__text">${laid.body}</div>${activity}</div></div>`
        : `<div class="fa-body">${laid.body}${activity}</div>`;
      body = `${notice}<div class="fa-slide">${laid.head}${inner}</div>\n${footer(item, ctx)}`;
      break;
    }
  }
  const notes = withNotes ? `\n<aside class="notes">${scheduled.kind === 'content' ? renderNotes(item, ctx) : ctx.bookendNotes(item)}</aside>` : '';
  const attributes = [
    `class="${classes.join(' ')}"`,
    `data-timing="${scheduled.durationSec}"`,
    `data-fa-kind="${scheduled.kind}"`,
    `data-fa-id="${escapeHtml(scheduled.id)}"`,
    scheduled.optional ? 'data-fa-optional="true"' : '',
    classes.includes('fa-inverse') ? 'data-state="fa-inverse-state"' : '',
  ].filter(Boolean);
  return `<section ${attributes.join(' ')}>\n${body}${notes}\n</section>`;
}
