// The speaker view (S): a window for the facilitator's own screen with the manuscript in large
// type, the same timer as the overlay, the current and next slide, what comes next, how to catch
// up when behind, countdown controls and the timing report. It is drawn by the main window into a
// same-origin about:blank window, so both always show the same state without messaging.
import type { RevealApi } from 'reveal.js';
import type { Schedule } from '../../schedule/types.js';
import { formatClock, formatDuration, formatMinutes, type ClientStrings } from '../strings.js';
import type { TimerController } from './controller.js';
import { fillTimer, timerLines, timerMarkup } from './overlay.js';
import { catchUp, upcoming, type Pace } from './pace.js';
import { reportCsv, timingReport } from './report.js';
import type { TimerSnapshot } from './state.js';
import speakerCss from './speaker.css?inline';

const WINDOW_NAME = 'fasilitator-manus';
const OPEN_FLAG = 'fasilitator:speaker-open';

const escape = (text: string): string => text.replace(/[&<>"]/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[ch]!);

export interface SpeakerActions {
  /** Handles a key pressed in the speaker window; returns true if fasilitator used it. */
  key: (event: KeyboardEvent) => boolean;
  resetSession: (confirmIn: Window) => void;
}

export class SpeakerView {
  private win: Window | null = null;
  private renderedSlide = -1;
  private renderedCountdown = '';

  constructor(
    private readonly deck: RevealApi,
    private readonly controller: TimerController,
    private readonly s: ClientStrings,
    private readonly actions: SpeakerActions,
  ) {}

  get isOpen(): boolean {
    return Boolean(this.win && !this.win.closed);
  }

  /** Opens (or brings back) the speaker window. Must run from a key press: browsers block pop-ups otherwise. */
  open(): boolean {
    const win = window.open('', WINDOW_NAME, 'width=1280,height=800');
    if (!win) return false;
    this.attach(win);
    win.focus();
    return true;
  }

  /** After a reload of the slides: take over a speaker window that was open, if there is one. */
  reattach(): void {
    if (sessionStorage.getItem(OPEN_FLAG) !== '1') return;
    // Naming an existing window returns it without a new pop-up; if it is gone, the browser
    // blocks the attempt (no key press), and that is the right outcome.
    const win = window.open('', WINDOW_NAME);
    if (win && win.document.body?.dataset.fasilitator === 'speaker') this.attach(win);
    else {
      win?.close();
      sessionStorage.removeItem(OPEN_FLAG);
    }
  }

  private attach(win: Window): void {
    this.win = win;
    this.renderedSlide = -1;
    this.renderedCountdown = '';
    sessionStorage.setItem(OPEN_FLAG, '1');
    const doc = win.document;
    const base = (path: string): string => new URL(path, document.baseURI).href;
    doc.open();
    doc.write(`<!doctype html><html lang="${escape(document.documentElement.lang)}"><head><meta charset="utf-8">
<title>${escape(this.s.speaker.title)} – ${escape(this.controller.schedule.plan.title)}</title>
<link rel="stylesheet" href="${base('assets/fonts.css')}"><link rel="stylesheet" href="${base('assets/fasilitator.css')}"><link rel="stylesheet" href="${base('assets/theme.css')}">
<style>${speakerCss}</style></head><body data-fasilitator="speaker"></body></html>`);
    doc.close();
    doc.body.innerHTML = this.skeleton();
    doc.addEventListener('keydown', (event) => {
      if (event.key === 'F5' || ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'r')) {
        // Reloading the speaker window would cut it loose from the slides.
        event.preventDefault();
        return;
      }
      if (this.actions.key(event)) {
        event.preventDefault();
        return;
      }
      if (!event.ctrlKey && !event.metaKey && !event.altKey) {
        this.deck.triggerKey(event.keyCode);
        event.preventDefault();
      }
    });
    doc.addEventListener('click', (event) => this.onClick(event));
    win.addEventListener('pagehide', () => sessionStorage.removeItem(OPEN_FLAG));
  }

  private skeleton(): string {
    const s = this.s.speaker;
    return `<header class="fa-sp-bar">
<div class="fa-sp-timer" data-fasilitator="speaker-timer">${timerMarkup()}</div>
<div class="fa-sp-buttons"><button type="button" data-action="session"></button><button type="button" data-action="reset">${escape(s.reset)}</button></div>
</header>
<main class="fa-sp-main">
<section class="fa-sp-notes" aria-labelledby="fa-sp-notes-title"><h2 id="fa-sp-notes-title" class="fa-sp-label">${escape(s.manuscript)}</h2><div class="fa-sp-slide-title" data-part="title"></div><div class="fa-sp-notes__body" data-part="notes"></div></section>
<aside class="fa-sp-side">
<figure class="fa-sp-preview"><figcaption class="fa-sp-label" data-part="current-caption"></figcaption><div class="fa-sp-frame" data-part="current"></div></figure>
<div class="fa-sp-countdown" data-part="countdown" hidden></div>
<figure class="fa-sp-preview fa-sp-preview--next"><figcaption class="fa-sp-label" data-part="next-caption"></figcaption><div class="fa-sp-frame" data-part="next"></div></figure>
<dl class="fa-sp-upcoming" data-part="upcoming"></dl>
<div class="fa-sp-catchup" data-part="catchup" hidden></div>
<div class="fa-sp-report"><span class="fa-sp-label">${escape(s.report)}</span> <button type="button" data-action="csv">${escape(s.saveCsv)}</button> <button type="button" data-action="json">${escape(s.saveJson)}</button></div>
</aside>
</main>`;
  }

  private onClick(event: MouseEvent): void {
    const target = (event.target as HTMLElement | null)?.closest<HTMLElement>('[data-action]');
    if (!target || !this.win) return;
    const slide = this.controller.schedule.slides[this.deck.getIndices().h];
    switch (target.dataset.action) {
      case 'session':
        this.controller.togglePause(this.deck.getIndices().h);
        break;
      case 'reset':
        this.actions.resetSession(this.win);
        break;
      case 'csv':
        this.download('csv');
        break;
      case 'json':
        this.download('json');
        break;
      case 'cd-toggle':
        if (slide) this.controller.toggleCountdown(slide.id);
        break;
      case 'cd-plus':
        if (slide) this.controller.adjust(slide.id, 60);
        break;
      case 'cd-minus':
        if (slide) this.controller.adjust(slide.id, -60);
        break;
      case 'cd-reset':
        if (slide) this.controller.countdown(slide.id, 'reset');
        break;
    }
  }

  private download(kind: 'csv' | 'json'): void {
    const win = this.win;
    if (!win) return;
    const now = this.controller.now();
    const report = timingReport(this.controller.schedule, this.controller.snapshot(now, this.deck.getIndices().h), now);
    const text = kind === 'csv' ? reportCsv(report, this.s.report) : `${JSON.stringify(report, null, 2)}\n`;
    const blob = new Blob([text], { type: kind === 'csv' ? 'text/csv;charset=utf-8' : 'application/json' });
    const link = win.document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `tidsrapport-${report.plan}-${report.savedAt.slice(0, 10)}.${kind}`;
    win.document.body.append(link);
    link.click();
    link.remove();
    win.setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  }

  /** A slide's markup for a preview: a copy without notes, shown whole (all fragments). */
  private preview(index: number): string {
    const section = this.deck.getSlides()[index];
    if (!section) return '';
    const copy = section.cloneNode(true) as HTMLElement;
    copy.querySelector('aside.notes')?.remove();
    copy.removeAttribute('style');
    copy.removeAttribute('hidden');
    copy.removeAttribute('aria-hidden');
    copy.classList.remove('past', 'future');
    copy.classList.add('present');
    copy.querySelectorAll('.fragment').forEach((fragment) => fragment.classList.add('visible'));
    return `<div class="reveal fa-sp-reveal"><div class="slides">${copy.outerHTML}</div></div>`;
  }

  render(snapshot: TimerSnapshot, pace: Pace): void {
    const win = this.win;
    if (!win || win.closed) {
      this.win = null;
      return;
    }
    const doc = win.document;
    const part = (name: string): HTMLElement | null => doc.querySelector<HTMLElement>(`[data-part="${name}"]`);
    const schedule = this.controller.schedule;
    const s = this.s.speaker;
    const index = this.deck.getIndices().h;
    const slide = schedule.slides[index];

    const timer = doc.querySelector<HTMLElement>('[data-fasilitator="speaker-timer"]');
    if (timer) fillTimer(timer, timerLines(schedule, pace, this.s), pace);
    const sessionButton = doc.querySelector<HTMLElement>('[data-action="session"]');
    if (sessionButton) sessionButton.textContent = snapshot.status === 'paused' ? s.resume : s.pause;

    if (index !== this.renderedSlide && slide) {
      this.renderedSlide = index;
      const notes = this.deck.getSlideNotes(this.deck.getSlides()[index]) ?? '';
      part('title')!.textContent = `${index + 1}. ${slide.title}`;
      part('notes')!.innerHTML = notes;
      part('notes')!.scrollTop = 0;
      part('current-caption')!.textContent = `${s.current} · ${index + 1}/${schedule.slides.length} · ${s.at(slide.clock)} · ${formatDuration(slide.durationSec)}`;
      part('current')!.innerHTML = this.preview(index);
      const next = schedule.slides[index + 1];
      part('next-caption')!.textContent = next ? `${s.next} · ${next.title}${next.optional ? ` (${s.optional})` : ''}` : `${s.next} · ${s.none}`;
      part('next')!.innerHTML = next ? this.preview(index + 1) : '';
      const coming = upcoming(schedule, index);
      part('upcoming')!.innerHTML = `<dt>${escape(s.nextSection)}</dt><dd>${coming.section ? `${escape(coming.section.title)} · ${escape(s.at(coming.section.clock))}` : escape(s.none)}</dd>
<dt>${escape(s.nextActivity)}</dt><dd>${coming.activity ? `${escape(coming.activity.activity?.title ?? coming.activity.title)} · ${escape(s.at(coming.activity.clock))} · ${formatMinutes(coming.activity.activity?.durationSec ?? coming.activity.durationSec, document.documentElement.lang)}` : escape(s.none)}</dd>`;
    }

    // Previews are 1280×720 slides scaled to the width of their frame.
    for (const frame of doc.querySelectorAll<HTMLElement>('.fa-sp-frame')) {
      const inner = frame.querySelector<HTMLElement>('.fa-sp-reveal');
      if (inner) inner.style.transform = `scale(${frame.clientWidth / 1280})`;
    }

    this.renderCountdown(snapshot, slide?.id);
    this.renderCatchUp(schedule, snapshot, pace);
  }

  private renderCountdown(snapshot: TimerSnapshot, slideId: string | undefined): void {
    const box = this.win?.document.querySelector<HTMLElement>('[data-part="countdown"]');
    if (!box) return;
    const countdown = slideId ? snapshot.countdowns.get(slideId) : undefined;
    box.hidden = !countdown;
    if (!countdown) return;
    const s = this.s.speaker;
    const key = `${slideId}:${countdown.status}:${Math.ceil(countdown.remainingSec)}`;
    if (key === this.renderedCountdown) return;
    this.renderedCountdown = key;
    box.dataset.state = countdown.status;
    box.innerHTML = `<span class="fa-sp-label">${escape(s.countdown)}</span> <strong class="fa-sp-countdown__time">${formatDuration(Math.ceil(countdown.remainingSec))}</strong>
<button type="button" data-action="cd-toggle">${escape(countdown.status === 'running' ? s.countdownPause : s.countdownStart)}</button>
<button type="button" data-action="cd-minus">${escape(s.minusMinute)}</button><button type="button" data-action="cd-plus">${escape(s.plusMinute)}</button>
<button type="button" data-action="cd-reset">${escape(s.countdownReset)}</button>`;
  }

  private renderCatchUp(schedule: Schedule, snapshot: TimerSnapshot, pace: Pace): void {
    const box = this.win?.document.querySelector<HTMLElement>('[data-part="catchup"]');
    if (!box) return;
    const show = pace.state === 'behind';
    box.hidden = !show;
    if (!show) return;
    const s = this.s.speaker;
    const suggestions = catchUp(schedule, snapshot, pace.deltaSec);
    const saved = suggestions.reduce((sum, suggestion) => sum + suggestion.saveSec, 0);
    const items = suggestions
      .map((suggestion) => `<li>${escape(suggestion.kind === 'skip' ? s.skip(suggestion.title, formatMinutes(suggestion.saveSec, document.documentElement.lang)) : s.shorten(suggestion.title, formatMinutes(suggestion.saveSec, document.documentElement.lang)))}</li>`)
      .join('');
    const html = `<h3 class="fa-sp-label">${escape(s.catchUpTitle)}</h3>${suggestions.length ? `<ul>${items}</ul><p>${escape(s.catchUpResult(formatClock(pace.projectedEndSec - saved)))}</p>` : `<p>${escape(s.catchUpNone)}</p>`}`;
    if (box.innerHTML !== html) box.innerHTML = html;
  }

  close(): void {
    this.win?.close();
    this.win = null;
    sessionStorage.removeItem(OPEN_FLAG);
  }
}
